from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import Field as _Field
from ..types import ResponseModel


def _convert_expires_at(data: Any) -> datetime.datetime | None:
    _expires_at = data
    expires_at: datetime.datetime | None
    if _expires_at is None:
        expires_at = None
    else:
        try:
            if not isinstance(_expires_at, str):
                raise TypeError()
            expires_at_type_0 = datetime.datetime.fromisoformat(_expires_at)

            expires_at = expires_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            expires_at = _expires_at

    return expires_at


class CacheEntry(ResponseModel):
    """A stored cache value."""

    if TYPE_CHECKING:
        value: Any
        """ The stored JSON value (may be null). """
        expires_at: datetime.datetime | None
        """ When the entry expires. Sent by later gateways. """

        def __init__(
            self,
            *,
            value: Any,
            expires_at: datetime.datetime | None = None,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> CacheEntry: ...

    else:
        value = _Field("value", None)
        expires_at = _Field("expires_at", _convert_expires_at, None)
