"""Hostile request bodies (bodies.py): every one is a 4xx with a clear `detail`, never a 500.

One gateway for the module (from the shared factory). Bodies are sent as raw JSON text so lone
surrogates (`"\\ud800"`), `1e999` and deep nesting reach the gateway exactly as an attacker
would send them.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

API = "/api/v1"
SURROGATE = '"\\ud800"'


def post_raw(api: httpx.Client, path: str, text: str) -> httpx.Response:
    """POST `text` as it is, labelled JSON."""
    return api.post(
        path, content=text.encode("utf-8"), headers={"Content-Type": "application/json"}
    )


def detail_of(response: httpx.Response) -> Any:
    assert 400 <= response.status_code < 500, (response.status_code, response.text)
    detail = response.json()["detail"]
    assert detail
    return detail


@pytest.fixture(scope="module")
def calculator(api: httpx.Client) -> str:
    body = {"registry": "builtin", "registry_id": "calculator", "name": "calc"}
    created = api.post("/servers/catalog-imports", json=body)
    assert created.status_code == 201, created.text
    server_id: str = created.json()["id"]
    assert api.post(f"/servers/{server_id}/start").json()["current_status"] == "running"
    return server_id


def test_lone_surrogate_in_tool_arguments_is_refused_and_the_server_survives(
    api: httpx.Client, calculator: str
) -> None:
    text = '{"tool_name": "calc__add", "arguments": {"a": ' + SURROGATE + ', "b": 1}}'
    assert "surrogate" in str(detail_of(post_raw(api, "/tools/execute", text)))
    assert api.get(f"/servers/{calculator}").json()["status"] == "running"
    done = api.post(
        "/tools/execute", json={"tool_name": "calc__add", "arguments": {"a": 1, "b": 2}}
    )
    assert done.status_code == 200, done.text
    assert done.json()["error"] is None


@pytest.mark.parametrize(
    "text",
    [
        '{"name": ' + SURROGATE + "}",
        '{"name": "ok", "description": "a' + SURROGATE[1:] + "}",
        '{"\\udfff": 1, "name": "ok"}',
    ],
    ids=["value", "inside-value", "key"],
)
def test_lone_surrogates_in_stored_strings_are_refused(api: httpx.Client, text: str) -> None:
    assert "surrogate" in str(detail_of(post_raw(api, "/bundles", text)))


def test_deep_nesting_is_refused(api: httpx.Client) -> None:
    deep = "[" * 1000 + "]" * 1000
    text = '{"tool_name": "calc__add", "arguments": {"a": ' + deep + "}}"
    assert "nest" in str(detail_of(post_raw(api, "/tools/execute", text)))
    assert "nest" in str(detail_of(post_raw(api, "/bundles", "[" * 100_000)))


def test_infinite_numbers_are_refused(api: httpx.Client) -> None:
    for number in ("1e999", "-1e999"):
        text = '{"tool_name": "calc__add", "arguments": {"a": ' + number + ', "b": 1}}'
        detail_of(post_raw(api, "/tools/execute", text))


def test_a_surrogate_does_not_break_the_keep_alive_connection(api: httpx.Client) -> None:
    for _ in range(3):
        detail_of(post_raw(api, "/bundles", '{"name": ' + SURROGATE + "}"))
    assert api.get("/bundles").status_code == 200


def test_an_exec_command_over_the_limit_is_refused(api: httpx.Client) -> None:
    created = api.post("/sandboxes", json={})
    assert created.status_code == 201, created.text
    sandbox_id = created.json()["id"]
    huge = api.post(f"/sandboxes/{sandbox_id}/exec", json={"command": "echo " + "x" * 140_000})
    assert "command" in str(detail_of(huge))
    assert api.delete(f"/sandboxes/{sandbox_id}").status_code in (200, 204)


def test_deeply_nested_skill_frontmatter_is_refused(api: httpx.Client) -> None:
    lines = ["---", "name: deep", "description: Deep."]
    lines += [" " * (2 * level) + f"k{level}:" for level in range(490)]
    lines += [" " * 980 + "leaf: 1", "---", "", "# deep", ""]
    response = api.post("/skills", json={"name": "deep", "skill_md_content": "\n".join(lines)})
    detail_of(response)
