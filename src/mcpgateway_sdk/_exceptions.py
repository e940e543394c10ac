"""Typed exceptions: one root (`GatewayError`), one subclass per meaningful failure.

The constructors accept what both published SDKs accepted (`GatewayError(404, "gone")`,
`NotFoundError()`, `NotFoundError("gone")`, `AuthError(code="X")`) plus our context keywords.
Every class pickles with its attributes, and shows as `mcpgateway_sdk.<Name>` in tracebacks.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypedDict, Unpack

__all__ = [
    "AuthError",
    "ConflictError",
    "ErrorContext",
    "ForbiddenError",
    "GatewayConnectionError",
    "GatewayError",
    "GatewayTimeoutError",
    "GenerationJobBusyError",
    "GenerationJobExistsError",
    "NotFoundError",
    "RateLimitError",
    "ServerError",
    "SkillFileAmbiguous",
    "SkillFileMissing",
    "SkillFrontmatterMissingField",
    "SkillMalformedFrontmatter",
    "StatusError",
    "ValidationError",
]

PUBLIC_MODULE = "mcpgateway_sdk"


class ErrorContext(TypedDict, total=False):
    """Optional keywords every status error accepts (what the SDK fills in from a response)."""

    code: str | None
    retryable: bool | None
    details: Mapping[str, Any] | None
    method: str | None
    path: str | None
    body: object
    retry_after: float | None


class GatewayError(Exception):
    """Base class of every error the SDK raises for a failed gateway call.

    `status_code` is the HTTP status, or 0 when no response arrived (connection failure, timeout)
    or the SDK refused on its own. `message` is the gateway's reason; `code` the machine-readable
    error code of the body (`error.code`), if any; `retryable` whether the same request is
    expected to succeed later (`None`: unknown); `retry_after` the server's hint in seconds;
    `details` the body's structured details; `method`/`path` the failed call; `body` the decoded
    error body (JSON value or text) when there was one.
    """

    retry_after: float | None = None

    def __init__(
        self,
        status_code: int,
        message: str,
        *,
        code: str | None = None,
        retryable: bool | None = None,
        details: Mapping[str, Any] | None = None,
        method: str | None = None,
        path: str | None = None,
        body: object = None,
        retry_after: float | None = None,
    ) -> None:
        self.status_code = status_code
        self.message = message
        self.code = code
        self.retryable = retryable
        self.details: dict[str, Any] = dict(details) if isinstance(details, Mapping) else {}
        self.method = method
        self.path = path
        self.body = body
        self.retry_after = retry_after
        super().__init__(f"[{status_code}] {message}")  # the args both published SDKs give

    def __str__(self) -> str:
        where = f" ({self.method} {self.path})" if self.method and self.path else ""
        status = f"[{self.status_code}] " if self.status_code else ""
        return f"{status}{self.message}{where}"

    def __repr__(self) -> str:
        code = f", code={self.code!r}" if self.code is not None else ""
        return f"{type(self).__name__}(status_code={self.status_code!r}, message={self.message!r}{code})"

    def __reduce__(self) -> tuple[Any, ...]:
        # Rebuild without calling __init__: subclass constructors differ from (status, message).
        return (_restore, (type(self), self.args, self.__dict__.copy()))


def _restore(cls: type[GatewayError], args: tuple[Any, ...], state: dict[str, Any]) -> GatewayError:
    """Unpickle any `GatewayError` with its attributes (notes from `add_note` included)."""
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class StatusError(GatewayError):
    """Base of the status-specific errors: message first (with a default), the rest by keyword."""

    STATUS: ClassVar[int] = 0
    DEFAULT_MESSAGE: ClassVar[str] = "Gateway error"
    CODE: ClassVar[str | None] = None
    RETRYABLE: ClassVar[bool | None] = None

    def __init__(
        self,
        message: str | None = None,
        *,
        status_code: int | None = None,
        **context: Unpack[ErrorContext],
    ) -> None:
        code = context.get("code")
        retryable = context.get("retryable")
        super().__init__(
            self.STATUS if status_code is None else status_code,
            self.DEFAULT_MESSAGE if message is None else message,
            code=self.CODE if code is None else code,
            retryable=self.RETRYABLE if retryable is None else retryable,
            details=context.get("details"),
            method=context.get("method"),
            path=context.get("path"),
            body=context.get("body"),
            retry_after=context.get("retry_after"),
        )
        self._read_details()

    def _read_details(self) -> None:
        """Set the typed attributes of a subclass from `self.details`."""


class AuthError(StatusError):
    """401: the API key is missing, unknown, expired or revoked."""

    STATUS = 401
    DEFAULT_MESSAGE = "Unauthorized"


class ForbiddenError(StatusError):
    """403: the key is valid but not allowed to do this."""

    STATUS = 403
    DEFAULT_MESSAGE = "Forbidden"


class NotFoundError(StatusError):
    """404: no such resource (also the cache-miss signal)."""

    STATUS = 404
    DEFAULT_MESSAGE = "Not found"


class ConflictError(StatusError):
    """409: the request clashes with the current state (duplicate name, busy resource)."""

    STATUS = 409
    DEFAULT_MESSAGE = "Conflict"


class ValidationError(StatusError):
    """422: the gateway rejected the request's parameters or body."""

    STATUS = 422
    DEFAULT_MESSAGE = "Validation error"


