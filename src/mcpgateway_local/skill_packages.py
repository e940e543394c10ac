"""Skill documents and packages: SKILL.md parsing, uploads, ZIP packages, built-ins.

A skill is a ``SKILL.md`` file whose YAML frontmatter (between two ``---``
lines at the top) carries at least ``name``; a package is a ZIP holding
``<name>/SKILL.md`` plus optional files. The frontmatter parser is a small
YAML subset (no PyYAML):

* ``key: value`` mappings, nested by indentation (spaces only);
* plain scalars (``true``/``false``, ``null``/``~``, ints and floats are
  typed; everything else, colons included, is a string), ``'single'`` and
  ``"double"`` quoted strings, ``# comments``;
* flow lists ``[a, "b, c"]`` and flow maps ``{a: 1}`` (one level);
* block lists (``- item``) and block scalars (``|``, ``>`` with ``-``/``+``).

Errors are :class:`SkillPackageError` (a ``ValueError``) with a readable
message plus ``code``/``details`` matching the gateway's typed 422 errors
(``skill-file-missing``, ``skill-file-ambiguous``, ``skill-malformed-frontmatter``,
``skill-frontmatter-missing-field``) or ``skill-package-invalid`` /
``skill-unsupported-file-type`` / ``skill-invalid-name``.
"""

from __future__ import annotations

import io
import json
import re
import stat
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

__all__ = [
    "BUILTIN_SKILL_CATALOG",
    "BUILTIN_SKILL_TEMPLATES",
    "DEFAULT_MAX_FILES",
    "DEFAULT_MAX_SKILL_MD_BYTES",
    "DEFAULT_MAX_TOTAL_BYTES",
    "SKILL_MD",
    "SkillCatalogEntry",
    "SkillDoc",
    "SkillPackageError",
    "SkillTemplate",
    "SkillUpload",
    "build_package",
    "find_catalog_entry",
    "is_conventional_skill_name",
    "parse_skill_md",
    "read_upload",
    "read_upload_package",
    "validate_skill_name",
]

SKILL_MD = "SKILL.md"
DEFAULT_MAX_FILES = 200
DEFAULT_MAX_TOTAL_BYTES = 20 * 1024 * 1024
DEFAULT_MAX_SKILL_MD_BYTES = 1024 * 1024
MAX_NAME_LENGTH = 64
_ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)
_INFLATE_CHUNK = 64 * 1024
_IGNORED_PREFIXES = ("__MACOSX/",)
_IGNORED_NAMES = frozenset({".DS_Store", "Thumbs.db"})


