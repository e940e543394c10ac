"""Stored skill documents as packages (no Starlette): used by the skills and sandboxes APIs."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping
from typing import Any

from .skill_packages import build_package, read_upload_package

__all__ = ["skill_package_bytes", "skill_package_files"]


def skill_package_bytes(doc: Mapping[str, Any]) -> bytes:
    """The package ZIP of a stored `skill` document (rebuilt from SKILL.md if missing)."""
    encoded = doc.get("_package")
    if isinstance(encoded, str):
        try:
            return base64.b64decode(encoded, validate=True)
        except (binascii.Error, ValueError):
            pass
    return build_package(str(doc["name"]), str(doc.get("skill_md_content") or ""))


def skill_package_files(doc: Mapping[str, Any]) -> dict[str, bytes]:
    """The package's files other than SKILL.md, by path relative to the skill folder."""
    return read_upload_package(f"{doc['name']}.zip", skill_package_bytes(doc)).files
