from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelMapping, Unset

if TYPE_CHECKING:
    from ..models.server_credential import ServerCredential

_lazy_imported = False


def _import_lazy() -> None:
    global _lazy_imported, ServerCredential
    from ..models.server_credential import ServerCredential  # noqa: PLC0415

    _lazy_imported = True


_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "items": ("items", True),
    "total": ("total", False),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class ServerCredentialList(ModelMapping):
    """Credentials of a server."""

    items: list[ServerCredential]
    """ The credentials. """
    total: int | Unset = UNSET
    """ Number of credentials; not every gateway sends it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imported:
            _import_lazy()
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        total = self.total

        field_dict: dict[str, Any] = {
            "items": items,
        }
        if total is not UNSET:
            field_dict["total"] = total
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
        items = []
        _items = src_dict["items"]
        for items_item_data in _items:
            items_item = ServerCredential.from_dict(items_item_data)

            items.append(items_item)

        total = src_dict.get("total", UNSET)
        server_credential_list = cls(
            items=items,
            total=total,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            server_credential_list.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return server_credential_list

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
