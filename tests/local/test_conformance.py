"""Schemathesis: the local gateway conforms to openapi.json, operation by operation.

One gateway for the module (``--validate-responses``: the gateway also checks each JSON body it
sends). Every operation of openapi.json is fuzzed with ``MAX_EXAMPLES`` derandomized Hypothesis
examples (the same cases on every run of the same code), in two modes:

* positive (schema-valid requests): no 5xx, only declared statuses, declared content types,
  bodies matching the declared schemas;
* negative (schema-violating requests): the same checks, and the request is refused with a 4xx.
  Left out: operations with nothing to violate (see `_negatable`).

Random ids only reach the 404 branches, so a seeded `World` (running, stopped and local servers,
tools, a credential, a skill, a scoped session, an API key, a cache key, a running and a stopped
sandbox with a file, a bundle, a connection, an OAuth app) is restored before each positive operation (when a
non-GET request may have changed it), and positive cases carry its ids and other known values
three times in four (`World.known`); negative cases keep what Schemathesis generated.
Two guards keep fuzzing harmless: commands sent to a real sandbox come from ``SAFE_COMMANDS``,
and the server `update_server` may give a random ``config.command`` is never started.

At the end the module prints, per operation, the examples run and the statuses seen, and the
total (``Schemathesis examples run: ...``).
"""

from __future__ import annotations

import contextlib
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import httpx
import pytest
import requests
import schemathesis
from hypothesis import strategies as st
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    response_schema_conformance,
    status_code_conformance,
)

from mcpgateway_local.launcher import LocalGateway, run_local_gateway
from tests.support.conformance_world import API, TIMEOUT, World
from tests.support.spec_examples import spec

CHECKS: list[schemathesis.CheckFunction] = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]
SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi.json"
MAX_EXAMPLES = 25
"""Hypothesis examples per operation and mode (derandomized: the same cases on every run)."""
MODES = ("positive", "negative")


def _config(mode: str) -> schemathesis.Config:
    return schemathesis.Config.from_dict(
        {
            "generation": {
                "mode": mode,
                "max-examples": MAX_EXAMPLES,
                "deterministic": True,
                "database": "none",
                "with-security-parameters": False,  # the real bearer key is sent instead
            },
            "phases": {
                "examples": {"enabled": False},
                "coverage": {"enabled": False},
                "stateful": {"enabled": False},
                "fuzzing": {"enabled": True},
            },
            "checks": {"negative_data_rejection": {"expected-statuses": ["4XX"]}},
        }
    )


def _negatable() -> list[str]:
    """Operations with a structured body or a query/header parameter: something to violate.

    Left out (Schemathesis: "Impossible to generate negative test cases"): operations whose only
    inputs are plain-string path parameters, and `upload_sandbox_file`, whose body is any bytes.
    """
    return [
        op["operationId"]
        for item in spec()["paths"].values()
        for op in item.values()
        if set(op.get("requestBody", {}).get("content", {})) - {"application/octet-stream"}
        or any(p["in"] != "path" for p in op.get("parameters", []))
    ]


positive = schemathesis.openapi.from_path(SPEC_PATH, config=_config("positive"))
negative = schemathesis.openapi.from_path(SPEC_PATH, config=_config("negative")).include(
    operation_id=_negatable()
)
EXAMPLES: Counter[tuple[str, str]] = Counter()
STATUSES: dict[tuple[str, str], Counter[int]] = defaultdict(Counter)


# -- the seeded world --------------------------------------------------------------------------


WORLD: World | None = None


ABSENT = object()
ADDED_FIELDS = {"update_tool_overrides": ("name",), "update_local_tool": ("name",)}
"""Optional body fields to add (mostly) when the generated body lacks them, by operation."""


def _mostly(known: st.SearchStrategy[Any], generated: Any) -> st.SearchStrategy[Any]:
    """A known value three times in four, else the generated one (what shrinking returns to)."""
    return st.integers(0, 3).flatmap(lambda n: known if n else st.just(generated))


