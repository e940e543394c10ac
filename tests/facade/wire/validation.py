"""Calls the SDK must refuse before sending anything (see `tests/facade/test_wire.py`)."""

from __future__ import annotations

from typing import Any

from mcpgateway_sdk import EgressPolicy
from tests.facade.wire.rows import (
    BUNDLE,
    OAUTH_APP,
    SANDBOX,
    SERVER,
    SKILL,
)

# fmt: off
VALIDATION: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = [
    ("sessions.create", (), {"server_id": SERVER, "bundle_id": BUNDLE}),
    ("sandboxes.download", (SANDBOX, "../etc/passwd"), {}),
    ("sandboxes.download", (SANDBOX, "a/./b"), {}),
    ("sandboxes.download", (SANDBOX, "a//b"), {}),
    ("sandboxes.download", (SANDBOX, "/"), {}),
    ("sandboxes.download", (SANDBOX, "dir/"), {}),
    ("sandboxes.download", (SANDBOX, "a\x00b"), {}),
    ("sandboxes.upload", (SANDBOX, "/workspace/../x", b"x"), {}),
    ("sandboxes.upload_file", (SANDBOX, "a/../b", b"x"), {}),
    ("sandboxes.download_file", (SANDBOX, "  "), {}),
    ("sandboxes.download_file", (SANDBOX, "///"), {}),
    ("sandboxes.create", (), {"egress_policy": EgressPolicy.blocked(), "network_enabled": True}),
    ("sandboxes.update", (SANDBOX,), {"egress_policy": EgressPolicy.inherit(),
                                      "network_enabled": False}),
    ("sandboxes.create", (), {"mounts": [{"provider": "s3", "canonical_endpoint": "http://x",
                                          "container_name": "abc", "target_path": "/mnt/data",
                                          "credential": "k",
                                          "credential_expires_at": "2030-01-01T00:00:00Z"}]}),
    ("sandboxes.logs", (SANDBOX,), {"limit": 0}),
    ("sandboxes.exec", (SANDBOX, "ls"), {"timeout": 0}),
    ("sandboxes.exec", (SANDBOX, "   "), {}),
    ("sandboxes.create", ("",), {}),
    ("skills.upload", (), {}),
    ("skills.upload", (), {"content": b"x"}),  # content without a filename
    ("skills.upload", (), {"file_path": "SKILL.md", "content": b"x"}),
    ("skills.update", (SKILL,), {"server_id": SERVER, "clear_server_link": True}),
    ("skills.list", (), {"offset": -1}),
    ("servers.get", ("",), {}),  # an empty id would hit the collection's route
    ("servers.list", (), {"page": 0}),
    ("servers.bulk_action", ("", [SERVER]), {}),
    ("bundles.list", (), {"page_size": 0}),
    ("bundles.add_tools", (BUNDLE, [{"enabled": True}]), {}),  # no tool_id
    ("connections.create", (SERVER, ""), {}),
    ("connections.list", (), {"page_size": 0}),
    ("oauth_apps.create_custom", ({"alias": "x", "name": "n", "client_id": "c",
                                   "auth_url": "https://a", "token_url": "https://t"},), {}),
    ("oauth_apps.update", (OAUTH_APP, {"name": ""}), {}),
    ("cache.set", ("k", 1), {"ttl": 0}),
    ("cache.set", ("k", 1), {"ttl": True}),
    ("cache.get", ("",), {}),
    ("generation.get", ("",), {}),
    ("generation.get", (None,), {}),
    ("generation.analysis", ("  ",), {}),
    ("generation.approve", ("",), {}),
    ("generation.cancel", (None,), {}),
    ("generation.delete", (" ",), {}),
    ("generation.list", (), {"page": 0}),
]
# fmt: on
