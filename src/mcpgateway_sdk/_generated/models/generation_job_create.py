from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.generation_job_create_access_mode import GenerationJobCreateAccessMode
from ..models.generation_job_create_auth_type import GenerationJobCreateAuthType
from ..models.generation_job_create_input_type import GenerationJobCreateInputType
from ..types import UNSET, ModelMapping, Unset

_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "input_type": ("input_type", True),
    "input_content": ("input_content", False),
    "server_name": ("server_name", False),
    "auth_type": ("auth_type", True),
    "api_credentials": ("api_credentials", False),
    "access_mode": ("access_mode", True),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class GenerationJobCreate(ModelMapping):
    """Start a job that turns an API description into a server."""

    input_type: GenerationJobCreateInputType
    """ How to read `input_content`: a spec (`openapi_json`, `openapi_yaml`), a URL to fetch (`swagger_url`,
    `docs_url`, `url`) or free text (`raw_text`, `text`). """
    input_content: str
    """ The spec text, URL or text (at most 2 MiB of UTF-8). """
    server_name: str
    """ Name of the server the job deploys. """
    auth_type: GenerationJobCreateAuthType | Unset = UNSET
    """ Overrides the authentication type the analysis infers. """
    api_credentials: Any | Unset = UNSET
    """ HTTP headers the gateway may use to probe read-only endpoints of the API. """
    access_mode: GenerationJobCreateAccessMode | Unset = GenerationJobCreateAccessMode.PUBLIC
    """ `bundle_only` makes the deployed server reachable only through bundles. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        input_type = self.input_type.value

        input_content = self.input_content

        server_name = self.server_name

        auth_type: str | Unset = UNSET
        if not isinstance(self.auth_type, Unset):
            auth_type = self.auth_type.value

        api_credentials = self.api_credentials

        access_mode: str | Unset = UNSET
        if not isinstance(self.access_mode, Unset):
            access_mode = self.access_mode.value

        field_dict: dict[str, Any] = {
            "input_type": input_type,
            "input_content": input_content,
            "server_name": server_name,
        }
        if auth_type is not UNSET:
            field_dict["auth_type"] = auth_type
        if api_credentials is not UNSET:
            field_dict["api_credentials"] = api_credentials
        if access_mode is not UNSET:
            field_dict["access_mode"] = access_mode
        if self.additional_properties:
            for prop_name, prop in self.additional_properties.items():
                if prop_name in field_dict:
                    continue
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        input_type = GenerationJobCreateInputType(src_dict["input_type"])

        input_content = src_dict["input_content"]
        server_name = src_dict["server_name"]
        _auth_type = src_dict.get("auth_type", UNSET)
        auth_type: GenerationJobCreateAuthType | Unset
        if _auth_type is UNSET:
            auth_type = UNSET
        else:
            auth_type = GenerationJobCreateAuthType(_auth_type)

        api_credentials = src_dict.get("api_credentials", UNSET)
        _access_mode = src_dict.get("access_mode", UNSET)
        access_mode: GenerationJobCreateAccessMode | Unset
        if _access_mode is UNSET:
            access_mode = UNSET
        else:
            access_mode = GenerationJobCreateAccessMode(_access_mode)

        generation_job_create = cls(
            input_type=input_type,
            input_content=input_content,
            server_name=server_name,
            auth_type=auth_type,
            api_credentials=api_credentials,
            access_mode=access_mode,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            generation_job_create.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return generation_job_create

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
