"""The 0.61 server settings: `access_mode`, `allowed_hosts`, `run_as_non_root` (checked and
rendered), `pending_reason`, and the `bundle_only` reachability rule.

What the local gateway enforces: `access_mode: bundle_only` (the server's tools are reachable
only through a bundle that holds them: search, execute, by-name and the MCP endpoint). It stores
and returns `allowed_hosts` and `run_as_non_root` as given, but enforces neither (it runs no
pods: process servers run as the gateway's user with its network). `effective_allowed_hosts` is
the server's own list (there is no gateway default locally). No Starlette; domain errors only.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, MutableMapping
from typing import Any

from .domain_errors import Invalid
from .kinds import SERVER
from .store import Store

__all__ = [
    "ACCESS_MODES",
    "BUNDLE_ONLY",
    "SETTINGS_DEFAULTS",
    "bundle_only_ids",
    "check_server_settings",
    "reachable",
    "render_settings",
]

BUNDLE_ONLY = "bundle_only"
ACCESS_MODES = ("public", BUNDLE_ONLY)
SETTINGS_DEFAULTS: dict[str, Any] = {
    "access_mode": "public",
    "pending_reason": None,
    "allowed_hosts": None,
    "run_as_non_root": True,
}


def check_server_settings(body: MutableMapping[str, Any], *, update: bool = False) -> None:
    """422 for a bad `access_mode`, `allowed_hosts` or `run_as_non_root`; on an update a null
    `access_mode` / `run_as_non_root` leaves the value as it is (the key is dropped).
    Read-only fields sent by the caller are dropped."""
    for key in ("effective_allowed_hosts", "pending_reason"):
        body.pop(key, None)
    for key in ("access_mode", "run_as_non_root"):
        if update and key in body and body[key] is None:
            del body[key]
    mode = body.get("access_mode", "public")
    if mode not in ACCESS_MODES:
        raise Invalid(
            ["body", "access_mode"], f"access_mode must be one of {', '.join(ACCESS_MODES)}"
        )
    hosts = body.get("allowed_hosts")
    if hosts is not None and (
        not isinstance(hosts, list) or not all(isinstance(h, str) and h.strip() for h in hosts)
    ):
        raise Invalid(
            ["body", "allowed_hosts"], "allowed_hosts must be null or a list of host names"
        )
    if "run_as_non_root" in body and not isinstance(body["run_as_non_root"], bool):
        raise Invalid(["body", "run_as_non_root"], "run_as_non_root must be a boolean")


def render_settings(doc: Mapping[str, Any]) -> dict[str, Any]:
    """The settings fields of the `Server` wire form (defaults for older documents)."""
    values = {key: doc.get(key, default) for key, default in SETTINGS_DEFAULTS.items()}
    hosts = values["allowed_hosts"]
    values["effective_allowed_hosts"] = list(hosts) if isinstance(hosts, list) else None
    return values


def bundle_only_ids(store: Store) -> frozenset[str]:
    """Ids of the servers whose tools are reachable only through bundles."""
    return frozenset(
        str(s["id"]) for s in store.list(SERVER, lambda d: d.get("access_mode") == BUNDLE_ONLY)
    )


def reachable(
    server_id: str, tool_id: str, hidden: Iterable[str], bundle_tool_ids: Iterable[str] | None
) -> bool:
    """Whether a tool can be seen and called: its server is public, or the call goes through
    a bundle (`bundle_tool_ids`) that holds the tool."""
    if server_id not in hidden:
        return True
    return bundle_tool_ids is not None and tool_id in bundle_tool_ids
