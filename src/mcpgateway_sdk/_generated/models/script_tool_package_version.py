from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from uuid import UUID

from ..types import Field as _Field
from ..types import ResponseModel


def _convert_id(data: Any) -> UUID:
    id = UUID(data)

    return id


def _convert_server_id(data: Any) -> UUID:
    server_id = UUID(data)

    return server_id


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


class ScriptToolPackageVersion(ResponseModel):
    """One stored version of a server's script-tool package, named by the hash of its bytes."""

    if TYPE_CHECKING:
        id: UUID
        """ Version id. """
        server_id: UUID
        version: int
        """ 1 for the first package, then counting up. """
        package_hash: str
        """ SHA-256 of the package bytes. """
        is_active: bool
        """ Whether the server's tools come from this version. """
        tool_names: list[str]
        created_at: datetime.datetime | None
        reused: bool
        """ True when the upload matched an existing version byte for byte (no new version). """

        def __init__(
            self,
            *,
            id: UUID,
            server_id: UUID,
            version: int,
            package_hash: str,
            is_active: bool = True,
            tool_names: list[str] = [],
            created_at: datetime.datetime | None = None,
            reused: bool = False,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> ScriptToolPackageVersion: ...

    else:
        id = _Field("id", _convert_id)
        server_id = _Field("server_id", _convert_server_id)
        version = _Field("version", None)
        package_hash = _Field("package_hash", None)
        is_active = _Field("is_active", None, True)
        tool_names = _Field("tool_names", None, [])
        created_at = _Field("created_at", _convert_created_at, None)
        reused = _Field("reused", None, False)
