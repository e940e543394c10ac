"""skill_packages.py: uploads (bare SKILL.md, ZIP, .skill) read safely; deterministic packages."""

from __future__ import annotations

import io
import time
import zipfile

import pytest

from mcpgateway_local.skill_frontmatter import SkillPackageError
from mcpgateway_local.skill_packages import build_package, read_upload, read_upload_package
from tests.support.skill_files import GOOD_SKILL, make_zip


def test_read_upload_md_zip_and_skill() -> None:
    assert read_upload("SKILL.md", GOOD_SKILL.encode()).name == "weather-report"
    top = read_upload_package(
        "pkg.zip", make_zip({"SKILL.md": GOOD_SKILL.encode(), "ref.md": b"r"})
    )
    assert top.doc.name == "weather-report" and top.files == {"ref.md": b"r"}
    nested = read_upload_package(
        "pkg.skill",
        make_zip(
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
        read_upload(filename, make_zip(entries))
    assert info.value.code == code, info.value


def test_read_upload_rejects_zip_bomb_and_too_many_files() -> None:
    bomb = make_zip(
        {"SKILL.md": b"---\nname: bomb\n---\n", "zeros.bin": b"\0" * (64 * 1024 * 1024)}
    )
    assert len(bomb) < 200 * 1024  # tiny on the wire, 64 MiB inflated
    with pytest.raises(SkillPackageError, match="unpacks to more than"):
        read_upload("bomb.zip", bomb)
    many = make_zip({"SKILL.md": b"---\nname: m\n---\n", **{f"f{i}.txt": b"x" for i in range(10)}})
    with pytest.raises(SkillPackageError, match="entries"):
        read_upload("many.zip", many, max_files=5)
    assert read_upload("many.zip", many).name == "m"
    with pytest.raises(SkillPackageError, match="not a valid ZIP"):
        read_upload("junk.zip", b"PK\x03\x04 definitely not a zip")


def test_read_upload_rejects_member_lying_about_its_size() -> None:
    data = bytearray(
        make_zip({"SKILL.md": b"---\nname: liar\n---\n", "big.bin": b"\0" * (8 * 1024 * 1024)})
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
