# Every target creates what it needs: a fresh clone only needs Python >= 3.11 and the package index.
PY ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: install generate check-generated lint test demo bench clean

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev,local,examples]"
	touch $(STAMP)

generate: install  ## openapi.json -> src/mcpgateway_sdk/_generated, async facade -> sync facade
	$(BIN)/python codegen/generate.py
	$(BIN)/python codegen/unasync.py

check-generated: install  ## fail if anything generated is stale
	$(BIN)/python codegen/generate.py --check
	$(BIN)/python codegen/unasync.py --check

lint: install
	$(BIN)/ruff check src tests codegen examples benchmarks
	$(BIN)/ruff format --check src tests codegen examples benchmarks
	$(BIN)/mypy

test: install check-generated lint
	$(BIN)/python -m pytest -q

demo: install  ## the main job: the SDK against a local gateway, end to end
	$(BIN)/python examples/demo.py

bench: install
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
