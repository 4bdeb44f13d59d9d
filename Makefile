# The two commands a newcomer runs: `make demo` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
TOOLS := $(CURDIR)/.tools/bin
OPA_VERSION := v1.22.2
# Regal is pinned by tools/regal/go.mod (github.com/styrainc/regal v0.35.1, which
# lints OPA 1.x code). A bare `go install regal@version` asks the module proxy
# for the version list, which it refuses for this module; a tools module does not.
OPA := $(TOOLS)/opa
REGAL := $(TOOLS)/regal

.PHONY: demo test setup tools browser lint rego-test-embedded rego-test pytest clean docs bench samples

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Stamp files so that setup reruns when the dependencies change.
$(VENV)/.installed-demo: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@ $(VENV)/.installed-demo

$(OPA):
	GOBIN=$(TOOLS) go install github.com/open-policy-agent/opa@$(OPA_VERSION)

$(REGAL): tools/regal/go.mod
	cd tools/regal && GOBIN=$(TOOLS) GOFLAGS=-mod=mod go install github.com/styrainc/regal

# Debian's Chromium renders the HTML report in a test. Installing it needs root
# (as on CI); elsewhere the browser test says it was skipped and why.
browser:
	@command -v chromium >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	  || echo "chromium not installed: the HTML report's browser test will be skipped"; }

tools: $(OPA) $(REGAL) browser

setup: $(VENV)/.installed-dev tools

# Lints the bundled examples on the embedded engine. Exit 0 when the linter
# worked, whatever it found (status 1 means findings); 2 is a real failure.
demo: $(VENV)/.installed-demo
	@$(BIN)/ropa-lint check examples/; status=$$?; \
	if [ $$status -ge 2 ]; then echo "demo: ropa-lint failed (status $$status)"; exit $$status; fi; \
	echo "demo: ropa-lint ran (status $$status: 0 = nothing failing, 1 = findings to fix)"

lint: setup
	$(BIN)/ruff check linter tests benchmarks
	$(BIN)/ruff format --check linter tests benchmarks
	@out=$$($(OPA) fmt --list rules examples/custom-rules 2>&1); if [ -n "$$out" ]; then echo "opa fmt would change:"; echo "$$out"; exit 1; fi
	$(OPA) check --strict rules
	$(REGAL) lint --config-file .regal/config.yaml rules

rego-test: setup
	$(OPA) test rules --coverage --format=json > .coverage-rego.json || { $(OPA) test rules; exit 1; }
	$(BIN)/python -m linter.tools.coverage .coverage-rego.json 90

pytest: setup
	ROPA_OPA_BIN=$(OPA) ROPA_REQUIRE_OPA=1 ROPA_REQUIRE_BROWSER=$$(command -v chromium >/dev/null && echo 1) \
	  $(BIN)/python -m pytest -q

# The built-in pack's Rego tests again, on the embedded engine: a second
# proof that both engines read every rule the same way.
rego-test-embedded: $(VENV)/.installed-dev
	$(BIN)/ropa-lint test-rules rules

test: lint rego-test rego-test-embedded pytest


CONFTEST_VERSION := v0.71.1
CONFTEST := $(TOOLS)/conftest

$(CONFTEST):
	GOBIN=$(TOOLS) go install github.com/open-policy-agent/conftest@$(CONFTEST_VERSION)

# Not part of `make test`: minutes of timing, on both engines, beside opa eval
# and conftest. benchmarks/README.md records the figures.
bench: $(VENV)/.installed-dev $(OPA) $(CONFTEST)
	$(BIN)/python benchmarks/run.py --repeat 3 --out benchmarks/results.md

docs: $(VENV)/.installed-demo
	$(BIN)/python -m linter.tools.gendocs docs

# A sample workbook per built-in layout (written by tests/sheet_samples.py,
# never kept as binaries): `ropa-lint check examples/spreadsheets/registre-cnil.ods`.
samples: $(VENV)/.installed-demo
	$(BIN)/python -m tests.sheet_samples examples/spreadsheets

clean:
	rm -rf $(VENV) .tools .pytest_cache .ruff_cache .coverage-rego.json
