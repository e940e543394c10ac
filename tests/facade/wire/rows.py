"""The row types of the wire table (`tests/facade/wire`) and the ids the rows use.

Columns of a row (`W`):
    call      dotted method on the client (`"servers.get"`)
    args      positional arguments
    kwargs    keyword arguments
    op        operationId in openapi.json: gives the HTTP method, the path template and the reply
    path      the raw path sent, exactly (no query)
    query     the query pairs, as a dict or a list of pairs (compared as a multiset)
    body      JSON value | `None` (no body at all) | raw `bytes` | `Multipart(...)`
    result    `Model(cls, field)`, `ListOf(cls, field, key)` or `Returns(value)`
    headers   extra request headers expected (lower-case names)
    xfail     reason, for a known SDK bug (strict: the row fails when the bug is fixed)
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

API_KEY = "mgw_usr_test_wire-key"
V1 = "/api/v1"
DEFAULT_IMAGE = "mcpgateway/sandbox-runtime:latest"

# Distinct ids per kind, so a swapped path segment (server vs skill ...) is caught.
SERVER = "908cf468-8378-4da7-85ea-158799705ebe"
SERVER_2 = "e831e31d-64bc-43f3-9eb5-5dddab0c0fe8"
TOOL = "5393bc28-7522-40f9-b9a9-74b4f4ca009b"
SKILL = "07d14171-fc78-46af-9adb-745d7bef55f4"
SKILL_2 = "9079151b-b288-4d31-8cc0-e292d82d93f2"
SESSION = "d525dbf2-9eba-4e8f-831a-e3255c8f94ae"
SANDBOX = "f54df707-ceef-4c69-aea8-2c0d1e7dca1f"
BUNDLE = "5754928a-7277-4f86-8060-315c4a31817b"
CONNECTION = "eec40168-fabc-4cbe-ab87-3786e91b9581"
KEY = "7c26e0da-58ff-48f2-b714-9b358b116af1"
CREDENTIAL = "c9082e81-e553-4b8a-8768-86a463fb6170"
OAUTH_APP = "8e796f2d-e040-4dc7-a243-f2205ed4e580"
JOB = "0b8a36c4-2f7e-4a55-9f33-61c2d8e0a7b4"
U = uuid.UUID  # `U(SERVER)`: the same id passed as a uuid.UUID object


# --- what a row expects back ----------------------------------------------------------------


@dataclass(frozen=True)
class Model:
    """An instance of `mcpgateway_sdk.models.<cls>` whose `field` equals the canned reply's."""

    cls: str
    field: str


@dataclass(frozen=True)
class ListOf:
    """A list of `cls`, one per canned item (bare array, or under `key`); first item's `field`."""

    cls: str
    field: str
    key: str | None = "items"


@dataclass(frozen=True)
class Returns:
    """Exactly this value (`None`, downloaded bytes, a cache value)."""

    value: Any


NONE = Returns(None)
BINARY = Returns(b"binary-body")  # what `success_example` serves for binary operations


@dataclass(frozen=True)
class Multipart:
    """A multipart/form-data body: the `file` part, and the other (text) fields exactly."""

    filename: str
    content: bytes
    fields: dict[str, str] = field(default_factory=dict)
    content_type: str = "application/octet-stream"


@dataclass(frozen=True)
class LocalFile:
    """An argument replaced at run time by the path of a temporary file holding `content`."""

    name: str
    content: bytes


@dataclass(frozen=True)
class W:
    """One wire case; the columns are described in the module docstring."""

    call: str
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    op: str
    path: str
    query: dict[str, str] | list[tuple[str, str]]
    body: Any
    result: Model | ListOf | Returns
    headers: dict[str, str] = field(default_factory=dict)
    xfail: str | None = None
    label: str = ""

    @property
    def id(self) -> str:
        return f"{self.call}[{self.label}]" if self.label else self.call


ZIP = "application/zip"
SKILL_MD = b"---\nname: pdf\ndescription: Read PDFs\n---\n# PDF\n"
