"""mcp_child.py: the minimal environment of a child process."""

from __future__ import annotations

import sys

import pytest

from mcpgateway_local.mcp_supervisor import child_environment


def test_child_environment_is_minimal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SECRET_TOKEN", "x")
    monkeypatch.setenv("PATH", "/usr/bin")
    ours = child_environment(sys.executable, {"API_KEY": "k"})
    assert "SECRET_TOKEN" not in ours
    assert ours["PATH"] == "/usr/bin" and ours["API_KEY"] == "k"
    assert "PYTHONPATH" in ours
    foreign = child_environment("node", None)
    assert "PYTHONPATH" not in foreign and "SECRET_TOKEN" not in foreign
