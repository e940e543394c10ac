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


def _convert_created_at(data: Any) -> datetime.datetime:
    created_at = datetime.datetime.fromisoformat(data)

    return created_at


def _convert_updated_at(data: Any) -> datetime.datetime:
    updated_at = datetime.datetime.fromisoformat(data)

    return updated_at


class BundleWithKey(ResponseModel):
    """A bundle together with its access key."""

    if TYPE_CHECKING:
        id: UUID
        """ Bundle id. """
        name: str
        created_at: datetime.datetime
        updated_at: datetime.datetime
        bundle_key: str
        """ Key that gives access to the bundle's tools. """
        description: None | str
        agent_id: None | str
        """ External agent identifier (free string); at most one bundle per agent. """
        tool_count: int
        """ Number of tools in the bundle. """

        def __init__(
            self,
            *,
            id: UUID,
            name: str,
            created_at: datetime.datetime,
            updated_at: datetime.datetime,
            bundle_key: str,
            description: None | str = None,
            agent_id: None | str = None,
            tool_count: int = 0,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> BundleWithKey: ...

    else:
        id = _Field("id", _convert_id)
        name = _Field("name", None)
        created_at = _Field("created_at", _convert_created_at)
        updated_at = _Field("updated_at", _convert_updated_at)
        bundle_key = _Field("bundle_key", None)
        description = _Field("description", None, None)
        agent_id = _Field("agent_id", None, None)
        tool_count = _Field("tool_count", None, 0)
