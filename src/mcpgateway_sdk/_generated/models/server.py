from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelMapping, Unset

if TYPE_CHECKING:
    from ..models.enriched_error import EnrichedError

_lazy_imported = False


def _import_lazy() -> None:
    global _lazy_imported, EnrichedError
    from ..models.enriched_error import EnrichedError  # noqa: PLC0415

    _lazy_imported = True


_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "id": ("id", True),
    "name": ("name", False),
    "type": ("type_", False),
    "display_name": ("display_name", False),
    "description": ("description", True),
    "icon_url": ("icon_url", True),
    "status": ("status", False),
    "config": ("config", False),
    "source": ("source", False),
    "source_doc_url": ("source_doc_url", True),
    "sync_schedule": ("sync_schedule", True),
    "credential_mode": ("credential_mode", False),
    "exposure_mode": ("exposure_mode", False),
    "portal_visible": ("portal_visible", False),
    "portal_category": ("portal_category", True),
    "portal_tags": ("portal_tags", True),
    "tool_count": ("tool_count", False),
    "tool_sync_hash": ("tool_sync_hash", True),
    "last_synced_at": ("last_synced_at", True),
    "last_error": ("last_error", True),
    "enriched_error": ("enriched_error", True),
    "oauth_config": ("oauth_config", True),
    "credential_requirements": ("credential_requirements", True),
    "created_at": ("created_at", True),
    "updated_at": ("updated_at", True),
    "mcp_endpoint_url": ("mcp_endpoint_url", True),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class Server(ModelMapping):
    """An MCP server registered with the gateway."""

    id: UUID
    """ Server id. """
    name: str
    """ Unique name; prefixes the server's tool names (`<name>__<tool>`). """
    type_: str
    """ Server type. Known values: `remote`, `npx`, `uvx`, `container`, `generated`, `bundle`. The local gateway
    also runs `stdio` (a command) and `local` (tools pushed by the client) servers: local extensions the hosted
    gateway refuses. """
    display_name: str | Unset = ""
    """ Name shown to people. """
    description: None | str | Unset = UNSET
    """ What the server does. """
    icon_url: None | str | Unset = UNSET
    """ Icon address. """
    status: str | Unset = "unknown"
    """ Run status. Known values: `pending`, `running`, `stopped`, `error`. `unknown` when not reported. """
    config: Any | Unset = UNSET
    """ Type-specific settings (e.g. `url` for remote, `command`/`args`/`env` for stdio). """
    source: str | Unset = ""
    """ How the server was created. Known values: `manual`, `generated`, `imported`. """
    source_doc_url: None | str | Unset = UNSET
    """ Link to the server's documentation. """
    sync_schedule: None | str | Unset = UNSET
    """ Automatic tool sync schedule. Known values: `manual`, `hourly`, `daily`, `weekly`. """
    credential_mode: str | Unset = "none"
    """ How credentials are handled. Known values: `none`, `managed`, `user_provided`. """
    exposure_mode: str | Unset = "all"
    """ Which of the server's tools are exposed; `all` by default. """
    portal_visible: bool | Unset = False
    """ Whether the server is listed in the portal. """
    portal_category: None | str | Unset = UNSET
    """ Portal category. """
    portal_tags: list[str] | Unset = UNSET
    """ Portal tags. """
    tool_count: int | Unset = 0
    """ Number of tools. """
    tool_sync_hash: None | str | Unset = UNSET
    """ Hash of the tool list at the last sync. """
    last_synced_at: datetime.datetime | None | Unset = UNSET
    """ When tools were last synced. """
    last_error: None | str | Unset = UNSET
    """ Last error message. """
    enriched_error: EnrichedError | None | Unset = UNSET
    """ The last error, explained. """
    oauth_config: Any | None | Unset = UNSET
    """ OAuth settings, secrets masked. """
    credential_requirements: list[Any] | Unset = UNSET
    """ Credentials the server needs. """
    created_at: datetime.datetime | None | Unset = UNSET
    """ Creation time. """
    updated_at: datetime.datetime | None | Unset = UNSET
    """ Last update time. """
    mcp_endpoint_url: None | str | Unset = UNSET
    """ MCP endpoint of this server on the gateway. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imported:
            _import_lazy()
        id = str(self.id)

        name = self.name

        type_ = self.type_

        display_name = self.display_name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        icon_url: None | str | Unset
        if isinstance(self.icon_url, Unset):
            icon_url = UNSET
        else:
            icon_url = self.icon_url

        status = self.status

        config = self.config

        source = self.source

        source_doc_url: None | str | Unset
        if isinstance(self.source_doc_url, Unset):
            source_doc_url = UNSET
        else:
            source_doc_url = self.source_doc_url

        sync_schedule: None | str | Unset
        if isinstance(self.sync_schedule, Unset):
            sync_schedule = UNSET
        else:
            sync_schedule = self.sync_schedule

        credential_mode = self.credential_mode

        exposure_mode = self.exposure_mode

        portal_visible = self.portal_visible

        portal_category: None | str | Unset
        if isinstance(self.portal_category, Unset):
            portal_category = UNSET
        else:
            portal_category = self.portal_category

        portal_tags: list[str] | Unset = UNSET
        if not isinstance(self.portal_tags, Unset):
            portal_tags = self.portal_tags

        tool_count = self.tool_count

        tool_sync_hash: None | str | Unset
        if isinstance(self.tool_sync_hash, Unset):
            tool_sync_hash = UNSET
        else:
            tool_sync_hash = self.tool_sync_hash

        last_synced_at: None | str | Unset
        if isinstance(self.last_synced_at, Unset):
            last_synced_at = UNSET
        elif isinstance(self.last_synced_at, datetime.datetime):
            last_synced_at = self.last_synced_at.isoformat()
        else:
            last_synced_at = self.last_synced_at

        last_error: None | str | Unset
        if isinstance(self.last_error, Unset):
            last_error = UNSET
        else:
            last_error = self.last_error

        enriched_error: dict[str, Any] | None | Unset
        if isinstance(self.enriched_error, Unset):
            enriched_error = UNSET
        elif isinstance(self.enriched_error, EnrichedError):
            enriched_error = self.enriched_error.to_dict()
        else:
            enriched_error = self.enriched_error

        oauth_config: Any | None | Unset
        if isinstance(self.oauth_config, Unset):
            oauth_config = UNSET
        else:
            oauth_config = self.oauth_config

        credential_requirements: list[Any] | Unset = UNSET
        if not isinstance(self.credential_requirements, Unset):
            credential_requirements = self.credential_requirements

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        mcp_endpoint_url: None | str | Unset
        if isinstance(self.mcp_endpoint_url, Unset):
            mcp_endpoint_url = UNSET
        else:
            mcp_endpoint_url = self.mcp_endpoint_url

        field_dict: dict[str, Any] = {
            "id": id,
            "name": name,
            "type": type_,
        }
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if description is not UNSET:
            field_dict["description"] = description
        if icon_url is not UNSET:
            field_dict["icon_url"] = icon_url
        if status is not UNSET:
            field_dict["status"] = status
        if config is not UNSET:
            field_dict["config"] = config
        if source is not UNSET:
            field_dict["source"] = source
        if source_doc_url is not UNSET:
            field_dict["source_doc_url"] = source_doc_url
        if sync_schedule is not UNSET:
            field_dict["sync_schedule"] = sync_schedule
        if credential_mode is not UNSET:
            field_dict["credential_mode"] = credential_mode
        if exposure_mode is not UNSET:
            field_dict["exposure_mode"] = exposure_mode
        if portal_visible is not UNSET:
            field_dict["portal_visible"] = portal_visible
        if portal_category is not UNSET:
            field_dict["portal_category"] = portal_category
        if portal_tags is not UNSET:
            field_dict["portal_tags"] = portal_tags
        if tool_count is not UNSET:
            field_dict["tool_count"] = tool_count
        if tool_sync_hash is not UNSET:
            field_dict["tool_sync_hash"] = tool_sync_hash
        if last_synced_at is not UNSET:
            field_dict["last_synced_at"] = last_synced_at
        if last_error is not UNSET:
            field_dict["last_error"] = last_error
        if enriched_error is not UNSET:
            field_dict["enriched_error"] = enriched_error
        if oauth_config is not UNSET:
            field_dict["oauth_config"] = oauth_config
        if credential_requirements is not UNSET:
            field_dict["credential_requirements"] = credential_requirements
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if mcp_endpoint_url is not UNSET:
            field_dict["mcp_endpoint_url"] = mcp_endpoint_url
        if self.additional_properties:
            for prop_name, prop in self.additional_properties.items():
                if prop_name in field_dict:
                    continue
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_imported:
            _import_lazy()
        id = UUID(src_dict["id"])

        name = src_dict["name"]
        type_ = src_dict["type"]
        display_name = src_dict.get("display_name", UNSET)
        description = src_dict.get("description", UNSET)

        icon_url = src_dict.get("icon_url", UNSET)

        status = src_dict.get("status", UNSET)
        config = src_dict.get("config", UNSET)
        source = src_dict.get("source", UNSET)
        source_doc_url = src_dict.get("source_doc_url", UNSET)

        sync_schedule = src_dict.get("sync_schedule", UNSET)

        credential_mode = src_dict.get("credential_mode", UNSET)
        exposure_mode = src_dict.get("exposure_mode", UNSET)
        portal_visible = src_dict.get("portal_visible", UNSET)
        portal_category = src_dict.get("portal_category", UNSET)

        portal_tags = cast(list[str], src_dict.get("portal_tags", UNSET))

        tool_count = src_dict.get("tool_count", UNSET)
        tool_sync_hash = src_dict.get("tool_sync_hash", UNSET)

        _last_synced_at = src_dict.get("last_synced_at", UNSET)
        last_synced_at: datetime.datetime | None | Unset
        if _last_synced_at is None:
            last_synced_at = None
        elif _last_synced_at is UNSET:
            last_synced_at = UNSET
        else:
            try:
                if not isinstance(_last_synced_at, str):
                    raise TypeError()
                last_synced_at_type_0 = datetime.datetime.fromisoformat(_last_synced_at)

                last_synced_at = last_synced_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                last_synced_at = _last_synced_at

        last_error = src_dict.get("last_error", UNSET)

        _enriched_error = src_dict.get("enriched_error", UNSET)
        enriched_error: EnrichedError | None | Unset
        if _enriched_error is None:
            enriched_error = None
        elif _enriched_error is UNSET:
            enriched_error = UNSET
        else:
            try:
                if not isinstance(_enriched_error, dict):
                    raise TypeError()
                enriched_error_type_0 = EnrichedError.from_dict(_enriched_error)

                enriched_error = enriched_error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                enriched_error = _enriched_error

        oauth_config = src_dict.get("oauth_config", UNSET)

        credential_requirements = cast(list[Any], src_dict.get("credential_requirements", UNSET))

        _created_at = src_dict.get("created_at", UNSET)
        created_at: datetime.datetime | None | Unset
        if _created_at is None:
            created_at = None
        elif _created_at is UNSET:
            created_at = UNSET
        else:
            try:
                if not isinstance(_created_at, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(_created_at)

                created_at = created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                created_at = _created_at

        _updated_at = src_dict.get("updated_at", UNSET)
        updated_at: datetime.datetime | None | Unset
        if _updated_at is None:
            updated_at = None
        elif _updated_at is UNSET:
            updated_at = UNSET
        else:
            try:
                if not isinstance(_updated_at, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(_updated_at)

                updated_at = updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                updated_at = _updated_at

        mcp_endpoint_url = src_dict.get("mcp_endpoint_url", UNSET)

        server = cls(
            id=id,
            name=name,
            type_=type_,
            display_name=display_name,
            description=description,
            icon_url=icon_url,
            status=status,
            config=config,
            source=source,
            source_doc_url=source_doc_url,
            sync_schedule=sync_schedule,
            credential_mode=credential_mode,
            exposure_mode=exposure_mode,
            portal_visible=portal_visible,
            portal_category=portal_category,
            portal_tags=portal_tags,
            tool_count=tool_count,
            tool_sync_hash=tool_sync_hash,
            last_synced_at=last_synced_at,
            last_error=last_error,
            enriched_error=enriched_error,
            oauth_config=oauth_config,
            credential_requirements=credential_requirements,
            created_at=created_at,
            updated_at=updated_at,
            mcp_endpoint_url=mcp_endpoint_url,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            server.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return server

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
