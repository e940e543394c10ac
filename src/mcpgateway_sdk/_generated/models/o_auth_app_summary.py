from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from uuid import UUID

from ..types import Field as _Field
from ..types import ResponseModel


def _convert_id(data: Any) -> UUID:
    id = UUID(data)

    return id


class OAuthAppSummary(ResponseModel):
    """An OAuth app that can connect to a server."""

    if TYPE_CHECKING:
        id: UUID
        """ OAuth app id. """
        alias: str
        """ Short unique name. """
        name: str
        """ Display name. """
        template_type: None | str
        """ Provider template. Known values: `github`, `google`, `microsoft365`, `slack`, `notion`, `hubspot`,
        `salesforce`, `zoom`, `linkedin`, `pagerduty`, `atlassian`, `gitlab`, `smartthings`, `custom`. """
        template_name: None | str
        """ Template display name. """

        def __init__(
            self,
            *,
            id: UUID,
            alias: str,
            name: str,
            template_type: None | str = None,
            template_name: None | str = None,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> OAuthAppSummary: ...

    else:
        id = _Field("id", _convert_id)
        alias = _Field("alias", None)
        name = _Field("name", None)
        template_type = _Field("template_type", None, None)
        template_name = _Field("template_name", None, None)
