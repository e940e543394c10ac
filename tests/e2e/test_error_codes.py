"""The SDK's typed errors read the local gateway's error bodies (`detail` and the `error`
envelope): class, `message`, `code` and `details`, on both clients."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator

import pytest

from mcpgateway_local.launcher import LocalGateway
from mcpgateway_sdk import (
    ConflictError,
    ForbiddenError,
    NotFoundError,
    SkillFileAmbiguous,
    ValidationError,
)
from tests.support.twins import MODES, Twin

pytestmark = pytest.mark.e2e

SKILL = b"---\nname: twice\ndescription: d\n---\n"
MISSING = "00000000-0000-4000-8000-000000000000"


@pytest.fixture(params=MODES)
def twin(request: pytest.FixtureRequest, gateway: LocalGateway) -> Iterator[Twin]:
    t = Twin(request.param, api_key=gateway.api_key, url=gateway.url, check_version=False)
    yield t
    t.close()


def test_not_found_and_conflict_carry_codes(twin: Twin) -> None:
    with pytest.raises(NotFoundError) as missing:
        twin.call("servers.get", MISSING)
    assert missing.value.code == "NOT_FOUND" and missing.value.details == {}
    assert missing.value.message == "Server not found" and missing.value.status_code == 404
    name = f"errors-{twin.mode}"
    twin.call("servers.create", name=name, type="uvx", config={"package": "some-mcp-server"})
    with pytest.raises(ConflictError) as clash:
        twin.call("servers.create", name=name, type="uvx", config={"package": "some-mcp-server"})
    assert clash.value.code == "CONFLICT" and "already exists" in clash.value.message


def test_request_validation_has_no_code(twin: Twin) -> None:
    with pytest.raises(ValidationError) as invalid:
        twin.call("servers.create", name="bad__name", type="uvx", config={"package": "p"})
    assert invalid.value.code is None and invalid.value.status_code == 422
    assert "body.name" in invalid.value.message


def test_skill_code_and_details(twin: Twin) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("SKILL.md", SKILL)
        archive.writestr("b/SKILL.md", SKILL)
    with pytest.raises(SkillFileAmbiguous) as ambiguous:
        twin.call("skills.upload", content=buffer.getvalue(), filename="two.zip")
    assert ambiguous.value.code == "skill-file-ambiguous"
    assert ambiguous.value.found_paths == ["SKILL.md", "b/SKILL.md"]
    assert ambiguous.value.details == {"found_paths": ["SKILL.md", "b/SKILL.md"]}


def test_forbidden_carries_its_code(twin: Twin, gateway: LocalGateway) -> None:
    created = twin.call("auth.create_api_key", name=f"narrow-{twin.mode}", scopes=["tools:read"])
    narrow = Twin(twin.mode, api_key=created.key, url=gateway.url, check_version=False)
    try:
        with pytest.raises(ForbiddenError) as denied:
            narrow.call("servers.get", MISSING)
        assert denied.value.code == "FORBIDDEN" and "servers:read" in denied.value.message
    finally:
        narrow.close()
