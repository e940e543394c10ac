from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.server_type import ServerType
from ..types import UNSET, ModelMapping, Unset

_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "name": ("name", False),
    "display_name": ("display_name", False),
    "type": ("type_", True),
    "config": ("config", False),
    "source_doc_url": ("source_doc_url", True),
    "credential_mode": ("credential_mode", False),
    "auth_method": ("auth_method", False),
    "initial_bearer_token": ("initial_bearer_token", True),
    "portal_visible": ("portal_visible", False),
    "portal_category": ("portal_category", True),
    "portal_tags": ("portal_tags", True),
    "access_mode": ("access_mode", False),
    "allowed_hosts": ("allowed_hosts", True),
    "run_as_non_root": ("run_as_non_root", False),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class ServerCreate(ModelMapping):
    """A new MCP server. Unknown fields are passed through."""

    name: str
    """ Unique name; used as the tool name prefix. """
    display_name: str
    """ Name shown to people (1-255 characters). The gateway requires it; the SDK sends `name` when it is not given.
    """
    type_: ServerType
    """ How a server is deployed and run. The local gateway also accepts the values of `x-local-values`: `local-
    command` (runs `config.command`), `local-tools` (tools the client pushes), `script` (script tools, see
    `create_script_tool_package`), and `stdio` and `local`, the older names of the first two; the hosted gateway
    refuses them. """
    config: Any | Unset = UNSET
    """ Type-specific settings, e.g. `{"package": ..., "args": [...], "env": {...}}` for npx and uvx (uvx also takes
    `from`, a path or requirement providing the `package` command) or `{"url": ...}` for remote. """
    source_doc_url: None | str | Unset = UNSET
    """ Link to the server's documentation. """
    credential_mode: str | Unset = "none"
    """ How credentials are handled. Known values: `none`, `managed`, `user_provided`. """
    auth_method: str | Unset = "none"
    """ How the gateway authenticates to the server. Known values: `none`, `bearer`, `oauth2`. """
    initial_bearer_token: None | str | Unset = UNSET
    """ Bearer token to store with the server. """
    portal_visible: bool | Unset = False
    """ List the server in the portal. """
    portal_category: None | str | Unset = UNSET
    """ Portal category. """
    portal_tags: list[str] | Unset = UNSET
    """ Portal tags. """
    access_mode: str | Unset = "public"
    """ Known values: `public`, `bundle_only`. """
    allowed_hosts: list[str] | None | Unset = UNSET
    """ Egress allow-list of hosted servers (null: the gateway default). """
    run_as_non_root: bool | Unset = True
    """ Whether hosted servers run as a non-root user. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        display_name = self.display_name

        type_ = self.type_.value

        config = self.config

        source_doc_url: None | str | Unset
        if isinstance(self.source_doc_url, Unset):
            source_doc_url = UNSET
        else:
            source_doc_url = self.source_doc_url

        credential_mode = self.credential_mode

        auth_method = self.auth_method

        initial_bearer_token: None | str | Unset
        if isinstance(self.initial_bearer_token, Unset):
            initial_bearer_token = UNSET
        else:
            initial_bearer_token = self.initial_bearer_token

        portal_visible = self.portal_visible

        portal_category: None | str | Unset
        if isinstance(self.portal_category, Unset):
            portal_category = UNSET
        else:
            portal_category = self.portal_category

        portal_tags: list[str] | Unset = UNSET
        if not isinstance(self.portal_tags, Unset):
            portal_tags = self.portal_tags

        access_mode = self.access_mode

        allowed_hosts: list[str] | None | Unset
        if isinstance(self.allowed_hosts, Unset):
            allowed_hosts = UNSET
        elif isinstance(self.allowed_hosts, list):
            allowed_hosts = self.allowed_hosts

        else:
            allowed_hosts = self.allowed_hosts

        run_as_non_root = self.run_as_non_root

        field_dict: dict[str, Any] = {
            "name": name,
            "display_name": display_name,
            "type": type_,
        }
        if config is not UNSET:
            field_dict["config"] = config
        if source_doc_url is not UNSET:
            field_dict["source_doc_url"] = source_doc_url
        if credential_mode is not UNSET:
            field_dict["credential_mode"] = credential_mode
        if auth_method is not UNSET:
            field_dict["auth_method"] = auth_method
        if initial_bearer_token is not UNSET:
            field_dict["initial_bearer_token"] = initial_bearer_token
        if portal_visible is not UNSET:
            field_dict["portal_visible"] = portal_visible
        if portal_category is not UNSET:
            field_dict["portal_category"] = portal_category
        if portal_tags is not UNSET:
            field_dict["portal_tags"] = portal_tags
        if access_mode is not UNSET:
            field_dict["access_mode"] = access_mode
        if allowed_hosts is not UNSET:
            field_dict["allowed_hosts"] = allowed_hosts
        if run_as_non_root is not UNSET:
            field_dict["run_as_non_root"] = run_as_non_root
        if self.additional_properties:
            for prop_name, prop in self.additional_properties.items():
                if prop_name in field_dict:
                    continue
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        name = src_dict["name"]
        display_name = src_dict["display_name"]
        type_ = ServerType(src_dict["type"])

        config = src_dict.get("config", UNSET)
        source_doc_url = src_dict.get("source_doc_url", UNSET)

        credential_mode = src_dict.get("credential_mode", UNSET)
        auth_method = src_dict.get("auth_method", UNSET)
        initial_bearer_token = src_dict.get("initial_bearer_token", UNSET)

        portal_visible = src_dict.get("portal_visible", UNSET)
        portal_category = src_dict.get("portal_category", UNSET)

        portal_tags = cast(list[str], src_dict.get("portal_tags", UNSET))

        access_mode = src_dict.get("access_mode", UNSET)
        _allowed_hosts = src_dict.get("allowed_hosts", UNSET)
        allowed_hosts: list[str] | None | Unset
        if _allowed_hosts is None:
            allowed_hosts = None
        elif _allowed_hosts is UNSET:
            allowed_hosts = UNSET
        else:
            try:
                if not isinstance(_allowed_hosts, list):
                    raise TypeError()
                allowed_hosts_type_0 = cast(list[str], _allowed_hosts)

                allowed_hosts = allowed_hosts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                allowed_hosts = _allowed_hosts

        run_as_non_root = src_dict.get("run_as_non_root", UNSET)
        server_create = cls(
            name=name,
            display_name=display_name,
            type_=type_,
            config=config,
            source_doc_url=source_doc_url,
            credential_mode=credential_mode,
            auth_method=auth_method,
            initial_bearer_token=initial_bearer_token,
            portal_visible=portal_visible,
            portal_category=portal_category,
            portal_tags=portal_tags,
            access_mode=access_mode,
            allowed_hosts=allowed_hosts,
            run_as_non_root=run_as_non_root,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            server_create.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return server_create

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
