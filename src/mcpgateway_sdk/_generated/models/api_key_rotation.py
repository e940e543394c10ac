from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import Field as _Field
from ..types import ResponseModel

if TYPE_CHECKING:
    from ..models.api_key_created import ApiKeyCreated

_lazy_imported = False


def _import_lazy() -> None:
    global _lazy_imported, ApiKeyCreated
    from ..models.api_key_created import ApiKeyCreated  # noqa: PLC0415

    _lazy_imported = True


def _convert_new_key(data: Any) -> ApiKeyCreated:
    if not _lazy_imported:
        _import_lazy()
    new_key = ApiKeyCreated.from_dict(data)

    return new_key


def _convert_grace_period_ends_at(data: Any) -> datetime.datetime | None:
    if not _lazy_imported:
        _import_lazy()
    _grace_period_ends_at = data
    grace_period_ends_at: datetime.datetime | None
    if _grace_period_ends_at is None:
        grace_period_ends_at = None
    else:
        try:
            if not isinstance(_grace_period_ends_at, str):
                raise TypeError()
            grace_period_ends_at_type_0 = datetime.datetime.fromisoformat(_grace_period_ends_at)

            grace_period_ends_at = grace_period_ends_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            grace_period_ends_at = _grace_period_ends_at

    return grace_period_ends_at


class ApiKeyRotation(ResponseModel):
    """A rotated key: the new key (with its secret) and the fate of the old one."""

    if TYPE_CHECKING:
        new_key: ApiKeyCreated
        """ A key just created or rotated: the `ApiKey` fields plus `key`, the full secret, shown this once. """
        old_key_revoked: bool
        """ True when the old key stopped working at once. """
        grace_period_ends_at: datetime.datetime | None
        """ When the old key stops working. """

        def __init__(
            self,
            *,
            new_key: ApiKeyCreated,
            old_key_revoked: bool,
            grace_period_ends_at: datetime.datetime | None = None,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> ApiKeyRotation: ...

    else:
        new_key = _Field("new_key", _convert_new_key, nested=True)
        old_key_revoked = _Field("old_key_revoked", None)
        grace_period_ends_at = _Field("grace_period_ends_at", _convert_grace_period_ends_at, None)
