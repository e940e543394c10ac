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


def _convert_mcp_server_id(data: Any) -> None | UUID:
    _mcp_server_id = data
    mcp_server_id: None | UUID
    if _mcp_server_id is None:
        mcp_server_id = None
    else:
        try:
            if not isinstance(_mcp_server_id, str):
                raise TypeError()
            mcp_server_id_type_0 = UUID(_mcp_server_id)

            mcp_server_id = mcp_server_id_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            mcp_server_id = _mcp_server_id

    return mcp_server_id


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


class Skill(ResponseModel):
    """A skill: a SKILL.md document with optional files, optionally linked to a server. `skill_md_content` is filled only
    by the single-skill read.

    """

    if TYPE_CHECKING:
        id: UUID
        name: str
        description: None | str
        source_type: str
        """ How the skill was made. Known values: `imported`, `generated`, `manual`. """
        source_url: None | str
        """ Where an imported skill came from. """
        mcp_server_id: None | UUID
        """ Linked server, if any. """
        mcp_server_name: None | str
        skill_metadata: Any
        """ Free-form metadata (author, version, tags ...). """
        package_size_bytes: int
        """ Size of the stored package. """
        portal_visible: bool
        """ Shown in the customer portal. """
        published: bool
        """ Published flag. Sent by later gateways. """
        portal_category: None | str
        portal_tags: list[str]
        skill_md_content: None | str
        """ Full SKILL.md text; set by `GET /api/v1/skills/{skill_id}`, null elsewhere. """
        created_at: datetime.datetime | None
        updated_at: datetime.datetime | None

        def __init__(
            self,
            *,
            id: UUID,
            name: str,
            description: None | str = None,
            source_type: str = "",
            source_url: None | str = None,
            mcp_server_id: None | UUID = None,
            mcp_server_name: None | str = None,
            skill_metadata: Any = {},
            package_size_bytes: int = 0,
            portal_visible: bool = False,
            published: bool = False,
            portal_category: None | str = None,
            portal_tags: list[str] = [],
            skill_md_content: None | str = None,
            created_at: datetime.datetime | None = None,
            updated_at: datetime.datetime | None = None,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> Skill: ...

    else:
        id = _Field("id", _convert_id)
        name = _Field("name", None)
        description = _Field("description", None, None)
        source_type = _Field("source_type", None, "")
        source_url = _Field("source_url", None, None)
        mcp_server_id = _Field("mcp_server_id", _convert_mcp_server_id, None)
        mcp_server_name = _Field("mcp_server_name", None, None)
        skill_metadata = _Field("skill_metadata", None, {})
        package_size_bytes = _Field("package_size_bytes", None, 0)
        portal_visible = _Field("portal_visible", None, False)
        published = _Field("published", None, False)
        portal_category = _Field("portal_category", None, None)
        portal_tags = _Field("portal_tags", None, [])
        skill_md_content = _Field("skill_md_content", None, None)
        created_at = _Field("created_at", _convert_created_at, None)
        updated_at = _Field("updated_at", _convert_updated_at, None)
