from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..models.auth_field_provided_by import AuthFieldProvidedBy
from ..types import Field as _Field
from ..types import ResponseModel


def _convert_provided_by(data: Any) -> AuthFieldProvidedBy:
    provided_by = AuthFieldProvidedBy(data)

    return provided_by


class AuthField(ResponseModel):
    """One credential field a server's authentication needs. Never carries the value: `is_set` says whether one is stored."""

    if TYPE_CHECKING:
        name: str
        """ Field name (for `env` authentication the environment variable). """
        sensitive: bool
        """ Whether the value is a secret. """
        required: bool
        """ Whether the server needs a value to work. """
        provided_by: AuthFieldProvidedBy
        """ Who supplies the value: the admin once for everyone, or each user. """
        is_set: bool
        """ Whether a value is stored. """
        managed: bool
        """ False for a legacy value that is stored but was never declared. """
        label: None | str
        """ Label shown to people. """
        help_: None | str
        """ Help text shown to people. """
        hint: None | str
        """ The fixed marker `••••` when a value is stored, else null; never derived from the value. """

        def __init__(
            self,
            *,
            name: str,
            sensitive: bool,
            required: bool,
            provided_by: AuthFieldProvidedBy,
            is_set: bool,
            managed: bool = True,
            label: None | str = None,
            help_: None | str = None,
            hint: None | str = None,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> AuthField: ...

    else:
        name = _Field("name", None)
        sensitive = _Field("sensitive", None)
        required = _Field("required", None)
        provided_by = _Field("provided_by", _convert_provided_by)
        is_set = _Field("is_set", None)
        managed = _Field("managed", None, True)
        label = _Field("label", None, None)
        help_ = _Field("help", None, None)
        hint = _Field("hint", None, None)
