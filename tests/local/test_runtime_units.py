"""Unit tests of the local gateway's self-contained runtime modules.

Real subprocesses, real files, real ZIPs: sandbox_runtime, skill_packages,
search and scoping.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import os
import random
import signal
import sys
import time
import uuid
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest

from mcpgateway_local import sandbox_runtime, search
from mcpgateway_local.sandbox_runtime import (
    TIMEOUT_EXIT_CODE,
    SandboxFileTooLargeError,
    SandboxNotFoundError,
    SandboxPathError,
    SandboxRuntime,
)
from mcpgateway_local.scoping import ToolScope, invalid_scope_entries, split_qualified
from mcpgateway_local.search import ToolIndex, tokenize
from mcpgateway_local.skill_catalog import (
    BUILTIN_SKILL_CATALOG,
    BUILTIN_SKILL_TEMPLATES,
    find_catalog_entry,
)
from mcpgateway_local.skill_frontmatter import SkillPackageError, parse_skill_md
from mcpgateway_local.skill_packages import build_package, read_upload, read_upload_package

SID = "sb-1"


@pytest.fixture
def runtime(tmp_path: Path) -> SandboxRuntime:
    rt = SandboxRuntime(tmp_path / "sandboxes")
    rt.create(SID)
    return rt


def _zip(entries: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    return buf.getvalue()


def _process_gone(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] in ("Z", "X")
    except FileNotFoundError:
        return True


def _with_marker(marker: str) -> list[str]:
    found = []
    for entry in Path("/proc").iterdir():
        with contextlib.suppress(OSError):
            if entry.name.isdigit() and marker.encode() in (entry / "cmdline").read_bytes():
                found.append(entry.name)
    return found


def _wait_gone(pid: int, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while not _process_gone(pid):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


# ---------------------------------------------------------------------------
# sandbox_runtime: exec
# ---------------------------------------------------------------------------


async def test_exec_python_stdout_and_exit_code(runtime: SandboxRuntime) -> None:
    ok = await runtime.exec(SID, "python -c 'print(1+1)'", 30)
    assert (ok.exit_code, ok.stdout, ok.timed_out) == (0, "2\n", False)
    assert ok.duration_ms >= 0

    failed = await runtime.exec(SID, "echo out; echo oops >&2; exit 7", 30)
    assert (failed.exit_code, failed.stdout, failed.stderr) == (7, "out\n", "oops\n")

    killed = await runtime.exec(SID, "kill -9 $$", 30)
    assert killed.exit_code == 128 + signal.SIGKILL

    cwd = await runtime.exec(SID, "pwd; python3 -c 'import sys; print(sys.version_info[0])'", 30)
    assert cwd.stdout.splitlines() == [str(runtime.workspace(SID)), "3"]


async def test_exec_timeout_kills_whole_process_group(runtime: SandboxRuntime) -> None:
    started = time.monotonic()
    marker = f"bg-{uuid.uuid4().hex}"
    background = f"sh -c 'sleep 60; echo' {marker} &"
    outcome = await runtime.exec(SID, f"{background} echo started; sleep 60", 1)
    assert time.monotonic() - started < 10
    assert outcome.timed_out
    assert outcome.exit_code == TIMEOUT_EXIT_CODE
    assert outcome.stdout == "started\n"
    assert "timed out" in outcome.stderr
    for _ in range(100):  # pids inside a PID namespace differ from ours: find it by marker
        if not _with_marker(marker):
            break
        await asyncio.sleep(0.05)
    assert not _with_marker(marker), "background child survived"


async def test_exec_memory_limit_makes_allocation_fail(runtime: SandboxRuntime) -> None:
    cmd = "python -c 'x = bytearray(768 * 1024 * 1024); print(len(x))'"
    outcome = await runtime.exec(SID, cmd, 60, memory_mb=256)
    assert outcome.exit_code != 0
    assert "MemoryError" in outcome.stderr
    assert outcome.stdout == ""


async def test_exec_file_size_and_cpu_limits(runtime: SandboxRuntime) -> None:
    big = await runtime.exec(SID, "head -c 3000000 /dev/zero > big.bin", 30, max_file_mb=1)
    assert big.exit_code != 0
    assert (runtime.workspace(SID) / "big.bin").stat().st_size <= 1024 * 1024

    started = time.monotonic()
    spin = await runtime.exec(SID, "python -c 'while True: pass'", 30, cpu_seconds=1)
    assert not spin.timed_out
    assert spin.exit_code in (128 + signal.SIGXCPU, 128 + signal.SIGKILL)
    assert time.monotonic() - started < 15


async def test_exec_environment_is_scrubbed(
    runtime: SandboxRuntime, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MCPGATEWAY_TOKEN", "s3cret-token")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "aws-secret")
    outcome = await runtime.exec(SID, "env", 30, env={"GREETING": "hello"})
    env = dict(line.split("=", 1) for line in outcome.stdout.splitlines() if "=" in line)
    assert "MCPGATEWAY_TOKEN" not in env
    assert "s3cret-token" not in outcome.stdout
    assert "aws-secret" not in outcome.stdout
    assert env["GREETING"] == "hello"
    assert env["HOME"] == str(runtime.workspace(SID))
    assert env["PATH"].split(":")[0] == os.path.dirname(sys.executable)
    with pytest.raises(ValueError):
        await runtime.exec(SID, "true", 5, env={"BAD=KEY": "x"})


async def test_exec_output_is_capped(tmp_path: Path) -> None:
    rt = SandboxRuntime(tmp_path / "capped", output_limit_bytes=1000)
    rt.create(SID)
    outcome = await rt.exec(SID, "head -c 50000 /dev/zero | tr '\\0' a; echo done >&2", 30)
    assert outcome.exit_code == 0
    assert outcome.stdout_truncated and not outcome.stderr_truncated
    assert outcome.stdout.startswith("a" * 1000)
    assert "truncated" in outcome.stdout[1000:]
    assert outcome.stderr == "done\n"


async def test_exec_unknown_sandbox_and_bad_arguments(runtime: SandboxRuntime) -> None:
    with pytest.raises(SandboxNotFoundError):
        await runtime.exec("nope", "true", 5)
    with pytest.raises(ValueError):
        await runtime.exec(SID, "true", 0)


async def test_destroy_removes_sandbox(runtime: SandboxRuntime) -> None:
    runtime.write_file(SID, "a/b.txt", b"x")
    sroot = runtime.sandbox_root(SID)
    assert runtime.destroy(SID) is True
    assert not sroot.exists()
    assert runtime.destroy(SID) is False
    with pytest.raises(SandboxNotFoundError):
        runtime.list_files(SID, "/workspace")


@dataclass
class _Slots:
    data_dir: Path
    sandboxes: object | None = None
    search: object | None = None


async def test_runtime_hooks_fill_gateway_slots(tmp_path: Path) -> None:
    gw = _Slots(tmp_path)
    async with sandbox_runtime.runtime(gw) as rt, search.runtime(gw) as index:
        assert gw.sandboxes is rt and gw.search is index
        # <data_dir>/sandboxes, unless commands run as another user who cannot reach it
        assert rt.root == sandbox_runtime.sandbox_base(tmp_path, rt.containment).resolve()
        rt.create(SID)
        task = asyncio.ensure_future(rt.exec(SID, "sleep 30", 60))
        await asyncio.sleep(0.3)
    outcome = await asyncio.wait_for(task, 10)  # killed at shutdown
    assert outcome.exit_code == 128 + signal.SIGKILL


# ---------------------------------------------------------------------------
# sandbox_runtime: paths and files
# ---------------------------------------------------------------------------


def test_resolve_maps_sandbox_paths(runtime: SandboxRuntime) -> None:
    sroot = runtime.sandbox_root(SID)
    ws = sroot / "workspace"
    cases = {
        "/": sroot,
        "/workspace": ws,
        "/workspace/x.txt": ws / "x.txt",
        "//workspace//x.txt": ws / "x.txt",
        "workspace/x.txt": ws / "x.txt",
        "x.txt": ws / "x.txt",
        "./a/./b": ws / "a" / "b",
        "": ws,
        "/tmp/t": sroot / "tmp" / "t",
        "/etc/passwd": sroot / "etc" / "passwd",
    }
    for path, expected in cases.items():
        assert runtime.resolve(SID, path) == expected, path
    assert runtime.sandbox_path(SID, ws / "x.txt") == "/workspace/x.txt"


@pytest.mark.parametrize(
    "path",
    ["..", "../x", "/../etc/passwd", "/workspace/../../etc", "a/../b", "x\0y", "/workspace/.."],
)
def test_resolve_refuses_escapes(runtime: SandboxRuntime, path: str) -> None:
    with pytest.raises(SandboxPathError):
        runtime.resolve(SID, path)


def test_invalid_sandbox_ids(runtime: SandboxRuntime) -> None:
    for bad in ("../x", "a/b", "", ".hidden", "x" * 200):
        with pytest.raises(SandboxPathError):
            runtime.create(bad)


def test_symlink_escapes_are_refused(runtime: SandboxRuntime, tmp_path: Path) -> None:
    ws = runtime.workspace(SID)
    outside = tmp_path / "outside"
    outside.mkdir()
    secret = outside / "secret.txt"
    secret.write_text("top secret")
    (ws / "dir_link").symlink_to(outside)
    (ws / "file_link").symlink_to(secret)
    (ws / "dangling").symlink_to(outside / "created-by-sandbox.txt")
    (ws / "real.txt").write_text("inside")
    (ws / "inner_link").symlink_to(ws / "real.txt")

    for path in ("dir_link/secret.txt", "/workspace/file_link", "dangling", "dir_link"):
        with pytest.raises(SandboxPathError):
            runtime.resolve(SID, path)
    with pytest.raises(SandboxPathError):
        runtime.read_file(SID, "file_link")
    with pytest.raises(SandboxPathError):
        runtime.write_file(SID, "dangling", b"pwned")
    with pytest.raises(SandboxPathError):
        runtime.write_file(SID, "dir_link/new.txt", b"pwned")
    with pytest.raises(SandboxPathError):
        runtime.list_files(SID, "dir_link")
    assert not (outside / "created-by-sandbox.txt").exists()
    assert not (outside / "new.txt").exists()
    assert secret.read_text() == "top secret"

    # A link that stays inside the sandbox is fine.
    assert runtime.read_file(SID, "inner_link") == b"inside"
    listed = {e.name: e for e in runtime.list_files(SID, "/workspace")}
    assert listed["inner_link"].size == len("inside")
    # A link leading out is described by the link itself, not by its target.
    assert listed["file_link"].size == len(str(secret))
    assert listed["dir_link"].is_directory is False


def test_upload_list_download(runtime: SandboxRuntime) -> None:
    entry = runtime.write_file(SID, "/workspace/test.txt", b"hello")
    assert (entry.name, entry.path, entry.size, entry.is_directory) == (
        "test.txt",
        "/workspace/test.txt",
        5,
        False,
    )
    runtime.write_file(SID, "src/pkg/main.py", b"print('hi')\n")
    runtime.write_file(SID, "/workspace/test.txt", b"hello again")  # atomic overwrite

    listing = runtime.list_files(SID, "/workspace")
    assert [e.name for e in listing] == ["src", "test.txt"]
    src, txt = listing
    assert src.is_directory and src.path == "/workspace/src"
    assert txt.size == len(b"hello again")
    assert isinstance(txt.modified_at, datetime) and txt.modified_at.tzinfo is not None
    assert [e.path for e in runtime.list_files(SID, "src/pkg")] == ["/workspace/src/pkg/main.py"]
    assert [e.name for e in runtime.list_files(SID, "/")] == ["tmp", "workspace"]

    assert runtime.read_file(SID, "/workspace/src/pkg/main.py") == b"print('hi')\n"
    assert runtime.read_file(SID, "test.txt") == b"hello again"
    assert not [p for p in runtime.workspace(SID).rglob(".upload-*")], "temp file left behind"

    with pytest.raises(IsADirectoryError):
        runtime.write_file(SID, "src", b"x")
    with pytest.raises(IsADirectoryError):
        runtime.write_file(SID, "/", b"x")
    with pytest.raises(IsADirectoryError):
        runtime.read_file(SID, "src")
    with pytest.raises(FileNotFoundError):
        runtime.read_file(SID, "missing.txt")
    with pytest.raises(FileNotFoundError):
        runtime.list_files(SID, "/attachments")
    with pytest.raises(NotADirectoryError):
        runtime.list_files(SID, "test.txt")
    with pytest.raises(SandboxFileTooLargeError):
        runtime.write_file(SID, "big.bin", b"x" * 11, max_bytes=10)
    with pytest.raises(SandboxFileTooLargeError):
        runtime.read_file(SID, "test.txt", max_bytes=3)


async def test_files_written_by_exec_are_visible(runtime: SandboxRuntime) -> None:
    runtime.write_file(SID, "in.txt", b"21")
    outcome = await runtime.exec(
        SID, "python -c \"print(int(open('in.txt').read()) * 2)\" > out.txt", 30
    )
    assert outcome.exit_code == 0, outcome.stderr
    assert runtime.read_file(SID, "/workspace/out.txt") == b"42\n"


# ---------------------------------------------------------------------------
# skill_packages
# ---------------------------------------------------------------------------

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


def test_read_upload_md_zip_and_skill() -> None:
    assert read_upload("SKILL.md", GOOD_SKILL.encode()).name == "weather-report"
    top = read_upload_package("pkg.zip", _zip({"SKILL.md": GOOD_SKILL.encode(), "ref.md": b"r"}))
    assert top.doc.name == "weather-report" and top.files == {"ref.md": b"r"}
    nested = read_upload_package(
        "pkg.skill",
        _zip(
            {
                "weather-report/SKILL.md": GOOD_SKILL.encode(),
                "weather-report/scripts/run.py": b"print(1)",
                "__MACOSX/weather-report/._SKILL.md": b"junk",
                "README.txt": b"outside the skill folder",
            }
        ),
    )
    assert nested.doc.name == "weather-report"
    assert nested.files == {"scripts/run.py": b"print(1)"}


@pytest.mark.parametrize(
    ("filename", "entries", "code"),
    [
        ("a.zip", {"x/y/SKILL.md": b"---\nname: a\n---\n"}, "skill-file-missing"),
        ("a.zip", {"readme.txt": b"hi"}, "skill-file-missing"),
        (
            "a.zip",
            {"SKILL.md": b"---\nname: a\n---\n", "b/SKILL.md": b"---\nname: b\n---\n"},
            "skill-file-ambiguous",
        ),
        ("a.zip", {"../SKILL.md": b"---\nname: a\n---\n"}, "skill-package-invalid"),
        (
            "a.zip",
            {"x/../../evil.sh": b"", "SKILL.md": b"---\nname: a\n---\n"},
            "skill-package-invalid",
        ),
        ("a.zip", {"/etc/SKILL.md": b"---\nname: a\n---\n"}, "skill-package-invalid"),
        ("a.zip", {"SKILL.md": b"no frontmatter"}, "skill-malformed-frontmatter"),
        ("a.tar.gz", {}, "skill-unsupported-file-type"),
    ],
)
def test_read_upload_rejects(filename: str, entries: dict[str, bytes], code: str) -> None:
    with pytest.raises(SkillPackageError) as info:
        read_upload(filename, _zip(entries))
    assert info.value.code == code, info.value


def test_read_upload_rejects_zip_bomb_and_too_many_files() -> None:
    bomb = _zip({"SKILL.md": b"---\nname: bomb\n---\n", "zeros.bin": b"\0" * (64 * 1024 * 1024)})
    assert len(bomb) < 200 * 1024  # tiny on the wire, 64 MiB inflated
    with pytest.raises(SkillPackageError, match="unpacks to more than"):
        read_upload("bomb.zip", bomb)
    many = _zip({"SKILL.md": b"---\nname: m\n---\n", **{f"f{i}.txt": b"x" for i in range(10)}})
    with pytest.raises(SkillPackageError, match="entries"):
        read_upload("many.zip", many, max_files=5)
    assert read_upload("many.zip", many).name == "m"
    with pytest.raises(SkillPackageError, match="not a valid ZIP"):
        read_upload("junk.zip", b"PK\x03\x04 definitely not a zip")


def test_read_upload_rejects_member_lying_about_its_size() -> None:
    data = bytearray(
        _zip({"SKILL.md": b"---\nname: liar\n---\n", "big.bin": b"\0" * (8 * 1024 * 1024)})
    )
    # Patch the central directory so big.bin claims to be 100 bytes.
    pos = data.find(b"PK\x01\x02", data.find(b"PK\x01\x02") + 4)
    assert data[pos + 46 : pos + 46 + 7] == b"big.bin"
    data[pos + 24 : pos + 28] = (100).to_bytes(4, "little")
    with pytest.raises(SkillPackageError, match="corrupt"):
        read_upload("liar.zip", bytes(data))


def test_build_package_is_deterministic_and_round_trips() -> None:
    extra = {"scripts/b.py": b"b", "a.txt": b"a"}
    first = build_package("weather-report", GOOD_SKILL, extra)
    time.sleep(1.1)  # a timestamp leak would show up now
    second = build_package("weather-report", GOOD_SKILL, dict(reversed(list(extra.items()))))
    assert first == second
    with zipfile.ZipFile(io.BytesIO(first)) as zf:
        assert zf.namelist() == [
            "weather-report/SKILL.md",
            "weather-report/a.txt",
            "weather-report/scripts/b.py",
        ]
        assert {i.date_time for i in zf.infolist()} == {(1980, 1, 1, 0, 0, 0)}
    upload = read_upload_package("weather-report.skill", first)
    assert upload.doc.name == "weather-report"
    assert upload.files == {"a.txt": b"a", "scripts/b.py": b"b"}
    for bad in ({"../x": b""}, {"/abs": b""}, {"SKILL.md": b""}):
        with pytest.raises(SkillPackageError):
            build_package("weather-report", GOOD_SKILL, bad)
    with pytest.raises(SkillPackageError):
        build_package("a/b", GOOD_SKILL)


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


# ---------------------------------------------------------------------------
# search
# ---------------------------------------------------------------------------

REALISTIC_TOOLS = [
    ("w1", "WEATHER__get_current_weather", "Get the current weather conditions for a city."),
    ("w2", "WEATHER__get_forecast", "Get a multi-day weather forecast for a location."),
    ("w3", "WEATHER__get_air_quality", "Current air quality index for a location."),
    ("g1", "GMAIL__send_email", "Send an email message to one or more recipients."),
    ("g2", "GMAIL__search_emails", "Search the mailbox for emails matching a query."),
    ("g3", "GMAIL__get_current_user", "Get the profile of the current Gmail user."),
    ("c1", "CALENDAR__list_events", "List calendar events between two dates."),
    ("c2", "CALENDAR__create_event", "Create a calendar event with attendees."),
    ("f1", "VVMCP__kb_finance", "Search the finance knowledge base for policies."),
    ("s1", "STOCKS__getStockPrice", "Get the current price of a stock ticker."),
    ("t1", "TIME__get_current_time", "Get the current time in a given timezone."),
    ("h1", "HOTSPOT__list_hotspots", "List wifi hotspots near a location."),
    ("h2", "HOTSPOT__internal_debug", "Dump internal debugging state."),
    ("gh", "GITHUB__create_issue", "Create an issue in a GitHub repository."),
    ("fs", "FILES__read_file", "Read the contents of a file."),
]


def test_tokenize_splits_names() -> None:
    assert tokenize("WEATHER__get_current_weather") == ["weather", "get", "current", "weather"]
    assert tokenize("getStockPrice") == tokenize("get stock price") == ["get", "stock", "pric"]
    assert tokenize("HTTPServer-list") == ["http", "server", "list"]
    assert tokenize("running stopped files") == tokenize("run stop file")
    assert tokenize("Searching the emails") == tokenize("search email")


def test_bm25_ranks_weather_tool_first() -> None:
    index = ToolIndex(REALISTIC_TOOLS)
    results = index.search("get current weather", limit=5)
    assert results[0] == ("w1", 1.0)
    assert {key for key, _ in results[:3]} == {"w1", "w2", "w3"}  # the weather server's tools
    assert results[1][1] < 0.9  # a clear winner
    scores = [score for _, score in results]
    assert scores == sorted(scores, reverse=True)
    assert all(0 < s <= 1 for s in scores)

    assert index.search("send an email")[0][0] == "g1"
    assert index.search("calendar events")[0][0] in ("c1", "c2")
    assert index.search("stock prices")[0][0] == "s1"
    assert index.search("weather forecast")[0][0] == "w2"
    assert index.search("what time is it")[0][0] == "t1"
    assert index.search("zebra xylophone") == []
    assert index.search("") == []
    assert index.search("weather", limit=0) == []


def test_search_allowed_filter_and_incremental_updates() -> None:
    index = ToolIndex(REALISTIC_TOOLS)
    no_weather = index.search("get current weather", allowed=lambda key: not key.startswith("w"))
    assert "w1" not in dict(no_weather)
    assert no_weather[0][1] == 1.0  # normalised among the allowed

    assert index.remove("w1") is True and index.remove("w1") is False
    assert index.search("get current weather")[0][0] in ("w2", "w3")
    index.replace("w2", "WEATHER__get_tide_table", "Tide times for a harbour.")
    assert "w2" not in dict(index.search("forecast"))
    index.add("w1", "WEATHER__get_current_weather", "Current weather.")
    assert index.search("current weather")[0][0] == "w1"
    assert len(index) == len(REALISTIC_TOOLS)
    index.clear()
    assert len(index) == 0 and index.search("weather") == []


def test_search_1000_tools_timing() -> None:
    rng = random.Random(7)
    words = [
        "get", "list", "create", "update", "delete", "search", "send", "read", "write", "file",
        "email", "calendar", "event", "weather", "forecast", "stock", "price", "user", "account",
        "invoice", "payment", "order", "customer", "report", "issue", "repository", "branch",
        "commit", "message", "channel", "ticket", "document", "page", "table", "row", "image",
        "video", "audio", "note", "task", "project", "sprint", "metric", "alert", "log", "query",
        "database",
    ]  # fmt: skip
    servers = ["GMAIL", "SLACK", "GITHUB", "JIRA", "NOTION", "STRIPE", "DB", "FILES"]
    index = ToolIndex()
    started = time.perf_counter()
    for i in range(1000):
        name = f"{rng.choice(servers)}__{'_'.join(rng.sample(words, 3))}_{i}"
        desc = " ".join(rng.choice(words) for _ in range(rng.randint(8, 25))) + "."
        index.add(f"tool-{i}", name, desc)
    build_ms = (time.perf_counter() - started) * 1000
    queries = ["get current weather", "send an email to a customer", "list open issues",
               "create invoice payment", "search database rows", "delete file"]  # fmt: skip
    rounds = 50
    started = time.perf_counter()
    for _ in range(rounds):
        for query in queries:
            index.search(query, limit=10)
    per_query_ms = (time.perf_counter() - started) * 1000 / (rounds * len(queries))
    started = time.perf_counter()
    for _ in range(rounds):
        index.search("get list create", limit=10, allowed=lambda key: key.endswith("7") is False)
    filtered_ms = (time.perf_counter() - started) * 1000 / rounds
    started = time.perf_counter()
    for i in range(100):
        index.replace(f"tool-{i}", f"X__tool_{i}", "replacement description text")
    update_ms = (time.perf_counter() - started) * 1000 / 100
    print(
        f"\n[search timing] 1000 tools: build {build_ms:.1f} ms; query mean {per_query_ms:.3f} ms; "
        f"3 common terms + allowed filter {filtered_ms:.3f} ms; replace one {update_ms:.3f} ms"
    )


# ---------------------------------------------------------------------------
# scoping
# ---------------------------------------------------------------------------

README_SCOPE = ToolScope(
    allowed=["VVMCP__kb_finance", "HOTSPOT__*", "GMAIL__*"],
    denied=["HOTSPOT__internal_debug"],
)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("VVMCP__kb_finance", True),
        ("VVMCP__kb_hr", False),
        ("HOTSPOT__list_hotspots", True),
        ("HOTSPOT__internal_debug", False),
        ("hotspot__internal_debug", False),  # server part is case-insensitive
        ("HOTSPOT__Internal_Debug", True),  # tool part is case-sensitive
        ("GMAIL__send_email", True),
        ("Gmail__send_email", True),
        ("GMAIL__", False),
        ("SLACK__post_message", False),
        ("kb_finance", False),
        ("VVMCP__KB_FINANCE", False),
    ],
)
def test_scope_readme_example(name: str, expected: bool) -> None:
    assert README_SCOPE.permits(name) is expected


def test_scope_matrix() -> None:
    everything = ToolScope(None, None)
    assert (
        everything.permits("ANY__tool")
        and everything.permits("bare")
        and everything.is_unrestricted
    )
    assert ToolScope([], None).permits("A__x") is False
    assert ToolScope(["*"], None).permits("A__x") is True
    assert ToolScope(None, ["*"]).permits("A__x") is False
    assert ToolScope(None, ["A__*"]).permits("A__x") is False
    assert ToolScope(None, ["A__*"]).permits("B__x") is True
    assert ToolScope(["A__x"], ["A__x"]).permits("A__x") is False  # deny wins
    assert ToolScope(["*"], ["B__*"]).permits("B__y") is False
    assert ToolScope(["A__x__y"], None).permits("A__x__y") is True
    assert ToolScope(["A*"], None).permits("A__x") is False  # no glob beyond SERVER__*
    same = ToolScope(list(README_SCOPE.allowed or []), list(README_SCOPE.denied or []))
    assert same == README_SCOPE
    assert invalid_scope_entries(["A__x", "A__*", "*", "nope", "__x", "A__"]) == [
        "nope",
        "__x",
        "A__",
    ]


def test_split_qualified() -> None:
    assert split_qualified("GMAIL__send_email") == ("GMAIL", "send_email")
    assert split_qualified("A__b__c") == ("A", "b__c")
    assert split_qualified("A_b__c") == ("A_b", "c")
    for bad in ("plain", "__tool", "server__", "", "_"):
        assert split_qualified(bad) is None
