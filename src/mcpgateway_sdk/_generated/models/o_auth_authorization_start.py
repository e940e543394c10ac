from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import Field as _Field
from ..types import ResponseModel


class OAuthAuthorizationStart(ResponseModel):
    """Where to send the user to grant access."""

    if TYPE_CHECKING:
        authorization_url: str
        """ Provider URL to open in a browser. """
        state: str
        """ Opaque value that ties the callback to this request. """
        expires_in: int
        """ Seconds the state stays valid. """

        def __init__(
            self,
            *,
            authorization_url: str,
            state: str,
            expires_in: int = 600,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> OAuthAuthorizationStart: ...

    else:
        authorization_url = _Field("authorization_url", None)
        state = _Field("state", None)
        expires_in = _Field("expires_in", None, 600)
