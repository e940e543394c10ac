"""Drop-in entry points of the published SDKs (0.28 / 0.61), and no dot segments on the wire."""

from __future__ import annotations

import asyncio
import importlib
from collections.abc import Iterator

import pytest

import mcpgateway_sdk
import mcpgateway_sdk.models as models
from mcpgateway_sdk import MCPGateway, MCPGatewaySync, PaginatedResponse
from tests.support.recording_server import RecordingServer
from tests.support.spec_examples import success_example
from tests.support.twins import MODES, Twin

SID = "908cf468-8378-4da7-85ea-158799705ebe"

# Module paths of the published SDKs, each with the classes it shipped (0.28 and 0.61).
PUBLISHED_MODULES = {
    "server": ["Server"],
    "tool": ["ToolExecuteResult", "ToolLookup", "ToolSearchResult"],
    "skill": ["AttachResult", "Skill", "SkillCatalogEntry"],
    "session": ["Session"],
    "sandbox": ["ExecResult", "Sandbox", "SandboxCreate", "SandboxFile"],
    "api_key": ["ApiKey", "ApiKeyCreate"],
    "bundle": ["Bundle", "BundleDetail", "BundleTool", "BundleWithKey", "ServerAssignment"],
    "connection": [
        "BasicConnection", "BundleConnection", "Connection", "ConnectionCreated",
        "OAuthAuthorization",
    ],
    "common": ["PaginatedResponse"],
}  # fmt: skip


@pytest.fixture
def server() -> Iterator[RecordingServer]:
    with RecordingServer() as srv:
        yield srv


@pytest.mark.parametrize("module", sorted(PUBLISHED_MODULES))
def test_published_model_module_paths_import(module: str) -> None:
    mod = importlib.import_module(f"mcpgateway_sdk.models.{module}")
    for name in PUBLISHED_MODULES[module]:
        assert getattr(mod, name) is getattr(models, name), name
        assert name in mod.__all__
    assert getattr(models, module) is mod  # also reachable as an attribute


def test_area_modules_re_export_our_models_of_that_area() -> None:
    from mcpgateway_sdk.models.server import ServerCreate, ServerHealth
    from mcpgateway_sdk.models.session import SessionStats

    assert ServerCreate is models.ServerCreate and ServerHealth is models.ServerHealth
    assert SessionStats is models.SessionStats


def test_paginated_response_is_exported_and_behaves_like_a_model() -> None:
    assert mcpgateway_sdk.PaginatedResponse is PaginatedResponse is models.PaginatedResponse
    page = PaginatedResponse.from_dict({"items": [{"id": 1}], "total": 3})
    assert (page.items, page.total, page.offset, page.limit) == ([{"id": 1}], 3, 0, 100)
    assert (
        page.to_dict()
        == dict(page)
        == {"items": [{"id": 1}], "total": 3, "offset": 0, "limit": 100}
    )
    assert page["total"] == 3 and page.get("nope") is None and "limit" in page
    assert PaginatedResponse([], 0) == PaginatedResponse.from_dict({"items": [], "total": 0})


def test_timeout_is_the_third_positional_argument() -> None:
    for cls in (MCPGateway, MCPGatewaySync):
        gw = cls("k", "http://gw.example", 60)
        assert gw.config.timeout.read == 60.0 and gw.url == "http://gw.example"


def test_async_client_has_close(server: RecordingServer) -> None:
    server.reply(*success_example("get_server"))

    async def scenario() -> bool:
        gw = MCPGateway(api_key="k", url=server.url, check_version=False)
        await gw.servers.get(SID)
        pool = gw._core._client
        await gw.close()
        return pool.is_closed

    assert asyncio.run(scenario())


def test_constructing_a_client_opens_no_pool() -> None:
    for cls in (MCPGateway, MCPGatewaySync):
        gw = cls(api_key="k")
        gw.servers, gw.tools, gw.sessions  # noqa: B018
        assert gw._core._pool.client is None
        derived = gw.with_options(max_retries=0)
        assert derived._core._client is gw._core._client  # one shared pool, made on demand


def test_closing_an_unused_client_is_harmless() -> None:
    asyncio.run(MCPGateway(api_key="k").close())
    MCPGatewaySync(api_key="k").close()


# (call, args): every kind of path parameter (ids, keys, registry ids, catalog names)
DOT_CALLS = [
    ("servers.get", ("{}",)),
    ("servers.delete", ("{}",)),
    ("servers.update_tool", (SID, "{}")),
    ("servers.catalog_get", ("builtin", "{}")),
    ("skills.get", ("{}",)),
    ("skills.catalog", ("{}",)),
    ("skills.catalog_detail", ("builtin", "{}")),
    ("sessions.get", ("{}",)),
    ("sandboxes.get", ("{}",)),
    ("auth.get_api_key", ("{}",)),
    ("cache.get", ("{}",)),
    ("bundles.get", ("{}",)),
    ("bundles.get_by_agent", ("{}",)),
    ("connections.get", ("{}",)),
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("dots", [".", ".."])
@pytest.mark.parametrize(("call", "args"), DOT_CALLS, ids=[c for c, _ in DOT_CALLS])
def test_dot_segments_are_refused_before_sending(
    server: RecordingServer, mode: str, dots: str, call: str, args: tuple[str, ...]
) -> None:
    twin = Twin(mode, api_key="k", url=server.url)
    with pytest.raises(ValueError, match="must not be"):
        twin.call(call, *(a.replace("{}", dots) for a in args))
    twin.close()
    assert server.requests == []


@pytest.mark.parametrize("mode", MODES)
def test_dots_inside_a_value_are_sent_encoded(server: RecordingServer, mode: str) -> None:
    twin = Twin(mode, api_key="k", url=server.url)
    server.reply(200, {"value": 1})
    twin.call("cache.get", "a..b")
    server.reply(200, {"value": 1})
    twin.call("cache.get", "...")
    twin.close()
    assert [r.raw_path for r in server.requests] == ["/api/v1/cache/a..b", "/api/v1/cache/..."]


def test_star_import_of_models_gives_every_model() -> None:
    namespace: dict[str, object] = {}
    exec("from mcpgateway_sdk.models import *", namespace)
    for names in PUBLISHED_MODULES.values():
        for name in names:
            assert namespace[name] is getattr(models, name)
