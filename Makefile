# The two commands of the README: `make demo` and `make test`. Each sets up .venv first.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
OUT ?= out

.PHONY: setup demo test bench clean

$(BIN)/kg: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $@

setup: $(BIN)/kg

demo: setup
	$(BIN)/kg pipeline --out $(OUT)

test: setup
	$(BIN)/python -m pytest

bench: setup
	for script in benchmarks/*_bench.py; do $(BIN)/python $$script || exit 1; done

clean:
	rm -rf $(OUT) .pytest_cache
