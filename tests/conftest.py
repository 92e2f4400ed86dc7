"""Shared fixtures: registers in temporary folders, never the user's data."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest

from ropa_desktop.register.demo import create_demo_register
from ropa_desktop.register.storage import Register, open_register

FIXTURES = Path(__file__).parent / "fixtures"


# --- two backends: a register file (SQLite) and a register on a PostgreSQL server ------------

# The tests that run on both backends (paths under tests/, by prefix): the storage, the change
# log, the checks, the import, the statement, workbook and dossier, and the window (every GUI test
# whose register comes from these fixtures; the PostgreSQL half of tests/gui takes about 6 minutes
# here, with the test server's cluster in memory: tests/postgres_server.py). Not all tests: the
# suite would take twice as long. A module or test about files only (journals, permissions, the holder
# lock, copies beside the file) says so with ``pytest.mark.sqlite_only``.
BOTH_BACKENDS = (
    "register/",
    "checks/",
    "documents/importing/",
    "documents/test_statement",
    "documents/test_workbook",
    "documents/test_dossier",
    "test_cli_postgres",
    "gui/",
)
BACKENDS = ("sqlite", "postgresql")


def pytest_generate_tests(metafunc):
    """Every test of BOTH_BACKENDS that makes its register through ``backend`` runs twice."""
    if "backend" not in metafunc.fixturenames or metafunc.definition.get_closest_marker("sqlite_only"):
        return
    if any(
        isinstance(getattr(mark, "args", None), tuple) and mark.args and mark.args[0] == "backend"
        for mark in metafunc.definition.iter_markers("parametrize")
    ):
        return  # the test chose its backends itself
    where = Path(metafunc.definition.path).relative_to(Path(__file__).parent).as_posix()
    if where.startswith(BOTH_BACKENDS):
        metafunc.parametrize("backend", BACKENDS, indirect=True)


@pytest.fixture
def backend(request) -> str:
    """Where the test's registers are: "sqlite" (a file; every test not on both backends) or
    "postgresql" (a database of its own on the test run's server)."""
    return getattr(request, "param", "sqlite")


@pytest.fixture(scope="session")
def _log_folder(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("logs")


@pytest.fixture(autouse=True)
def _logs_kept_in_the_test_run(monkeypatch, _log_folder):
    """Log files (ropa_desktop.logs) go to the test run's folder, never the user's log folder."""
    if "ROPA_LOG_DIR" not in os.environ:
        monkeypatch.setenv("ROPA_LOG_DIR", str(_log_folder))


@pytest.fixture(scope="session")
def postgres_server():
    """The test run's PostgreSQL server (tests/postgres_server.py), stopped and deleted at the end.
    Without one: a skip with the reason, but in CI (CI=true) a failure: CI runs everything."""
    import postgres_server as server_module

    try:
        server = server_module.start()
    except server_module.Unavailable as exc:
        if os.environ.get("CI", "").lower() in ("true", "1", "yes"):
            pytest.fail(f"no PostgreSQL server for the tests: {exc}", pytrace=False)
        pytest.skip(f"no PostgreSQL server for the tests: {exc}")
    try:
        yield server_module.Databases(server)
    finally:
        server.stop()


@pytest.fixture
def stoppable_server(postgres_server):
    """The test run's server itself (tests/postgres_server.Server), for the tests that stop and
    start it (faults, live updates); a server of someone else's is not stopped: they skip."""
    if postgres_server.server.data is None:
        pytest.skip("a server of someone else's (ROPA_TEST_POSTGRES_URL) is not stopped by the tests")
    return postgres_server.server


@pytest.fixture
def postgres_url(postgres_server):
    """The URL of an empty database of the test's own on the test run's server."""
    url = postgres_server.empty()
    yield url
    postgres_server.drop(url)


@pytest.fixture
def register_target(backend, tmp_path, request):
    """``register_target(name)``: where to create a register: a file in tmp_path, or (backend
    "postgresql") the URL of a new empty database, dropped after the test."""
    if backend != "postgresql":
        return lambda name="register.ropa": tmp_path / name
    databases = request.getfixturevalue("postgres_server")
    made = []

    def target(name="register.ropa"):
        made.append(databases.empty())
        return made[-1]

    request.addfinalizer(lambda: [databases.drop(url) for url in made])
    return target


@pytest.fixture
def copy_of_register(backend, tmp_path, request):
    """``copy_of_register(key, build, path=None)``: a fresh register opened from a copy of one
    built once per run: a file copy of ``path`` (SQLite), or a new database from a template
    built by ``build(url)`` (PostgreSQL). Closed (and dropped) after the test."""
    opened = []

    def copy(key: str, build, path: Path | None = None) -> Register:
        if backend == "postgresql":
            databases = request.getfixturevalue("postgres_server")
            url = databases.copy_of(key, build)
            request.addfinalizer(lambda: databases.drop(url))
            register = open_register(url)
        else:
            target = tmp_path / f"{key}.ropa"
            shutil.copy2(path, target)
            register = open_register(target)
        opened.append(register)
        return register

    yield copy
    for register in opened:
        register.close()


@pytest.fixture
def demo_register(copy_of_register, demo_path: Path) -> Register:
    """A fresh demo register per test, copied from the one made for the run (same content,
    a hundred times faster than building it anew); on the server too when ``backend`` says so."""
    return copy_of_register("demo", create_demo_register, demo_path)


@pytest.fixture(scope="session")
def demo_path(tmp_path_factory) -> Path:
    """A demo register made once per test run; tests must not change it."""
    path = tmp_path_factory.mktemp("demo") / "demo.ropa"
    create_demo_register(path).close()
    return path


@pytest.fixture
def seed_text() -> str:
    return (FIXTURES / "seed" / "privacyverklaring-connaxis-2018.txt").read_text(encoding="utf-8")


@pytest.fixture
def ropa(capsys):
    """Run the `ropa` command line in-process: ropa("info", path) -> (exit code, stdout, stderr)."""
    from ropa_desktop.cli import main

    def run(*argv: str) -> tuple[int, str, str]:
        try:
            code = main(list(argv))
        except SystemExit as exit_:  # argparse's own exits (--version, usage errors)
            code = exit_.code
        out, err = capsys.readouterr()
        return code, out, err

    return run


HOLD_LOCK = (
    "import fcntl, sys; f = open(sys.argv[1], 'rb'); fcntl.flock(f, fcntl.LOCK_EX); "
    "print('locked', flush=True); sys.stdin.read()"
)


@contextmanager
def _lock_held_elsewhere(path):
    """Another process holds flock on ``path`` (a live writer) until the block ends."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        yield
    finally:
        holder.stdin.close()
        holder.wait(timeout=10)
        holder.stdout.close()


@pytest.fixture
def lock_held_elsewhere():
    """A context manager: ``with lock_held_elsewhere(path):`` another process holds its lock."""
    return _lock_held_elsewhere
