"""The register's schema revision is read without Alembic (register/schema.py); a version table that
names more than one revision is a damaged register, said in one sentence, not a bug."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from ropa_desktop.register import errors, schema
from ropa_desktop.register.errors import RegisterError
from ropa_desktop.register.storage import open_register

pytestmark = pytest.mark.sqlite_only  # a crafted register file


def test_a_version_table_with_two_revisions_is_a_damaged_register(demo_path, tmp_path):
    path = tmp_path / "two.ropa"
    shutil.copyfile(demo_path, path)
    with sqlite3.connect(path) as connection:
        connection.execute("INSERT INTO alembic_version VALUES ('0001')")
    connection.close()
    with pytest.raises(RegisterError) as refused:
        with open_register(path) as register:
            register.schema_revision()
    assert refused.value.code == errors.DAMAGED
    assert "names 2 schema revisions" in str(refused.value)


def test_one_revision_is_read_as_the_head(demo_path, tmp_path):
    """The near miss: the demo register names the one revision this version makes."""
    path = tmp_path / "one.ropa"
    shutil.copyfile(demo_path, path)
    with open_register(path) as register:
        assert register.schema_revision() == schema.head_revision()
