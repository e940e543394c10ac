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


def test_touching_a_namespace_loads_no_operation_or_model() -> None:
    mods = loaded_after(
        "from mcpgateway_sdk import MCPGateway\ngw = MCPGateway(api_key='k')\n"
        "gw.servers, gw.tools, gw.sessions, gw.cache"
    )
    assert "mcpgateway_sdk._async.resources.servers" in mods
    assert not any(m.startswith("mcpgateway_sdk._generated.models.") for m in mods)
    assert not any(m.startswith("mcpgateway_sdk._generated.api.") for m in mods)


def test_a_call_loads_only_its_operation_and_models() -> None:
    mods = loaded_after(
        "from mcpgateway_sdk import MCPGatewaySync\n"
        "gw = MCPGatewaySync(api_key='k', url='http://127.0.0.1:9', max_retries=0)\n"
        "try:\n    gw.cache.set('k', 1)\nexcept Exception:\n    pass"
    )
    models = {
        m.rsplit(".", 1)[1] for m in mods if m.startswith("mcpgateway_sdk._generated.models.")
    }
    operations = {m for m in mods if m.startswith("mcpgateway_sdk._generated.api.")}
    # the operation's own models and the error models its generated parser names
    own = {"cache_entry_write"}
    errors = {"http_error", "http_validation_error", "validation_error_item"}
    assert own <= models <= own | errors | {"cache_entry"}
    assert operations == {
        "mcpgateway_sdk._generated.api.cache",
        "mcpgateway_sdk._generated.api.cache.set_cache_entry",
    }
