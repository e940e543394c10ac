from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..models.composite_static_entry_kind import CompositeStaticEntryKind
from ..models.composite_static_entry_location import CompositeStaticEntryLocation
from ..types import Field as _Field
from ..types import ResponseModel


def _convert_kind(data: Any) -> CompositeStaticEntryKind:
    kind = CompositeStaticEntryKind(data)

    return kind


def _convert_location(data: Any) -> CompositeStaticEntryLocation:
    location = CompositeStaticEntryLocation(data)

    return location


class CompositeStaticEntry(ResponseModel):
    """One static credential of a composite declaration."""

    if TYPE_CHECKING:
        id: str
        """ Entry id. """
        kind: CompositeStaticEntryKind
        """ Credential kind. """
        location: CompositeStaticEntryLocation
        """ Header or query parameter. """
        name: str
        """ Header or query parameter name. """
        field_names: list[str]
        """ Fields whose values make up the credential. """
        prefix: None | str
        """ Text put before the value. """

        def __init__(
            self,
            *,
            id: str,
            kind: CompositeStaticEntryKind,
            location: CompositeStaticEntryLocation,
            name: str,
            field_names: list[str],
            prefix: None | str = None,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> CompositeStaticEntry: ...

    else:
        id = _Field("id", None)
        kind = _Field("kind", _convert_kind)
        location = _Field("location", _convert_location)
        name = _Field("name", None)
        field_names = _Field("field_names", None)
        prefix = _Field("prefix", None, None)
