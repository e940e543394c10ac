"""skill_frontmatter.py: SKILL.md frontmatter through PyYAML's safe loader, with its bounds.

The cases of the former hand-written parser (the last tests here) must still hold; the first
ones cover what the switch to PyYAML had to keep out: alias bombs, explicit tags, deep or huge
documents, YAML 1.1 scalars that would change type, keys that are not text.
"""

from __future__ import annotations

import pytest

from mcpgateway_local.skill_frontmatter import (
    MAX_FRONTMATTER_BYTES,
    MAX_FRONTMATTER_DEPTH,
    SkillPackageError,
    parse_skill_md,
)
from mcpgateway_local.skill_packages import build_package, read_upload_package
from tests.support.skill_files import GOOD_SKILL


def _md(*lines: str) -> str:
    return "\n".join(["---", "name: x", *lines, "---", "", "# body", ""])


def _refused(text: str) -> str:
    with pytest.raises(SkillPackageError) as info:
        parse_skill_md(text)
    assert info.value.code == "skill-malformed-frontmatter"
    assert info.value.details == {"parse_error": info.value.message}
    return info.value.message


def test_alias_bomb_is_refused_before_expansion() -> None:
    bomb = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    bomb += [
        f"{c}: &{c} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]"
        for p, c in zip("abcdefgh", "bcdefghi", strict=True)
    ]
    assert _refused(_md(*bomb)) == (
        "SKILL.md frontmatter line 3: anchors and aliases are not supported"
    )
    assert "anchors and aliases" in _refused(_md("ref: *nowhere"))


@pytest.mark.parametrize("value", ["!!binary aGk=", "!!python/object:os.system x", "!custom 1"])
def test_explicit_tags_are_refused(value: str) -> None:
    assert "explicit tags are not supported" in _refused(_md(f"v: {value}"))


def test_depth_limit() -> None:
    def nested(levels: int) -> list[str]:
        return [" " * (2 * i) + f"k{i}:" for i in range(levels)] + [" " * (2 * levels) + "v: 1"]

    deepest = parse_skill_md(_md(*nested(MAX_FRONTMATTER_DEPTH))).metadata
    for i in range(MAX_FRONTMATTER_DEPTH):
        deepest = deepest[f"k{i}"]
    assert deepest == {"v": 1}
    message = _refused(_md(*nested(MAX_FRONTMATTER_DEPTH + 1)))
    assert f"nested too deeply (limit {MAX_FRONTMATTER_DEPTH} levels)" in message
    flow = "v: " + "[" * 500 + "]" * 500
    assert "nested too deeply" in _refused(_md(flow))


def test_size_limit() -> None:
    big = "v: " + "x" * MAX_FRONTMATTER_BYTES
    assert "larger than 64 KiB" in _refused(_md(big))


def test_scalars_keep_their_former_types() -> None:
    meta = parse_skill_md(
        _md(
            "date: 2024-01-01",
            "flag: yes",
            "hex: 0x1F",
            "under: 1_000",
            "inf: .inf",
            "int: -7",
            "float: 2.5e3",
            "null1: ~",
            "bool: TRUE",
            "1: one",
        )
    ).metadata
    assert meta == {
        "date": "2024-01-01",
        "flag": "yes",
        "hex": "0x1F",
        "under": "1_000",
        "inf": ".inf",
        "int": -7,
        "float": 2500.0,
        "null1": None,
        "bool": True,
        "1": "one",
    }


def test_colon_in_a_top_level_value_is_text_but_not_elsewhere() -> None:
    doc = parse_skill_md("---\nname: x\ndescription: Use when: the user asks # why\n---\n")
    assert doc.description == "Use when: the user asks"
    assert "line 4" in _refused(_md("meta:", "  note: a: b"))


@pytest.mark.parametrize(
    ("lines", "needle"),
    [
        (("? [a]", ": 1"), "keys must be plain text"),
        (("\tv: 1",), "tabs are not allowed for indentation"),
        (("v: {a: 1",), "flow map not closed with '}'"),
    ],
)
def test_other_refusals(lines: tuple[str, ...], needle: str) -> None:
    assert needle in _refused(_md(*lines))


