"""Built-in skill templates and the built-in skill catalog (content only, plus lookup)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from .skill_frontmatter import SKILL_MD, parse_skill_md
from .skill_packages import build_package

__all__ = [
    "BUILTIN_SKILL_CATALOG",
    "BUILTIN_SKILL_TEMPLATES",
    "SkillCatalogEntry",
    "SkillTemplate",
    "find_catalog_entry",
]


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