@positive.hook
def flatmap_case(
    context: schemathesis.HookContext, case: schemathesis.Case
) -> st.SearchStrategy[schemathesis.Case]:
    """Swap in known values for parameters and JSON body fields (see `World.known`)."""
    world = WORLD
    if world is None or not world.ids:
        return st.just(case)
    assert context.operation is not None
    operation_id = str(context.operation.definition.raw["operationId"])
    known = world.known(operation_id)
    draws: dict[tuple[str, str], st.SearchStrategy[Any]] = {}
    for where in ("path_parameters", "query", "headers"):
        for name, value in (getattr(case, where) or {}).items():
            if name in known:
                draws[where, name] = _mostly(known[name], value)
    if isinstance(case.body, dict):
        for name, value in case.body.items():
            if name in known:
                draws["body", name] = _mostly(known[name], value)
        for name in ADDED_FIELDS.get(operation_id, ()):
            if name not in case.body:  # an optional field the clash cases need
                draws["body", name] = _mostly(known[name], ABSENT)
    if operation_id == "exec_sandbox_command":
        draws["body", "command"] = known["command"]
    path = case.path_parameters or {}
    if "server_id" in path and "tool_id" in path:  # a tool of that server, mostly
        pairs = st.sampled_from(world.server_tools())
        draws["path_parameters", "server_id, tool_id"] = _mostly(
            pairs, (path["server_id"], path["tool_id"])
        )

    def apply(picks: dict[tuple[str, str], Any]) -> schemathesis.Case:
        for (where, names), value in picks.items():
            container = cast(dict[str, Any], case.body if where == "body" else getattr(case, where))
            if ", " in names:
                container.update(zip(names.split(", "), value, strict=True))
            elif value is not ABSENT:
                container[names] = value
        return case

    return st.fixed_dictionaries(draws).map(apply)


# -- fixtures and tests -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def gateway(request: pytest.FixtureRequest) -> Iterator[LocalGateway]:
    global WORLD
    started = time.monotonic()
    with (
        run_local_gateway(extra_args=("--validate-responses",)) as gw,
        httpx.Client(base_url=gw.url + API, headers=gw.headers, timeout=TIMEOUT) as http,
    ):
        WORLD = World(http)
        yield gw
        WORLD = None
    _report(request, time.monotonic() - started)


@pytest.fixture(scope="module")
def session(gateway: LocalGateway) -> Iterator[requests.Session]:
    with requests.Session() as http:
        yield http


def _call(
    case: schemathesis.Case,
    mode: str,
    gateway: LocalGateway,
    http: requests.Session,
    checks: list[schemathesis.CheckFunction],
) -> None:
    label = case.operation.label
    world = WORLD
    assert world is not None
    if mode == "positive" and world.changed and world.last_operation != label:
        world.ensure()  # first example of this operation, and the last one may have changed it
        world.changed = False
    world.last_operation = label
    EXAMPLES[mode, label] += 1
    response = case.call(
        base_url=gateway.url, session=http, headers=gateway.headers, timeout=TIMEOUT
    )
    world.changed |= case.method != "GET"
    STATUSES[mode, label][response.status_code] += 1
    case.validate_response(response, checks=checks, headers=gateway.headers)


@positive.parametrize()
def test_positive(
    case: schemathesis.Case, gateway: LocalGateway, session: requests.Session
) -> None:
    _call(case, "positive", gateway, session, CHECKS)


@negative.parametrize()
def test_negative(
    case: schemathesis.Case, gateway: LocalGateway, session: requests.Session
) -> None:
    _call(case, "negative", gateway, session, [*CHECKS, negative_data_rejection])


def _report(request: pytest.FixtureRequest, elapsed: float) -> None:
    """Print examples and statuses per operation, then the total (past output capturing)."""
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    capture = request.config.pluginmanager.get_plugin("capturemanager")
    if reporter is None or not EXAMPLES:
        return
    with capture.global_and_fixture_disabled() if capture else contextlib.nullcontext():
        reporter.write_line("")
        reporter.write_line(
            f"Schemathesis examples per operation (at most {MAX_EXAMPLES} per mode):"
        )
        for path, item in spec()["paths"].items():
            for method, op in item.items():
                label = f"{method.upper()} {path}"
                runs = [
                    f"{mode} {EXAMPLES[mode, label]:2} {dict(sorted(STATUSES[mode, label].items()))}"
                    for mode in ("positive", "negative")
                    if EXAMPLES[mode, label]
                ]
                if runs:
                    reporter.write_line(f"  {op['operationId']:32} {'  '.join(runs)}")
        totals = {m: sum(n for (mode, _), n in EXAMPLES.items() if mode == m) for m in MODES}
        reporter.write_line(
            f"Schemathesis examples run: {sum(EXAMPLES.values())} (positive {totals['positive']},"
            f" negative {totals['negative']}) over {len({op for _, op in EXAMPLES})} operations"
            f" in {elapsed:.1f}s"
        )
