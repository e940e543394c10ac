"""A strict user's script: every call the 0.28 README and our README show, results used as they
use them. Never run: `test_strict_typing.py` type-checks it, and its sync twin (made with
`codegen/unasync.py`, as `_sync/` is), with mypy --strict and pyright (strict)."""

from __future__ import annotations

import asyncio
import json
import os

from mcpgateway_sdk import (
    AuthError,
    ConflictError,
    ForbiddenError,
    GatewayError,
    MCPGateway,
    NotFoundError,
    RateLimitError,
    ValidationError,
)
from mcpgateway_sdk.models import OAuthAppCreate, Server, ToolSearchResult


def describe(server: Server, hit: ToolSearchResult) -> str:
    """Models as annotations in the user's own code."""
    created = server.created_at.isoformat() if server.created_at else "unknown"
    tags = ", ".join(tag.upper() for tag in server.portal_tags)
    return f"{server.name} ({server.status}, {tags}, {created}): {hit.score:.2f} {hit.tool_id.hex}"


async def quick_start() -> None:
    async with MCPGateway(api_key="sk-...", url="http://localhost:8000") as gw:
        tools = await gw.tools.search("get current weather")
        print(tools[0].tool_name, tools[0].score)
        result = await gw.tools.execute("get_weather", {"city": "NYC"}, server_name="weather")
        print(result)
        print(result.result, result.duration_ms + 1)


async def from_environment() -> None:
    os.environ["MCPGATEWAY_TOKEN"] = "sk-..."
    os.environ["MCPGATEWAY_URL"] = "https://gateway.example.com"
    async with MCPGateway() as gw:
        print(gw.mcp_url, gw.auth_headers["Authorization"])
    async with MCPGateway(check_version=False) as gw:
        print(gw.mcp_url)
    gw = MCPGateway()  # one client per process, closed at shutdown
    print([t.to_dict() for t in await gw.tools.search("calendar")])
    await gw.aclose()
    legacy = MCPGateway("sk-...", "http://localhost:8000", 60)  # the published positional form
    await legacy.close()  # the published SDKs' name


async def servers(gw: MCPGateway) -> None:
    running = await gw.servers.list(status="running")
    for item in running:
        if item.status == "running":
            print(item.name, item.display_name.upper(), item.tool_count + 1, item.id.hex)
        if item.created_at is not None:
            print(item.created_at.isoformat())
    server = await gw.servers.import_from_catalog(
        registry="npm", registry_id="@anthropic/time-mcp", name="time-server"
    )
    await gw.servers.start(server.id)
    health = await gw.servers.health(server.id)
    print(health.current_status == "running", health["current_status"], "id" in server)
    await gw.servers.stop(server.id)
    mine = await gw.servers.create(
        name="mine",
        display_name="Mine",
        type="stdio",
        config={"command": "python", "args": ["my_server.py"]},
    )
    print(mine.name.startswith("m"), json.dumps(mine.to_dict()))
    calc = await gw.servers.import_from_catalog("builtin", "calculator", "calc")
    await gw.servers.start(calc.id)
    assert (await gw.tools.execute("calc__add", {"a": 2, "b": 3})).result is not None


async def tools(gw: MCPGateway) -> None:
    results = await gw.tools.search("convert PDF to text", limit=3)
    for r in results:
        print(f"{r.server_name}/{r.tool_name} — score: {r.score:.2f}")
        print(describe(await gw.servers.get(r.server_id), r))
    output = await gw.tools.execute(
        "read_pdf", {"url": "https://example.com/report.pdf"}, server_name="document-reader"
    )
    print(output.duration_ms + 1, output.result)
    print([t.to_dict() for t in await gw.tools.search("calendar")])


async def skills(gw: MCPGateway) -> None:
    server = await gw.servers.get("3f2b8c1e-6d4a-4e8b-9c1d-2a7f5e9b0c11")
    skill = await gw.skills.upload(file_path="./my_skill.md")
    await gw.skills.attach(skill_id=skill.id, server_id=server.id)
    entries = await gw.skills.catalog("builtin")
    for entry in entries:
        print(entry.name)


async def sessions(gw: MCPGateway) -> None:
    session = await gw.sessions.create(
        allowed_tool_names=["VVMCP__kb_finance", "HOTSPOT__*", "GMAIL__*"],
        denied_tool_names=["HOTSPOT__internal_debug"],
    )
    print(session.id, session.created_at.isoformat())
    session = await gw.sessions.update(
        session.id, denied_tool_names=["HOTSPOT__internal_debug", "HOTSPOT__admin_reset"]
    )
    await gw.sessions.touch(session.id)
    results = await gw.tools.search("finance", session_id=session.id)
    print(len(results))
    stats = await gw.sessions.stats()
    print(stats.get("total_active"), stats.total_active + 1)


