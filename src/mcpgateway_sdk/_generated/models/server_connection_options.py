from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelMapping, Unset

if TYPE_CHECKING:
    from ..models.existing_connection_summary import ExistingConnectionSummary
    from ..models.o_auth_app_summary import OAuthAppSummary

_lazy_imported = False


def _import_lazy() -> None:
    global _lazy_imported, ExistingConnectionSummary, OAuthAppSummary
    from ..models.existing_connection_summary import ExistingConnectionSummary  # noqa: PLC0415
    from ..models.o_auth_app_summary import OAuthAppSummary  # noqa: PLC0415

    _lazy_imported = True


_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "server_id": ("server_id", True),
    "server_name": ("server_name", False),
    "credential_mode": ("credential_mode", False),
    "oauth_apps": ("oauth_apps", True),
    "allowed_credential_types": ("allowed_credential_types", True),
    "existing_connections": ("existing_connections", True),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class ServerConnectionOptions(ModelMapping):
    """Ways a user can connect to a server."""

    server_id: UUID
    """ Server id. """
    server_name: str
    """ Server name. """
    credential_mode: str
    """ How credentials are handled. Known values: `none`, `managed`, `user_provided`. """
    oauth_apps: list[OAuthAppSummary] | Unset = UNSET
    """ OAuth apps usable with this server. """
    allowed_credential_types: list[str] | Unset = UNSET
    """ Credential types the server accepts. """
    existing_connections: list[ExistingConnectionSummary] | Unset = UNSET
    """ The user's current connections to it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imported:
            _import_lazy()
        server_id = str(self.server_id)

        server_name = self.server_name

        credential_mode = self.credential_mode

        oauth_apps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.oauth_apps, Unset):
            oauth_apps = []
            for oauth_apps_item_data in self.oauth_apps:
                oauth_apps_item = oauth_apps_item_data.to_dict()
                oauth_apps.append(oauth_apps_item)

        allowed_credential_types: list[str] | Unset = UNSET
        if not isinstance(self.allowed_credential_types, Unset):
            allowed_credential_types = self.allowed_credential_types

        existing_connections: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.existing_connections, Unset):
            existing_connections = []
            for existing_connections_item_data in self.existing_connections:
                existing_connections_item = existing_connections_item_data.to_dict()
                existing_connections.append(existing_connections_item)

        field_dict: dict[str, Any] = {
            "server_id": server_id,
            "server_name": server_name,
            "credential_mode": credential_mode,
        }
        if oauth_apps is not UNSET:
            field_dict["oauth_apps"] = oauth_apps
        if allowed_credential_types is not UNSET:
            field_dict["allowed_credential_types"] = allowed_credential_types
        if existing_connections is not UNSET:
            field_dict["existing_connections"] = existing_connections
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
        server_id = UUID(src_dict["server_id"])

        server_name = src_dict["server_name"]
        credential_mode = src_dict["credential_mode"]
        _oauth_apps = src_dict.get("oauth_apps", UNSET)
        oauth_apps: list[OAuthAppSummary] | Unset = UNSET
        if _oauth_apps is not UNSET:
            oauth_apps = []
            for oauth_apps_item_data in _oauth_apps:
                oauth_apps_item = OAuthAppSummary.from_dict(oauth_apps_item_data)

                oauth_apps.append(oauth_apps_item)

        allowed_credential_types = cast(list[str], src_dict.get("allowed_credential_types", UNSET))

        _existing_connections = src_dict.get("existing_connections", UNSET)
        existing_connections: list[ExistingConnectionSummary] | Unset = UNSET
        if _existing_connections is not UNSET:
            existing_connections = []
            for existing_connections_item_data in _existing_connections:
                existing_connections_item = ExistingConnectionSummary.from_dict(
                    existing_connections_item_data
                )

                existing_connections.append(existing_connections_item)

        server_connection_options = cls(
            server_id=server_id,
            server_name=server_name,
            credential_mode=credential_mode,
            oauth_apps=oauth_apps,
            allowed_credential_types=allowed_credential_types,
            existing_connections=existing_connections,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            server_connection_options.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return server_connection_options

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
