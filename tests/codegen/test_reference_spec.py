"""The generator on the gateway's own (older, FastAPI-made) spec: it generates, and every response
model parses full and required-only payloads, reads every field and round-trips.

The reference spec has shapes ours avoids (optional fields without defaults, long names), so this
guards `codegen/run_generator.py` and the templates against specs other than `openapi.json`.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = ROOT.parent / "shared" / "reference" / "gateway-openapi.json"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not REFERENCE.exists(), reason="the gateway's reference spec is not here"),
]

CHECK = """
import json, pickle, sys
sys.path.insert(0, sys.argv[1])
import tests.support.spec_examples as examples
from openapi_python_client.strings import pascal_case
reference = json.loads(open(sys.argv[2], encoding="utf-8").read())
examples.spec = lambda: reference
import mcpgateway_sdk._generated.models as models
from mcpgateway_sdk._generated.types import ResponseModel
checked, failures = 0, []
for key, schema in reference["components"]["schemas"].items():
    cls = getattr(models, pascal_case(key), None)
    if not (isinstance(cls, type) and issubclass(cls, ResponseModel)):
        continue
    for full in (True, False):
        try:
            model = cls.from_dict(examples.example({"$ref": "#/components/schemas/" + key}, full))
            for field in cls._fields:
                getattr(model, field.attr)
            wire = model.to_dict()
            assert set(wire) == set(schema.get("properties", {})), sorted(wire)
            assert cls.from_dict(json.loads(json.dumps(wire))) == model
            assert pickle.loads(pickle.dumps(model)) == model
        except Exception as exc:
            failures.append(f"{key} (full={full}): {exc!r}")
    checked += 1
print(json.dumps({"checked": checked, "failures": failures}))
"""


def test_reference_spec_generates_and_its_response_models_round_trip(tmp_path: Path) -> None:
    package = tmp_path / "mcpgateway_sdk"
    subprocess.run(
        [sys.executable, str(ROOT / "codegen" / "generate.py"), "-q",
         "--spec", str(REFERENCE), "--out", str(package / "_generated")],
        check=True, capture_output=True, timeout=600,
    )  # fmt: skip
    shutil.copy(ROOT / "src" / "mcpgateway_sdk" / "_paths.py", package / "_paths.py")
    (package / "__init__.py").write_text("", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", CHECK, str(ROOT), str(REFERENCE)],
        env={**os.environ, "PYTHONPATH": str(tmp_path)},
        capture_output=True, text=True, check=False, timeout=600,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout)
    assert report["failures"] == [], "\n".join(report["failures"])
    assert report["checked"] > 100  # the reference spec has about 160 response models
