"""Handler registry and the types handlers code against.

A handler module in this package registers one coroutine per spec operation::

    from mcpgateway_local.handlers import ApiRequest, ApiResult, not_found, operation

    @operation("get_server")
    async def get_server(req: ApiRequest) -> ApiResult:
        doc = req.gw.store.get("server", req.path["server_id"])
        if doc is None:
            raise not_found("Server")
        return ApiResult.json(doc)

Every module of this package is imported by `load_handlers()`, so adding a file is enough.
Inputs are already validated against the spec (422 otherwise); operations without a handler
answer 501.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar
from urllib.parse import quote

from starlette.datastructures import Headers

from ..auth import Caller
from ..bodies import UploadedFile
from ..errors import (
    HTTPProblem,
    RequestValidationError,
    bad_request,
    conflict,
    forbidden,
    not_found,
    unprocessable,
)
from ..spec import Operation
from ..state import GatewayState

__all__ = [
    "REGISTRY",
    "ApiRequest",
    "ApiResult",
    "Caller",
    "GatewayState",
    "HTTPProblem",
    "Handler",
    "HandlerRegistry",
    "RequestValidationError",
    "UploadedFile",
    "bad_request",
    "conflict",
    "forbidden",
    "load_handlers",
    "not_found",
    "operation",
    "unprocessable",
]


@dataclass(frozen=True, slots=True)
class ApiRequest:
    """A validated request.

    `path`, `query`, `header_params`: every declared parameter, coerced (uuids canonical),
    absent optional ones = schema default or None. `body`: the validated JSON (defaults filled),
    a form dict (`str` / `UploadedFile` values), raw `bytes`, or None. `raw_body_keys`: keys the
    client actually sent in a JSON object body (absent vs null for PATCH).
    """

    operation: Operation
    path: dict[str, Any]
    query: dict[str, Any]
    header_params: dict[str, Any]
    headers: Headers
    body: Any
    raw_body_keys: frozenset[str]
    gw: GatewayState
    caller: Caller


@dataclass(frozen=True, slots=True)
class ApiResult:
    """What a handler returns; build it with `json`, `no_content` or `binary`."""

    kind: Literal["json", "empty", "binary", "stream"]
    data: Any = None
    status: int | None = None
    media_type: str | None = None
    headers: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def json(
        cls, data: Any, status: int | None = None, headers: Mapping[str, str] | None = None
    ) -> ApiResult:
        """A JSON body; `status` defaults to the operation's success status (lowest 2xx)."""
        return cls("json", data, status, "application/json", dict(headers or {}))

    @classmethod
    def no_content(cls) -> ApiResult:
        """204 with no body."""
        return cls("empty", None, 204)

    @classmethod
    def binary(
        cls,
        data: bytes,
        filename: str | None = None,
        media_type: str = "application/octet-stream",
        status: int | None = None,
    ) -> ApiResult:
        """Raw bytes, as an attachment named `filename` when given."""
        return cls("binary", data, status, media_type, _attachment(filename))

    @classmethod
    def stream(
        cls, chunks: Iterable[bytes], media_type: str, filename: str | None = None
    ) -> ApiResult:
        """A body sent chunk by chunk as `chunks` yields them (an export)."""
        return cls("stream", chunks, None, media_type, _attachment(filename))


Handler = Callable[[ApiRequest], Awaitable[ApiResult]]
H = TypeVar("H", bound=Handler)


class HandlerRegistry:
    """operationId -> handler."""

    def __init__(self) -> None:
        self._handlers: dict[str, Handler] = {}
        self._cancellable: set[str] = set()

    def operation(
        self, operation_id: str, *, cancel_on_disconnect: bool = False
    ) -> Callable[[H], H]:
        """Decorator registering the handler of `operation_id` (once).

        `cancel_on_disconnect`: the dispatcher cancels the handler when the client goes away
        (for long-running work such as sandbox commands).
        """

        def register(handler: H) -> H:
            if operation_id in self._handlers:
                raise ValueError(f"a handler for {operation_id!r} is already registered")
            self._handlers[operation_id] = handler
            if cancel_on_disconnect:
                self._cancellable.add(operation_id)
            return handler

        return register

    def cancels_on_disconnect(self, operation_id: str) -> bool:
        """Whether the handler is cancelled when its client disconnects."""
        return operation_id in self._cancellable

    def get(self, operation_id: str) -> Handler | None:
        """The handler, or None (the dispatcher answers 501)."""
        return self._handlers.get(operation_id)

    def registered(self) -> frozenset[str]:
        """Every operationId with a handler."""
        return frozenset(self._handlers)


REGISTRY = HandlerRegistry()
operation = REGISTRY.operation


def load_handlers() -> HandlerRegistry:
    """Import every module of this package (each registers its handlers) and return REGISTRY."""
    for module in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{module.name}")
    return REGISTRY


def _attachment(filename: str | None) -> dict[str, str]:
    if not filename:
        return {}
    ascii_name = "".join(c if 32 <= ord(c) < 127 and c not in '"\\' else "_" for c in filename)
    value = f'attachment; filename="{ascii_name}"'
    if ascii_name != filename:
        value += f"; filename*=UTF-8''{quote(filename, safe='')}"
    return {"Content-Disposition": value}
