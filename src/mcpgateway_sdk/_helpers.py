"""Small pure helpers the resources share (no I/O, identical for both clients)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Protocol, Self, TypeVar
from uuid import UUID

from ._exceptions import GatewayError
from ._generated.types import UNSET, Unset, to_wire

__all__ = [
    "FromDict",
    "id_list",
    "opt",
    "opt_id",
    "parse_list",
    "parse_model",
    "request_body",
    "session_headers",
    "str_list",
    "whole_number",
]

T = TypeVar("T")


class FromDict(Protocol):
    """A generated model: built from its JSON form."""

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self: ...


M = TypeVar("M", bound=FromDict)


def opt(value: T | None) -> T | Unset:
    """`UNSET` (leave the field out of the request) when `value` is None."""
    return UNSET if value is None else value


def opt_id(value: str | UUID | None) -> str | Unset:
    """An optional id as the string the wire carries."""
    return UNSET if value is None else str(value)


def str_list(values: Iterable[object], what: str) -> list[str]:
    """`values` as a list of strings; a bare string or id is refused (it is not a list)."""
    if isinstance(values, (str, bytes, UUID, Mapping)) or not isinstance(values, Iterable):
        raise TypeError(f"{what} must be a list, got {type(values).__name__}")
    return [str(v) for v in values]


def id_list(values: Iterable[str | UUID] | None, what: str = "ids") -> list[str] | Unset:
    """Optional ids as strings (`UNSET` when None)."""
    return UNSET if values is None else str_list(values, what)


def whole_number(value: int, name: str, minimum: int) -> int:
    """`value` checked as an int (not a bool) of at least `minimum`."""
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise ValueError(f"{name} must be a whole number >= {minimum}, got {value!r}")
    return value


B = TypeVar("B", bound="FromDict")


def request_body(model: type[B], payload: Mapping[str, Any], method: str) -> B:
    """A request model from caller-supplied fields; unknown fields are kept and sent as given."""
    if not isinstance(payload, Mapping):
        raise TypeError(f"{method}() expects a mapping of fields, got {type(payload).__name__}")
    try:
        return model.from_dict(to_wire(dict(payload)))
    except KeyError as exc:
        raise TypeError(f"{method}() missing required field {exc.args[0]!r}") from None


def session_headers(session_id: str | UUID | None) -> dict[str, str]:
    """The session-scoping headers (empty without a session).

    Both spellings the gateway accepts are sent: `X-MCP-Session-ID` and `Mcp-Session-Id`.
    """
    if session_id is None:
        return {}
    value = str(session_id)
    return {"X-MCP-Session-ID": value, "Mcp-Session-Id": value}


def parse_model(data: Any, model: type[M]) -> M:
    """Parse one JSON object into `model`; a body that does not fit is a `GatewayError`."""
    if not isinstance(data, Mapping):
        raise GatewayError(
            200, f"expected a JSON object for {model.__name__}, got {type(data).__name__}"
        )
    try:
        return model.from_dict(data)
    except KeyError as exc:
        raise GatewayError(
            200,
            f"the gateway's {model.__name__} does not match the contract: "
            f"the required field {exc.args[0]!r} is missing",
        ) from exc
    except (TypeError, ValueError, AttributeError) as exc:
        raise GatewayError(
            200, f"the gateway's {model.__name__} does not match the contract: {exc!r}"
        ) from exc


def parse_list(data: Any, model: type[M], *keys: str) -> list[M]:
    """Parse a list returned bare or inside an envelope under one of `keys` (default `items`)."""
    items: Any = data
    if isinstance(data, Mapping):
        for key in keys or ("items",):
            if key in data:
                items = data[key]
                break
        else:
            items = []
    if not isinstance(items, list):
        raise GatewayError(200, f"expected a list of {model.__name__}, got {type(items).__name__}")
    return [parse_model(item, model) for item in items]
