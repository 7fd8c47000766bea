# Two commands matter on a fresh machine: `make demo` and `make test` (see README.md).

VENV ?= .venv
BIN := $(VENV)/bin
# Python 3.12 (.python-version): pyenv's when there is one, else python3.12 on the PATH.
BOOTSTRAP_PYTHON ?= $(shell pyenv which python 2>/dev/null || command -v python3.12 || echo python3.12)
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: demo test install system-packages messages lint format test-sqlite test-postgres clean

$(BIN)/observatory: pyproject.toml
	$(BOOTSTRAP_PYTHON) -c 'import sys; assert sys.version_info >= (3, 12), "Python 3.12 is needed (see .python-version)"'
	$(BOOTSTRAP_PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $@

install: $(BIN)/observatory

# From npm: the world map's countries (world-atlas) and axe-core, which the accessibility tests load
# into the browser.
NODE_MODULES := node_modules/.package-lock.json
$(NODE_MODULES): package.json package-lock.json
	npm ci --no-audit --no-fund --silent
	touch $@

system-packages:
	scripts/install-system-packages

## Compile the translations (.po -> .mo).
messages: install
	$(BIN)/observatory compilemessages --ignore '.venv' --ignore 'var' -v 0

## The demo: reference data, demo accounts, the portal on http://$(HOST):$(PORT)/
demo: install messages
	@if command -v npm >/dev/null; then $(MAKE) --no-print-directory $(NODE_MODULES); else echo "npm not found: the portal's maps are left out (their tables stay)"; fi
	$(BIN)/observatory migrate --verbosity 0
	$(BIN)/observatory load-reference
	$(BIN)/observatory collectstatic --noinput --verbosity 0
	$(BIN)/observatory load-demo
	@echo "Portal: http://$(HOST):$(PORT)/  (back office: http://$(HOST):$(PORT)/back-office/)"
	$(BIN)/observatory serve --host $(HOST) --port $(PORT)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

test-sqlite: install messages $(NODE_MODULES)
	scripts/run-pytest $(BIN)/pytest

test-postgres: install messages $(NODE_MODULES)
	scripts/with-postgres scripts/run-pytest $(BIN)/pytest

## Everything CI runs: lint, then the whole suite on SQLite and again on PostgreSQL.
test: system-packages lint test-sqlite test-postgres

clean:
	rm -rf $(VENV) var test-artifacts .pytest_cache .ruff_cache node_modules
	find observatory -name '*.mo' -delete
