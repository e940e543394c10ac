from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ModelMapping

if TYPE_CHECKING:
    from ..models.server_health import ServerHealth

_lazy_imported = False


def _import_lazy() -> None:
    global _lazy_imported, ServerHealth
    from ..models.server_health import ServerHealth  # noqa: PLC0415

    _lazy_imported = True


_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "results": ("results", True),
    "total_checked": ("total_checked", False),
    "running": ("running", False),
    "stopped": ("stopped", False),
    "error": ("error", False),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class BulkServerHealth(ModelMapping):
    """Health of every server."""

    results: list[ServerHealth]
    """ One result per server. """
    total_checked: int
    """ Servers checked. """
    running: int
    """ Servers running. """
    stopped: int
    """ Servers stopped. """
    error: int
    """ Servers in error. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imported:
            _import_lazy()
        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        total_checked = self.total_checked

        running = self.running

        stopped = self.stopped

        error = self.error

        field_dict: dict[str, Any] = {
            "results": results,
            "total_checked": total_checked,
            "running": running,
            "stopped": stopped,
            "error": error,
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
            results_item = ServerHealth.from_dict(results_item_data)

            results.append(results_item)

        total_checked = src_dict["total_checked"]
        running = src_dict["running"]
        stopped = src_dict["stopped"]
        error = src_dict["error"]
        bulk_server_health = cls(
            results=results,
            total_checked=total_checked,
            running=running,
            stopped=stopped,
            error=error,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            bulk_server_health.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return bulk_server_health

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
