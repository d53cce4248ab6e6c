# The two commands of the README: `make demo` and `make test`. Each sets up .venv first.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
OUT ?= out

.PHONY: setup demo test bench clean docs browser-deps

$(BIN)/kg: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $@

setup: $(BIN)/kg

demo: setup
	$(BIN)/kg pipeline --out $(OUT)

test: setup browser-deps
	$(BIN)/python -m pytest -n 2 --dist loadgroup

# The vocabulary's HTML, JSON-LD context and w3id rules, regenerated from the ontology.
docs: setup
	$(BIN)/python -m kg.docs

# Chromium for the browser test of the HTML picture (Debian's package; Playwright drives it).
# Installed only where missing and where apt-get can run; the test skips, saying why, without it.
browser-deps:
	@if [ -x /usr/bin/chromium ]; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		(apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium) >/dev/null \
		|| echo "browser-deps: could not install chromium; the browser test will be skipped"; \
	else echo "browser-deps: /usr/bin/chromium missing and apt-get unavailable; the browser test will be skipped"; fi

bench: setup
	for script in benchmarks/*_bench.py; do $(BIN)/python $$script || exit 1; done

clean:
	rm -rf $(OUT) .pytest_cache
