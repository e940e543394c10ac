"""skill_catalog.py: the built-in skill templates and catalog."""

from __future__ import annotations

from mcpgateway_local.skill_catalog import (
    BUILTIN_SKILL_CATALOG,
    BUILTIN_SKILL_TEMPLATES,
    find_catalog_entry,
)
from mcpgateway_local.skill_frontmatter import parse_skill_md
from mcpgateway_local.skill_packages import read_upload_package


def test_builtin_templates_and_catalog() -> None:
    assert 3 <= len(BUILTIN_SKILL_TEMPLATES) <= 4
    assert len({t.id for t in BUILTIN_SKILL_TEMPLATES}) == len(BUILTIN_SKILL_TEMPLATES)
    for template in BUILTIN_SKILL_TEMPLATES:
        doc = parse_skill_md(template.render("my-skill", "Does a thing."))
        assert (doc.name, doc.description) == ("my-skill", "Does a thing.")
        assert set(template.to_dict()) == {
            "id", "name", "description", "category", "skill_md_template", "tags",
        }  # fmt: skip
    assert 3 <= len(BUILTIN_SKILL_CATALOG) <= 4
    for entry in BUILTIN_SKILL_CATALOG:
        assert entry.source == "builtin"
        doc = parse_skill_md(entry.skill_md)
        assert (doc.name, doc.description) == (entry.name, entry.description)
        upload = read_upload_package(f"{entry.name}.zip", entry.package())
        assert ["SKILL.md", *sorted(upload.files)] == list(entry.files)
        wire = entry.to_dict()
        assert wire["files"] == list(entry.files) and wire["source"] == "builtin"
        assert find_catalog_entry(entry.name) is entry
    assert find_catalog_entry("no-such-skill") is None
