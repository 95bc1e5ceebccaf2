# vdm-protocol: the two entry points of the README, and a few helpers.
# Each target sets up .venv itself on a fresh machine (Python >= 3.11, network to PyPI).

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: run test lint generate docs bench clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

## Main job: check the generated artifacts are in step with the models, then validate
## every shipped example (valid ones pass, invalid ones yield their declared code).
run: $(BIN)/.installed
	$(BIN)/vdm generate --check
	$(BIN)/vdm examples examples

## The test suite (what CI runs).
test: $(BIN)/.installed
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/vdm generate --check
	$(BIN)/python -m pytest

generate: $(BIN)/.installed
	$(BIN)/vdm generate

bench: $(BIN)/.installed
	$(BIN)/python benchmarks/bench_validate.py

clean:
	rm -rf $(VENV) site .pytest_cache
