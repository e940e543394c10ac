"""Every example of the published SDK description (../shared/seed), run as written against a real
local gateway: once with `MCPGateway` and once with `MCPGatewaySync` (no `await`).

The only additions are the set-up the README assumes: servers that exist (the weather server from
the built-in catalog, a `document-reader` stdio server) and a skill file on disk.
"""

from __future__ import annotations

import asyncio
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

from mcpgateway_local.launcher import LocalGateway, run_local_gateway
from mcpgateway_sdk import (
    AuthError,
    ConflictError,
    ForbiddenError,
    GatewayError,
    MCPGateway,
    MCPGatewaySync,
    NotFoundError,
    RateLimitError,
    ValidationError,
)

pytestmark = pytest.mark.e2e
READER = Path(__file__).resolve().parents[1] / "support" / "document_reader_server.py"
SKILL_MD = "---\nname: {name}\ndescription: Summarise quarterly reports.\n---\n# Use\nRead, then summarise.\n"


@pytest.fixture(scope="module")
def gateway() -> Iterator[LocalGateway]:
    with run_local_gateway(extra_args=("--validate-responses",)) as local:
        yield local


@pytest.fixture(scope="module")
def prepared(gateway: LocalGateway) -> LocalGateway:
    """The servers the README's examples assume exist."""
    with MCPGatewaySync(api_key=gateway.api_key, url=gateway.url) as gw:
        weather = gw.servers.import_from_catalog("builtin", "weather", "weather")
        gw.servers.start(weather.id)
        reader = gw.servers.create(
            name="document-reader",
            display_name="Document reader",
            type="stdio",
            config={"command": sys.executable, "args": [str(READER)]},
        )
        gw.servers.start(reader.id)
    return gateway


def skill_file(tmp_path: Path, name: str) -> Path:
    path = tmp_path / "my_skill.md"
    path.write_text(SKILL_MD.format(name=name), encoding="utf-8")
    return path


