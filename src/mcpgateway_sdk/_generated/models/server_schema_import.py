from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.server_schema_import_access_mode import ServerSchemaImportAccessMode
from ..models.server_schema_import_auth_mode import ServerSchemaImportAuthMode
from ..types import UNSET, ModelMapping, Unset

_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "name": ("name", False),
    "spec": ("spec", False),
    "display_name": ("display_name", False),
    "auth_mode": ("auth_mode", True),
    "access_mode": ("access_mode", True),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class ServerSchemaImport(ModelMapping):
    """Create a server from an OpenAPI 3.x or Swagger 2.0 document: each operation becomes a tool that calls the API."""

    name: str
    """ Name of the new server: lowercase letters, digits and hyphens. """
    spec: str
    """ The OpenAPI or Swagger document as JSON or YAML text (at most 2 MiB of UTF-8). """
    display_name: str | Unset = UNSET
    """ Human-readable name; defaults to `name`. """
    auth_mode: ServerSchemaImportAuthMode | Unset = ServerSchemaImportAuthMode.AUTO
    """ `auto` derives the server's authentication declaration from the document's security schemes; `none` declares
    none. """
    access_mode: ServerSchemaImportAccessMode | Unset = ServerSchemaImportAccessMode.PUBLIC
    """ `bundle_only` makes the tools reachable only through bundles that curate the server. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        spec = self.spec

        display_name = self.display_name

        auth_mode: str | Unset = UNSET
        if not isinstance(self.auth_mode, Unset):
            auth_mode = self.auth_mode.value

        access_mode: str | Unset = UNSET
        if not isinstance(self.access_mode, Unset):
            access_mode = self.access_mode.value

        field_dict: dict[str, Any] = {
            "name": name,
            "spec": spec,
        }
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if auth_mode is not UNSET:
            field_dict["auth_mode"] = auth_mode
        if access_mode is not UNSET:
            field_dict["access_mode"] = access_mode
        if self.additional_properties:
            for prop_name, prop in self.additional_properties.items():
                if prop_name in field_dict:
                    continue
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        name = src_dict["name"]
        spec = src_dict["spec"]
        display_name = src_dict.get("display_name", UNSET)
        _auth_mode = src_dict.get("auth_mode", UNSET)
        auth_mode: ServerSchemaImportAuthMode | Unset
        if _auth_mode is UNSET:
            auth_mode = UNSET
        else:
            auth_mode = ServerSchemaImportAuthMode(_auth_mode)

        _access_mode = src_dict.get("access_mode", UNSET)
        access_mode: ServerSchemaImportAccessMode | Unset
        if _access_mode is UNSET:
            access_mode = UNSET
        else:
            access_mode = ServerSchemaImportAccessMode(_access_mode)

        server_schema_import = cls(
            name=name,
            spec=spec,
            display_name=display_name,
            auth_mode=auth_mode,
            access_mode=access_mode,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            server_schema_import.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return server_schema_import

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
