"""Shared fixtures: registers in temporary folders, never the user's data."""

from __future__ import annotations

import shutil
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest

from ropa_desktop.register.demo import create_demo_register
from ropa_desktop.register.storage import Register, open_register

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def demo_register(demo_path: Path, tmp_path: Path) -> Register:
    """A fresh demo register per test, copied from the one made for the run (same content,
    a hundred times faster than building it anew)."""
    path = tmp_path / "demo.ropa"
    shutil.copy2(demo_path, path)
    register = open_register(path)
    yield register
    register.close()


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


HOLD_LOCK = ("import fcntl, sys; f = open(sys.argv[1], 'rb'); fcntl.flock(f, fcntl.LOCK_EX); "
             "print('locked', flush=True); sys.stdin.read()")


@contextmanager
def _lock_held_elsewhere(path):
    """Another process holds flock on ``path`` (a live writer) until the block ends."""
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(path)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
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
