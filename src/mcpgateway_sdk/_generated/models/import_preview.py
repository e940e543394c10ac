from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import Field as _Field
from ..types import ResponseModel


class ImportPreview(ResponseModel):
    """The server an import would create."""

    if TYPE_CHECKING:
        name: str
        """ Name the server would get. """
        display_name: str
        """ Display name it would get. """
        server_type: str
        """ Type the server would get. Known values: `remote`, `npx`, `uvx`, `container`, `generated`, `bundle`. The
        local gateway's built-in entries are `uvx` packages that it runs from its own environment. """
        config_preview: Any
        """ Settings it would get. """
        required_env: list[str]
        """ Environment variables to provide. """
        required_args: list[str]
        """ Arguments to provide. """

        def __init__(
            self,
            *,
            name: str,
            display_name: str,
            server_type: str,
            config_preview: Any,
            required_env: list[str] = [],
            required_args: list[str] = [],
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> ImportPreview: ...

    else:
        name = _Field("name", None)
        display_name = _Field("display_name", None)
        server_type = _Field("server_type", None)
        config_preview = _Field("config_preview", None)
        required_env = _Field("required_env", None, [])
        required_args = _Field("required_args", None, [])