class RateLimitError(StatusError):
    """429: too many requests; `retry_after` holds the server's hint when it sent one."""

    STATUS = 429
    DEFAULT_MESSAGE = "Rate limited"


class ServerError(StatusError):
    """5xx: the gateway (or a proxy in front of it) failed; `status_code` is the actual status."""

    STATUS = 500
    DEFAULT_MESSAGE = "Server error"


class GatewayConnectionError(StatusError):
    """No usable response: the connection failed or broke. `status_code` is 0."""

    STATUS = 0
    DEFAULT_MESSAGE = "Connection failed"


class GatewayTimeoutError(GatewayConnectionError):
    """The call exceeded its timeout. `status_code` is 0."""

    DEFAULT_MESSAGE = "Request timed out"


def _str_list(value: object) -> list[str]:
    return [str(item) for item in value] if isinstance(value, list) else []


def _opt_id(value: object) -> str | None:
    return str(value) if value else None


class SkillFileMissing(ValidationError):
    """422 `skill-file-missing`: the skill package has no `SKILL.md` (in any case)."""

    CODE = "skill-file-missing"
    DEFAULT_MESSAGE = "ZIP must contain SKILL.md (case-insensitive); none found"


class SkillFileAmbiguous(ValidationError):
    """422 `skill-file-ambiguous`: several `SKILL.md` files; `found_paths` lists them."""

    CODE = "skill-file-ambiguous"
    DEFAULT_MESSAGE = "Multiple SKILL.md files found"

    def _read_details(self) -> None:
        self.found_paths: list[str] = _str_list(self.details.get("found_paths"))


class SkillMalformedFrontmatter(ValidationError):
    """422 `skill-malformed-frontmatter`: the YAML frontmatter does not parse (`parse_error`)."""

    CODE = "skill-malformed-frontmatter"
    DEFAULT_MESSAGE = "SKILL.md YAML frontmatter is malformed"

    def _read_details(self) -> None:
        parse_error = self.details.get("parse_error")
        self.parse_error: str = parse_error if isinstance(parse_error, str) else ""


class SkillFrontmatterMissingField(ValidationError):
    """422 `skill-frontmatter-missing-field`: `missing_fields` (of `name`, `description`)."""

    CODE = "skill-frontmatter-missing-field"
    DEFAULT_MESSAGE = "SKILL.md frontmatter is missing required field(s)"

    def _read_details(self) -> None:
        self.missing_fields: list[str] = _str_list(self.details.get("missing_fields"))


