from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelMapping, Unset

_WIRE_FIELDS: dict[str, tuple[str, bool]] = {
    "source": ("source", False),
    "skill_name": ("skill_name", False),
    "mcp_server_id": ("mcp_server_id", True),
    "github_repo": ("github_repo", True),
}
_KNOWN_KEYS = frozenset(_WIRE_FIELDS)


@_attrs_define(repr=False)  # repr comes from ModelMapping: secrets masked
class SkillImportRequest(ModelMapping):
    """Import a catalog skill into the caller's skills."""

    source: str
    """ Catalog source name or GitHub URL. """
    skill_name: str
    """ Skill name inside that source. """
    mcp_server_id: None | str | Unset = UNSET
    """ Server to link the skill to. """
    github_repo: None | str | Unset = UNSET
    """ `owner/repo` to pick one when several repos have the same skill name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _wire_fields: ClassVar[Mapping[str, tuple[str, bool]]] = _WIRE_FIELDS

    def to_dict(self) -> dict[str, Any]:
        source = self.source

        skill_name = self.skill_name

        mcp_server_id: None | str | Unset
        if isinstance(self.mcp_server_id, Unset):
            mcp_server_id = UNSET
        else:
            mcp_server_id = self.mcp_server_id

        github_repo: None | str | Unset
        if isinstance(self.github_repo, Unset):
            github_repo = UNSET
        else:
            github_repo = self.github_repo

        field_dict: dict[str, Any] = {
            "source": source,
            "skill_name": skill_name,
        }
        if mcp_server_id is not UNSET:
            field_dict["mcp_server_id"] = mcp_server_id
        if github_repo is not UNSET:
            field_dict["github_repo"] = github_repo
        if self.additional_properties:
            for prop_name, prop in self.additional_properties.items():
                if prop_name in field_dict:
                    continue
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        source = src_dict["source"]
        skill_name = src_dict["skill_name"]
        mcp_server_id = src_dict.get("mcp_server_id", UNSET)

        github_repo = src_dict.get("github_repo", UNSET)

        skill_import_request = cls(
            source=source,
            skill_name=skill_name,
            mcp_server_id=mcp_server_id,
            github_repo=github_repo,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            skill_import_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return skill_import_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
