"""SKILL.md: the frontmatter parser (a small YAML subset, no PyYAML), skill names, `SkillDoc`.

A skill is a ``SKILL.md`` file whose YAML frontmatter (between two ``---``
lines at the top) carries at least ``name``. The parser accepts:

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

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "MAX_NAME_LENGTH",
    "SKILL_MD",
    "SkillDoc",
    "SkillPackageError",
    "is_conventional_skill_name",
    "parse_skill_md",
    "validate_skill_name",
]

SKILL_MD = "SKILL.md"
MAX_NAME_LENGTH = 64


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