async def sandboxes(gw: MCPGateway) -> None:
    sandbox = await gw.sandboxes.create(image="python:3.12")
    result = await gw.sandboxes.exec(sandbox.id, command="python -c 'print(1+1)'")
    print(result.stdout.strip())
    await gw.sandboxes.upload(sandbox.id, "data.csv", content=b"a,b\n1,2")
    files = await gw.sandboxes.list_files(sandbox.id)
    for f in files:
        print(f.path)
    await gw.sandboxes.destroy(sandbox.id)


async def api_keys(gw: MCPGateway) -> None:
    key = await gw.auth.create_api_key(name="ci-pipeline", expires_in_days=90)
    print(key.key.startswith("mgw_"))
    keys = await gw.auth.list_api_keys()
    rotated = await gw.auth.rotate_api_key(keys[0].id)
    print(rotated.old_key_revoked, rotated.new_key.key.startswith("mgw_"))


async def cache(gw: MCPGateway) -> None:
    await gw.cache.set("last_run", {"status": "ok"}, ttl=600)
    value = await gw.cache.get("last_run")
    print(value)


async def errors(gw: MCPGateway) -> None:
    try:
        await gw.servers.get("nonexistent-id")
    except NotFoundError:
        print("Server not found")
    except (AuthError, ForbiddenError, ConflictError, ValidationError, RateLimitError) as e:
        print(e.status_code)
    except GatewayError as e:
        print(f"API error [{e.status_code}]: {e.message}")


async def options(gw: MCPGateway) -> None:
    quick = gw.with_options(timeout=120, max_retries=0)
    print((await quick.servers.list())[0].name)


async def pages_and_raw(gw: MCPGateway) -> None:
    page = await gw.servers.list(page_size=50, timeout=5.0, extra_headers={"X-Trace": "1"})
    print(len(page), page.total, page.has_more, page[0].name)
    async for server in page.auto_paging_iter():
        print(server.id.hex)
    following = await page.next_page()
    if following is not None:
        print(following.total)
    raw = await gw.with_raw_response.servers.get(page[0].id, max_retries=0)
    parsed: Server = raw.parse()
    print(raw.status_code + 1, raw.headers.get("content-type"), raw.elapsed, parsed.name)
    async with gw.with_streaming_response.sandboxes.download("sbx", "data.csv") as response:
        async for chunk in response.aiter_bytes():
            print(len(chunk))
    result = await gw.tools.execute("calc__add", {"a": 1}, extra_body={"trace": True})
    print(result.raise_for_error().duration_ms + 1)


async def oauth(gw: MCPGateway) -> None:
    """0.61's OAuth surface: apps, templates, probe, discovery OAuth, the connections page."""
    templates = await gw.oauth_templates.list()
    app = await gw.oauth_apps.create(
        OAuthAppCreate(alias="gh", name="GitHub", template_id=str(templates[0].id), client_id="c")
    )
    print(app.callback_url, app.client_secret_masked, app.created_at.isoformat())
    custom = await gw.oauth_apps.create_custom(
        {"alias": "idp", "name": "IdP", "client_id": "c", "auth_url": "u", "token_url": "t"}
    )
    await gw.oauth_apps.update(custom.id, {"name": "IdP 2"})
    found = await gw.oauth_apps.compatible(token_endpoint="t")
    print(found.total + 1, [a.alias for a in found.items])
    probe = await gw.oauth_apps.probe_auth("https://mcp.example/mcp", guard_network=True)
    if probe.oauth_discovery.supports_oauth and probe.connection_test is not None:
        print(probe.outcome, probe.auth_method, probe.connection_test.latency_ms)
    status = await gw.servers.discovery_oauth_status("srv")
    print(status.state.value, status.expires_at.isoformat() if status.expires_at else None)
    start = await gw.servers.authorize_discovery_oauth("srv", ["read"], redirect_uri="https://x")
    print(start.authorization_url, start.expires_in + 1)
    await gw.servers.remove_discovery_oauth("srv")
    page = await gw.connections.list(status="expired", page_size=50)
    print(page.total, [c.expiration_status for c in page])
    async for connection in page.auto_paging_iter():
        print(connection.id.hex)
    await gw.oauth_apps.delete(app.id)


async def main() -> None:
    await quick_start()
    await from_environment()
    async with MCPGateway(api_key="sk-...", url="http://localhost:8000") as gw:
        for step in (
            servers,
            tools,
            skills,
            sessions,
            sandboxes,
            api_keys,
            cache,
            errors,
            options,
            pages_and_raw,
            oauth,
        ):
            await step(gw)


if __name__ == "__main__":
    asyncio.run(main())
