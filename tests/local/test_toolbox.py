"""toolbox.py in process (no gateway): search over 1,000 tools."""

from __future__ import annotations

import statistics
import time
import uuid
from pathlib import Path

from tests.support.gateway_state import in_process_state


def test_toolbox_search_1000_tools_in_process(tmp_path: Path) -> None:
    from mcpgateway_local.toolbox import Toolbox

    with in_process_state(tmp_path) as gw:
        box = Toolbox.of(gw)
        server = {"id": str(uuid.uuid4()), "name": "bulk", "type": "local", "status": "running"}
        box.insert_server(server)
        words = ["invoice", "customer", "ticket", "report", "order", "user", "file", "metric"]
        tools = [
            {"name": f"tool_{i}", "description": f"Handle {words[i % 8]} {words[(i // 8) % 8]}"}
            for i in range(1000)
        ]
        began = time.perf_counter()
        assert box.sync_local_tools(server, tools) == (1000, 0, 0, 1000)
        sync_ms = (time.perf_counter() - began) * 1000
        latencies = []
        hits = box.search("customer report", 10)
        for _ in range(100):
            began = time.perf_counter()
            hits = box.search("customer report", 10)
            latencies.append(time.perf_counter() - began)
        assert len(hits) == 10 and hits[0][1] == 1.0
        p50 = statistics.median(latencies) * 1000
        print(
            f"\ntoolbox.search over 1,000 tools in process: p50 {p50:.3f} ms (sync {sync_ms:.0f} ms)"
        )
        assert p50 < 50
