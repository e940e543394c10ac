from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..models.authentication_type import AuthenticationType
from ..types import Field as _Field
from ..types import ResponseModel

if TYPE_CHECKING:
    from ..models.api_key_config import ApiKeyConfig
    from ..models.auth_field import AuthField
    from ..models.basic_config import BasicConfig
    from ..models.bearer_config import BearerConfig
    from ..models.composite_static_config import CompositeStaticConfig
    from ..models.env_config import EnvConfig
    from ..models.hmac_config import HmacConfig
    from ..models.none_config import NoneConfig
    from ..models.o_auth_2_config import OAuth2Config

_lazy_imported = False


def _import_lazy() -> None:
    global \
        _lazy_imported, \
        ApiKeyConfig, \
        AuthField, \
        BasicConfig, \
        BearerConfig, \
        CompositeStaticConfig, \
        EnvConfig, \
        HmacConfig, \
        NoneConfig, \
        OAuth2Config
    from ..models.api_key_config import ApiKeyConfig  # noqa: PLC0415
    from ..models.auth_field import AuthField  # noqa: PLC0415
    from ..models.basic_config import BasicConfig  # noqa: PLC0415
    from ..models.bearer_config import BearerConfig  # noqa: PLC0415
    from ..models.composite_static_config import CompositeStaticConfig  # noqa: PLC0415
    from ..models.env_config import EnvConfig  # noqa: PLC0415
    from ..models.hmac_config import HmacConfig  # noqa: PLC0415
    from ..models.none_config import NoneConfig  # noqa: PLC0415
    from ..models.o_auth_2_config import OAuth2Config  # noqa: PLC0415

    _lazy_imported = True


def _convert_type_(data: Any) -> AuthenticationType:
    if not _lazy_imported:
        _import_lazy()
    type_ = AuthenticationType(data)

    return type_


def _convert_config(
    data: Any, selector: Any
) -> (
    ApiKeyConfig
    | BasicConfig
    | BearerConfig
    | CompositeStaticConfig
    | EnvConfig
    | HmacConfig
    | NoneConfig
    | OAuth2Config
):
    """The model that the `type` field names (x-select-by in the spec)."""
    if not _lazy_imported:
        _import_lazy()
    models: dict[str, Any] = {
        "api_key": ApiKeyConfig,
        "basic": BasicConfig,
        "bearer": BearerConfig,
        "composite_static": CompositeStaticConfig,
        "env": EnvConfig,
        "hmac": HmacConfig,
        "none": NoneConfig,
        "oauth2": OAuth2Config,
    }
    return models[str(selector)].from_dict(data)


def _convert_fields(data: Any) -> list[AuthField]:
    if not _lazy_imported:
        _import_lazy()
    fields = []
    _fields = data
    for fields_item_data in _fields:
        fields_item = AuthField.from_dict(fields_item_data)

        fields.append(fields_item)

    return fields


class Authentication(ResponseModel):
    """How a server authenticates to its upstream: the type, its settings and the credential fields (values never
    included).

    """

    if TYPE_CHECKING:
        type_: AuthenticationType
        """ Authentication type; selects the model of `config`. """
        config: (
            ApiKeyConfig
            | BasicConfig
            | BearerConfig
            | CompositeStaticConfig
            | EnvConfig
            | HmacConfig
            | NoneConfig
            | OAuth2Config
        )
        """ Settings of the type. """
        fields: list[AuthField]
        """ Credential fields, with whether each is set. """
        pending_reason: None | str
        """ Why the server cannot run yet, e.g. `awaiting_credentials`. """
        missing_fields: list[str]
        """ Required fields without a value. """

        def __init__(
            self,
            *,
            type_: AuthenticationType,
            config: ApiKeyConfig
            | BasicConfig
            | BearerConfig
            | CompositeStaticConfig
            | EnvConfig
            | HmacConfig
            | NoneConfig
            | OAuth2Config,
            fields: list[AuthField] = [],
            pending_reason: None | str = None,
            missing_fields: list[str] = [],
        ) -> None: ...

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> Authentication: ...

    else:
        type_ = _Field("type", _convert_type_)
        config = _Field("config", _convert_config, nested=True, select="type")
        fields = _Field("fields", _convert_fields, [], nested=True)
        pending_reason = _Field("pending_reason", None, None)
        missing_fields = _Field("missing_fields", None, [])
