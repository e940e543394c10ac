"""Server types: the names the local gateway accepts, their settings and how each one is run.

The hosted gateway's types (``ServerType`` in openapi.json): ``remote``, ``npx``, ``uvx``,
``container``, ``generated``, ``bundle``. The local gateway runs:

* ``npx``: ``npx -y PACKAGE [args]`` (``config: {package, args, env}``; ``package`` may be a
  local package directory).
* ``uvx``: ``uvx PACKAGE [args]``, or ``uvx --from FROM PACKAGE [args]`` with ``config.from``
  (a path or requirement providing the ``PACKAGE`` command). The built-in catalog servers are
  ``uvx`` servers ``{"package": "mcpgateway-local-time", "from": "mcpgateway-sdk[local]"}``:
  console scripts of this distribution, which the local gateway runs from its own environment
  (``python -m mcpgateway_local.builtin.<module>``): no uv, no download.
* two local extensions, named in ``x-local-values`` and refused by the hosted gateway:
  ``local-command`` (``config: {command, args, env, cwd}``, any command) and ``local-tools``
  (no process: tools pushed by the client). ``stdio`` and ``local``, their older names, are
  accepted and stored under the new ones.

``container`` servers can be registered but are not started (the local gateway starts no
containers); ``remote``, ``generated`` and ``bundle`` servers are run by their own modules.
No Starlette here: problems are returned as text or raised as ``ValueError``.
"""

from __future__ import annotations

import re
import shutil
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .builtin.catalog import BUILTIN_DISTRIBUTION, find_script

__all__ = [
    "COMMAND_TYPES",
    "HOSTED_TYPES",
    "LOCAL_COMMAND",
    "LOCAL_TOOLS",
    "PACKAGE_TYPES",
    "PROCESS_TYPES",
    "TOOLS_TYPES",
    "UNSTARTABLE",
    "canonical_type",
    "config_problem",
    "launch_command",
]

HOSTED_TYPES = ("remote", "npx", "uvx", "container", "generated", "bundle")
LOCAL_COMMAND = "local-command"
LOCAL_TOOLS = "local-tools"
ALIASES: Mapping[str, str] = {"stdio": LOCAL_COMMAND, "local": LOCAL_TOOLS}
COMMAND_TYPES = frozenset({LOCAL_COMMAND, "stdio"})
"""Types that run `config.command` (the older name included: servers stored before)."""
TOOLS_TYPES = frozenset({LOCAL_TOOLS, "local"})
"""Types with no process whose tools the client pushes."""
PACKAGE_TYPES = frozenset({"npx", "uvx"})
PROCESS_TYPES = COMMAND_TYPES | PACKAGE_TYPES
"""Types run as a stdio MCP child process."""
UNSTARTABLE: Mapping[str, str] = {
    "container": (
        "container servers are not run by the local gateway (it starts no containers); "
        "use an npx, uvx or local-command server for local work"
    ),
}
"""Why servers of these hosted types are registered but never started locally."""

_REQUIREMENT = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[\w,. -]*\])?\s*([=<>~!].*)?$")
"""A requirement: name, optional extras, optional version specifier."""


def canonical_type(server_type: str) -> str:
    """The stored name of a type: `stdio` -> `local-command`, `local` -> `local-tools`."""
    return ALIASES.get(server_type, server_type)


def _string_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


def _string_map(value: Any) -> bool:
    return isinstance(value, dict) and all(isinstance(item, str) for item in value.values())


def _option_like(value: str) -> bool:
    return value.lstrip().startswith("-")


def config_problem(server_type: str, config: Any) -> str | None:
    """Why ``config`` cannot run a server of ``server_type`` (None when usable)."""
    if not isinstance(config, dict):
        return "config must be an object"
    if config.get("args") is not None and not _string_list(config["args"]):
        return "config.args must be a list of strings"
    if config.get("env") is not None and not _string_map(config["env"]):
        return "config.env must be an object of strings"
    kind = canonical_type(server_type)
    if kind == LOCAL_COMMAND:
        command = config.get("command")
        if not isinstance(command, str) or not command.strip():
            return "a local-command server needs config.command (and optionally args, env)"
    if kind in PACKAGE_TYPES:
        package = config.get("package")
        if not isinstance(package, str) or not package.strip():
            return f"a {kind} server needs config.package (the package to run)"
        if _option_like(package):
            return "config.package must be a package name or path, not an option"
        source = config.get("from")
        if source is not None and kind == "npx":
            return "config.from is for uvx servers only"
        if source is not None and (
            not isinstance(source, str) or not source.strip() or _option_like(source)
        ):
            return "config.from must be a package path or requirement"
    return None


def _names_this_distribution(requirement: str) -> bool:
    """Whether a `from` requirement names this distribution (`mcpgateway-sdk[local]`, ...)."""
    match = _REQUIREMENT.match(requirement)
    return match is not None and re.sub(r"[-_.]+", "-", match[1]).lower() == BUILTIN_DISTRIBUTION


def _tool(name: str) -> str:
    """The path of `npx` / `uvx`: on PATH, else next to this interpreter (a venv's `bin`)."""
    found = shutil.which(name)
    if found is None:
        beside = Path(sys.executable).with_name(name)
        if beside.is_file():
            found = str(beside)
    if found is None:
        installer = "Node.js (npm)" if name == "npx" else "uv (pip install uv)"
        raise ValueError(f"`{name}` is not installed on this machine: install {installer}")
    return found


def launch_command(server_type: str, config: Mapping[str, Any]) -> tuple[str, list[str]]:
    """The command and arguments that run a process server (ValueError when not usable).

    Environment and working directory are the caller's business (`env`, `cwd` of `config`).
    """
    kind = canonical_type(server_type)
    if kind not in PROCESS_TYPES:
        raise ValueError(f"servers of type '{server_type}' are not run as a process")
    problem = config_problem(kind, dict(config))
    if problem is not None:
        raise ValueError(problem)
    args = [str(arg) for arg in config.get("args") or []]
    if kind == LOCAL_COMMAND:
        return str(config["command"]), args
    package = str(config["package"]).strip()
    if kind == "npx":
        return _tool("npx"), ["-y", package, *args]
    source = config.get("from")
    if source is None or _names_this_distribution(str(source)):
        module = find_script(package)
        if module is not None:  # a built-in server: run it from this environment
            return sys.executable, ["-m", module, *args]
    prefix = ["--from", str(source).strip()] if source is not None else []
    return _tool("uvx"), [*prefix, package, *args]
