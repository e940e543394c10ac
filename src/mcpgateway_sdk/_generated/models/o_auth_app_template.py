from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from uuid import UUID

from ..types import Field as _Field
from ..types import ResponseModel


def _convert_id(data: Any) -> UUID:
    id = UUID(data)

    return id


def _convert_created_at(data: Any) -> datetime.datetime:
    created_at = datetime.datetime.fromisoformat(data)

    return created_at


class OAuthAppTemplate(ResponseModel):
    """A provider template: the endpoints and client authentication of a well-known provider."""

    if TYPE_CHECKING:
        id: UUID
        """ Template id (`template_id` of an app). """
        type_: str
        """ Provider type, e.g. `github`. """
        name: str
        """ Provider name. """
        auth_url: str
        """ Authorization endpoint. """
        token_url: str
        """ Token endpoint. """
        token_endpoint_auth_method: str
        """ How clients authenticate at the token endpoint. """
        created_at: datetime.datetime
        """ Creation time. """

        def __init__(
            self,
            *,
            id: UUID,
            type_: str,
            name: str,
            auth_url: str,
            token_url: str,
            token_endpoint_auth_method: str,
            created_at: datetime.datetime,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> OAuthAppTemplate: ...

    else:
        id = _Field("id", _convert_id)
        type_ = _Field("type", None)
        name = _Field("name", None)
        auth_url = _Field("auth_url", None)
        token_url = _Field("token_url", None)
        token_endpoint_auth_method = _Field("token_endpoint_auth_method", None)
        created_at = _Field("created_at", _convert_created_at)