def test_frontmatter_that_is_not_a_mapping() -> None:
    assert "expected 'key: value' lines" in _refused("---\n- a\n- b\n---\n")


def test_refusals_are_domain_errors_located_at_the_input() -> None:
    from mcpgateway_local.domain_errors import Invalid
    from mcpgateway_local.errors import rest_problem

    with pytest.raises(Invalid) as info:
        parse_skill_md("---\nname: x\n", loc=["body", "skill_md_content"])
    [item] = rest_problem(info.value).detail
    assert item["loc"] == ["body", "skill_md_content"]
    assert item["type"] == "skill-malformed-frontmatter"
    assert item["msg"].startswith("skill-malformed-frontmatter: SKILL.md frontmatter is not closed")
    assert item["ctx"] == {"parse_error": "unterminated frontmatter"}

    with pytest.raises(SkillPackageError) as upload:
        read_upload_package("notes.txt", b"x", loc=["body", "file"])
    assert upload.value.items[0]["loc"] == ["body", "file"]
    assert upload.value.items[0]["type"] == "skill-unsupported-file-type"
    with pytest.raises(SkillPackageError) as built:
        build_package("../evil", "---\nname: x\n---\n", loc=["body", "name"])
    assert (built.value.loc, built.value.code) == (["body", "name"], "skill-invalid-name")


def test_parse_skill_md_good() -> None:
    doc = parse_skill_md(GOOD_SKILL)
    assert doc.name == "weather-report"
    assert doc.description == "Reports the weather: now and later."
    assert doc.metadata == {
        "license": "MIT",
        "version": 1.2,
        "beta": False,
        "tags": ["weather", "daily report", "x, y"],
        "allowed-tools": ["WEATHER__get_current_weather", "WEATHER__get_forecast"],
        "metadata": {"author": "Ada", "nested": {"level": 2}},
        "notes": "Folded text.\n",
    }
    assert doc.body == "# Weather report\n\nSay what the weather is.\n"
    assert doc.source == GOOD_SKILL


def test_parse_skill_md_minimal_variants() -> None:
    doc = parse_skill_md("\ufeff---\r\nname: tiny\r\n---\r\nBody\r\n")
    assert (doc.name, doc.description, doc.metadata) == ("tiny", "", {})
    assert doc.body.strip() == "Body"
    doc = parse_skill_md("---\nname: 'it''s'\ndescription: Use when: X # not a comment? yes\n---\n")
    assert doc.name == "it's"
    assert doc.description == "Use when: X"


@pytest.mark.parametrize(
    ("text", "code", "needle"),
    [
        ("# Just markdown\n", "skill-malformed-frontmatter", "no frontmatter"),
        ("---\nname: x\n", "skill-malformed-frontmatter", "not closed"),
        ("---\ndescription: no name\n---\n", "skill-frontmatter-missing-field", "'name'"),
        ("---\nname:\n---\n", "skill-frontmatter-missing-field", "'name'"),
        ("---\nname: x\nthis line is junk\n---\n", "skill-malformed-frontmatter", "line 3"),
        ("---\nname: x\n  indented: y\n---\n", "skill-malformed-frontmatter", "indentation"),
        ("---\nname: x\ntags: [a, b\n---\n", "skill-malformed-frontmatter", "not closed"),
        ('---\nname: "open\n---\n', "skill-malformed-frontmatter", "unterminated"),
        ("---\nname: x\nname: y\n---\n", "skill-malformed-frontmatter", "duplicate"),
        ("---\nname: [a]\n---\n", "skill-malformed-frontmatter", "string"),
        ("---\nname: ../evil\n---\n", "skill-invalid-name", "invalid skill name"),
    ],
)
def test_parse_skill_md_bad(text: str, code: str, needle: str) -> None:
    with pytest.raises(SkillPackageError) as info:
        parse_skill_md(text)
    assert info.value.code == code
    assert needle in str(info.value)
    assert isinstance(info.value, ValueError)
