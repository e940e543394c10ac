from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelMapping, Unset

if TYPE_CHECKING:
    from ..models.error_detail import ErrorDetail

_lazy_imported = False


def _import_lazy() -> None:
    global _lazy_imported, ErrorDetail
    from ..models.error_detail import ErrorDetail  # noqa: PLC0415

    _lazy_imported = True


_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "detail": ("detail", False),
    "error": ("error", True),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class HTTPError(ModelMapping):
    """Error body for every non-validation failure, in one of two shapes: `{"detail": reason}` or the envelope `{"error":
    {"code", "message", "details"}}`.

    """

    detail: str | Unset = UNSET
    """ Human-readable reason (the `detail` shape). """
    error: ErrorDetail | Unset = UNSET
    """ A machine-readable error code with a human-readable message. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imported:
            _import_lazy()
        detail = self.detail

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        if detail is not UNSET:
            field_dict["detail"] = detail
        if error is not UNSET:
            field_dict["error"] = error
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
        detail = src_dict.get("detail", UNSET)
        _error = src_dict.get("error", UNSET)
        error: ErrorDetail | Unset
        if _error is UNSET:
            error = UNSET
        else:
            error = ErrorDetail.from_dict(_error)

        http_error = cls(
            detail=detail,
            error=error,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            http_error.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return http_error

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
