# Everything from nothing but python3: `make run` starts the app, `make test` runs the tests.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test lint demo clean benchmark translations stress stress-log package package-test html-checks

# constraints.txt: the versions tested together, so a fresh machine installs what CI installed.
$(STAMP): pyproject.toml constraints.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c constraints.txt -e '.[test,lint]'
	touch $(STAMP)

# Opens the register used last; on a first start it offers the demo register. First: are the system
# libraries of Qt's X11 plugin there (libxcb-cursor0...)? If not, the one apt-get command to run.
run: $(STAMP)
	$(PY) packaging/qt_libraries.py --check
	$(VENV)/bin/ropa-desktop $(REGISTER)

# What CI checks before the tests (and .pre-commit-config.yaml at each commit): lint, format, types.
lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

# pytest exits 5 when it collected no tests; make treats any non-zero exit as failure.
test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

demo: $(STAMP)
	$(VENV)/bin/ropa demo demo.ropa

# After changing interface texts: update the .ts files, translate in Qt Linguist
# (.venv/bin/pyside6-linguist), then run this again to compile the .qm files.
TS_DIR  := resources/translations
GUI_SRC  = $(shell find ropa_desktop/gui -name '*.py' | sort)
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $(GUI_SRC) -no-obsolete -source-language en -target-language nl -ts $(TS_DIR)/ropa_desktop_nl.ts
	$(VENV)/bin/pyside6-lrelease $(TS_DIR)/ropa_desktop_nl.ts -qm $(TS_DIR)/ropa_desktop_nl.qm

benchmark: $(STAMP)
	$(PY) benchmarks/run_all.py

# The HTML statement through the W3C Nu validator and axe-core in Chromium (issue 20). Needs Java,
# Node.js and Debian's chromium (apt-get install chromium); the npm tools come from the registry.
html-checks: $(STAMP)
	npm ci --prefix benchmarks/html_checks --no-audit --no-fund
	$(PY) benchmarks/validate_statement_html.py

# Kills imports, exports and the window at random moments and checks nothing is lost or left behind
# (about half an hour; STRESS="--quick" for a few minutes). Not part of `make benchmark`.
stress: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/stress_kill.py --json benchmarks/results/stress_kill.json $(STRESS)

# Kills a program saving in a loop and checks the change log after each kill: the chain verifies,
# no gap, every committed save has its entries and no entry lacks its save (300 kills, 15-25 minutes;
# STRESS_LOG="--rounds 20" for a quick run).
stress-log: $(STAMP)
	$(PY) benchmarks/stress_change_log.py --json benchmarks/results/stress_change_log.json $(STRESS_LOG)

# The one-folder program (dist/ropa-desktop: ropa-desktop and ropa, PyInstaller) and the .deb that
# installs it (dist/ropa-desktop_VERSION_ARCH.deb); packaging/ropa-desktop.spec tells of Windows and
# macOS. package-test runs both, away from the source tree (packaging/smoke_test.sh).
PACKAGE_STAMP := $(VENV)/.installed-package
$(PACKAGE_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -c constraints.txt -e '.[package]'
	touch $(PACKAGE_STAMP)

package: $(PACKAGE_STAMP)
	$(PY) packaging/make_icons.py build/icons
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller packaging/ropa-desktop.spec
	$(PY) packaging/build_deb.py dist/ropa-desktop dist

package-test:
	bash packaging/smoke_test.sh dist/ropa-desktop dist/ropa-desktop_*.deb

clean:
	rm -rf $(VENV) build dist *.egg-info
