from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelMapping, Unset

if TYPE_CHECKING:
    from ..models.catalog_server import CatalogServer

_lazy_imported = False


def _import_lazy() -> None:
    global _lazy_imported, CatalogServer
    from ..models.catalog_server import CatalogServer  # noqa: PLC0415

    _lazy_imported = True


_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "items": ("items", True),
    "total": ("total", False),
    "next_cursor": ("next_cursor", True),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class CatalogServerList(ModelMapping):
    """One page of catalog search results."""

    items: list[CatalogServer]
    """ Matching entries. """
    total: int
    """ Number of matches. """
    next_cursor: None | str | Unset = UNSET
    """ Cursor for the next page; null on the last page. """
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

        next_cursor: None | str | Unset
        if isinstance(self.next_cursor, Unset):
            next_cursor = UNSET
        else:
            next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {
            "items": items,
            "total": total,
        }
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor
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
            items_item = CatalogServer.from_dict(items_item_data)

            items.append(items_item)

        total = src_dict["total"]
        next_cursor = src_dict.get("next_cursor", UNSET)

        catalog_server_list = cls(
            items=items,
            total=total,
            next_cursor=next_cursor,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            catalog_server_list.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return catalog_server_list

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
