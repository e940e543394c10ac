"""Skill revisions of the 0.61 contract: the upload `prefix` (the skill is named
`<prefix>-<name>`) and a package replaced in place (`PATCH /skills/{id}/package`).

Problems are `SkillPackageError`s (typed 422 codes), like every other skill-package problem.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Mapping
from typing import Any, Final

from .records import now_iso
from .skill_frontmatter import MAX_NAME_LENGTH, SkillPackageError, validate_skill_name
from .skill_packages import SkillUpload, read_upload_package

__all__ = ["apply_package", "prefixed_skill_name", "read_replacement"]

_PREFIX: Final = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
MAX_PREFIX_LENGTH: Final = 32


def prefixed_skill_name(prefix: str | None, name: str) -> str:
    """`name`, or `<prefix>-<name>` when a prefix is given.

    The prefix is lowercase letters, digits and single hyphens (at most 32 characters), and the
    whole name must still be a valid skill name (at most 64 characters).
    """
    if prefix is None or prefix == "":
        return name
    if len(prefix) > MAX_PREFIX_LENGTH or not _PREFIX.match(prefix):
        raise SkillPackageError(
            f"invalid prefix {prefix[:40]!r}: use lowercase letters, digits and single hyphens, "
            f"at most {MAX_PREFIX_LENGTH} characters",
            code="skill-invalid-prefix",
            details={"prefix": prefix[:40]},
        )
    full = f"{prefix}-{name}"
    if len(full) > MAX_NAME_LENGTH:
        raise SkillPackageError(
            f"prefixed skill name {full!r} is longer than {MAX_NAME_LENGTH} characters",
            code="skill-invalid-prefix",
            details={"prefix": prefix},
        )
    return validate_skill_name(full)


def read_replacement(doc: Mapping[str, Any], filename: str, data: bytes) -> SkillUpload:
    """The uploaded replacement package of skill `doc`, checked.

    Its SKILL.md `name` must equal the skill's name (or, for a skill uploaded with a prefix, the
    name without it): a package cannot rename a skill.
    """
    upload = read_upload_package(filename, data)
    name = str(doc.get("name"))
    prefix = doc.get("_prefix")
    accepted = {name} | ({name.removeprefix(f"{prefix}-")} if isinstance(prefix, str) else set())
    if upload.doc.name not in accepted:
        raise SkillPackageError(
            f"the new SKILL.md is named {upload.doc.name!r}, but this skill is {name!r}: "
            "a package cannot rename a skill (rename it with an update first)",
            code="skill-name-mismatch",
            details={"expected": name, "found": upload.doc.name},
        )
    return upload


def apply_package(doc: dict[str, Any], upload: SkillUpload, package: bytes) -> None:
    """Store the replacement in `doc`: SKILL.md text, description, metadata and the package."""
    doc["skill_md_content"] = upload.doc.source.removeprefix("\ufeff")
    if upload.doc.description:
        doc["description"] = upload.doc.description
    doc["skill_metadata"] = dict(upload.doc.metadata)
    doc["_package"] = base64.b64encode(package).decode("ascii")
    doc["package_size_bytes"] = len(package)
    doc["updated_at"] = now_iso()
