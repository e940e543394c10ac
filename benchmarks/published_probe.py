"""Run inside a virtualenv holding the *published* mcpgateway-sdk (0.28.0); prints JSON figures.

Invoked by `benchmarks/run.py` as: <venv>/bin/python benchmarks/published_probe.py URL SERVER_ID N REPEAT
(N = 0: parsing only, no round trip)
(this repository's own package is not importable there, so `mcpgateway_sdk` is the published one).
"""

from __future__ import annotations

import asyncio
import json
import sys
import time

PARSE_REPEAT = 30  # as in benchmarks/run.py


async def round_trip(url: str, server_id: str, n: int, repeat: int) -> float:
    from mcpgateway_sdk import MCPGateway

    async with MCPGateway(api_key="k", url=url, check_version=False) as gw:
        await gw.servers.get(server_id)
        best = float("inf")
        for _ in range(repeat):
            started = time.perf_counter()
            for _ in range(n):
                await gw.servers.get(server_id)
            best = min(best, time.perf_counter() - started)
    return best / n * 1e6


def parse(payload: bytes, count: int, repeat: int) -> float:
    from mcpgateway_sdk.models import Server

    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        [Server.model_validate(d) for d in json.loads(payload)["items"]]
        best = min(best, time.perf_counter() - started)
    return best / count * 1e6


def parse_and_read(payload: bytes, count: int, repeat: int) -> float:
    from mcpgateway_sdk.models import Server

    names = list(Server.model_fields)
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        for server in [Server.model_validate(d) for d in json.loads(payload)["items"]]:
            for name in names:
                getattr(server, name)
        best = min(best, time.perf_counter() - started)
    return best / count * 1e6


def main() -> None:
    url, server_id, n, repeat = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    payload = sys.stdin.buffer.read()
    count = len(json.loads(payload)["items"])
    import mcpgateway_sdk

    print(
        json.dumps(
            {
                "version": mcpgateway_sdk.__version__,
                "async_round_trip_us": (
                    asyncio.run(round_trip(url, server_id, n, repeat)) if n else None
                ),
                "parse_us_per_obj": parse(payload, count, PARSE_REPEAT),
                "parse_read_us_per_obj": parse_and_read(payload, count, PARSE_REPEAT),
            }
        )
    )


if __name__ == "__main__":
    main()
