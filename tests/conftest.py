"""Shared fixtures: one factory for local gateway processes, used by every test module.

`gateway_factory(**options)` is a context manager starting a real `mcpgateway_local` process
(`run_local_gateway`, `--validate-responses` unless `extra_args` says otherwise); module fixtures
wrap it, so each module gets its own gateway with the options it needs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from typing import Any

import httpx
import pytest

from mcpgateway_local.launcher import LocalGateway, run_local_gateway

GatewayFactory = Callable[..., AbstractContextManager[LocalGateway]]
VALIDATE = ("--validate-responses",)
API = "/api/v1"


@contextmanager
def start_gateway(
    *, extra_args: Sequence[str] = VALIDATE, **options: Any
) -> Iterator[LocalGateway]:
    """A local gateway process (see `run_local_gateway` for `options`), stopped on exit."""
    with run_local_gateway(extra_args=tuple(extra_args), **options) as gw:
        yield gw


@pytest.fixture(scope="session")
def gateway_factory() -> GatewayFactory:
    """The factory: `with gateway_factory(data_dir=...) as gw: ...`."""
    return start_gateway


@pytest.fixture(scope="module")
def gateway(gateway_factory: GatewayFactory) -> Iterator[LocalGateway]:
    """One gateway per test module (modules needing other options define their own)."""
    with gateway_factory() as gw:
        yield gw


@pytest.fixture(scope="module")
def api(gateway: LocalGateway) -> Iterator[httpx.Client]:
    """A client of the module's gateway: base URL `/api/v1`, the admin key."""
    with httpx.Client(base_url=gateway.url + API, headers=gateway.headers, timeout=60) as client:
        yield client
