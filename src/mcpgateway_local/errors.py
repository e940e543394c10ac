"""HTTP errors raised by routing, validation and handlers, and their JSON bodies.

Also the REST side's one translation of the services' domain errors (`rest_problem`).

Error bodies carry both shapes a client may read:

* ``{"detail": "<message>", "error": {"code": "NOT_FOUND", "message": "<message>", "details": {}}}``
  for every failure but request validation: ``error`` is the gateway's documented envelope (SDK
  0.61 reads its ``code`` and ``details``), ``detail`` the same message for clients that read only
  ``detail`` (SDK 0.28, ours). ``code`` is the problem's own (a skill code, ``GENERATION_JOB_BUSY``)
  or the one of its status (:data:`STATUS_CODES`).
* ``{"detail": [{"loc", "msg", "type"}, ...]}`` for request validation (422), as FastAPI answers.
  A validation problem that has a code (a refused skill package) also carries ``error``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Any

from starlette.responses import JSONResponse

from .domain_errors import Conflict, DomainError, Forbidden, Invalid, NotFound, Refused

ValidationItem = dict[str, Any]
"""One FastAPI validation error: `{"loc": [...], "msg": str, "type": str}`."""

STATUS_CODES: Mapping[int, str] = MappingProxyType(
    {
        400: "BAD_REQUEST",
        401: "UNAUTHORIZED",
        403: "FORBIDDEN",
        404: "NOT_FOUND",
        405: "METHOD_NOT_ALLOWED",
        409: "CONFLICT",
        413: "PAYLOAD_TOO_LARGE",
        422: "VALIDATION_ERROR",
        429: "RATE_LIMITED",
        500: "INTERNAL_ERROR",
        501: "NOT_IMPLEMENTED",
        503: "SERVICE_UNAVAILABLE",
    }
)
"""The `error.code` of a problem that names none, by HTTP status (others: `HTTP_<status>`)."""


def status_code_name(status: int) -> str:
    """The default `error.code` for an HTTP status, e.g. `NOT_FOUND` for 404."""
    return STATUS_CODES.get(status, f"HTTP_{status}")


class HTTPProblem(Exception):
    """An error answered with `status`, its `detail`, an `error` envelope and extra headers.

    `code` defaults to the status's (:func:`status_code_name`); `details` is structured context
    for the code (never secrets).
    """

    def __init__(
        self,
        status: int,
        detail: Any,
        headers: Mapping[str, str] | None = None,
        *,
        code: str | None = None,
        details: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(status, detail)
        self.status = status
        self.detail = detail
        self.headers: dict[str, str] = dict(headers or {})
        self.code: str | None = code if code is not None else status_code_name(status)
        self.details: dict[str, Any] = dict(details or {})

    @property
    def message(self) -> str:
        """The human-readable reason (`error.message`)."""
        return self.detail if isinstance(self.detail, str) else str(self.detail)

    def body(self) -> dict[str, Any]:
        """The JSON body: `detail` plus the `error` envelope (no envelope without a code)."""
        if self.code is None:
            return {"detail": self.detail}
        error = {"code": self.code, "message": self.message, "details": self.details}
        return {"detail": self.detail, "error": error}


class RequestValidationError(HTTPProblem):
    """A 422 whose detail is a list of FastAPI validation items.

    Without `code` the body is FastAPI's `{"detail": [...]}` alone; with one (a refused skill
    package) it also carries the `error` envelope with `message` and `details`.
    """

    def __init__(
        self,
        items: Sequence[ValidationItem],
        *,
        code: str | None = None,
        message: str | None = None,
        details: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(422, list(items), details=details)
        self.code = code
        self.items = list(items)
        self._message = message

    @property
    def message(self) -> str:
        """The given message, else the items' messages joined with `; `."""
        if self._message is not None:
            return self._message
        return "; ".join(str(item.get("msg", "")) for item in self.items)


def validation_item(loc: Sequence[str | int], msg: str, type_: str) -> ValidationItem:
    """Build one FastAPI validation item."""
    return {"loc": list(loc), "msg": msg, "type": type_}


def not_found(what: str) -> HTTPProblem:
    """404 `{"detail": "<what> not found"}`, e.g. `raise not_found("Server")`."""
    return HTTPProblem(404, f"{what} not found")


def conflict(message: str) -> HTTPProblem:
    """409 with `message` (name clash, state conflict)."""
    return HTTPProblem(409, message)


def forbidden(message: str) -> HTTPProblem:
    """403 with `message`."""
    return HTTPProblem(403, message)


def bad_request(message: str) -> HTTPProblem:
    """400 with `message`; use only where the operation declares 400 (else prefer `unprocessable`)."""
    return HTTPProblem(400, message)


def unprocessable(
    loc: Sequence[str | int], msg: str, type_: str = "value_error"
) -> RequestValidationError:
    """422 with one FastAPI item, for semantic checks the schema cannot express.

    Example: `raise unprocessable(["body", "server_ids", 0], "Unknown server")`.
    """
    return RequestValidationError([validation_item(loc, msg, type_)])


_STATUS_OF: tuple[tuple[type[DomainError], int], ...] = (
    (NotFound, 404),
    (Conflict, 409),
    (Forbidden, 403),
    (Refused, 400),
)


def rest_problem(error: DomainError) -> HTTPProblem:
    """The REST answer to a service's domain error (the one place REST translates them)."""
    if isinstance(error, Invalid):
        message = error.message if error.code else None
        return RequestValidationError(
            error.detail, code=error.code, message=message, details=error.details
        )
    status = next((code for kind, code in _STATUS_OF if isinstance(error, kind)), 422)
    return HTTPProblem(status, error.detail, code=error.code, details=error.details)


def error_response(
    status: int,
    detail: Any,
    headers: Mapping[str, str] | None = None,
    *,
    code: str | None = None,
    details: Mapping[str, Any] | None = None,
) -> JSONResponse:
    """The JSON response for an error: `detail` and the `error` envelope (see the module doc)."""
    return problem_response(HTTPProblem(status, detail, headers, code=code, details=details))


def problem_response(problem: HTTPProblem) -> JSONResponse:
    """The JSON response for a raised `HTTPProblem`."""
    return JSONResponse(problem.body(), status_code=problem.status, headers=problem.headers)
