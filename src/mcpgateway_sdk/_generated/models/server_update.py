from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelMapping, Unset

_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "name": ("name", True),
    "display_name": ("display_name", True),
    "type": ("type_", True),
    "config": ("config", True),
    "sync_schedule": ("sync_schedule", True),
    "credential_mode": ("credential_mode", True),
    "portal_visible": ("portal_visible", True),
    "portal_category": ("portal_category", True),
    "portal_tags": ("portal_tags", True),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class ServerUpdate(ModelMapping):
    """Changes to a server. Only the fields sent are changed; unknown fields are passed through."""

    name: None | str | Unset = UNSET
    """ New unique name. """
    display_name: None | str | Unset = UNSET
    """ New display name. """
    type_: None | str | Unset = UNSET
    """ New server type. Known values: `remote`, `npx`, `uvx`, `container`, `generated`, `bundle`. The local gateway
    also runs `stdio` (a command) `local` (tools pushed by the client) and `script` (script tools, see
    `create_script_tool_package`) servers: local extensions the hosted gateway refuses. """
    config: Any | None | Unset = UNSET
    """ New settings; replaces the current ones. """
    sync_schedule: None | str | Unset = UNSET
    """ Automatic tool sync schedule. Known values: `manual`, `hourly`, `daily`, `weekly`. """
    credential_mode: None | str | Unset = UNSET
    """ How credentials are handled. Known values: `none`, `managed`, `user_provided`. """
    portal_visible: bool | None | Unset = UNSET
    """ List the server in the portal. """
    portal_category: None | str | Unset = UNSET
    """ Portal category. """
    portal_tags: list[str] | None | Unset = UNSET
    """ Portal tags. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        config: Any | None | Unset
        if isinstance(self.config, Unset):
            config = UNSET
        else:
            config = self.config

        sync_schedule: None | str | Unset
        if isinstance(self.sync_schedule, Unset):
            sync_schedule = UNSET
        else:
            sync_schedule = self.sync_schedule

        credential_mode: None | str | Unset
        if isinstance(self.credential_mode, Unset):
            credential_mode = UNSET
        else:
            credential_mode = self.credential_mode

        portal_visible: bool | None | Unset
        if isinstance(self.portal_visible, Unset):
            portal_visible = UNSET
        else:
            portal_visible = self.portal_visible

        portal_category: None | str | Unset
        if isinstance(self.portal_category, Unset):
            portal_category = UNSET
        else:
            portal_category = self.portal_category

        portal_tags: list[str] | None | Unset
        if isinstance(self.portal_tags, Unset):
            portal_tags = UNSET
        elif isinstance(self.portal_tags, list):
            portal_tags = self.portal_tags

        else:
            portal_tags = self.portal_tags

        field_dict: dict[str, Any] = {}
        if name is not UNSET:
            field_dict["name"] = name
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if config is not UNSET:
            field_dict["config"] = config
        if sync_schedule is not UNSET:
            field_dict["sync_schedule"] = sync_schedule
        if credential_mode is not UNSET:
            field_dict["credential_mode"] = credential_mode
        if portal_visible is not UNSET:
            field_dict["portal_visible"] = portal_visible
        if portal_category is not UNSET:
            field_dict["portal_category"] = portal_category
        if portal_tags is not UNSET:
            field_dict["portal_tags"] = portal_tags
        if self.additional_properties:
            for prop_name, prop in self.additional_properties.items():
                if prop_name in field_dict:
                    continue
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        name = src_dict.get("name", UNSET)

        display_name = src_dict.get("display_name", UNSET)

        type_ = src_dict.get("type", UNSET)

        config = src_dict.get("config", UNSET)

        sync_schedule = src_dict.get("sync_schedule", UNSET)

        credential_mode = src_dict.get("credential_mode", UNSET)

        portal_visible = src_dict.get("portal_visible", UNSET)

        portal_category = src_dict.get("portal_category", UNSET)

        _portal_tags = src_dict.get("portal_tags", UNSET)
        portal_tags: list[str] | None | Unset
        if _portal_tags is None:
            portal_tags = None
        elif _portal_tags is UNSET:
            portal_tags = UNSET
        else:
            try:
                if not isinstance(_portal_tags, list):
                    raise TypeError()
                portal_tags_type_0 = cast(list[str], _portal_tags)

                portal_tags = portal_tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                portal_tags = _portal_tags

        server_update = cls(
            name=name,
            display_name=display_name,
            type_=type_,
            config=config,
            sync_schedule=sync_schedule,
            credential_mode=credential_mode,
            portal_visible=portal_visible,
            portal_category=portal_category,
            portal_tags=portal_tags,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            server_update.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return server_update

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
