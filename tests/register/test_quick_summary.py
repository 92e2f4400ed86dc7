"""`ropa info` reads a register file of this version without the models (register/quick_summary.py,
issue 19): the summary it reads is the one the ORM reads (summary.summarise), what it prints is as
before, and it refuses what opening refuses, with the same messages."""

from __future__ import annotations

import shutil
import sqlite3
import sys
from contextlib import closing
from pathlib import Path

import pytest

from ropa_desktop.register import quick_summary, schema, summary
from ropa_desktop.register.models import ActivityRole
from ropa_desktop.register.models.meta import REGISTER_FORMAT
from ropa_desktop.register.opening_checks import REGISTER_FORMAT as CHECKED_FORMAT
from ropa_desktop.register.reference import countries, english_country_names
from ropa_desktop.register.storage import open_register

sys.path.insert(0, str(Path(__file__).parents[2] / "benchmarks"))
from synthetic import make_register  # noqa: E402

pytestmark = pytest.mark.sqlite_only  # register files, read by sqlite3 itself

# What `ropa info` printed for the demo register before it read without the models.
DEMO_INFO = """\
Register:          {path}
Organisation:      Connaxis B.V. (Netherlands)
Languages:         nl, en
Statement date:    2018-07-01
Authority:         Autoriteit Persoonsgegevens
Activities:        7 (6 as controller, 0 as joint controller, 1 as processor)
Data categories:   18
Data subjects:     8
Recipients:        12
Transfers:         4
Security measures: 3
Cookies:           4
Offices:           4
Schema version:    {head}
Reference data:    adequacy list of {reference}
"""


@pytest.fixture
def demo(demo_path, tmp_path) -> Path:
    path = tmp_path / "demo.ropa"
    shutil.copy2(demo_path, path)
    return path


def _by_the_orm(path: Path) -> summary.RegisterSummary:
    with open_register(path) as register:
        return summary.summarise(register)


def _change(path: Path, *statements: str) -> None:
    with closing(sqlite3.connect(path)) as connection:
        for statement in statements:
            connection.execute(statement)
        connection.commit()


def test_info_prints_the_demo_register_as_before(demo, ropa):
    code, out, err = ropa("info", str(demo))

    assert (code, err) == (0, "")
    head, reference = schema.head_revision(), countries.adequacy_list_date().isoformat()
    assert out == DEMO_INFO.format(path=demo, head=head, reference=reference)


def test_the_summary_read_without_the_models_is_the_orms_for_the_demo_register(demo):
    assert quick_summary.summarise_file(demo) == _by_the_orm(demo)


def test_the_summary_read_without_the_models_is_the_orms_for_a_synthetic_register(tmp_path):
    path = tmp_path / "synthetic.ropa"
    make_register(path, 40, seed=3).close()

    found = quick_summary.summarise_file(path)

    assert found == _by_the_orm(path)
    assert found is not None and found.counts["activities"] == 40
    assert sum(found.activities_by_role.values()) == 40


def test_an_authority_of_its_own_a_publication_and_a_country_without_one_read_alike(demo, ropa):
    # The register names its own authority; the statement was published.
    _change(
        demo,
        "INSERT INTO contacts (id, name, attention, address, postal_code, city, country_code, email, phone, website)"
        " VALUES (900, 'Eigen Toezichthouder', '', '', '', '', 'NL', '', '', '')",
        "UPDATE organisation SET supervisory_authority_id = 900",
    )
    assert ropa("publish", str(demo), "--force")[0] == 0
    named = quick_summary.summarise_file(demo)
    assert named == _by_the_orm(demo)
    assert named is not None and named.supervisory_authority == "Eigen Toezichthouder"
    assert named.statement_date != quick_summary._READERS["DATE"]("2018-07-01")  # the publication's day

    # Near miss: no authority of its own, in a country without one in the reference data.
    _change(demo, "UPDATE organisation SET supervisory_authority_id = NULL, country_code = 'CH'")
    default = quick_summary.summarise_file(demo)
    assert default == _by_the_orm(demo)
    assert default is not None and default.supervisory_authority == ""


def test_the_names_written_down_are_the_models(demo):
    assert CHECKED_FORMAT == REGISTER_FORMAT
    assert quick_summary.ROLES == tuple(role.value for role in ActivityRole)
    assert quick_summary.COUNTED_TABLES == {name: model.__tablename__ for name, model in summary.COUNTED.items()}


def test_the_english_country_names_written_down_are_babels():
    # After a Babel upgrade: regenerate english_country_names.py as its docstring says.
    assert english_country_names.NAMES == countries._territories("en")
    codes = [*countries._territories("en"), "XP", "xp", "nl", "", None, "Q1", "ZZZ"]
    assert [english_country_names.country_name(c) for c in codes] == [countries.country_name(c, "en") for c in codes]


def test_an_older_register_is_migrated_by_info_as_before(tmp_path, ropa):
    path = tmp_path / "old.ropa"
    shutil.copy2(Path(__file__).parents[1] / "fixtures" / "registers" / "schema-0007.ropa", path)

    assert quick_summary.summarise_file(path) is None  # left to open_register, which migrates
    code, out, err = ropa("info", str(path))

    assert code == 0, err
    assert f"Schema version:    {schema.head_revision()}" in out
    assert (tmp_path / "old.schema-0007.ropa").exists()  # the copy made before migrating


def test_a_register_of_a_newer_version_is_refused_as_before(demo, ropa):
    _change(demo, "UPDATE alembic_version SET version_num = '9999'")

    assert ropa("info", str(demo)) == (
        2,
        "",
        f"ropa: {demo}: written by a newer version of ROPA Desktop (schema 9999); update ROPA Desktop to open it\n",
    )


def test_a_version_table_with_two_revisions_is_refused_as_damaged(demo, ropa):
    _change(demo, "INSERT INTO alembic_version VALUES ('0001')")

    assert ropa("info", str(demo)) == (
        2,
        "",
        "ropa: the register is damaged: its alembic_version table names 2 schema revisions, not one\n",
    )


@pytest.mark.parametrize(
    "damage, where",
    [
        ("UPDATE organisation SET description = 'not JSON'", "organisation.description"),
        ("UPDATE organisation SET created_at = 'yesterday'", "organisation.created_at"),
        ("UPDATE activities SET role = 'owner' WHERE id = 1", "activities.role"),
    ],
)
def test_a_value_the_orm_cannot_read_is_reported_as_damage(demo, ropa, damage, where):
    _change(demo, damage)

    assert ropa("info", str(demo)) == (2, "", f"ropa: {demo}: damaged: a value in {where} cannot be read\n")


def test_a_value_no_summary_reads_is_no_damage(demo, ropa):
    """The near miss: a damaged value in a column the summary does not read (as before)."""
    _change(demo, "UPDATE activities SET name = 'not JSON' WHERE id = 1")

    code, out, err = ropa("info", str(demo))

    assert (code, err) == (0, "")
    assert "Activities:        7 " in out
