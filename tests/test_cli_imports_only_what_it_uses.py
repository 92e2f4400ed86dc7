"""`ropa info` starts without the libraries only other commands use (issue 19): no Alembic, no
ReportLab, no openpyxl, no Qt, no Jinja. It opens a register of this version without Alembic
because the schema's revisions are read from the migration files and the head's structure is
written down (file_schema_head.py); both are held here against what Alembic and the migrations say.
A register file of this version it reads with sqlite3 itself (register/quick_summary.py): without
SQLAlchemy, the models or Babel either.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine

from ropa_desktop.register import file_schema, schema

NOT_FOR_INFO = ("alembic", "reportlab", "openpyxl", "PySide6", "jinja2")
# What `ropa info` does without for a register file of this version (tests/register/test_quick_summary.py
# holds what it reads equal to what the models read).
NOT_FOR_A_FILE = ("sqlalchemy", "babel", "ropa_desktop.register.models", "ropa_desktop.register.storage")
MARK = "--- modules ---"


def _modules_after(*argv: str) -> tuple[str, set[str]]:
    """What `ropa ARGV` prints, and the top-level packages imported by the time it is done."""
    out, modules = _all_modules_after(*argv)
    return out, {name.split(".")[0] for name in modules}


def _all_modules_after(*argv: str) -> tuple[str, set[str]]:
    """What `ropa ARGV` prints, and every module imported by the time it is done."""
    code = (
        "import json, sys\n"
        "from ropa_desktop.cli import main\n"
        f"status = main({list(argv)!r})\n"
        f"print({MARK!r})\n"
        "print(json.dumps(sorted(sys.modules)))\n"
        "sys.exit(status)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120)
    out, _, modules = done.stdout.partition(MARK + "\n")
    return out, set(json.loads(modules))


def test_info_imports_none_of_the_libraries_other_commands_use(demo_path: Path, tmp_path: Path):
    register = tmp_path / "demo.ropa"
    shutil.copy2(demo_path, register)

    out, imported = _all_modules_after("info", str(register))

    assert "Organisation:      Connaxis B.V. (Netherlands)" in out
    assert f"Schema version:    {schema.head_revision()}" in out
    assert "ropa_desktop.register.quick_summary" in imported  # what it does use
    unwanted = NOT_FOR_INFO + NOT_FOR_A_FILE
    assert [name for name in unwanted if any(m == name or m.startswith(name + ".") for m in imported)] == []


def test_info_of_an_older_register_migrates_it_with_alembic_and_the_models(tmp_path: Path):
    """The near miss: a register to migrate first is opened as every command opens it."""
    register = tmp_path / "old.ropa"
    shutil.copy2(Path(__file__).parent / "fixtures" / "registers" / "schema-0007.ropa", register)

    out, imported = _all_modules_after("info", str(register))

    assert f"Schema version:    {schema.head_revision()}" in out
    assert {"alembic", "sqlalchemy", "ropa_desktop.register.models", "ropa_desktop.register.storage"} <= imported


def test_the_workbook_export_does_import_openpyxl(demo_path: Path, tmp_path: Path):
    register = tmp_path / "demo.ropa"
    shutil.copy2(demo_path, register)
    workbook = tmp_path / "register.xlsx"

    _out, imported = _modules_after("export", str(register), "--format", "xlsx", "-o", str(workbook))

    assert workbook.read_bytes().startswith(b"PK")  # an xlsx is a zip archive
    assert "openpyxl" in imported
    assert "reportlab" not in imported and "PySide6" not in imported


def test_the_revisions_read_from_the_migration_files_are_alembics():
    assert schema.known_revisions() == schema._chain_by_alembic()
    assert schema.head_revision() == schema.script_directory().get_current_head()


def test_the_revision_read_from_the_version_table_is_alembics(tmp_path: Path):
    engine = create_engine(f"sqlite:///{tmp_path / 'r.db'}")
    try:
        with engine.begin() as connection:
            assert schema.current_revision(connection) is None  # no version table yet
            schema.upgrade(connection, "0007")
            assert schema.current_revision(connection) == "0007"
            assert MigrationContext.configure(connection).get_current_revision() == "0007"
    finally:
        engine.dispose()


def test_the_written_down_head_structure_is_what_the_migrations_make():
    # After a new migration: regenerate file_schema_head.py as file_schema.head_snapshot_source() says.
    head = schema.head_revision()
    from ropa_desktop.register import file_schema_head

    assert file_schema_head.REVISION == head
    assert file_schema.head_snapshot() == file_schema.built_by_migrations(head)
    assert file_schema.expected(head) is file_schema.head_snapshot()


def test_an_older_revision_is_still_built_by_its_migrations():
    older = file_schema.expected("0007")

    assert older == file_schema.built_by_migrations("0007")
    assert "change_log" in file_schema.head_snapshot().tables and "change_log" not in older.tables
