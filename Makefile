# Everything from nothing but python3: `make run` starts the app, `make test` runs the tests.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test demo clean benchmark

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	@if [ -x $(VENV)/bin/ropa-desktop ]; then $(VENV)/bin/ropa-desktop; \
	else echo "The window is not built yet (the desktop editor issue); try: make demo && $(VENV)/bin/ropa info demo.ropa"; exit 1; fi

# pytest exits 5 when it collected no tests; make treats any non-zero exit as failure.
test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

demo: $(STAMP)
	$(VENV)/bin/ropa demo demo.ropa

benchmark: $(STAMP)
	$(PY) benchmarks/run_all.py

clean:
	rm -rf $(VENV) build *.egg-info
