"""Strict enum fields: the few response fields whose unknown values the published 0.61 SDK refuses
(CONTRACT-0.61 §2.12). Generated enums keep unknown values; these fields must not."""

from __future__ import annotations

from typing import TypeVar

from ._exceptions import GatewayError

__all__ = ["require_known"]

M = TypeVar("M")


def require_known(model: M, *fields: str) -> M:
    """`model`, after checking that each of `fields` is a known enum value (or null).

    An unknown value is a `GatewayError` naming the field and the value.
    """
    for name in fields:
        value = getattr(model, name)
        if value is not None and not getattr(value, "is_known", True):
            raise GatewayError(
                200,
                f"the gateway's {type(model).__name__} does not match the contract: "
                f"{name} {str(value)!r} is not a known value",
            )
    return model
