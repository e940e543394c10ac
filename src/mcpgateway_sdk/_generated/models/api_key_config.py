from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..models.api_key_config_location import ApiKeyConfigLocation
from ..types import Field as _Field
from ..types import ResponseModel


def _convert_location(data: Any) -> ApiKeyConfigLocation:
    location = ApiKeyConfigLocation(data)

    return location


class ApiKeyConfig(ResponseModel):
    """Where an API key goes on the upstream request."""

    if TYPE_CHECKING:
        location: ApiKeyConfigLocation
        """ Header or query parameter. """
        name: str
        """ Header or query parameter name. """
        prefix: None | str
        """ Text put before the key. """

        def __init__(
            self,
            *,
            location: ApiKeyConfigLocation,
            name: str,
            prefix: None | str = None,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> ApiKeyConfig: ...

    else:
        location = _Field("location", _convert_location)
        name = _Field("name", None)
        prefix = _Field("prefix", None, None)
