from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..models.hmac_recipe_algo import HmacRecipeAlgo
from ..models.hmac_recipe_output import HmacRecipeOutput
from ..types import Field as _Field
from ..types import ResponseModel


def _convert_algo(data: Any) -> HmacRecipeAlgo:
    algo = HmacRecipeAlgo(data)

    return algo


def _convert_output(data: Any) -> HmacRecipeOutput:
    output = HmacRecipeOutput(data)

    return output


class HmacRecipe(ResponseModel):
    """How a request is signed with HMAC."""

    if TYPE_CHECKING:
        algo: HmacRecipeAlgo
        """ Hash algorithm. """
        key_field: str
        """ Field holding the signing key. """
        message: str
        """ Template of the signed message. """
        headers: Any
        """ Headers to send, as templates. """
        public_fields: list[str]
        """ Fields that may appear in headers as they are. """
        output: HmacRecipeOutput
        """ Where the signature goes. """

        def __init__(
            self,
            *,
            algo: HmacRecipeAlgo,
            key_field: str,
            message: str,
            headers: Any,
            public_fields: list[str] = [],
            output: HmacRecipeOutput = "header",
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> HmacRecipe: ...

    else:
        algo = _Field("algo", _convert_algo)
        key_field = _Field("key_field", None)
        message = _Field("message", None)
        headers = _Field("headers", None)
        public_fields = _Field("public_fields", None, [])
        output = _Field("output", _convert_output, "header")
