from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from uuid import UUID

from ..types import Field as _Field
from ..types import ResponseModel

if TYPE_CHECKING:
    from ..models.enriched_error import EnrichedError

_lazy_imported = False


def _import_lazy() -> None:
    global _lazy_imported, EnrichedError
    from ..models.enriched_error import EnrichedError  # noqa: PLC0415

    _lazy_imported = True


def _convert_id(data: Any) -> UUID:
    if not _lazy_imported:
        _import_lazy()
    id = UUID(data)

    return id


def _convert_last_synced_at(data: Any) -> datetime.datetime | None:
    if not _lazy_imported:
        _import_lazy()
    _last_synced_at = data
    last_synced_at: datetime.datetime | None
    if _last_synced_at is None:
        last_synced_at = None
    else:
        try:
            if not isinstance(_last_synced_at, str):
                raise TypeError()
            last_synced_at_type_0 = datetime.datetime.fromisoformat(_last_synced_at)

            last_synced_at = last_synced_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            last_synced_at = _last_synced_at

    return last_synced_at


def _convert_enriched_error(data: Any) -> EnrichedError | None:
    if not _lazy_imported:
        _import_lazy()
    _enriched_error = data
    enriched_error: EnrichedError | None
    if _enriched_error is None:
        enriched_error = None
    else:
        try:
            if not isinstance(_enriched_error, dict):
                raise TypeError()
            enriched_error_type_0 = EnrichedError.from_dict(_enriched_error)

            enriched_error = enriched_error_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            enriched_error = _enriched_error

    return enriched_error


def _convert_created_at(data: Any) -> datetime.datetime | None:
    if not _lazy_imported:
        _import_lazy()
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
    if not _lazy_imported:
        _import_lazy()
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


from ..._server_derived import ServerDerived


class Server(ServerDerived, ResponseModel):
    """An MCP server registered with the gateway."""

    if TYPE_CHECKING:
        id: UUID
        """ Server id. """
        name: str
        """ Unique name; prefixes the server's tool names (`<name>__<tool>`). """
        type_: str
        """ Server type. Known values: `remote`, `npx`, `uvx`, `container`, `generated`, `bundle`. The local gateway
        also has `local-command`, `local-tools` and `script` servers (local extensions; servers it stored before may say
        `stdio` or `local`). """
        display_name: str
        """ Name shown to people. """
        description: None | str
        """ What the server does. """
        icon_url: None | str
        """ Icon address. """
        status: str
        """ Run status. Known values: `pending`, `running`, `stopped`, `error`. `unknown` when not reported. """
        config: Any
        """ Type-specific settings (e.g. `package`/`args`/`env` for npx and uvx, `url` for remote). """
        source: str
        """ How the server was created. Known values: `manual`, `generated`, `imported`. """
        source_doc_url: None | str
        """ Link to the server's documentation. """
        sync_schedule: None | str
        """ Automatic tool sync schedule. Known values: `manual`, `hourly`, `daily`, `weekly`. """
        credential_mode: str
        """ How credentials are handled. Known values: `none`, `managed`, `user_provided`. """
        exposure_mode: str
        """ Which of the server's tools are exposed; `all` by default. """
        portal_visible: bool
        """ Whether the server is listed in the portal. """
        portal_category: None | str
        """ Portal category. """
        portal_tags: list[str]
        """ Portal tags. """
        tool_count: int
        """ Number of tools. """
        tool_sync_hash: None | str
        """ Hash of the tool list at the last sync. """
        last_synced_at: datetime.datetime | None
        """ When tools were last synced. """
        last_error: None | str
        """ Last error message. """
        enriched_error: EnrichedError | None
        """ The last error, explained. """
        oauth_config: Any | None
        """ OAuth settings, secrets masked. """
        credential_requirements: list[Any]
        """ Credentials the server needs. """
        created_at: datetime.datetime | None
        """ Creation time. """
        updated_at: datetime.datetime | None
        """ Last update time. """
        mcp_endpoint_url: None | str
        """ MCP endpoint of this server on the gateway. """
        access_mode: str
        """ Who reaches the server's tools. Known values: `public`, `bundle_only` (only through bundles that contain the
        server). """
        pending_reason: None | str
        """ Why the server is pending, e.g. `awaiting_credentials`. """
        allowed_hosts: list[str] | None
        """ Egress allow-list of hosted servers: null inherits the gateway default, `[]` denies all, `["*"]` allows all.
        """
        effective_allowed_hosts: list[str] | None
        """ The egress allow-list actually applied (read-only). """
        run_as_non_root: bool
        """ Whether hosted servers run as a non-root user. """

        def __init__(
            self,
            *,
            id: UUID,
            name: str,
            type_: str,
            display_name: str = "",
            description: None | str = None,
            icon_url: None | str = None,
            status: str = "unknown",
            config: Any = {},
            source: str = "",
            source_doc_url: None | str = None,
            sync_schedule: None | str = None,
            credential_mode: str = "none",
            exposure_mode: str = "all",
            portal_visible: bool = False,
            portal_category: None | str = None,
            portal_tags: list[str] = [],
            tool_count: int = 0,
            tool_sync_hash: None | str = None,
            last_synced_at: datetime.datetime | None = None,
            last_error: None | str = None,
            enriched_error: EnrichedError | None = None,
            oauth_config: Any | None = None,
            credential_requirements: list[Any] = [],
            created_at: datetime.datetime | None = None,
            updated_at: datetime.datetime | None = None,
            mcp_endpoint_url: None | str = None,
            access_mode: str = "public",
            pending_reason: None | str = None,
            allowed_hosts: list[str] | None = None,
            effective_allowed_hosts: list[str] | None = None,
            run_as_non_root: bool = True,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> Server: ...

    else:
        id = _Field("id", _convert_id)
        name = _Field("name", None)
        type_ = _Field("type", None)
        display_name = _Field("display_name", None, "")
        description = _Field("description", None, None)
        icon_url = _Field("icon_url", None, None)
        status = _Field("status", None, "unknown")
        config = _Field("config", None, {})
        source = _Field("source", None, "")
        source_doc_url = _Field("source_doc_url", None, None)
        sync_schedule = _Field("sync_schedule", None, None)
        credential_mode = _Field("credential_mode", None, "none")
        exposure_mode = _Field("exposure_mode", None, "all")
        portal_visible = _Field("portal_visible", None, False)
        portal_category = _Field("portal_category", None, None)
        portal_tags = _Field("portal_tags", None, [])
        tool_count = _Field("tool_count", None, 0)
        tool_sync_hash = _Field("tool_sync_hash", None, None)
        last_synced_at = _Field("last_synced_at", _convert_last_synced_at, None)
        last_error = _Field("last_error", None, None)
        enriched_error = _Field("enriched_error", _convert_enriched_error, None, nested=True)
        oauth_config = _Field("oauth_config", None, None)
        credential_requirements = _Field("credential_requirements", None, [])
        created_at = _Field("created_at", _convert_created_at, None)
        updated_at = _Field("updated_at", _convert_updated_at, None)
        mcp_endpoint_url = _Field("mcp_endpoint_url", None, None)
        access_mode = _Field("access_mode", None, "public")
        pending_reason = _Field("pending_reason", None, None)
        allowed_hosts = _Field("allowed_hosts", None, None)
        effective_allowed_hosts = _Field("effective_allowed_hosts", None, None)
        run_as_non_root = _Field("run_as_non_root", None, True)
