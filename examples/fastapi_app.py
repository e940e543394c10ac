"""FastAPI + the async `MCPGateway`, opened in the app's lifespan and shared by every request.

    pip install mcpgateway-sdk fastapi uvicorn
    export MCPGATEWAY_URL=http://127.0.0.1:8000 MCPGATEWAY_TOKEN=sk-...
    uvicorn --app-dir examples fastapi_app:app --port 8080

The lifespan creates the client once per worker process, after uvicorn has started it (so
`--workers N` is fork-safe too), checks the gateway's version on entry and closes the connection
pool at shutdown. Handlers get the client through a dependency.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Request

from mcpgateway_sdk import GatewayError, MCPGateway


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    """One `MCPGateway` for the life of the app (MCPGATEWAY_URL / MCPGATEWAY_TOKEN)."""
    async with MCPGateway() as gw:
        app.state.gw = gw
        yield


app = FastAPI(lifespan=lifespan)


def gateway(request: Request) -> MCPGateway:
    """The app's client (a FastAPI dependency)."""
    gw: MCPGateway = request.app.state.gw
    return gw


Gateway = Annotated[MCPGateway, Depends(gateway)]


@app.get("/tools")
async def search_tools(gw: Gateway, q: str = "weather") -> list[dict[str, Any]]:
    """Tools ranked for `?q=`."""
    found = await gw.tools.search(q, limit=3)
    return [{"tool": f"{t.server_name}__{t.tool_name}", "score": t.score} for t in found]


@app.get("/weather/{city}")
async def weather(city: str, gw: Gateway) -> dict[str, Any]:
    """Runs the `weather__get_weather` tool on the gateway."""
    try:
        result = await gw.tools.execute("weather__get_weather", {"city": city})
    except GatewayError as exc:
        raise HTTPException(502, str(exc)) from None
    if result.error:
        raise HTTPException(502, result.error)
    return {"city": city, "weather": result.result, "pid": os.getpid()}
