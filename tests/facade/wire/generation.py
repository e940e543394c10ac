"""Wire rows of `gw.generation`-side calls: generation jobs (see `tests/facade/test_wire.py`)."""

from __future__ import annotations

from tests.facade.wire.rows import (
    JOB,
    NONE,
    V1,
    ListOf,
    Model,
    Returns,
    U,
    W,
)

# fmt: off
CASES: list[W] = [
    # --- generation jobs
    W("generation.start", ("openapi_json", "{}", "pets"), {}, "start_generation_job",
      f"{V1}/servers/generate", {},
      {"input_type": "openapi_json", "input_content": "{}", "server_name": "pets"},
      Model("GenerationJobCreated", "job_id")),
    W("generation.start", ("url", "http://127.0.0.1:9/openapi.json", "pets"),
      {"auth_type": "api_key", "api_credentials": {"X-Key": "k"}}, "start_generation_job",
      f"{V1}/servers/generate", {},
      {"input_type": "url", "input_content": "http://127.0.0.1:9/openapi.json",
       "server_name": "pets", "auth_type": "api_key", "api_credentials": {"X-Key": "k"}},
      Model("GenerationJobCreated", "status"), label="all-args"),
    W("generation.list", (), {}, "list_generation_jobs", f"{V1}/servers/generate",
      {"page": "1", "page_size": "20"}, None, ListOf("GenerationJob", "job_id")),
    W("generation.list", (), {"page": 2, "page_size": 5, "status": "reviewing"},
      "list_generation_jobs", f"{V1}/servers/generate",
      {"page": "2", "page_size": "5", "status": "reviewing"}, None,
      ListOf("GenerationJob", "status"), label="filtered"),
    W("generation.get", (U(JOB),), {}, "get_generation_job", f"{V1}/servers/generate/{JOB}",
      {}, None, Model("GenerationJob", "progress_percent")),
    W("generation.analysis", (JOB,), {}, "get_generation_analysis",
      f"{V1}/servers/generate/{JOB}/analysis", {}, None, Returns({})),
    W("generation.approve", (JOB,), {}, "approve_generation_job",
      f"{V1}/servers/generate/{JOB}/approve", {}, {}, Model("GenerationJobTransition", "status")),
    W("generation.approve", (JOB,),
      {"selected_tools": ("list_pets",), "credential_mode": "none", "api_title": "Pets",
       "tool_descriptions": {"list_pets": "All pets"}, "feedback": "ok"},
      "approve_generation_job", f"{V1}/servers/generate/{JOB}/approve", {},
      {"selected_tools": ["list_pets"], "credential_mode": "none", "api_title": "Pets",
       "tool_descriptions": {"list_pets": "All pets"}, "feedback": "ok"},
      Model("GenerationJobTransition", "message"), label="all-args"),
    W("generation.cancel", (JOB,), {}, "cancel_generation_job",
      f"{V1}/servers/generate/{JOB}/cancel", {}, None, Model("GenerationJobTransition", "job_id")),
    W("generation.delete", (JOB,), {}, "delete_generation_job", f"{V1}/servers/generate/{JOB}",
      {}, None, NONE),
]
# fmt: on
