from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import Field as _Field
from ..types import ResponseModel


class ProviderAccountSummary(ResponseModel):
    """The provider account behind a grant (no secrets)."""

    if TYPE_CHECKING:
        provider_name: None | str
        """ Provider. """
        user_id: None | str
        """ Account id at the provider. """
        email: None | str
        """ Account e-mail. """

        def __init__(
            self,
            *,
            provider_name: None | str = None,
            user_id: None | str = None,
            email: None | str = None,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> ProviderAccountSummary: ...

    else:
        provider_name = _Field("provider_name", None, None)
        user_id = _Field("user_id", None, None)
        email = _Field("email", None, None)
