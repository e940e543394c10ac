"""Skill packages: uploads (a bare SKILL.md or a ZIP) read safely, and deterministic ZIPs.

A package is a ZIP holding ``<name>/SKILL.md`` plus optional files. SKILL.md parsing lives in
``skill_frontmatter``, the built-in templates and catalog in ``skill_catalog``. Errors are
:class:`~mcpgateway_local.skill_frontmatter.SkillPackageError`.
"""

from __future__ import annotations

import io
import re
import stat
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .skill_frontmatter import (
    SKILL_MD,
    SkillDoc,
    SkillPackageError,
    located,
    parse_skill_md,
    validate_skill_name,
)

__all__ = [
    "DEFAULT_MAX_FILES",
    "DEFAULT_MAX_SKILL_MD_BYTES",
    "DEFAULT_MAX_TOTAL_BYTES",
    "SKILL_MD",
    "SkillPackageError",
    "SkillUpload",
    "build_package",
    "read_upload",
    "read_upload_package",
]

DEFAULT_MAX_FILES = 200
DEFAULT_MAX_TOTAL_BYTES = 20 * 1024 * 1024
DEFAULT_MAX_SKILL_MD_BYTES = 1024 * 1024
_ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)
_INFLATE_CHUNK = 64 * 1024
_IGNORED_PREFIXES = ("__MACOSX/",)
_IGNORED_NAMES = frozenset({".DS_Store", "Thumbs.db"})


@dataclass(frozen=True)
class SkillUpload:
    """An accepted upload: the parsed SKILL.md and the package's other files.

    ``files`` maps paths relative to the folder holding SKILL.md (SKILL.md
    itself excluded) to their bytes.
    """

    doc: SkillDoc
    files: dict[str, bytes] = field(default_factory=dict)


def _decode_skill_md(data: bytes, where: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SkillPackageError(
            f"{where} is not valid UTF-8 text (byte {exc.start})",
            code="skill-malformed-frontmatter",
            details={"parse_error": "invalid UTF-8"},
        ) from None


def _check_member_path(name: str) -> str | None:
    """Why a ZIP member name is unsafe, or None when it is fine."""
    if "\0" in name:
        return "contains a NUL byte"
    if "\\" in name:
        return "contains a backslash"
    if name.startswith("/") or re.match(r"^[A-Za-z]:", name):
        return "is an absolute path"
    if any(part == ".." for part in name.split("/")):
        return "contains a '..' segment"
    return None


def _package_invalid(message: str, **details: Any) -> SkillPackageError:
    return SkillPackageError(message, code="skill-package-invalid", details=details)


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """Inflate one member in small steps, never past its declared size.

    ``ZipFile.read`` inflates a member in one call, so a member whose
    declared size lies could balloon in memory before being cut; chunked
    reads bound every step, and a size or CRC mismatch raises ``BadZipFile``.
    """
    chunks: list[bytes] = []
    total = 0
    with archive.open(info) as handle:
        while chunk := handle.read(_INFLATE_CHUNK):
            total += len(chunk)
            if total > info.file_size:
                raise zipfile.BadZipFile(f"{info.filename!r} is larger than declared")
            chunks.append(chunk)
    return b"".join(chunks)


def _read_zip(
    filename: str, data: bytes, max_files: int, max_total_bytes: int, max_skill_md_bytes: int
) -> SkillUpload:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise _package_invalid(f"{filename} is not a valid ZIP archive: {exc}") from None
    with archive:
        infos = archive.infolist()
        if len(infos) > max_files:
            raise _package_invalid(
                f"{filename} has {len(infos)} entries; at most {max_files} are allowed",
                entries=len(infos),
                max_files=max_files,
            )
        total = 0
        regular: list[zipfile.ZipInfo] = []
        for info in infos:
            reason = _check_member_path(info.filename)
            if reason:
                raise _package_invalid(
                    f"{filename}: entry {info.filename!r} {reason}", entry=info.filename
                )
            if stat.S_ISLNK(info.external_attr >> 16):
                raise _package_invalid(
                    f"{filename}: entry {info.filename!r} is a symbolic link", entry=info.filename
                )
            if info.flag_bits & 0x1:
                raise _package_invalid(
                    f"{filename}: entry {info.filename!r} is encrypted", entry=info.filename
                )
            if info.is_dir():
                continue
            total += info.file_size
            if total > max_total_bytes:
                raise _package_invalid(
                    f"{filename} unpacks to more than {max_total_bytes} bytes",
                    max_total_bytes=max_total_bytes,
                )
            regular.append(info)

        def ignored(path: str) -> bool:
            return path.startswith(_IGNORED_PREFIXES) or path.rsplit("/", 1)[-1] in _IGNORED_NAMES

        candidates = [
            i.filename
            for i in regular
            if not ignored(i.filename) and i.filename.rsplit("/", 1)[-1].upper() == SKILL_MD.upper()
        ]
        found = [path for path in candidates if path.count("/") <= 1]
        if not found:
            raise SkillPackageError(
                f"{filename} has no SKILL.md at its top level or in a top-level folder",
                code="skill-file-missing",
                details={"found_paths": candidates},
            )
        if len(found) > 1:
            raise SkillPackageError(
                f"{filename} has more than one SKILL.md: {', '.join(sorted(found))}",
                code="skill-file-ambiguous",
                details={"found_paths": sorted(found)},
            )
        skill_path = found[0]
        prefix = skill_path[: skill_path.rfind("/") + 1]
        files: dict[str, bytes] = {}
        skill_bytes = b""
        try:
            for info in regular:
                if info.filename == skill_path:
                    if info.file_size > max_skill_md_bytes:
                        raise _package_invalid(
                            f"{skill_path} is larger than {max_skill_md_bytes} bytes"
                        )
                    skill_bytes = _read_member(archive, info)
                elif info.filename.startswith(prefix) and not ignored(info.filename):
                    files[info.filename[len(prefix) :]] = _read_member(archive, info)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError) as exc:
            raise _package_invalid(f"{filename} is corrupt: {exc}") from None
        except RuntimeError as exc:  # unsupported compression, encryption
            raise _package_invalid(f"{filename} cannot be read: {exc}") from None
    doc = parse_skill_md(_decode_skill_md(skill_bytes, skill_path))
    return SkillUpload(doc=doc, files=files)


