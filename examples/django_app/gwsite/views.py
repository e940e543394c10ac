"""Views that call MCP Gateway; a failed call becomes a 502 with the SDK's message."""

from __future__ import annotations

import os

from django.http import HttpRequest, JsonResponse

from mcpgateway_sdk import GatewayError

from .gateway import get_gateway


def search_tools(request: HttpRequest) -> JsonResponse:
    """Tools ranked for `?q=`."""
    try:
        found = get_gateway().tools.search(request.GET.get("q", "weather"), limit=3)
    except GatewayError as exc:
        return JsonResponse({"error": str(exc)}, status=502)
    tools = [{"tool": f"{t.server_name}__{t.tool_name}", "score": t.score} for t in found]
    return JsonResponse(tools, safe=False)


def weather(request: HttpRequest, city: str) -> JsonResponse:
    """Runs the `weather__get_weather` tool on the gateway."""
    try:
        result = get_gateway().tools.execute("weather__get_weather", {"city": city})
    except GatewayError as exc:
        return JsonResponse({"error": str(exc)}, status=502)
    if result.error:
        return JsonResponse({"error": result.error}, status=502)
    return JsonResponse({"city": city, "weather": result.result, "pid": os.getpid()})
