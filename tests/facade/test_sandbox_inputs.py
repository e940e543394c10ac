"""`EgressPolicy`, `SandboxMountCreate` and the 0.61 sandbox file-path rule (no network)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

import mcpgateway_sdk
from mcpgateway_sdk import EgressPolicy
from mcpgateway_sdk._sandbox_inputs import egress_fields, sandbox_file_path
from mcpgateway_sdk.models import (
    SandboxEgressPolicy,
    SandboxEgressPolicyState,
    SandboxMountCreate,
)
from mcpgateway_sdk.models.sandbox import EgressPolicy as FromModels


def test_constructors_wire_form_and_equality() -> None:
    assert mcpgateway_sdk.EgressPolicy is FromModels is mcpgateway_sdk.models.EgressPolicy
    assert EgressPolicy.blocked().to_dict() == {
        "mode": "blocked",
        "allowed_domains": [],
        "allowed_cidrs": [],
    }
    allow = EgressPolicy.allowlist(domains=["pypi.org"], cidrs=("10.0.0.0/8",))
    assert allow.mode == "allowlist" and allow.allowed_domains == ("pypi.org",)
    assert allow == EgressPolicy("allowlist", ["pypi.org"], ["10.0.0.0/8"])
    assert hash(allow) == hash(EgressPolicy.from_dict(allow.to_dict()))
    model = SandboxEgressPolicy.from_dict({"mode": "inherit"})
    assert EgressPolicy.inherit() == model and model == EgressPolicy.inherit()
    state = SandboxEgressPolicyState.from_dict({"mode": "blocked"})
    assert state.allowed_domains == [] and state == EgressPolicy.blocked()
    assert EgressPolicy.blocked() == state and state != EgressPolicy.inherit()
    assert EgressPolicy.unrestricted() != EgressPolicy.inherit()
    assert "pypi.org" in repr(allow)
    with pytest.raises(AttributeError):
        allow.mode = "blocked"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("build", "error"),
    [
        (lambda: EgressPolicy.allowlist(), ValueError),
        (lambda: EgressPolicy("blocked", ["a.com"]), ValueError),
        (lambda: EgressPolicy("sometimes"), ValueError),  # type: ignore[arg-type]
        (lambda: EgressPolicy.allowlist(domains=["d"] * 129), ValueError),
        (lambda: EgressPolicy.allowlist(cidrs=["c"] * 129), ValueError),
        (lambda: EgressPolicy.allowlist(domains=["d"] * 128, cidrs=["c"] * 129), ValueError),
        (lambda: EgressPolicy.allowlist(domains="pypi.org"), TypeError),
        (lambda: EgressPolicy.from_dict({"mode": "blocked", "revision": 1}), ValueError),
    ],
)
def test_policy_limits(build: Any, error: type[Exception]) -> None:
    with pytest.raises(error):
        build()


def test_egress_inputs() -> None:
    assert egress_fields({}, None, None) == {}
    assert egress_fields({}, None, False) == {"network_enabled": False}
    with pytest.raises(ValueError):
        egress_fields({}, EgressPolicy.blocked(), True)
    with pytest.raises(TypeError):
        egress_fields({}, {"mode": "blocked"}, None)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        egress_fields({"requested_egress_policy": {}}, None, None)


MOUNT: dict[str, Any] = {
    "provider": "S3",
    "canonical_endpoint": "https://bücher.example:443",
    "container_name": "Data-1",
    "target_path": "/mnt/a/./b/../c",
    "credential": "sekret",
    "credential_expires_at": datetime(2030, 1, 1, tzinfo=UTC),
}


def test_mount_normalisation_and_secrecy() -> None:
    mount = SandboxMountCreate(**MOUNT, source_prefix="/x/y/")
    wire = mount.to_wire()
    assert wire == {
        "provider": "s3",
        "canonical_endpoint": "https://xn--bcher-kva.example",
        "container_name": "data-1",
        "source_prefix": "x/y",
        "target_path": "/mnt/a/c",
        "read_only": True,
        "credential": "sekret",
        "credential_expires_at": "2030-01-01T00:00:00+00:00",
    }
    assert "sekret" not in repr(mount)
    assert (
        SandboxMountCreate.from_dict(
            {**MOUNT, "credential_expires_at": "2030-01-01T00:00:00Z"}
        ).to_wire()["credential_expires_at"]
        == "2030-01-01T00:00:00+00:00"
    )


@pytest.mark.parametrize(
    "change",
    [
        {"provider": "a-b"},
        {"provider": ""},
        {"canonical_endpoint": "https://u:p@host"},
        {"canonical_endpoint": "https://host/path"},
        {"canonical_endpoint": "https://host:8443"},
        {"canonical_endpoint": "https://host?q=1"},
        {"container_name": "ab"},
        {"container_name": "-ab"},
        {"target_path": "/mnt"},
        {"target_path": "/mnt/../etc/x"},
        {"target_path": "relative/x"},
        {"source_prefix": "a/../b"},
        {"read_only": False},
        {"credential": ""},
        {"credential_expires_at": datetime(2030, 1, 1)},
    ],
)
def test_mount_refusals(change: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        SandboxMountCreate.from_dict({**MOUNT, **change})


@pytest.mark.parametrize(
    ("given", "wire"),
    [
        ("/workspace/a b.txt", "workspace/a%20b.txt"),
        ("attachments/x?y#z.txt", "attachments/x%3Fy%23z.txt"),
        ("  /résumé.txt ", "r%C3%A9sum%C3%A9.txt"),
        ("~user/a-b_c.d", "~user/a-b_c.d"),
        ("%41", "%2541"),
        ("a//b", "a//b"),
    ],
)
def test_file_path_rule(given: str, wire: str) -> None:
    assert sandbox_file_path(given) == wire


@pytest.mark.parametrize("bad", ["", "   ", "/", "///", "../a", "a/../b", "a/.."])
def test_file_path_refusals(bad: str) -> None:
    with pytest.raises(ValueError):
        sandbox_file_path(bad)
