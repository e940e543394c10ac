from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import Field as _Field
from ..types import ResponseModel


class ConnectionTest(ResponseModel):
    """An unauthenticated MCP handshake with a URL."""

    if TYPE_CHECKING:
        success: bool
        """ Whether the handshake worked. """
        server_name: None | str
        """ Server name it reported. """
        server_version: None | str
        """ Server version it reported. """
        protocol_version: None | str
        """ MCP protocol version. """
        tools_count: int | None
        """ Number of tools listed. """
        latency_ms: int | None
        """ Round-trip time. """
        error: None | str
        """ What failed. """
        error_code: None | str
        """ Error class, e.g. `unauthorized`. """
        challenge_scopes: list[str] | None
        """ Scopes named in a 401 challenge. """

        def __init__(
            self,
            *,
            success: bool,
            server_name: None | str = None,
            server_version: None | str = None,
            protocol_version: None | str = None,
            tools_count: int | None = None,
            latency_ms: int | None = None,
            error: None | str = None,
            error_code: None | str = None,
            challenge_scopes: list[str] | None = None,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> ConnectionTest: ...

    else:
        success = _Field("success", None)
        server_name = _Field("server_name", None, None)
        server_version = _Field("server_version", None, None)
        protocol_version = _Field("protocol_version", None, None)
        tools_count = _Field("tools_count", None, None)
        latency_ms = _Field("latency_ms", None, None)
        error = _Field("error", None, None)
        error_code = _Field("error_code", None, None)
        challenge_scopes = _Field("challenge_scopes", None, None)
