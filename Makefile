# `make demo` and `make test` work on a fresh machine with Python 3.11 and make.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test lint clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --upgrade pip >/dev/null

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -e '.[dev]'
	touch $@

demo: $(VENV)/.installed
	$(BIN)/analyzer check examples/vp-785-2023.txt

test: $(VENV)/.installed
	$(BIN)/python -m pytest -q
	$(BIN)/ruff check analyzer tests
	$(BIN)/mypy

lint: $(VENV)/.installed
	$(BIN)/ruff check analyzer tests
	$(BIN)/ruff format --check analyzer tests
	$(BIN)/mypy

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
