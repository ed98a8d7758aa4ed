# Two entry points for a fresh machine: `make demo` and `make test` (see README).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SHARED ?= ../shared

.PHONY: demo test lint unit eval bench clean

# Stamp files: reinstall only when the package metadata changes.
$(VENV)/.demo-installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade "pip>=25.1"
	$(BIN)/python -m pip install -q -e .
	touch $@

$(VENV)/.test-installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade "pip>=25.1"
	$(BIN)/python -m pip install -q -e ".[all,ray]" --group dev  # ray: the --engine ray tests (~1 min to install)
	touch $@ $(VENV)/.demo-installed

demo: $(VENV)/.demo-installed
	@for f in examples/*.txt; do \
	  echo "===================== $$f"; $(BIN)/sinmun extract "$$f" || exit 1; done

test: $(VENV)/.test-installed lint unit eval

lint: $(VENV)/.test-installed
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

unit: $(VENV)/.test-installed
	$(BIN)/pytest

# The quality gate: official scorer on ../shared, floors pinned in eval/floors.json.
eval: $(VENV)/.test-installed
	$(BIN)/sinmun eval --shared $(SHARED) --gate eval/floors.json
	$(BIN)/sinmun eval --suite semantics --gate eval/semantics-floors.json

bench: $(VENV)/.test-installed
	$(BIN)/python -m pip install -q --group bench
	$(BIN)/python benchmarks/bench_extract.py --shared $(SHARED)
	$(BIN)/python benchmarks/bench_html.py --shared $(SHARED)
	$(BIN)/python benchmarks/bench_semantics.py --shared $(SHARED)

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
