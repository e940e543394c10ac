"""SKILL.md texts and skill ZIPs for the skills tests (unsafe member names kept as given)."""

from __future__ import annotations

import io
import stat
import zipfile


def skill_md(name: str, description: str = "Does a thing.", extra: str = "") -> str:
    """A SKILL.md with this name and description (``extra``: more frontmatter lines)."""
    return f"---\nname: {name}\ndescription: {description}\n{extra}---\n\n# {name}\n\nSteps.\n"


def make_zip(members: dict[str, bytes], symlinks: tuple[str, ...] = ()) -> bytes:
    """A ZIP of ``members``, plus symlink entries (pointing at /etc/passwd) named ``symlinks``."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path, content in members.items():
            info = zipfile.ZipInfo(path)  # keeps unsafe names as given
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, content)
        for path in symlinks:
            info = zipfile.ZipInfo(path)
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
            archive.writestr(info, "/etc/passwd")
    return buffer.getvalue()


def zip_members(data: bytes) -> dict[str, bytes]:
    """Member name -> content of a ZIP."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


GOOD_SKILL = """---
name: weather-report
description: "Reports the weather: now and later."
license: MIT
version: 1.2
beta: false
tags: [weather, 'daily report', "x, y"]
allowed-tools:
  - WEATHER__get_current_weather
  - WEATHER__get_forecast
metadata:
  author: Ada   # a comment
  nested:
    level: 2
notes: >
  Folded
  text.
---

# Weather report

Say what the weather is.
"""
"""A SKILL.md using most of the frontmatter forms (lists, maps, comments, a folded text)."""
