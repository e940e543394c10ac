"""`import mcpgateway_sdk` is cheap: resources and models load on first use (timing lives in benchmarks)."""

from __future__ import annotations

import json
import subprocess
import sys


def loaded_after(code: str) -> set[str]:
    probe = code + "\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return set(json.loads(out.stdout.strip().splitlines()[-1]))


def test_package_import_loads_no_resources_or_models() -> None:
    mods = loaded_after("import mcpgateway_sdk")
    assert not any(m.startswith("mcpgateway_sdk._generated.models.") for m in mods)
    assert not any(".resources." in m for m in mods if m.startswith("mcpgateway_sdk"))
    assert "mcpgateway_sdk._async.client" not in mods


def test_client_construction_loads_no_resource_until_used() -> None:
    mods = loaded_after("from mcpgateway_sdk import MCPGatewaySync\nMCPGatewaySync(api_key='k')")
    assert not any(".resources." in m for m in mods if m.startswith("mcpgateway_sdk"))
    assert "mcpgateway_sdk._async.client" not in mods  # the sync client does not load the async one


def test_one_resource_loads_only_its_models() -> None:
    mods = loaded_after("from mcpgateway_sdk import MCPGateway\nMCPGateway(api_key='k').cache")
    models = {
        m.rsplit(".", 1)[1] for m in mods if m.startswith("mcpgateway_sdk._generated.models.")
    }
    # the cache operations' own models, the error models their generated parsers name, and the
    # client's own /health model
    own = {"cache_entry", "cache_entry_write"}
    errors = {"http_error", "http_validation_error", "validation_error_item", "health_status"}
    assert own <= models <= own | errors
