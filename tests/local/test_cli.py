"""The command line (cli.py): where the bootstrap key may come from, and the warning for the flag."""

from __future__ import annotations

from pathlib import Path

import pytest

from mcpgateway_local.cli import build_parser, settings_from_args
from mcpgateway_local.settings import API_KEY_ENV


def test_api_key_flag_warns_that_the_process_list_shows_it(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(API_KEY_ENV, raising=False)
    args = build_parser().parse_args(["serve", "--temporary", "--api-key", "sk-local"])
    settings, generated = settings_from_args(args)
    assert settings.api_key == "sk-local" and not generated
    err = capsys.readouterr().err
    assert "--api-key" in err and API_KEY_ENV in err and "sk-local" not in err


def test_key_from_environment_or_file_without_warning(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(API_KEY_ENV, "from-env")
    settings, generated = settings_from_args(build_parser().parse_args(["serve", "--temporary"]))
    assert settings.api_key == "from-env" and not generated
    key_file = tmp_path / "key"
    key_file.write_text("from-file\n")
    args = build_parser().parse_args(["serve", "--temporary", "--api-key-file", str(key_file)])
    assert settings_from_args(args)[0].api_key == "from-file"
    assert capsys.readouterr().err == ""
    monkeypatch.delenv(API_KEY_ENV)
    settings, generated = settings_from_args(build_parser().parse_args(["serve", "--temporary"]))
    assert generated and settings.api_key.startswith("mgw_local_")
