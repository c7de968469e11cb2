# Cairo Desktop: set-up, run, test, benchmark and package with one command each.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test

.PHONY: run test lint bench dist dist-test screenshots clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test,bench]"
	touch $(STAMP) $@

run: $(STAMP)
	$(VENV)/bin/cairo-desktop

lint: $(TEST_STAMP)
	$(VENV)/bin/lint-imports

test: $(TEST_STAMP) lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

bench: $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks

screenshots: $(TEST_STAMP)
	xvfb-run -a -s "-screen 0 1680x1050x24" $(PY) scripts/screenshots.py

dist: $(STAMP)
	$(PY) -c "import PyInstaller" 2>/dev/null || $(PY) -m pip install --quiet -e ".[dist]"
	$(PY) packaging/build.py

dist-test: dist
	$(PY) packaging/build.py --test-only

clean:
	rm -rf $(VENV) build dist .pytest_cache
