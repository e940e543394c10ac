from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ModelMapping

if TYPE_CHECKING:
    from ..models.bulk_action_item_result import BulkActionItemResult

_lazy_imported = False


def _import_lazy() -> None:
    global _lazy_imported, BulkActionItemResult
    from ..models.bulk_action_item_result import BulkActionItemResult  # noqa: PLC0415

    _lazy_imported = True


_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "results": ("results", True),
    "total": ("total", False),
    "succeeded": ("succeeded", False),
    "failed": ("failed", False),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class BulkActionResult(ModelMapping):
    """Outcome of a bulk action."""

    results: list[BulkActionItemResult]
    """ One outcome per server. """
    total: int
    """ Servers requested. """
    succeeded: int
    """ Servers where the action worked. """
    failed: int
    """ Servers where it failed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imported:
            _import_lazy()
        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        total = self.total

        succeeded = self.succeeded

        failed = self.failed

        field_dict: dict[str, Any] = {
            "results": results,
            "total": total,
            "succeeded": succeeded,
            "failed": failed,
        }
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
        results = []
        _results = src_dict["results"]
        for results_item_data in _results:
            results_item = BulkActionItemResult.from_dict(results_item_data)

            results.append(results_item)

        total = src_dict["total"]
        succeeded = src_dict["succeeded"]
        failed = src_dict["failed"]
        bulk_action_result = cls(
            results=results,
            total=total,
            succeeded=succeeded,
            failed=failed,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            bulk_action_result.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return bulk_action_result

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
