from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import Field as _Field
from ..types import ResponseModel


class ValidationErrorItem(ResponseModel):
    """One problem found in a request."""

    if TYPE_CHECKING:
        loc: list[int | str]
        """ Where the problem is, e.g. ["body", "name"]. """
        msg: str
        type_: str

        def __init__(
            self,
            *,
            loc: list[int | str],
            msg: str,
            type_: str,
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> ValidationErrorItem: ...

    else:
        loc = _Field("loc", None)
        msg = _Field("msg", None)
        type_ = _Field("type", None)