class GenerationJobExistsError(ConflictError):
    """409 `GENERATION_JOB_EXISTS`: a generation job for this server name is already live.

    `existing_job_id` is that job: poll, approve or cancel it rather than starting another.
    Not retryable as it is.
    """

    CODE = "GENERATION_JOB_EXISTS"
    DEFAULT_MESSAGE = "A generation job for this server name already exists"
    RETRYABLE = False

    def __init__(
        self,
        message: str | None = None,
        *,
        existing_job_id: str | None = None,
        status_code: int | None = None,
        **context: Unpack[ErrorContext],
    ) -> None:
        self.existing_job_id = existing_job_id
        super().__init__(message, status_code=status_code, **context)

    def _read_details(self) -> None:
        if self.existing_job_id is None:
            self.existing_job_id = _opt_id(self.details.get("existing_job_id"))


class GenerationJobBusyError(ConflictError):
    """409 `GENERATION_JOB_BUSY`: a deploy holds the job right now; retry shortly.

    `job_id` / `server_id` name the busy job or server when the gateway said which.
    """

    CODE = "GENERATION_JOB_BUSY"
    DEFAULT_MESSAGE = "A deploy is in progress for this job; retry shortly."
    RETRYABLE = True

    def __init__(
        self,
        message: str | None = None,
        *,
        job_id: str | None = None,
        server_id: str | None = None,
        status_code: int | None = None,
        **context: Unpack[ErrorContext],
    ) -> None:
        self.job_id = job_id
        self.server_id = server_id
        super().__init__(message, status_code=status_code, **context)

    def _read_details(self) -> None:
        if self.job_id is None:
            self.job_id = _opt_id(self.details.get("job_id"))
        if self.server_id is None:
            self.server_id = _opt_id(self.details.get("server_id"))


def busy_from_conflict(error: GatewayError) -> GenerationJobBusyError | None:
    """The `GenerationJobBusyError` an older gateway means by a plain 409 "... retry shortly".

    Only for calls that can hit a deploying generation job (`servers.delete`): the error must be
    exactly a `ConflictError` with no code (or `CONFLICT`) whose message says `retry shortly`.
    `None` otherwise. The ids are unknown; `retry_after` is not carried over.
    """
    if type(error) is not ConflictError or error.code not in (None, "CONFLICT"):
        return None
    if "retry shortly" not in error.message:
        return None
    return GenerationJobBusyError(
        error.message,
        code=error.code,
        method=error.method,
        path=error.path,
        body=error.body,
    )


STATUS_ERRORS: dict[int, type[StatusError]] = {
    401: AuthError,
    403: ForbiddenError,
    404: NotFoundError,
    409: ConflictError,
    422: ValidationError,
    429: RateLimitError,
}

CODED_ERRORS: dict[tuple[int, str], type[StatusError]] = {
    (cls.STATUS, str(cls.CODE)): cls
    for cls in (
        SkillFileMissing,
        SkillFileAmbiguous,
        SkillMalformedFrontmatter,
        SkillFrontmatterMissingField,
        GenerationJobExistsError,
        GenerationJobBusyError,
    )
}
"""The typed classes, by (HTTP status, `error.code`)."""


def error_class_for(status_code: int, code: str | None = None) -> type[GatewayError]:
    """The exception class for an HTTP error status and its body's error code."""
    if code is not None and (status_code, code) in CODED_ERRORS:
        return CODED_ERRORS[status_code, code]
    if status_code in STATUS_ERRORS:
        return STATUS_ERRORS[status_code]
    if status_code >= 500:
        return ServerError
    return GatewayError


for _cls in (
    GatewayError,
    AuthError,
    ForbiddenError,
    NotFoundError,
    ConflictError,
    ValidationError,
    RateLimitError,
    ServerError,
    GatewayConnectionError,
    GatewayTimeoutError,
    SkillFileMissing,
    SkillFileAmbiguous,
    SkillMalformedFrontmatter,
    SkillFrontmatterMissingField,
    GenerationJobExistsError,
    GenerationJobBusyError,
):
    _cls.__module__ = PUBLIC_MODULE  # tracebacks and pickles name `mcpgateway_sdk.<Name>`


def __getattr__(name: str) -> Any:
    # `error_from_response(status_code, body, headers=None)`, as both published SDKs export it
    # here; it lives with the response decoding, which imports this module.
    if name == "error_from_response":
        from ._responses import error_from_body

        return error_from_body
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
