"""openapi.json against the gateway's own published spec, field by field (issue 13).

Every difference on the operations both documents describe must be allowed, with its reason, by
tests/contract/fidelity_allowlist.toml. The reference is ../shared/reference/gateway-openapi.json
when it is beside the repo (so a newer spec dropped there shows at once what changed), else the
copy in tests/contract/data/, which keeps this test running on a clean clone.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from tests.contract.spec_compare import (
    ALLOWLIST,
    classify,
    compare_documents,
    load_allowlist,
)

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "reference" / "gateway-openapi.json"
COPY = Path(__file__).with_name("data") / "gateway-openapi.json"
REASON = re.compile(r"CONTRACT(-0\.61)?(\.md)? §\d|Later gateway change")


def load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module")
def result() -> tuple[int, list[str]]:
    reference = SHARED if SHARED.exists() else COPY
    return compare_documents(load(ROOT / "openapi.json"), load(reference))


def test_compares_every_shared_operation(result: tuple[int, list[str]]) -> None:
    # CONTRACT Appendix A: 63 SDK operations in the spec + /health; + 5 of 0.61 (OAuth apps:
    # create, get, update, delete; OAuth templates: list)
    assert result[0] == 69 + 6  # + the 6 generation-job operations the reference spec has


def test_every_difference_is_allowed(result: tuple[int, list[str]]) -> None:
    _, unlisted, _ = classify(result[1], load_allowlist(ALLOWLIST))
    assert not unlisted, "differences not in fidelity_allowlist.toml:\n" + "\n".join(unlisted)


def test_every_allowlist_entry_is_used_and_has_a_reason(result: tuple[int, list[str]]) -> None:
    entries = load_allowlist(ALLOWLIST)
    _, _, stale = classify(result[1], entries)
    assert not stale, "allowlist entries that match no difference:\n" + "\n".join(stale)
    for entry in entries:
        assert set(entry) == {"match", "reason"}, entry
        assert REASON.search(entry["reason"]), entry


@pytest.mark.skipif(not SHARED.exists(), reason="shared/reference not beside the repo")
def test_the_copy_is_the_shared_reference() -> None:
    assert COPY.read_bytes() == SHARED.read_bytes(), (
        f"the reference spec changed: cp {SHARED} {COPY}, then update the allowlist"
    )


def test_a_changed_reference_shows_as_unlisted_differences() -> None:
    reference = load(COPY)
    schemas = reference["components"]["schemas"]
    schemas["SessionCreate"]["required"] = ["server_id"]  # a newly required request field
    schemas["MCPServerResponse"]["properties"]["region"] = {"type": "string"}  # a new field
    schemas["ApiKeyEnvironment"]["enum"].append("staging")  # a new value
    _, found = compare_documents(load(ROOT / "openapi.json"), reference)
    _, unlisted, _ = classify(found, load_allowlist(ALLOWLIST))
    assert "POST /api/v1/sessions request.server_id: required in reference, optional in ours" in (
        unlisted
    )
    assert "GET /api/v1/servers/{server_id} response.region: only in reference (optional)" in (
        unlisted
    )
    assert any(
        line.startswith("GET /api/v1/users/me/api-keys/{key_id} response.environment")
        for line in unlisted
    )


def test_refs_and_nullable_spellings_compare_equal() -> None:
    inline = {"type": ["string", "null"], "format": "uuid"}
    named = {"anyOf": [{"$ref": "#/components/schemas/Id"}, {"type": "null"}]}

    def document(schema: dict[str, Any]) -> dict[str, Any]:
        body = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/B"}}}}
        b = {"type": "object", "properties": {"id": schema}, "required": ["id"]}
        op = {"requestBody": body, "responses": {"204": {"description": "ok"}}}
        components = {"B": {"allOf": [b]}, "Id": {"type": "string", "format": "uuid"}}
        return {"paths": {"/x": {"post": op}}, "components": {"schemas": components}}

    assert compare_documents(document(inline), document(named)) == (1, [])
    _, found = compare_documents(document({"type": "string"}), document(named))
    assert found == [
        "POST /x request.id: nullable in reference, not nullable in ours",
        "POST /x request.id: type string(uuid) in reference, string in ours",
    ]
