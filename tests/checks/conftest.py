"""The clean register of registers.py, built once per test module and copied for each test."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from registers import clean_register

from ropa_desktop.register.storage import Register


@pytest.fixture(scope="module")
def clean_path(tmp_path_factory) -> Path:
    """The clean register, built once for the module (tests must not change it)."""
    folder = tmp_path_factory.mktemp("clean")
    clean_register(folder).close()
    return folder / "clean.ropa"


@pytest.fixture
def clean(copy_of_register, clean_path) -> Register:
    """A fresh copy of the clean register per test (on the server too when ``backend`` says so)."""
    return copy_of_register("clean", clean_register, clean_path)


@pytest.fixture(autouse=True)
def no_rule_raises(request, caplog):
    """checks/run.py leaves a rule that raises out and logs it, so a near miss of a broken rule
    would pass unseen: here it fails the test (unless its module sets ``BREAKS_A_RULE``)."""
    yield
    if getattr(request.module, "BREAKS_A_RULE", False):
        return
    broken = [
        r.getMessage()
        for r in caplog.get_records("call")
        if r.name == "ropa_desktop.checks.run" and r.levelno >= logging.ERROR
    ]
    assert not broken, broken
