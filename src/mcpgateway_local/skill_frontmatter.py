"""SKILL.md: the frontmatter (PyYAML ``safe`` loading, bounded), skill names, `SkillDoc`.

A skill is a ``SKILL.md`` file whose YAML frontmatter (between two ``---``
lines at the top) is a mapping carrying at least ``name``. It is loaded with
PyYAML's safe constructor (the ``local`` extra), bounded: at most
:data:`MAX_FRONTMATTER_BYTES`, nesting at most :data:`MAX_FRONTMATTER_DEPTH`
(checked on the parse events, before anything is built, and on the result), no
anchors, aliases or explicit tags (no alias bombs), no duplicate keys. Plain
scalars are typed as before: ``true``/``false``, ``null``/``~``, decimal ints
and floats; anything else (dates, ``yes``, ``0x1F``) stays a string. A top-level
plain value holding ``': '`` (``description: Use when: X``), which strict YAML
refuses, is read as a string.

Errors are :class:`SkillPackageError` (a domain ``Invalid`` and a ``ValueError``) with a readable
message plus ``code``/``details`` matching the gateway's typed 422 errors
(``skill-file-missing``, ``skill-file-ambiguous``, ``skill-malformed-frontmatter``,
``skill-frontmatter-missing-field``) or ``skill-package-invalid`` /
``skill-unsupported-file-type`` / ``skill-invalid-name``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import yaml

from .domain_errors import Invalid

__all__ = [
    "MAX_NAME_LENGTH",
    "SKILL_MD",
    "SkillDoc",
    "SkillPackageError",
    "is_conventional_skill_name",
    "located",
    "parse_skill_md",
    "validate_skill_name",
]

SKILL_MD = "SKILL.md"
MAX_NAME_LENGTH = 64


class SkillPackageError(Invalid, ValueError):
    """A SKILL.md or skill package was refused: a domain :class:`Invalid` (REST: one 422 item
    at ``loc`` whose ``type`` is ``code``, ``msg`` starts with it, ``ctx`` holds ``details``)."""

    def __init__(
        self,
        message: str,
        *,
        code: str = "skill-package-invalid",
        details: Mapping[str, Any] | None = None,
        loc: Sequence[str | int] = ("body",),
    ) -> None:
        super().__init__(loc, message, code)
        self.code = code
        self.details: dict[str, Any] = dict(details or {})
        self.locate(loc)

    def locate(self, loc: Sequence[str | int]) -> SkillPackageError:
        """Say which input was refused (``["body", "file"]``); returns the error."""
        self.loc = list(loc)
        item: dict[str, Any] = {"loc": list(loc), "msg": f"{self.code}: {self.message}"}
        item["type"] = self.code
        if self.details:
            item["ctx"] = dict(self.details)
        self.items = [item]
        return self


@contextmanager
def located(loc: Sequence[str | int]) -> Iterator[None]:
    """Refusals raised inside are about the input at ``loc``."""
    try:
        yield
    except SkillPackageError as exc:
        raise exc.locate(loc) from exc.__cause__


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
# Frontmatter parsing (PyYAML, bounded)
# ---------------------------------------------------------------------------

MAX_FRONTMATTER_DEPTH = 32
"""Deepest nesting of mappings/lists accepted in SKILL.md frontmatter."""
MAX_FRONTMATTER_BYTES = 64 * 1024
"""Largest frontmatter accepted (UTF-8 bytes); SKILL.md bodies may be larger."""


class _Malformed(Exception):
    def __init__(self, line: int | None, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


def _malformed_error(exc: _Malformed) -> SkillPackageError:
    where = "" if exc.line is None else f" line {exc.line}"
    text = f"SKILL.md frontmatter{where}: {exc.message}"
    return SkillPackageError(
        text, code="skill-malformed-frontmatter", details={"parse_error": text}
    )


class _Loader(yaml.SafeLoader):
    """PyYAML's safe loading; plain scalars typed as before the switch to PyYAML (null,
    true/false, decimal ints and floats; dates, ``yes``/``no``, ``0x1F``, ``1_000``, ``.inf``
    stay strings); mapping keys are their text; a key given twice is an error."""

    yaml_implicit_resolvers: dict[Any, Any] = {}  # noqa: RUF012 - PyYAML's class registry

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        """The mapping with text keys; a duplicate key is refused."""
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise _Malformed(_line(key_node), "keys must be plain text")
            key = str(key_node.value)
            if key in result:
                raise _Malformed(_line(key_node), f"duplicate key {key!r}")
            result[key] = self.construct_object(value_node, deep=True)
        return result


def _int(loader: yaml.SafeLoader, node: yaml.Node) -> int:
    return int(str(node.value))


def _float(loader: yaml.SafeLoader, node: yaml.Node) -> float:
    return float(str(node.value))


def _map(loader: yaml.SafeLoader, node: yaml.Node) -> dict[Any, Any]:
    assert isinstance(node, yaml.MappingNode)
    return loader.construct_mapping(node, deep=True)


for _tag, _pattern, _first in (
    ("null", r"^(?:~|[Nn][Uu][Ll][Ll]|)$", ["~", "n", "N", ""]),
    ("bool", r"^(?:[Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee])$", list("tTfF")),
    ("int", r"^[-+]?(?:0|[1-9][0-9]*)$", list("-+0123456789")),
    (
        "float",
        r"^[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+|[0-9]+)(?:[eE][-+]?[0-9]+)?$",
        list("-+.0123456789"),
    ),
):
    _Loader.add_implicit_resolver(f"tag:yaml.org,2002:{_tag}", re.compile(_pattern), _first)
_Loader.add_constructor("tag:yaml.org,2002:int", _int)
_Loader.add_constructor("tag:yaml.org,2002:float", _float)
_Loader.add_constructor("tag:yaml.org,2002:map", _map)


def _line(node: yaml.Node | yaml.Event | None) -> int | None:
    mark = getattr(node, "start_mark", None)
    return None if mark is None else int(mark.line)


_CONTEXTS = {
    "while parsing a flow sequence": "flow list not closed with ']'",
    "while parsing a flow mapping": "flow map not closed with '}'",
    "while scanning a quoted scalar": "unterminated quoted string",
}
_PROBLEMS = {
    "mapping values are not allowed here": (
        "unexpected indentation or ': ' inside a plain value (quote the value)"
    ),
    "could not find expected ':'": "expected 'key: value'",
    "found unexpected end of stream": "unterminated quoted string",
}


def _check_events(text: str) -> None:
    """Refuse anchors, aliases and explicit tags, and nesting deeper than the limit, before
    anything is built (an alias bomb never expands; a deep document never recurses)."""
    depth = 0
    for event in yaml.parse(text, Loader=_Loader):
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise _Malformed(_line(event), "anchors and aliases are not supported")
        tag = getattr(event, "tag", None)
        implicit = getattr(event, "implicit", True)
        if tag is not None and not (
            implicit is True or (isinstance(implicit, tuple) and any(implicit))
        ):
            raise _Malformed(_line(event), f"explicit tags are not supported ({tag})")
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_FRONTMATTER_DEPTH + 1:  # the top-level mapping is not nesting
                raise _Malformed(
                    _line(event), f"nested too deeply (limit {MAX_FRONTMATTER_DEPTH} levels)"
                )
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1


def _depth(value: Any, limit: int) -> None:
    """Depth-check the loaded value too (what the events allowed must hold once built)."""
    if isinstance(value, dict | list):
        if limit < 0:
            raise _Malformed(None, f"nested too deeply (limit {MAX_FRONTMATTER_DEPTH} levels)")
        for item in value.values() if isinstance(value, dict) else value:
            _depth(item, limit - 1)


def _load(text: str) -> Any:
    _check_events(text)
    return yaml.load(text, Loader=_Loader)  # a SafeLoader


_LENIENT_RE = re.compile(r"^(?P<key>[A-Za-z0-9_-]+):[ \t]+(?P<value>[^'\"\[{|>&*!%@`#\s].*)$")


def _lenient(text: str) -> str | None:
    """Quote top-level plain values that hold ': ' (``description: Use when: X``), which
    SKILL.md authors write and strict YAML refuses; None when nothing would change."""
    changed = False
    out: list[str] = []
    for row in text.split("\n"):
        match = _LENIENT_RE.match(row.rstrip("\r"))
        if match and ": " in match.group("value"):
            value = match.group("value")
            comment = value.find(" #")
            value = (value[:comment] if comment >= 0 else value).strip()
            row = f"{match.group('key')}: {json.dumps(value, ensure_ascii=False)}"
            changed = True
        out.append(row)
    return "\n".join(out) if changed else None


def _parse_frontmatter(lines: list[str], first_number: int) -> dict[str, Any]:
    """The frontmatter mapping (lines numbered from ``first_number`` in errors)."""
    text = "".join(lines)
    if len(text.encode("utf-8", "surrogatepass")) > MAX_FRONTMATTER_BYTES:
        raise _Malformed(None, f"larger than {MAX_FRONTMATTER_BYTES // 1024} KiB")
    if "\t" in "".join(row[: len(row) - len(row.lstrip(" \t"))] for row in lines):
        number = next(
            i for i, r in enumerate(lines) if r[: len(r) - len(r.lstrip(" \t"))].count("\t")
        )
        raise _Malformed(first_number + number, "tabs are not allowed for indentation")
    try:
        try:
            data = _load(text)
        except yaml.YAMLError:
            fixed = _lenient(text)
            if fixed is None:
                raise
            try:
                data = _load(fixed)
            except (yaml.YAMLError, _Malformed):
                data = _load(text)  # report the problem of what was written
    except _Malformed as exc:
        line = None if exc.line is None else first_number + exc.line
        raise _Malformed(line, exc.message) from None
    except yaml.MarkedYAMLError as exc:
        problem = str(exc.problem or "invalid YAML")
        context = str(exc.context or "")
        message = _CONTEXTS.get(context) or _PROBLEMS.get(problem) or problem
        mark = exc.context_mark if context.startswith("while scanning a simple key") else None
        mark = mark or exc.problem_mark or exc.context_mark
        raise _Malformed(None if mark is None else first_number + mark.line, message) from None
    except yaml.YAMLError as exc:
        raise _Malformed(None, str(exc)) from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise _Malformed(first_number, "expected 'key: value' lines")
    _depth(data, MAX_FRONTMATTER_DEPTH)
    return data


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


def validate_skill_name(name: str, *, loc: Sequence[str | int] = ("body",)) -> str:
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
            loc=loc,
        )
    return clean


_CONVENTIONAL_NAME_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def is_conventional_skill_name(name: str) -> bool:
    """Whether ``name`` is lower-case words joined by hyphens, at most 64 characters."""
    return len(name) <= MAX_NAME_LENGTH and bool(_CONVENTIONAL_NAME_RE.match(name))


def parse_skill_md(text: str, *, loc: Sequence[str | int] = ("body",)) -> SkillDoc:
    """Parse SKILL.md text into a :class:`SkillDoc`; raise :class:`SkillPackageError` (about the
    input at ``loc``)."""
    with located(loc):
        return _parse_skill_md(text)


def _parse_skill_md(text: str) -> SkillDoc:
    source = text
    text = text.removeprefix("\ufeff")
    fm_lines, first_number, body = _split_frontmatter(text)
    try:
        data = _parse_frontmatter(fm_lines, first_number)
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
