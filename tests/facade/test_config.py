"""Configuration: arguments, environment variables, defaults, and clear errors for bad input."""

from __future__ import annotations

import httpx
import pytest

from mcpgateway_sdk import MCPGateway, MCPGatewaySync

CLIENTS = (MCPGateway, MCPGatewaySync)


@pytest.mark.parametrize("cls", CLIENTS)
def test_defaults(cls: type, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MCPGATEWAY_TOKEN", raising=False)
    monkeypatch.delenv("MCPGATEWAY_URL", raising=False)
    gw = cls()
    assert gw.url == "http://localhost:8000"
    assert gw.config.timeout.read == 30.0
    assert gw.config.max_retries == 2
    assert gw.auth_headers == {}


@pytest.mark.parametrize("cls", CLIENTS)
def test_environment(cls: type, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MCPGATEWAY_TOKEN", "sk-env")
    monkeypatch.setenv("MCPGATEWAY_URL", "https://gateway.example.com/")
    gw = cls()
    assert gw.url == "https://gateway.example.com"
    assert gw.mcp_url == "https://gateway.example.com/mcp/gateway"
    assert gw.auth_headers == {"Authorization": "Bearer sk-env"}
    explicit = cls(api_key="sk-arg", url="http://127.0.0.1:9")
    assert explicit.auth_headers == {"Authorization": "Bearer sk-arg"}
    assert explicit.url == "http://127.0.0.1:9"


@pytest.mark.parametrize("cls", CLIENTS)
@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"url": "localhost:8000"}, "absolute http"),
        ({"url": "ftp://host"}, "absolute http"),
        ({"url": "http://"}, "absolute http"),
        ({"url": "http://user:pw@host"}, "credentials"),
        ({"timeout": -1}, "positive"),
        ({"timeout": 0}, "positive"),
        ({"timeout": float("nan")}, "positive"),
        ({"timeout": httpx.Timeout(None)}, "disables the timeout"),
        ({"max_retries": -1}, ">= 0"),
        ({"api_key": "sk\nInjected: 1"}, "line breaks"),
    ],
)
def test_invalid_configuration_is_a_clear_value_error(
    cls: type, kwargs: dict[str, object], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        cls(**kwargs)


@pytest.mark.parametrize("cls", CLIENTS)
def test_with_options_shares_the_pool_and_keeps_the_rest(cls: type) -> None:
    gw = cls(api_key="sk-x", url="http://127.0.0.1:9", timeout=5)
    slow = gw.with_options(timeout=120, max_retries=0)
    assert slow.config.timeout.read == 120 and slow.config.max_retries == 0
    assert gw.config.timeout.read == 5 and gw.config.max_retries == 2
    assert slow.url == gw.url and slow.auth_headers == gw.auth_headers
    assert slow._core._client is gw._core._client