async def seed_async(url: str, key: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Quick start
    async with MCPGateway(api_key=key, url=url) as gw:
        tools = await gw.tools.search("get current weather")
        print(tools[0].tool_name, tools[0].score)
        assert tools[0].server_name == "weather" and 0 < tools[0].score <= 1
        result = await gw.tools.execute("get_weather", {"city": "NYC"}, server_name="weather")
        print(result)
        assert result.error is None and "NYC" in str(result.result)

    # Configuration from the environment
    monkeypatch.setenv("MCPGATEWAY_TOKEN", key)
    monkeypatch.setenv("MCPGATEWAY_URL", url)
    async with MCPGateway() as gw:  # picks up from env
        # Manage servers
        servers = await gw.servers.list(status="running")
        assert {s.name for s in servers} >= {"weather", "document-reader"}
        server = await gw.servers.import_from_catalog(
            registry="npm",
            registry_id="@anthropic/time-mcp",
            name="time-server-async",
        )
        await gw.servers.start(server.id)
        health = await gw.servers.health(server.id)
        assert health["current_status"] == "running"
        await gw.servers.stop(server.id)

        # Search and execute tools
        results = await gw.tools.search("convert PDF to text", limit=3)
        for r in results:
            print(f"{r.server_name}/{r.tool_name} — score: {r.score:.2f}")
        assert results[0].tool_name == "read_pdf"
        output = await gw.tools.execute(
            "read_pdf",
            {"url": "https://example.com/report.pdf"},
            server_name="document-reader",
        )
        assert "example.com/report.pdf" in str(output.result)

        # Work with skills
        skill = await gw.skills.upload(file_path=str(skill_file(tmp_path, "quarterly-async")))
        await gw.skills.attach(skill_id=skill.id, server_id=server.id)
        entries = await gw.skills.catalog("builtin")
        assert skill.name == "quarterly-async" and entries

        # Sessions with scoped tools
        session = await gw.sessions.create(
            allowed_tool_names=["VVMCP__kb_finance", "HOTSPOT__*", "GMAIL__*"],
            denied_tool_names=["HOTSPOT__internal_debug"],
        )
        print(session.id)
        session = await gw.sessions.update(
            session.id,
            denied_tool_names=["HOTSPOT__internal_debug", "HOTSPOT__admin_reset"],
        )
        assert session.allowed_tool_names == ["VVMCP__kb_finance", "HOTSPOT__*", "GMAIL__*"]
        await gw.sessions.touch(session.id)

        # Sandbox execution
        sandbox = await gw.sandboxes.create(image="python:3.12")
        result = await gw.sandboxes.exec(sandbox.id, command="python -c 'print(1+1)'")
        print(result.stdout)
        assert result.stdout.strip() == "2"
        await gw.sandboxes.upload(sandbox.id, "data.csv", content=b"a,b\n1,2")
        files = await gw.sandboxes.list_files(sandbox.id)
        assert "data.csv" in {f.name for f in files}
        await gw.sandboxes.destroy(sandbox.id)

        # API key management
        key_obj = await gw.auth.create_api_key(name="ci-pipeline", expires_in_days=90)
        print(key_obj.key)  # Only shown once
        keys = await gw.auth.list_api_keys()
        rotated = await gw.auth.rotate_api_key(keys[0].id)
        assert key_obj.key and rotated.new_key.key

        # SDK cache
        await gw.cache.set("last_run", {"status": "ok"}, ttl=600)
        value = await gw.cache.get("last_run")
        assert value == {"status": "ok"}

        # Error handling
        try:
            await gw.servers.get("nonexistent-id")
        except NotFoundError:
            print("Server not found")
        except GatewayError as e:
            raise AssertionError(f"API error [{e.status_code}]: {e.message}") from e
        else:
            raise AssertionError("expected NotFoundError")

    # Version compatibility, MCP connection
    async with MCPGateway(api_key=key, url=url, check_version=False) as gw:
        assert gw.mcp_url == f"{url}/mcp/gateway"
        assert gw.auth_headers == {"Authorization": f"Bearer {key}"}


def seed_sync(url: str, key: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Quick start
    with MCPGatewaySync(api_key=key, url=url) as gw:
        tools = gw.tools.search("get current weather")
        print(tools[0].tool_name, tools[0].score)
        assert tools[0].server_name == "weather" and 0 < tools[0].score <= 1
        result = gw.tools.execute("get_weather", {"city": "NYC"}, server_name="weather")
        print(result)
        assert result.error is None and "NYC" in str(result.result)

    # Configuration from the environment
    monkeypatch.setenv("MCPGATEWAY_TOKEN", key)
    monkeypatch.setenv("MCPGATEWAY_URL", url)
    with MCPGatewaySync() as gw:  # picks up from env
        # Manage servers
        servers = gw.servers.list(status="running")
        assert {s.name for s in servers} >= {"weather", "document-reader"}
        server = gw.servers.import_from_catalog(
            registry="npm",
            registry_id="@anthropic/time-mcp",
            name="time-server-sync",
        )
        gw.servers.start(server.id)
        health = gw.servers.health(server.id)
        assert health["current_status"] == "running"
        gw.servers.stop(server.id)

        # Search and execute tools
        results = gw.tools.search("convert PDF to text", limit=3)
        for r in results:
            print(f"{r.server_name}/{r.tool_name} — score: {r.score:.2f}")
        assert results[0].tool_name == "read_pdf"
        output = gw.tools.execute(
            "read_pdf",
            {"url": "https://example.com/report.pdf"},
            server_name="document-reader",
        )
        assert "example.com/report.pdf" in str(output.result)

        # Work with skills
        skill = gw.skills.upload(file_path=str(skill_file(tmp_path, "quarterly-sync")))
        gw.skills.attach(skill_id=skill.id, server_id=server.id)
        entries = gw.skills.catalog("builtin")
        assert skill.name == "quarterly-sync" and entries

        # Sessions with scoped tools
        session = gw.sessions.create(
            allowed_tool_names=["VVMCP__kb_finance", "HOTSPOT__*", "GMAIL__*"],
            denied_tool_names=["HOTSPOT__internal_debug"],
        )
        print(session.id)
        session = gw.sessions.update(
            session.id,
            denied_tool_names=["HOTSPOT__internal_debug", "HOTSPOT__admin_reset"],
        )
        assert session.allowed_tool_names == ["VVMCP__kb_finance", "HOTSPOT__*", "GMAIL__*"]
        gw.sessions.touch(session.id)

        # Sandbox execution
        sandbox = gw.sandboxes.create(image="python:3.12")
        result = gw.sandboxes.exec(sandbox.id, command="python -c 'print(1+1)'")
        print(result.stdout)
        assert result.stdout.strip() == "2"
        gw.sandboxes.upload(sandbox.id, "data.csv", content=b"a,b\n1,2")
        files = gw.sandboxes.list_files(sandbox.id)
        assert "data.csv" in {f.name for f in files}
        gw.sandboxes.destroy(sandbox.id)

        # API key management
        key_obj = gw.auth.create_api_key(name="ci-pipeline", expires_in_days=90)
        print(key_obj.key)  # Only shown once
        keys = gw.auth.list_api_keys()
        rotated = gw.auth.rotate_api_key(keys[0].id)
        assert key_obj.key and rotated.new_key.key

        # SDK cache
        gw.cache.set("last_run", {"status": "ok"}, ttl=600)
        value = gw.cache.get("last_run")
        assert value == {"status": "ok"}

        # Error handling
        try:
            gw.servers.get("nonexistent-id")
        except NotFoundError:
            print("Server not found")
        except GatewayError as e:
            raise AssertionError(f"API error [{e.status_code}]: {e.message}") from e
        else:
            raise AssertionError("expected NotFoundError")

    # Version compatibility, MCP connection
    with MCPGatewaySync(api_key=key, url=url, check_version=False) as gw:
        assert gw.mcp_url == f"{url}/mcp/gateway"
        assert gw.auth_headers == {"Authorization": f"Bearer {key}"}


def test_seed_examples_async(
    prepared: LocalGateway, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error", UserWarning)  # versions match: no warning expected
        asyncio.run(seed_async(prepared.url, prepared.api_key, tmp_path, monkeypatch))


def test_seed_examples_sync(
    prepared: LocalGateway, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error", UserWarning)
        seed_sync(prepared.url, prepared.api_key, tmp_path, monkeypatch)


def test_seed_exception_names_are_exported() -> None:
    for exc in (
        AuthError,
        ForbiddenError,
        NotFoundError,
        ConflictError,
        ValidationError,
        RateLimitError,
    ):
        assert issubclass(exc, GatewayError)