class SkillPackageError(ValueError):
    """A SKILL.md or skill package was refused; ``code``/``details`` mirror gateway errors."""

    def __init__(
        self,
        message: str,
        *,
        code: str = "skill-package-invalid",
        details: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.details: dict[str, Any] = dict(details or {})


@dataclass(frozen=True)
class SkillDoc:
    """A parsed SKILL.md.

    ``metadata`` holds every frontmatter key except ``name`` and
    ``description``; ``body`` is the Markdown after the frontmatter and
    ``source`` the full SKILL.md text as given.
    """

    name: str
    description: str
    metadata: dict[str, Any] = field(default_factory=dict)
    body: str = ""
    source: str = ""


@dataclass(frozen=True)
class SkillUpload:
    """An accepted upload: the parsed SKILL.md and the package's other files.

    ``files`` maps paths relative to the folder holding SKILL.md (SKILL.md
    itself excluded) to their bytes.
    """

    doc: SkillDoc
    files: dict[str, bytes] = field(default_factory=dict)


# ---------------------------------------------------------------------------
# Frontmatter parsing
# ---------------------------------------------------------------------------

_KEY_RE = re.compile(
    r"""^(?P<key>"[^"]*"|'[^']*'|[^\s:#'"\[\]{},&*!|>%@`-][^:]*?)\s*:(?:\s+(?P<rest>.*))?$"""
)
_INT_RE = re.compile(r"^[-+]?(?:0|[1-9][0-9]*)$")
_FLOAT_RE = re.compile(r"^[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+|[0-9]+)(?:[eE][-+]?[0-9]+)?$")
_BLOCK_SCALAR_RE = re.compile(r"^([|>])([-+]?)$")
_DQ_ESCAPES = {
    "n": "\n",
    "t": "\t",
    "r": "\r",
    "0": "\0",
    '"': '"',
    "\\": "\\",
    "/": "/",
    " ": " ",
}


@dataclass(frozen=True)
class _Line:
    number: int  # 1-based line number in the SKILL.md file
    index: int  # index into the raw frontmatter lines
    indent: int
    text: str  # content without indentation and trailing whitespace


class _Malformed(Exception):
    def __init__(self, line: _Line | None, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


def _malformed_error(exc: _Malformed) -> SkillPackageError:
    if exc.line is None:
        text = f"SKILL.md frontmatter: {exc.message}"
    else:
        text = f"SKILL.md frontmatter line {exc.line.number}: {exc.message}: {exc.line.text!r}"
    return SkillPackageError(
        text, code="skill-malformed-frontmatter", details={"parse_error": text}
    )


def _strip_comment(text: str) -> str:
    """Drop a `` #`` comment from a plain (unquoted) value."""
    pos = text.find(" #")
    if text.startswith("#"):
        return ""
    return (text[:pos] if pos >= 0 else text).rstrip()


def _plain_scalar(text: str) -> Any:
    low = text.lower()
    if low in ("", "~", "null"):
        return None
    if low == "true":
        return True
    if low == "false":
        return False
    if _INT_RE.match(text):
        return int(text)
    if _FLOAT_RE.match(text):
        return float(text)
    return text


def _read_quoted(text: str, start: int, line: _Line) -> tuple[str, int]:
    """Parse a quoted string at ``text[start]``; return (value, index after it)."""
    quote = text[start]
    out: list[str] = []
    i = start + 1
    while i < len(text):
        ch = text[i]
        if quote == "'":
            if ch == "'":
                if text.startswith("''", i):
                    out.append("'")
                    i += 2
                    continue
                return "".join(out), i + 1
            out.append(ch)
            i += 1
            continue
        if ch == '"':
            return "".join(out), i + 1
        if ch == "\\":
            nxt = text[i + 1 : i + 2]
            if nxt in _DQ_ESCAPES:
                out.append(_DQ_ESCAPES[nxt])
                i += 2
                continue
            if nxt == "u" and re.fullmatch(r"[0-9a-fA-F]{4}", text[i + 2 : i + 6]):
                out.append(chr(int(text[i + 2 : i + 6], 16)))
                i += 6
                continue
            raise _Malformed(line, f"unknown escape sequence '\\{nxt}' in double-quoted string")
        out.append(ch)
        i += 1
    raise _Malformed(line, "unterminated quoted string")


def _split_flow(inner: str, line: _Line) -> list[str]:
    """Split the inside of ``[...]``/``{...}`` on top-level commas, keeping quotes."""
    items: list[str] = []
    buf: list[str] = []
    i = 0
    while i < len(inner):
        ch = inner[i]
        if ch in "'\"":
            _, end = _read_quoted(inner, i, line)
            buf.append(inner[i:end])
            i = end
            continue
        if ch in "[]{}":
            raise _Malformed(line, "nested flow collections are not supported")
        if ch == ",":
            items.append("".join(buf).strip())
            buf = []
        else:
            buf.append(ch)
        i += 1
    items.append("".join(buf).strip())
    if len(items) == 1 and not items[0]:
        return []
    if not items[-1]:
        items.pop()  # a trailing comma is allowed
    if not all(items):
        raise _Malformed(line, "empty item in flow collection")
    return items


def _inline_value(text: str, line: _Line) -> Any:
    """Parse a value written on the same line as its key or dash."""
    text = text.strip()
    if not text:
        return None
    if text[0] in "'\"":
        value, end = _read_quoted(text, 0, line)
        tail = text[end:].strip()
        if tail and not tail.startswith("#"):
            raise _Malformed(line, "unexpected text after quoted string")
        return value
    if text[0] in "[{":
        body = _strip_comment(text)
        close = "]" if text[0] == "[" else "}"
        if not body.endswith(close):
            raise _Malformed(line, f"flow collection not closed with '{close}'")
        parts = _split_flow(body[1:-1], line)
        if close == "]":
            return [_inline_value(part, line) for part in parts]
        mapping: dict[str, Any] = {}
        for part in parts:
            match = _KEY_RE.match(part)
            if not match:
                raise _Malformed(line, f"expected 'key: value' in flow map, got {part!r}")
            mapping[_key_text(match.group("key"))] = _inline_value(match.group("rest") or "", line)
        return mapping
    if text[0] in "&*!%@`":
        raise _Malformed(line, f"unsupported YAML syntax '{text[0]}'")
    return _plain_scalar(_strip_comment(text))


def _key_text(raw: str) -> str:
    raw = raw.strip()
    if len(raw) >= 2 and raw[0] == raw[-1] and raw[0] in "'\"":
        return raw[1:-1]
    return raw


def _is_dash(text: str) -> bool:
    return text == "-" or text.startswith("- ")


MAX_FRONTMATTER_DEPTH = 32
"""Deepest nesting of mappings/lists accepted in SKILL.md frontmatter."""


class _FrontmatterParser:
    def __init__(self, raw_lines: list[str], first_number: int) -> None:
        self.raw = raw_lines
        self.lines: list[_Line] = []
        for idx, raw in enumerate(raw_lines):
            content = raw.rstrip()
            stripped = content.lstrip(" ")
            if not stripped or stripped.startswith("#"):
                continue
            line = _Line(first_number + idx, idx, len(content) - len(stripped), stripped)
            if stripped.startswith("\t"):
                raise _Malformed(line, "tabs are not allowed for indentation")
            self.lines.append(line)
        self.pos = 0
        self.depth = 0

    def parse(self) -> dict[str, Any]:
        if not self.lines:
            return {}
        first = self.lines[0]
        if first.indent:
            raise _Malformed(first, "unexpected indentation")
        result = self._mapping(0)
        if self.pos < len(self.lines):
            raise _Malformed(self.lines[self.pos], "unexpected indentation")
        return result

    def _peek(self) -> _Line | None:
        return self.lines[self.pos] if self.pos < len(self.lines) else None

    def _nested(self, line: _Line) -> None:
        self.depth += 1
        if self.depth > MAX_FRONTMATTER_DEPTH:
            raise _Malformed(line, f"nested too deeply (limit {MAX_FRONTMATTER_DEPTH} levels)")

    def _mapping(self, indent: int) -> dict[str, Any]:
        result: dict[str, Any] = {}
        while (line := self._peek()) is not None and line.indent >= indent:
            if line.indent > indent:
                raise _Malformed(line, "unexpected indentation")
            if _is_dash(line.text):
                raise _Malformed(line, "list item where 'key: value' was expected")
            match = _KEY_RE.match(line.text)
            if not match:
                raise _Malformed(line, "expected 'key: value'")
            key = _key_text(match.group("key"))
            if key in result:
                raise _Malformed(line, f"duplicate key {key!r}")
            rest = (match.group("rest") or "").strip()
            self.pos += 1
            result[key] = self._value_after(line, rest)
        return result

    def _value_after(self, line: _Line, rest: str) -> Any:
        """Value of a key (or dash) whose inline remainder is ``rest``."""
        block = _BLOCK_SCALAR_RE.match(_strip_comment(rest)) if rest else None
        if block:
            return self._block_scalar(line, block.group(1), block.group(2))
        if rest and not rest.startswith("#"):
            return _inline_value(rest, line)
        nxt = self._peek()
        if nxt is None:
            return None
        if nxt.indent > line.indent or (
            nxt.indent == line.indent and _is_dash(nxt.text) and not _is_dash(line.text)
        ):  # "key:\n- a" is valid YAML
            self._nested(nxt)
            try:
                if _is_dash(nxt.text):
                    return self._sequence(nxt.indent)
                return self._mapping(nxt.indent)
            finally:
                self.depth -= 1
        return None

    def _sequence(self, indent: int) -> list[Any]:
        items: list[Any] = []
        while (line := self._peek()) is not None and line.indent == indent and _is_dash(line.text):
            self.pos += 1
            items.append(self._value_after(line, line.text[1:].strip()))
        nxt = self._peek()
        if nxt is not None and nxt.indent > indent:
            raise _Malformed(nxt, "unexpected indentation")
        return items

    def _block_scalar(self, line: _Line, style: str, chomp: str) -> str:
        collected: list[str] = []
        idx = line.index + 1
        while idx < len(self.raw):
            raw = self.raw[idx].rstrip("\r\n")
            if raw.strip() and len(raw) - len(raw.lstrip(" ")) <= line.indent:
                break
            collected.append(raw)
            idx += 1
        while self.pos < len(self.lines) and self.lines[self.pos].index < idx:
            self.pos += 1
        content = [c for c in collected if c.strip()]
        if not content:
            return ""
        margin = min(len(c) - len(c.lstrip(" ")) for c in content)
        body = [c[margin:] if c.strip() else "" for c in collected]
        trailing = 0
        while body and not body[-1]:
            body.pop()
            trailing += 1
        if style == "|":
            text = "\n".join(body)
        else:
            paragraphs: list[str] = []
            current: list[str] = []
            for row in body:
                if row:
                    current.append(row)
                else:
                    paragraphs.append(" ".join(current))
                    current = []
            paragraphs.append(" ".join(current))
            text = "\n".join(paragraphs)
        if chomp == "-":
            return text
        if chomp == "+":
            return text + "\n" * (trailing + 1)
        return text + "\n"


def _split_frontmatter(text: str) -> tuple[list[str], int, str]:
    """Return (frontmatter lines, line number of the first of them, body)."""
    lines = text.splitlines(keepends=True)
    start = 0
    while start < len(lines) and not lines[start].strip():
        start += 1
    if start >= len(lines) or lines[start].strip() != "---":
        raise SkillPackageError(
            "SKILL.md has no frontmatter: it must start with a '---' line, then "
            "'name: ...' and 'description: ...', then a closing '---' line",
            code="skill-malformed-frontmatter",
            details={"parse_error": "missing frontmatter"},
        )
    for end in range(start + 1, len(lines)):
        if lines[end].rstrip() in ("---", "..."):
            body = "".join(lines[end + 1 :])
            return lines[start + 1 : end], start + 2, body
    raise SkillPackageError(
        "SKILL.md frontmatter is not closed: add a '---' line after the last key",
        code="skill-malformed-frontmatter",
        details={"parse_error": "unterminated frontmatter"},
    )


def _text_field(key: str, value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise SkillPackageError(
            f"SKILL.md frontmatter: {key!r} must be a string",
            code="skill-malformed-frontmatter",
            details={"parse_error": f"{key} must be a string"},
        )
    return str(value).strip()


def validate_skill_name(name: str) -> str:
    """Check that ``name`` is usable as a skill name and folder name; return it stripped.

    Rules: 1-64 characters, no ``/``, ``\\``, control characters, and not
    ``.``/``..``. (The gateway's convention of lower-case words joined by
    hyphens is checked by :func:`is_conventional_skill_name`, not enforced.)
    """
    clean = name.strip()
    problem = None
    if not clean:
        problem = "must not be empty"
    elif len(clean) > MAX_NAME_LENGTH:
        problem = f"must be at most {MAX_NAME_LENGTH} characters"
    elif clean in (".", "..") or any(c in "/\\" or ord(c) < 32 or ord(c) == 127 for c in clean):
        problem = "must not contain '/', '\\' or control characters, nor be '.' or '..'"
    if problem:
        raise SkillPackageError(
            f"invalid skill name {name!r}: {problem}",
            code="skill-invalid-name",
            details={"name": name},
        )
    return clean


_CONVENTIONAL_NAME_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def is_conventional_skill_name(name: str) -> bool:
    """Whether ``name`` is lower-case words joined by hyphens, at most 64 characters."""
    return len(name) <= MAX_NAME_LENGTH and bool(_CONVENTIONAL_NAME_RE.match(name))


def parse_skill_md(text: str) -> SkillDoc:
    """Parse SKILL.md text into a :class:`SkillDoc`; raise :class:`SkillPackageError`."""
    source = text
    text = text.removeprefix("\ufeff")
    fm_lines, first_number, body = _split_frontmatter(text)
    try:
        data = _FrontmatterParser(fm_lines, first_number).parse()
    except _Malformed as exc:
        raise _malformed_error(exc) from None
    name = _text_field("name", data.get("name"))
    if not name:
        raise SkillPackageError(
            "SKILL.md frontmatter has no 'name' (add a line such as 'name: my-skill')",
            code="skill-frontmatter-missing-field",
            details={"missing_fields": ["name"]},
        )
    name = validate_skill_name(name)
    description = _text_field("description", data.get("description")) or ""
    metadata = {k: v for k, v in data.items() if k not in ("name", "description")}
    return SkillDoc(
        name=name,
        description=description,
        metadata=metadata,
        body=body.lstrip("\r\n"),
        source=source,
    )


# ---------------------------------------------------------------------------
# Uploads and packages
# ---------------------------------------------------------------------------


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
) -> SkillUpload:
    """Accept an uploaded ``.md``, ``.zip`` or ``.skill`` file; return SKILL.md and files.

    A ZIP must hold exactly one SKILL.md (name matched case-insensitively) at
    its top level or in one top-level folder; files outside that folder and
    ``__MACOSX/`` metadata are ignored. Refused: unsafe member paths (absolute,
    ``..``, backslashes, NUL), symlinks, encrypted members, more than
    ``max_files`` entries, more than ``max_total_bytes`` uncompressed in total
    (zip-bomb guard: the declared sizes are summed before anything is
    inflated, and inflation stops at the declared size).
    """
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
) -> bytes:
    """Build a deterministic ZIP holding ``<name>/SKILL.md`` and ``<name>/<extra paths>``.

    Entries are sorted (SKILL.md first), dated 1980-01-01, mode 0644, deflated:
    the same input always gives the same bytes. ``skill_md`` is not parsed.
    """
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


# ---------------------------------------------------------------------------
# Built-in templates and catalog
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class SkillTemplate:
    """A starting point for a SKILL.md; ``{{name}}``/``{{description}}`` are placeholders."""

    id: str
    name: str
    description: str
    category: str
    skill_md_template: str
    tags: tuple[str, ...] = ()

    def render(self, name: str, description: str) -> str:
        """Fill the placeholders."""
        return self.skill_md_template.replace("{{name}}", name).replace(
            "{{description}}", description
        )

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (``SkillTemplate`` wire schema)."""
        return {
            "id": self.id,
            "name": self.name,
            "description": self.description,
            "category": self.category,
            "skill_md_template": self.skill_md_template,
            "tags": list(self.tags),
        }


@dataclass(frozen=True)
class SkillCatalogEntry:
    """A skill offered by the built-in catalog, with its SKILL.md and extra files."""

    name: str
    description: str
    source_url: str
    author: str | None
    version: str | None
    tags: tuple[str, ...]
    license: str | None
    skill_md: str
    metadata: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    extra_files: Mapping[str, bytes] = field(default_factory=lambda: MappingProxyType({}))
    source: str = "builtin"

    @property
    def files(self) -> tuple[str, ...]:
        """Paths in the package, relative to the skill folder (SKILL.md first)."""
        return (SKILL_MD, *sorted(self.extra_files))

    def package(self) -> bytes:
        """The entry as a deterministic skill ZIP (see :func:`build_package`)."""
        return build_package(self.name, self.skill_md, self.extra_files)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (``SkillCatalogEntry`` wire schema; no file contents)."""
        return {
            "name": self.name,
            "description": self.description,
            "source": self.source,
            "source_url": self.source_url,
            "author": self.author,
            "version": self.version,
            "tags": list(self.tags),
            "license": self.license,
            "files": list(self.files),
            "metadata": json.loads(json.dumps(dict(self.metadata))),
        }


_BLANK_TEMPLATE = """\
---
name: {{name}}
description: {{description}}
---

# {{name}}

## When to use
Describe the requests this skill is for.

## Instructions
1. First step.
2. Second step.
"""

_TOOL_WORKFLOW_TEMPLATE = """\
---
name: {{name}}
description: {{description}}
allowed-tools: []
---

# {{name}}

Use the tools of the linked MCP server to finish the task.

## Steps
1. Search the available tools (`tools.search`) for the capability you need.
2. Call the best match with the arguments its input schema asks for.
3. Check the result; on an error, read the message and retry once with fixed arguments.
4. Summarise what was done and what the tools returned.
"""

_DATA_ANALYSIS_TEMPLATE = """\
---
name: {{name}}
description: {{description}}
tags: [data, analysis]
---

# {{name}}

## Input
A CSV or JSON file uploaded to the sandbox workspace.

## Method
1. Load the file with Python in the sandbox and print its shape and column types.
2. Clean obvious problems (empty rows, wrong types) and say what you changed.
3. Answer the question with numbers, then a short explanation.

## Output
A short report: findings first, then the method and caveats.
"""

_WRITER_TEMPLATE = """\
---
name: {{name}}
description: {{description}}
tags: [writing]
---

# {{name}}

## Style
- Plain words, short sentences, active voice.
- Lead with the conclusion.

## Structure
1. Title.
2. One-paragraph summary.
3. Details under short headings.
"""

BUILTIN_SKILL_TEMPLATES: tuple[SkillTemplate, ...] = (
    SkillTemplate(
        id="blank",
        name="Blank skill",
        description="A minimal SKILL.md with frontmatter, a purpose and numbered steps.",
        category="general",
        skill_md_template=_BLANK_TEMPLATE,
        tags=("starter",),
    ),
    SkillTemplate(
        id="tool-workflow",
        name="MCP tool workflow",
        description="Guide an agent through finding and calling the tools of an MCP server.",
        category="tools",
        skill_md_template=_TOOL_WORKFLOW_TEMPLATE,
        tags=("mcp", "tools", "workflow"),
    ),
    SkillTemplate(
        id="data-analysis",
        name="Data analysis",
        description="Analyse a data file in a sandbox and report the findings.",
        category="data",
        skill_md_template=_DATA_ANALYSIS_TEMPLATE,
        tags=("data", "analysis", "sandbox"),
    ),
    SkillTemplate(
        id="document-writer",
        name="Document writer",
        description="Write documents in a consistent house style.",
        category="writing",
        skill_md_template=_WRITER_TEMPLATE,
        tags=("writing", "documents"),
    ),
)

_WEATHER_SKILL = """\
---
name: weather-briefing
description: Give a short weather briefing for a place, using the weather tools of a linked MCP server.
license: MIT
metadata:
  author: mcpgateway-local
  version: "1.0.0"
---

# Weather briefing

1. Find the weather tools: search for "current weather" and "forecast".
2. Get the current conditions and the forecast for the place the user named.
3. Answer in three lines: now, later today, tomorrow. Give temperatures in the user's units.
"""

_CODE_REVIEW_SKILL = """\
---
name: code-review
description: Review a code change for correctness, tests and readability, and report findings by severity.
license: MIT
metadata:
  author: mcpgateway-local
  version: "1.0.0"
---

# Code review

Read the whole change before commenting. Report, most severe first:

- **Bugs**: wrong results, crashes, races, resource leaks.
- **Tests**: behaviour the change adds or alters without a test.
- **Readability**: names, structure, comments that would mislead.

Quote the file and line for each finding and suggest a fix.
"""

_SANDBOX_PYTHON_SKILL = """\
---
name: sandbox-python
description: Run Python code in a gateway sandbox, exchanging files through /workspace.
license: MIT
metadata:
  author: mcpgateway-local
  version: "1.0.0"
---

# Python in a sandbox

1. Upload inputs with the sandbox file API to `/workspace/<name>`.
2. Run code with `exec`, e.g. `python script.py`; keep each command under its timeout.
3. Read results back by downloading files from `/workspace`.
4. `scripts/run.sh FILE` runs a script and prints its exit code.
"""

_RUN_SH = b"""#!/bin/sh
# Run a Python script and report its exit code.
python "$1"
echo "exit code: $?"
"""

_MEETING_NOTES_SKILL = """\
---
name: meeting-notes
description: Turn raw meeting notes into decisions, action items with owners, and open questions.
license: MIT
metadata:
  author: mcpgateway-local
  version: "1.0.0"
---

# Meeting notes

Produce three sections:

1. **Decisions**: one line each.
2. **Action items**: `- [ ] owner: task (due date if given)`.
3. **Open questions**: what still needs an answer, and who should give it.

Do not invent owners or dates that the notes do not state.
"""


def _catalog_entry(
    skill_md: str,
    tags: tuple[str, ...],
    category: str,
    extra_files: Mapping[str, bytes] | None = None,
) -> SkillCatalogEntry:
    doc = parse_skill_md(skill_md)
    return SkillCatalogEntry(
        name=doc.name,
        description=doc.description,
        source_url=f"builtin://{doc.name}",
        author="mcpgateway-local",
        version="1.0.0",
        tags=tags,
        license="MIT",
        skill_md=skill_md,
        metadata=MappingProxyType({"category": category, "installs": 0}),
        extra_files=MappingProxyType(dict(extra_files or {})),
    )


BUILTIN_SKILL_CATALOG: tuple[SkillCatalogEntry, ...] = (
    _catalog_entry(_WEATHER_SKILL, ("weather", "tools", "briefing"), "productivity"),
    _catalog_entry(_CODE_REVIEW_SKILL, ("code", "review", "quality"), "development"),
    _catalog_entry(
        _SANDBOX_PYTHON_SKILL,
        ("python", "sandbox", "code"),
        "development",
        {"scripts/run.sh": _RUN_SH},
    ),
    _catalog_entry(_MEETING_NOTES_SKILL, ("meetings", "writing", "summary"), "productivity"),
)


def find_catalog_entry(name: str) -> SkillCatalogEntry | None:
    """The built-in catalog entry called ``name``, if any."""
    for entry in BUILTIN_SKILL_CATALOG:
        if entry.name == name:
            return entry
    return None