def read_upload_package(
    filename: str,
    data: bytes,
    *,
    max_files: int = DEFAULT_MAX_FILES,
    max_total_bytes: int = DEFAULT_MAX_TOTAL_BYTES,
    max_skill_md_bytes: int = DEFAULT_MAX_SKILL_MD_BYTES,
    loc: Sequence[str | int] = ("body",),
) -> SkillUpload:
    """Accept an uploaded ``.md``, ``.zip`` or ``.skill`` file; return SKILL.md and files.

    Refusals are :class:`SkillPackageError` about the input at ``loc``.

    A ZIP must hold exactly one SKILL.md (name matched case-insensitively) at
    its top level or in one top-level folder; files outside that folder and
    ``__MACOSX/`` metadata are ignored. Refused: unsafe member paths (absolute,
    ``..``, backslashes, NUL), symlinks, encrypted members, more than
    ``max_files`` entries, more than ``max_total_bytes`` uncompressed in total
    (zip-bomb guard: the declared sizes are summed before anything is
    inflated, and inflation stops at the declared size).
    """
    with located(loc):
        return _read_upload_package(filename, data, max_files, max_total_bytes, max_skill_md_bytes)


def _read_upload_package(
    filename: str, data: bytes, max_files: int, max_total_bytes: int, max_skill_md_bytes: int
) -> SkillUpload:
    lower = filename.lower()
    if lower.endswith(".md"):
        if len(data) > max_skill_md_bytes:
            raise _package_invalid(f"{filename} is larger than {max_skill_md_bytes} bytes")
        return SkillUpload(doc=parse_skill_md(_decode_skill_md(data, filename)))
    if lower.endswith((".zip", ".skill")):
        return _read_zip(filename, data, max_files, max_total_bytes, max_skill_md_bytes)
    raise SkillPackageError(
        f"unsupported skill file {filename!r}: upload a .zip, .skill or .md (SKILL.md) file",
        code="skill-unsupported-file-type",
        details={"filename": filename},
    )


def read_upload(
    filename: str,
    data: bytes,
    *,
    max_files: int = DEFAULT_MAX_FILES,
    max_total_bytes: int = DEFAULT_MAX_TOTAL_BYTES,
    max_skill_md_bytes: int = DEFAULT_MAX_SKILL_MD_BYTES,
) -> SkillDoc:
    """Parse an uploaded skill file; see :func:`read_upload_package` for the rules."""
    return read_upload_package(
        filename,
        data,
        max_files=max_files,
        max_total_bytes=max_total_bytes,
        max_skill_md_bytes=max_skill_md_bytes,
    ).doc


def _package_path(path: str) -> str:
    reason = _check_member_path(path)
    clean = "/".join(part for part in path.split("/") if part not in ("", "."))
    if reason or not clean:
        raise _package_invalid(f"invalid package file path {path!r}: {reason or 'empty'}")
    if clean.upper() == SKILL_MD.upper():
        raise _package_invalid("extra_files must not contain SKILL.md (pass it as skill_md)")
    return clean


def build_package(
    name: str,
    skill_md: str | bytes,
    extra_files: Mapping[str, bytes] | None = None,
    *,
    loc: Sequence[str | int] = ("body",),
) -> bytes:
    """Build a deterministic ZIP holding ``<name>/SKILL.md`` and ``<name>/<extra paths>``.

    Entries are sorted (SKILL.md first), dated 1980-01-01, mode 0644, deflated:
    the same input always gives the same bytes. ``skill_md`` is not parsed. Refusals are
    :class:`SkillPackageError` about the input at ``loc``.
    """
    with located(loc):
        return _build_package(name, skill_md, extra_files)


def _build_package(
    name: str, skill_md: str | bytes, extra_files: Mapping[str, bytes] | None
) -> bytes:
    folder = validate_skill_name(name)
    entries: dict[str, bytes] = {}
    for path, content in (extra_files or {}).items():
        clean = _package_path(path)
        if clean in entries:
            raise _package_invalid(f"duplicate package file path {path!r}")
        entries[clean] = bytes(content)
    skill_bytes = skill_md.encode("utf-8") if isinstance(skill_md, str) else bytes(skill_md)
    ordered = [(SKILL_MD, skill_bytes), *sorted(entries.items())]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for path, content in ordered:
            info = zipfile.ZipInfo(f"{folder}/{path}", date_time=_ZIP_EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            archive.writestr(info, content, compresslevel=9)
    return buffer.getvalue()
