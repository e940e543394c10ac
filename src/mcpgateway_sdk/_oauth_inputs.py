"""The OAuth app request bodies (CONTRACT-0.61 §2.3), checked before anything is sent.

A body is the request model itself or a mapping of its fields. Unknown keys are a `TypeError`,
a string outside its length bounds a `ValueError`; `None` fields are left out of the JSON (so an
update cannot clear a field to null). Pure functions shared by both clients.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol, Self, TypeVar
from uuid import UUID

from ._helpers import request_body

__all__ = ["app_body"]

_BOUNDS: dict[str, tuple[int, int | None]] = {
    "alias": (2, 100),
    "name": (1, 255),
    "client_id": (1, None),
    "client_secret": (1, None),
}


class _RequestModel(Protocol):
    additional_properties: dict[str, Any]

    def to_dict(self) -> dict[str, Any]: ...

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self: ...


B = TypeVar("B", bound=_RequestModel)


def _check_length(name: str, value: object, method: str) -> None:
    bounds = _BOUNDS.get(name)
    if bounds is None:
        return
    if not isinstance(value, str):
        raise TypeError(f"{method}(): {name} must be a str, got {type(value).__name__}")
    low, high = bounds
    if len(value) < low or (high is not None and len(value) > high):
        limit = f"{low}-{high}" if high is not None else f"at least {low}"
        raise ValueError(f"{method}(): {name} must be {limit} characters long")


def app_body(
    model: type[B], app: B | Mapping[str, Any], method: str, *, always: Mapping[str, Any] = {}
) -> B:
    """The request model for `app` after the checks above; `always` fills fields left out."""
    if isinstance(app, model):
        if app.additional_properties:
            unknown = ", ".join(sorted(app.additional_properties))
            raise TypeError(f"{method}(): unknown field(s) {unknown}")
        fields = app.to_dict()
    elif isinstance(app, Mapping):
        known = getattr(model, "_wire_fields", {})
        strays = sorted(str(key) for key in app if key not in known)
        if strays:
            raise TypeError(f"{method}(): unknown field(s) {', '.join(strays)}")
        fields = dict(app)
    else:
        raise TypeError(
            f"{method}() expects a {model.__name__} or a mapping, got {type(app).__name__}"
        )
    fields = {key: value for key, value in fields.items() if value is not None}
    for key, value in always.items():
        fields.setdefault(key, value)
    for key, value in fields.items():
        if isinstance(value, UUID):
            fields[key] = str(value)
        else:
            _check_length(key, value, method)
    return request_body(model, fields, method)
