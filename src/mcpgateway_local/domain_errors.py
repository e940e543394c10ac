"""The services' errors: what went wrong, in domain terms (no HTTP status, no Starlette).

Services raise these; each client translates them in one place: REST in `errors.rest_problem`
(called by the dispatcher), the MCP endpoint in `mcp_wiring.mcp_failure`.

| error | meaning | REST |
|---|---|---|
| `NotFound` | the named thing does not exist (or is not usable) | 404 |
| `Conflict` | the request clashes with the current state (name taken, server down) | 409 |
| `Forbidden` | the caller may not do this (scope, bundle) | 403 |
| `Refused` | the request as a whole cannot be used | 400 |
| `Invalid` | fields are wrong in ways the schema cannot express | 422 (FastAPI items) |
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

__all__ = ["Conflict", "DomainError", "Forbidden", "Invalid", "NotFound", "Refused", "missing"]


class DomainError(Exception):
    """Base of the services' errors; `message` is safe to show the caller (no secrets).

    `code` is an optional machine-readable error code (REST's `error.code`; the status's code
    when None; a subclass may set it as a class attribute) and `details` its structured context
    (also shown to the caller).
    """

    code: str | None = None

    def __init__(
        self, message: str, *, code: str | None = None, details: Mapping[str, Any] | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code
        self.details: dict[str, Any] = dict(details or {})

    @property
    def detail(self) -> Any:
        """What a client shows the caller: the message (a list of items for `Invalid`)."""
        return self.message


class NotFound(DomainError):
    """The named thing does not exist, or is not usable (e.g. an inactive session)."""


class Conflict(DomainError):
    """The request clashes with the current state (a name is taken, a server is not running)."""


class Forbidden(DomainError):
    """The caller may not do this (outside the session's scope, not in the bundle)."""


class Refused(DomainError):
    """The request as a whole cannot be used (e.g. server settings that cannot work)."""


class Invalid(DomainError):
    """Input fields are wrong in ways the schema cannot express.

    `loc` is where (`["body", "server_ids", 0]`), `type` a FastAPI-style error type; several
    at once are reported together with :meth:`combined`.
    """

    def __init__(self, loc: Sequence[str | int], message: str, type_: str = "value_error") -> None:
        super().__init__(message)
        self.loc = list(loc)
        self.type = type_
        self.items: list[dict[str, Any]] = [{"loc": list(loc), "msg": message, "type": type_}]

    @classmethod
    def combined(cls, errors: Sequence[Invalid]) -> Invalid:
        """One error carrying every item of `errors` (at least one), in order."""
        first = errors[0]
        result = cls(first.loc, first.message, first.type)
        result.items = [item for error in errors for item in error.items]
        return result

    @property
    def detail(self) -> Any:
        """The FastAPI validation list: `[{"loc": [...], "msg": ..., "type": ...}, ...]`."""
        return [dict(item) for item in self.items]


def missing(what: str) -> NotFound:
    """`NotFound("<what> not found")`, e.g. `raise missing("Server")`."""
    return NotFound(f"{what} not found")
