# Two commands do all set-up on a fresh machine: `make run` and `make test`.
VENV ?= .venv
PYTHON ?= python3
BIN = $(VENV)/bin
HEARTWORK = $(BIN)/heartwork
# The suite runs on every core (pytest-xdist; each worker has its own test database) and
# names its slowest tests, so that a run that grows says where. Work stealing keeps both
# workers busy to the end when a minute-long browser test lands last. Override to narrow
# it: make test PYTEST_ARGS="-k journal -x".
PYTEST_ARGS ?= -n auto --dist worksteal --durations=15

.PHONY: run test pytest lint install install-dev demo clean

# axe-core (from npm, pinned in package-lock.json) is read by the browser tests that check
# every page for accessibility problems; it is never served to anyone.
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

## make run: install, migrate, create the demo couple, serve at http://127.0.0.1:8000
run: install
	$(HEARTWORK) migrate --noinput
	$(HEARTWORK) demo
	$(HEARTWORK) serve

## make test: install the dev extras, lint, type-check, check migrations, run every test
test: install-dev lint node_modules/.installed
	$(HEARTWORK) makemigrations --check --dry-run
	$(MAKE) --no-print-directory pytest

## make pytest: the tests alone (CI's second pass, on PostgreSQL: the checks above ran once)
pytest: install-dev node_modules/.installed
	$(BIN)/pytest $(PYTEST_ARGS)

lint: install-dev
	$(BIN)/ruff check src tools bench conftest.py
	$(BIN)/ruff format --check src tools bench conftest.py
	$(BIN)/mypy

clean:
	rm -rf $(VENV) node_modules data/test*.sqlite3* test-artifacts
