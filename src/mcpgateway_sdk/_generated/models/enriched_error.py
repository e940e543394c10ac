from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import Field as _Field
from ..types import ResponseModel


class EnrichedError(ResponseModel):
    """A server error explained for people, with a suggested fix."""

    if TYPE_CHECKING:
        category: str
        """ Error class. Known values: `package_not_found`, `missing_credentials`, `auth_failed`, `connection_failed`,
        `timeout`, `container_not_found`, `python_package_not_found`, `server_compatibility`, `unknown`. """
        raw_message: str
        """ The original error text. """
        user_message: str
        """ A plain explanation of the error. """
        action_type: str
        """ Suggested fix. Known values: `fix_config`, `add_credentials`, `retry`, `view_docs`, `none`. """
        action_label: None | str
        """ Label for the suggested fix. """
        action_url: None | str
        """ Link that helps with the fix. """
        action_data: Any | None
        """ Extra data for the fix. """
        extracted_values: list[str] | None
        """ Values picked out of the error text, such as missing variable names. """

        def __init__(
            self,
            *,
            category: str,
            raw_message: str,
            user_message: str,
            action_type: str = "none",
            action_label: None | str = None,
            action_url: None | str = None,
            action_data: Any | None = None,
            extracted_values: list[str] | None = None,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> EnrichedError: ...

    else:
        category = _Field("category", None)
        raw_message = _Field("raw_message", None)
        user_message = _Field("user_message", None)
        action_type = _Field("action_type", None, "none")
        action_label = _Field("action_label", None, None)
        action_url = _Field("action_url", None, None)
        action_data = _Field("action_data", None, None)
        extracted_values = _Field("extracted_values", None, None)
