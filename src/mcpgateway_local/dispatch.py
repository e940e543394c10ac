"""The spec dispatcher: route, validate, call the registered handler, render its result."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import uuid
from collections.abc import Awaitable
from datetime import date, datetime
from typing import Any, cast
from urllib.parse import quote

from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.types import Receive, Scope, Send
from starlette.websockets import WebSocketClose

from .auth import ANONYMOUS, caller_of, is_public
from .bodies import ParsedBody, limit_receive, read_body
from .domain_errors import DomainError
from .errors import (
    HTTPProblem,
    RequestValidationError,
    error_response,
    problem_response,
    rest_problem,
)
from .handlers import ApiRequest, ApiResult, HandlerRegistry
from .key_policy import allows, required_scope
from .routing import Router
from .spec import Operation, Spec
from .state import GatewayState
from .validation import SchemaValidators, parse_parameters

logger = logging.getLogger("mcpgateway_local")


class ApiDispatcher:
    """ASGI app serving every operation of `spec` with the handlers of `registry`."""

    def __init__(self, spec: Spec, registry: HandlerRegistry) -> None:
        self.spec = spec
        self.registry = registry
        self.router = Router(spec.operations)
        self.validators = SchemaValidators(spec)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":  # no websockets under /api/v1
            await WebSocketClose()(scope, receive, send)
            return
        gw = cast(GatewayState, scope["app"].state.gw)
        try:
            response = await self._handle(scope, receive, gw)
        except HTTPProblem as problem:
            response = problem_response(problem)
        except DomainError as error:
            response = problem_response(rest_problem(error))
        except ClientGone:
            logger.info("%s cancelled: the client disconnected", _operation_name(scope))
            return
        except Exception:
            logger.exception("unhandled error in %s %s", scope["method"], _operation_name(scope))
            response = error_response(500, "Internal error")
        await response(scope, receive, send)

    async def _handle(self, scope: Scope, receive: Receive, gw: GatewayState) -> Response:
        raw_path = scope.get("raw_path") or quote(scope["path"]).encode()
        match = self.router.match(scope["method"], raw_path)
        op = match.operation
        scope["mcpgateway.operation"] = op.operation_id
        handler = self.registry.get(op.operation_id)
        if handler is None:
            raise HTTPProblem(501, f"Not implemented in the local gateway: {op.operation_id}")
        public = is_public(scope["method"], scope["path"])
        caller = ANONYMOUS if public else caller_of(scope)
        needed = None if public else required_scope(op.operation_id, op.method, op.tag)
        if needed is not None and not allows(caller.scopes, needed):
            raise HTTPProblem(403, f"This API key lacks the scope '{needed}'")
        limit = gw.settings.max_body_bytes
        request = Request(scope, limit_receive(receive, limit))
        path, query, header, errors = parse_parameters(
            self.validators,
            op,
            match.path_values,
            request.query_params.getlist,
            request.headers.getlist,
        )
        body = ParsedBody()
        try:
            body = await read_body(request, op.body, self.validators, limit)
        except RequestValidationError as invalid:
            errors.extend(invalid.items)
        if errors:
            raise RequestValidationError(errors)
        call = handler(
            ApiRequest(
                operation=op,
                path=path,
                query=query,
                header_params=header,
                headers=request.headers,
                body=body.value,
                raw_body_keys=body.raw_keys,
                gw=gw,
                caller=caller,
            )
        )
        if self.registry.cancels_on_disconnect(op.operation_id):
            result = await until_disconnect(call, receive)
        else:
            result = await call
        return self._render(op, result, gw)

    def _render(self, op: Operation, result: ApiResult, gw: GatewayState) -> Response:
        status = result.status or op.success_status
        headers = dict(result.headers)
        if result.kind == "empty" or status == 204:
            if result.kind != "empty":
                logger.warning("%s returned a body with status 204; body dropped", op.operation_id)
            return Response(status_code=status, headers=headers)
        if result.kind == "stream":
            return StreamingResponse(
                result.data, status_code=status, headers=headers, media_type=result.media_type
            )
        if result.kind == "binary":
            return Response(
                result.data, status_code=status, headers=headers, media_type=result.media_type
            )
        if gw.settings.validate_responses and status in op.response_schemas:
            problems = self.validators.errors_at(
                op.response_schemas[status], result.data, ["response"]
            )
            if problems:
                logger.error(
                    "%s returned a body not matching the spec: %s", op.operation_id, problems
                )
                raise HTTPProblem(
                    500, f"Response of {op.operation_id} does not match the spec: {problems[:5]}"
                )
        return Response(
            json_bytes(result.data),
            status_code=status,
            headers=headers,
            media_type="application/json",
        )


async def until_disconnect(call: Awaitable[ApiResult], receive: Receive) -> ApiResult:
    """Run `call`; cancel it (and raise `ClientGone`) if the client disconnects first."""
    work = asyncio.ensure_future(call)

    async def disconnected() -> None:
        while (await receive())["type"] != "http.disconnect":
            pass

    watcher = asyncio.ensure_future(disconnected())
    try:
        await asyncio.wait({work, watcher}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        watcher.cancel()
    if not work.done():
        work.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await work
        raise ClientGone
    return work.result()


class ClientGone(Exception):
    """The client disconnected before the answer; the handler was cancelled."""


def json_bytes(data: Any) -> bytes:
    """Compact UTF-8 JSON; datetimes as ISO 8601, UUIDs as strings."""
    return json.dumps(
        data, ensure_ascii=False, allow_nan=False, separators=(",", ":"), default=_json_default
    ).encode("utf-8")


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


def _operation_name(scope: Scope) -> str:
    return str(scope.get("mcpgateway.operation", scope.get("path", "?")))
