from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from uuid import UUID

from ..types import Field as _Field


def _convert_id(data: Any) -> UUID:
    id = UUID(data)

    return id


def _convert_created_at(data: Any) -> datetime.datetime | None:
    _created_at = data
    created_at: datetime.datetime | None
    if _created_at is None:
        created_at = None
    else:
        try:
            if not isinstance(_created_at, str):
                raise TypeError()
            created_at_type_0 = datetime.datetime.fromisoformat(_created_at)

            created_at = created_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            created_at = _created_at

    return created_at


def _convert_updated_at(data: Any) -> datetime.datetime | None:
    _updated_at = data
    updated_at: datetime.datetime | None
    if _updated_at is None:
        updated_at = None
    else:
        try:
            if not isinstance(_updated_at, str):
                raise TypeError()
            updated_at_type_0 = datetime.datetime.fromisoformat(_updated_at)

            updated_at = updated_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            updated_at = _updated_at

    return updated_at


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


def _convert_last_used_at(data: Any) -> datetime.datetime | None:
    _last_used_at = data
    last_used_at: datetime.datetime | None
    if _last_used_at is None:
        last_used_at = None
    else:
        try:
            if not isinstance(_last_used_at, str):
                raise TypeError()
            last_used_at_type_0 = datetime.datetime.fromisoformat(_last_used_at)

            last_used_at = last_used_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            last_used_at = _last_used_at

    return last_used_at


from .api_key import ApiKey


class ApiKeyCreated(ApiKey):
    """A key just created or rotated: the `ApiKey` fields plus `key`, the full secret, shown this once."""

    if TYPE_CHECKING:
        id: UUID
        name: str
        key: str
        """ Full secret; shown once. """
        description: None | str
        key_prefix: str
        """ Start of the key, for telling keys apart. """
        environment: str
        """ Key environment. Known values: `live`, `test`. """
        scopes: list[str] | None
        """ Permission scopes; null means no restriction. """
        rate_limit_rpm: int
        """ Requests per minute allowed. """
        is_active: bool
        created_at: datetime.datetime | None
        updated_at: datetime.datetime | None
        expires_at: datetime.datetime | None
        last_used_at: datetime.datetime | None
        last_used_ip: None | str

        def __init__(
            self,
            *,
            id: UUID,
            name: str,
            key: str,
            description: None | str = None,
            key_prefix: str = "",
            environment: str = "live",
            scopes: list[str] | None = None,
            rate_limit_rpm: int = 60,
            is_active: bool = True,
            created_at: datetime.datetime | None = None,
            updated_at: datetime.datetime | None = None,
            expires_at: datetime.datetime | None = None,
            last_used_at: datetime.datetime | None = None,
            last_used_ip: None | str = None,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> ApiKeyCreated: ...

    else:
        id = _Field("id", _convert_id)
        name = _Field("name", None)
        key = _Field("key", None)
        description = _Field("description", None, None)
        key_prefix = _Field("key_prefix", None, "")
        environment = _Field("environment", None, "live")
        scopes = _Field("scopes", None, None)
        rate_limit_rpm = _Field("rate_limit_rpm", None, 60)
        is_active = _Field("is_active", None, True)
        created_at = _Field("created_at", _convert_created_at, None)
        updated_at = _Field("updated_at", _convert_updated_at, None)
        expires_at = _Field("expires_at", _convert_expires_at, None)
        last_used_at = _Field("last_used_at", _convert_last_used_at, None)
        last_used_ip = _Field("last_used_ip", None, None)
