"""The main job: the SDK against a real local gateway, end to end (`make demo`).

Starts `mcpgateway-local` on a free loopback port with a temporary data directory, then with
`MCPGateway` (async): imports the time and weather servers from the built-in catalog, starts them,
searches and executes tools, scopes a session, runs code in a sandbox and uses the cache. Every
step prints what it did; everything is shut down at the end.
"""

from __future__ import annotations

import asyncio
import sys

from mcpgateway_local.launcher import run_local_gateway
from mcpgateway_sdk import ForbiddenError, MCPGateway


def step(title: str) -> None:
    print(f"\n== {title}")


async def tour(url: str, api_key: str) -> None:
    async with MCPGateway(api_key=api_key, url=url) as gw:
        step("Gateway")
        health = await gw.health()
        print(f"{url}: {health['status']}, version {health['version']}")

        step("Import the time and weather servers from the built-in catalog")
        entries = await gw.servers.catalog_search()
        print("catalog:", ", ".join(f"{e.registry}/{e.registry_id}" for e in entries))
        time_server = await gw.servers.import_from_catalog("builtin", "time", "time")
        weather = await gw.servers.import_from_catalog("builtin", "weather", "weather")
        for server in (time_server, weather):
            started = await gw.servers.start(server.id)
            print(f"{server.name}: {started.previous_status} -> {started.current_status}")

        step("Tools of the running servers")
        for server in (time_server, weather):
            for tool in await gw.servers.list_tools(server.id):
                print(f"{server.name}__{tool.name}: {tool.description}")

        step('Search: "get current weather"')
        results = await gw.tools.search("get current weather", limit=3)
        for r in results:
            print(f"{r.server_name}/{r.tool_name}  score {r.score:.2f}")

        step("Execute get_weather on the weather server")
        result = await gw.tools.execute("get_weather", {"city": "NYC"}, server_name="weather")
        print(f"{result.tool_name} in {result.duration_ms} ms -> {result.result}")
        now = await gw.tools.execute("time__get_current_time", {"timezone": "Europe/Paris"})
        print(f"time__get_current_time -> {now.result}")

        step("A session that may only use the weather server")
        session = await gw.sessions.create(
            allowed_tool_names=["weather__*"], denied_tool_names=["weather__get_forecast"]
        )
        print(
            f"session {session.id}: allowed {session.allowed_tool_names}, denied {session.denied_tool_names}"
        )
        scoped = await gw.tools.search("current time", limit=5, session_id=session.id)
        print("search within the session:", [f"{r.server_name}/{r.tool_name}" for r in scoped])
        try:
            await gw.tools.execute("time__get_current_time", session_id=session.id)
        except ForbiddenError as exc:
            print(
                f"time__get_current_time refused in the session: [{exc.status_code}] {exc.message}"
            )
        session = await gw.sessions.update(session.id, denied_tool_names=None)
        print(f"deny list cleared, allow list kept: {session.allowed_tool_names}")

        step("Run code in a sandbox")
        sandbox = await gw.sandboxes.create(image="python:3.12")
        run = await gw.sandboxes.exec(sandbox.id, command="python -c 'print(1+1)'")
        print(f"exit {run.exit_code}, stdout {run.stdout.strip()!r}, {run.duration_ms} ms")
        await gw.sandboxes.upload(sandbox.id, "data.csv", content=b"a,b\n1,2\n")
        summed = await gw.sandboxes.exec(
            sandbox.id,
            command="python -c \"import csv; print(sum(int(r['b']) for r in csv.DictReader(open('data.csv'))))\"",
        )
        print(
            "files:",
            [f.name for f in await gw.sandboxes.list_files(sandbox.id)],
            "sum of b:",
            summed.stdout.strip(),
        )
        await gw.sandboxes.destroy(sandbox.id)
        print("sandbox destroyed")

        step("Cache")
        await gw.cache.set("last_run", {"status": "ok"}, ttl=600)
        print("last_run =", await gw.cache.get("last_run"))
        print("missing  =", await gw.cache.get("never-set"))

        step("Shut down")
        for server in (time_server, weather):
            stopped = await gw.servers.stop(server.id)
            print(f"{server.name}: {stopped.current_status}")


def main() -> int:
    print("Starting a local gateway (mcpgateway-local) on 127.0.0.1 ...")
    with run_local_gateway() as local:
        print(f"ready at {local.url} (temporary data directory)")
        asyncio.run(tour(local.url, local.api_key))
    print("\nlocal gateway stopped; demo complete")
    return 0


if __name__ == "__main__":
    sys.exit(main())
