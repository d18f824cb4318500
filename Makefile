# Two entry points for a fresh clone: `make demo` and `make test`. Everything else is a helper for those.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
OUT ?= report

.PHONY: install demo web test lint system-deps bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

## everything: every extra and the test tools (what `make test` needs)
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[all,test]'
	touch $@ $(VENV)/.installed-base

## the base install only: imports, tables, the cross-post comparison, reports (what `make demo` needs)
$(VENV)/.installed-base: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e .
	touch $@

install: $(VENV)/.installed

## system packages the tests need (PostgreSQL, Java for Spark, Chromium), installed when missing
system-deps:
	bash scripts/install-system-deps.sh

## import → collect → compare → report on the bundled synthetic example data, offline
demo: $(VENV)/.installed-base
	$(BIN)/python examples/demo.py --out $(OUT)

## the web app on the demo's store (runs the demo first when its store is missing); Ctrl+C stops it
web: install
	test -f $(OUT)/demo.db || $(MAKE) demo
	$(BIN)/python -m reichweite serve --db $(OUT)/demo.db --open

lint: install
	$(BIN)/ruff check src tests bench examples

test: install system-deps lint
	$(BIN)/python -m pytest

bench: install
	$(BIN)/python bench/bench_store.py

clean:
	rm -rf $(VENV) $(OUT) demo.db build *.egg-info
