"""HTTP errors raised by routing, validation and handlers, and their FastAPI-style JSON bodies.

Also the REST side's one translation of the services' domain errors (`rest_problem`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from starlette.responses import JSONResponse

from .domain_errors import Conflict, DomainError, Forbidden, Invalid, NotFound, Refused

ValidationItem = dict[str, Any]
"""One FastAPI validation error: `{"loc": [...], "msg": str, "type": str}`."""


class HTTPProblem(Exception):
    """An error answered as `{"detail": detail}` with `status` (and optional extra headers)."""

    def __init__(self, status: int, detail: Any, headers: Mapping[str, str] | None = None) -> None:
        super().__init__(status, detail)
        self.status = status
        self.detail = detail
        self.headers: dict[str, str] = dict(headers or {})


class RequestValidationError(HTTPProblem):
    """A 422 whose detail is a list of FastAPI validation items."""

    def __init__(self, items: Sequence[ValidationItem]) -> None:
        super().__init__(422, list(items))
        self.items = list(items)


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
        return RequestValidationError(error.detail)
    status = next((code for kind, code in _STATUS_OF if isinstance(error, kind)), 422)
    return HTTPProblem(status, error.detail)


def error_response(
    status: int, detail: Any, headers: Mapping[str, str] | None = None
) -> JSONResponse:
    """The JSON response for an error: `{"detail": detail}`."""
    return JSONResponse({"detail": detail}, status_code=status, headers=dict(headers or {}))


def problem_response(problem: HTTPProblem) -> JSONResponse:
    """The JSON response for a raised `HTTPProblem`."""
    return error_response(problem.status, problem.detail, problem.headers)
