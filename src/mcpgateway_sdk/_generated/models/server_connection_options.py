from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from uuid import UUID

from ..types import Field as _Field
from ..types import ResponseModel

if TYPE_CHECKING:
    from ..models.existing_connection_summary import ExistingConnectionSummary
    from ..models.o_auth_app_summary import OAuthAppSummary

_lazy_imported = False


def _import_lazy() -> None:
    global _lazy_imported, ExistingConnectionSummary, OAuthAppSummary
    from ..models.existing_connection_summary import ExistingConnectionSummary  # noqa: PLC0415
    from ..models.o_auth_app_summary import OAuthAppSummary  # noqa: PLC0415

    _lazy_imported = True


def _convert_server_id(data: Any) -> UUID:
    if not _lazy_imported:
        _import_lazy()
    server_id = UUID(data)

    return server_id


def _convert_oauth_apps(data: Any) -> list[OAuthAppSummary]:
    if not _lazy_imported:
        _import_lazy()
    oauth_apps = []
    _oauth_apps = data
    for oauth_apps_item_data in _oauth_apps:
        oauth_apps_item = OAuthAppSummary.from_dict(oauth_apps_item_data)

        oauth_apps.append(oauth_apps_item)

    return oauth_apps


def _convert_existing_connections(data: Any) -> list[ExistingConnectionSummary]:
    if not _lazy_imported:
        _import_lazy()
    existing_connections = []
    _existing_connections = data
    for existing_connections_item_data in _existing_connections:
        existing_connections_item = ExistingConnectionSummary.from_dict(
            existing_connections_item_data
        )

        existing_connections.append(existing_connections_item)

    return existing_connections


class ServerConnectionOptions(ResponseModel):
    """Ways a user can connect to a server."""

    if TYPE_CHECKING:
        server_id: UUID
        """ Server id. """
        server_name: str
        """ Server name. """
        credential_mode: str
        """ How credentials are handled. Known values: `none`, `managed`, `user_provided`. """
        oauth_apps: list[OAuthAppSummary]
        """ OAuth apps usable with this server. """
        allowed_credential_types: list[str]
        """ Credential types the server accepts. """
        existing_connections: list[ExistingConnectionSummary]
        """ The user's current connections to it. """

        def __init__(
            self,
            *,
            server_id: UUID,
            server_name: str,
            credential_mode: str,
            oauth_apps: list[OAuthAppSummary] = [],
            allowed_credential_types: list[str] = [],
            existing_connections: list[ExistingConnectionSummary] = [],
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> ServerConnectionOptions: ...

    else:
        server_id = _Field("server_id", _convert_server_id)
        server_name = _Field("server_name", None)
        credential_mode = _Field("credential_mode", None)
        oauth_apps = _Field("oauth_apps", _convert_oauth_apps, [], nested=True)
        allowed_credential_types = _Field("allowed_credential_types", None, [])
        existing_connections = _Field(
            "existing_connections", _convert_existing_connections, [], nested=True
        )
