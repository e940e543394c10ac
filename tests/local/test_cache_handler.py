"""handlers/cache.py over real HTTP against a real gateway process.

The module's gateway (`tests.support.seeded.open_seeded`) runs with `--validate-responses` on a
data directory seeded with servers, a bundle and sessions in clock-dependent states.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from tests.conftest import GatewayFactory
from tests.support.seeded import (
    Gw,
    assert_clean_log,
    open_seeded,
    parse,
    seed_sessions,
)

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def gw(gateway_factory: GatewayFactory, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Gw]:
    with open_seeded(gateway_factory, tmp_path_factory, seed_sessions) as seeded:
        yield seeded


# --- cache ---------------------------------------------------------------------------------


def test_cache_set_get(gw: Gw) -> None:
    assert gw.http.get("/cache/never-set").status_code == 404
    value = {"status": "ok", "n": [1, 2.5, None, True]}
    before = datetime.now(UTC)
    assert gw.http.put("/cache/last_run", json={"value": value, "ttl": 600}).status_code == 204
    entry = gw.http.get("/cache/last_run").json()
    assert entry["value"] == value
    lifetime = parse(entry["expires_at"]) - before
    assert timedelta(seconds=595) < lifetime < timedelta(seconds=605)
    assert gw.http.put("/cache/last_run", json={"value": "replaced"}).status_code == 204
    replaced = gw.http.get("/cache/last_run").json()
    assert replaced["value"] == "replaced"
    lifetime = parse(replaced["expires_at"]) - before
    assert timedelta(seconds=295) < lifetime < timedelta(seconds=305)  # default ttl 300
    assert gw.http.put("/cache/null-value", json={"value": None}).status_code == 204
    assert gw.http.get("/cache/null-value").json()["value"] is None
    assert gw.http.put("/cache/x", json={"ttl": 5}).status_code == 422
    assert gw.http.put("/cache/x", json={"value": 1, "ttl": 0}).status_code == 422


def test_cache_ttl_expiry(gw: Gw) -> None:
    assert gw.http.put("/cache/short", json={"value": 42, "ttl": 1}).status_code == 204
    assert gw.http.get("/cache/short").json()["value"] == 42
    time.sleep(1.3)
    assert gw.http.get("/cache/short").status_code == 404


def test_cache_key_with_slash(gw: Gw) -> None:
    assert gw.http.put("/cache/user%2F42%2Fprefs", json={"value": {"a": 1}}).status_code == 204
    assert gw.http.get("/cache/user%2F42%2Fprefs").json()["value"] == {"a": 1}
    assert gw.http.get("/cache/user/42/prefs").json()["value"] == {"a": 1}
    assert gw.http.get("/cache/user%2F42").status_code == 404
    assert gw.http.put("/cache/caf%C3%A9%20key", json={"value": 1}).status_code == 204
    assert gw.http.get("/cache/café key").json()["value"] == 1
    assert gw.http.put("/cache/two%0Alines", json={"value": 2}).status_code == 204
    assert gw.http.get("/cache/two%0Alines").json()["value"] == 2


def test_zz_no_server_errors(gw: Gw) -> None:
    """Nothing above made the gateway log a spec mismatch or an unhandled error."""
    assert_clean_log(gw.local)
