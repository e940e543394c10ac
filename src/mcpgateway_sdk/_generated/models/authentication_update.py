from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelMapping, Unset

if TYPE_CHECKING:
    from ..models.auth_field_declaration import AuthFieldDeclaration

_lazy_imported = False


def _import_lazy() -> None:
    global _lazy_imported, AuthFieldDeclaration
    from ..models.auth_field_declaration import AuthFieldDeclaration  # noqa: PLC0415

    _lazy_imported = True


_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "type": ("type_", False),
    "config": ("config", False),
    "fields": ("fields", True),
    "secrets": ("secrets", False),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class AuthenticationUpdate(ModelMapping):
    """A server's authentication, replaced as a whole. Unknown fields are passed through."""

    type_: str
    """ Authentication type. Known values: `none`, `api_key`, `bearer`, `basic`, `oauth2`, `hmac`, `env`,
    `composite_static`. """
    config: Any
    """ Settings of the type (see the config models). """
    fields: list[AuthFieldDeclaration] | Unset = UNSET
    """ Credential fields the type needs. """
    secrets: Any | Unset = UNSET
    """ Values of admin-provided fields, stored with the declaration; never returned. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imported:
            _import_lazy()
        type_ = self.type_

        config = self.config

        fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = []
            for fields_item_data in self.fields:
                fields_item = fields_item_data.to_dict()
                fields.append(fields_item)

        secrets = self.secrets

        field_dict: dict[str, Any] = {
            "type": type_,
            "config": config,
        }
        if fields is not UNSET:
            field_dict["fields"] = fields
        if secrets is not UNSET:
            field_dict["secrets"] = secrets
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
        type_ = src_dict["type"]
        config = src_dict["config"]
        _fields = src_dict.get("fields", UNSET)
        fields: list[AuthFieldDeclaration] | Unset = UNSET
        if _fields is not UNSET:
            fields = []
            for fields_item_data in _fields:
                fields_item = AuthFieldDeclaration.from_dict(fields_item_data)

                fields.append(fields_item)

        secrets = src_dict.get("secrets", UNSET)
        authentication_update = cls(
            type_=type_,
            config=config,
            fields=fields,
            secrets=secrets,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            authentication_update.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return authentication_update

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
