# Every target creates what it needs: a fresh clone only needs Python >= 3.11 and the package index.
PY ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

# The other Pythons the package claims (3.11 is $(PY)): found on PATH, else in pyenv's versions.
OTHER_PYTHONS := 3.12 3.13
PYENV_DIR := $(or $(PYENV_ROOT),$(HOME)/.pyenv)
find_python = $(firstword $(foreach p,$(shell command -v python$(1) 2>/dev/null) $(wildcard $(PYENV_DIR)/versions/$(1).*/bin/python$(1)),$(if $(shell $(p) -c 'import sys; print(1)' 2>/dev/null),$(p))))
# What runs on them (the whole suite runs on 3.11): the SDK's unit, wire, fault and parity tests
# (tests/facade), and the agent workflow end to end against a real local gateway.
OTHER_PYTHON_TESTS := tests/facade tests/e2e/test_agent_workflow.py

.PHONY: install generate api-reference check-generated lint test test-other-pythons demo bench clean

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev,local,examples]"
	touch $(STAMP)

generate: install  ## openapi.json -> src/mcpgateway_sdk/_generated, async facade -> sync facade, api.md
	$(BIN)/python codegen/generate.py
	$(BIN)/python codegen/unasync.py
	$(BIN)/python codegen/api_reference.py

api-reference: install  ## api.md, from the clients themselves
	$(BIN)/python codegen/api_reference.py

check-generated: install  ## fail if anything generated is stale
	$(BIN)/python codegen/generate.py --check
	$(BIN)/python codegen/unasync.py --check
	$(BIN)/python codegen/api_reference.py --check

lint: install
	$(BIN)/ruff check src tests codegen examples benchmarks
	$(BIN)/ruff format --check src tests codegen examples benchmarks
	$(BIN)/mypy

test: install check-generated lint
	$(BIN)/python -m pytest -q
	$(MAKE) --no-print-directory test-other-pythons

test-other-pythons: $(foreach v,$(OTHER_PYTHONS),test-py$(v))

test-py%: .venv-%/.installed-stamp
	@echo "== Python $* =="
	.venv-$*/bin/python -m pytest -q $(OTHER_PYTHON_TESTS)

.PRECIOUS: .venv-%/.installed-stamp
.venv-%/.installed-stamp: pyproject.toml
	@test -n "$(call find_python,$*)" || { echo "Python $* not found on PATH or under $(PYENV_DIR)/versions" >&2; exit 1; }
	$(call find_python,$*) -m venv .venv-$*
	.venv-$*/bin/python -m pip install --quiet --upgrade pip
	.venv-$*/bin/python -m pip install --quiet -e ".[dev,local]"
	touch $@

demo: install  ## the main job: the SDK against a local gateway, end to end
	$(BIN)/python examples/demo.py

bench: install
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) $(foreach v,$(OTHER_PYTHONS),.venv-$(v)) build dist .pytest_cache .mypy_cache .ruff_cache
