"""CHANGELOG.md follows Keep a Changelog, and its top entry is the package's version."""

from __future__ import annotations

import re
from pathlib import Path

import mcpgateway_sdk
from mcpgateway_sdk._version import __version__

ROOT = Path(__file__).resolve().parents[2]
CHANGELOG = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
ENTRY = re.compile(r"^## \[(?P<version>[^\]]+)\](?: - (?P<date>\d{4}-\d{2}-\d{2}))?$", re.MULTILINE)


def test_top_entry_is_the_package_version() -> None:
    versions = [m["version"] for m in ENTRY.finditer(CHANGELOG) if m["version"] != "Unreleased"]
    assert versions, "no `## [x.y.z] - YYYY-MM-DD` entry in CHANGELOG.md"
    assert versions[0] == __version__ == mcpgateway_sdk.__version__


def test_released_entries_are_dated_and_in_keep_a_changelog_form() -> None:
    assert CHANGELOG.startswith("# Changelog\n")
    assert "keepachangelog.com" in CHANGELOG
    for match in ENTRY.finditer(CHANGELOG):
        assert match["version"] == "Unreleased" or match["date"], match[0]
    for heading in re.findall(r"^### (.+)$", CHANGELOG, re.MULTILINE):
        assert heading in {
            "Added", "Changed", "Deprecated", "Removed", "Fixed", "Security",
            "Migrating from the published SDK (0.28 or 0.61)",
            "Deliberate differences from the published SDKs",
        }, heading  # fmt: skip


def test_migration_notes_for_both_published_versions() -> None:
    assert "README.md#migrating-from-the-published-sdk-028-or-061" in CHANGELOG
    assert "For **0.28** users" in CHANGELOG and "For **0.61** users" in CHANGELOG
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "## Migrating from the published SDK (0.28 or 0.61)" in readme  # the link's target
