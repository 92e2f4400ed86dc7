"""Saved server connections: in the settings without the password, the password in the keyring."""

from __future__ import annotations

from pathlib import Path

import pytest

from ropa_desktop.gui import server_connections as sc
from ropa_desktop.gui.settings import Settings
from ropa_desktop.register import errors
from ropa_desktop.register.errors import RegisterError
from ropa_desktop.register.storage import open_register

SECRET = "s3cret-Wachtwoord"
TEAM = sc.ServerConnection(
    name="Team register", host="db.example.org", database="ropa", user="anna", sslmode="verify-full"
)


def test_a_saved_connection_survives_a_restart_without_its_password(tmp_path, memory_keyring):
    sc.ConnectionStore(Settings(tmp_path / "settings.ini")).save(TEAM, SECRET)

    again = sc.ConnectionStore(Settings(tmp_path / "settings.ini"))  # the next start of the program
    assert again.connections() == [TEAM]
    assert SECRET not in (tmp_path / "settings.ini").read_text(encoding="utf-8")
    assert memory_keyring.passwords == {(sc.KEYRING_SERVICE, "anna@db.example.org:5432/ropa"): SECRET}
    assert sc.stored_password(TEAM) == SECRET


def test_without_a_keyring_the_password_is_nowhere_kept(tmp_path, no_keyring):
    settings = Settings(tmp_path / "settings.ini")
    store = sc.ConnectionStore(settings)
    store.save(TEAM, SECRET)
    settings.sync()
    assert not sc.keyring_available()
    assert store.connections() == [TEAM]
    assert sc.stored_password(TEAM) is None
    assert SECRET not in (tmp_path / "settings.ini").read_text(encoding="utf-8")


def test_remove_deletes_the_connection_and_its_password(tmp_path, memory_keyring):
    store = sc.ConnectionStore(Settings(tmp_path / "settings.ini"))
    other = sc.ServerConnection(name="Test server", host="test.example.org", database="ropa", user="anna")
    store.save(TEAM, SECRET)
    store.save(other, "other")
    store.remove(TEAM.name)
    assert store.connections() == [other]
    assert sc.stored_password(TEAM) is None
    assert sc.stored_password(other) == "other"  # near miss: the other connection keeps its own


def test_a_password_two_saved_connections_share_stays_while_one_is_left(tmp_path, memory_keyring):
    store = sc.ConnectionStore(Settings(tmp_path / "settings.ini"))
    store.save(TEAM, SECRET)
    store.save(sc.with_name(TEAM, "Same, other name"), "")
    store.remove(TEAM.name)
    assert sc.stored_password(TEAM) == SECRET
    store.remove("Same, other name")
    assert sc.stored_password(TEAM) is None


def test_editing_keeps_the_place_and_moves_the_password_with_the_account(tmp_path, memory_keyring):
    store = sc.ConnectionStore(Settings(tmp_path / "settings.ini"))
    first = sc.ServerConnection(name="First", host="a.example.org", database="ropa", user="anna")
    store.save(first, "pw")
    store.save(TEAM, SECRET)
    moved = sc.ServerConnection(name="First, moved", host="b.example.org", database="ropa", user="anna")
    store.save(moved, "", replacing="First")
    assert [c.name for c in store.connections()] == ["First, moved", "Team register"]
    assert sc.stored_password(moved) == "pw"
    assert sc.stored_password(first) is None


def test_the_location_has_no_password_and_names_the_connection_again(memory_keyring):
    location = TEAM.location
    assert location == "postgresql+psycopg://anna@db.example.org:5432/ropa?sslmode=verify-full"
    assert sc.from_location(location, "Team register") == TEAM
    assert sc.from_location("/home/anna/register.ropa") is None
    assert SECRET in TEAM.url(SECRET).render_as_string(hide_password=False)
    assert SECRET not in sc.hidden(TEAM.url(SECRET).render_as_string(hide_password=False))


def test_open_server_hands_the_password_to_the_driver_only(demo_path: Path, tmp_path):
    handed = []

    def opener(url: str):
        handed.append(url)
        return open_register(demo_path)

    register = sc.open_server(TEAM, SECRET, opener)
    try:
        assert SECRET in handed[0] and handed[0].startswith("postgresql+psycopg://anna:")
        assert register.location == TEAM.location
        assert SECRET not in register.location
    finally:
        register.close()


@pytest.mark.parametrize(
    ("message", "code", "kind"),
    [
        ('connection failed: FATAL:  password authentication failed for user "anna"', "", sc.REFUSED_LOGIN),
        (
            "postgresql+psycopg://anna@h/ropa?sslmode=prefer: the server refused the user name or password",
            errors.UNREACHABLE,
            sc.REFUSED_LOGIN,
        ),
        ('FATAL:  database "ropa" does not exist', "", sc.NO_DATABASE),
        (
            "postgresql+psycopg://anna@h/ropa?sslmode=prefer: the database server cannot be reached (is it running?)",
            errors.UNREACHABLE,
            sc.UNREACHABLE,
        ),
        ("connection failed: server does not support SSL, but SSL was required", "", sc.TLS),
        (
            "postgresql+psycopg://anna@h/ropa?sslmode=require: not a ROPA register",
            errors.NOT_A_REGISTER,
            sc.NOT_A_REGISTER,
        ),
        ("written by a newer version of ROPA Desktop (schema 0099)", errors.NEWER_VERSION, sc.NEWER),
        ("permission denied for table activity", "", sc.NO_PERMISSION),
        # Near miss: the sslmode in the URL of a message is no TLS fault.
        ("postgresql+psycopg://anna@h/ropa?sslmode=require: something else entirely", "", sc.OTHER),
    ],
)
def test_a_failure_is_told_by_its_kind(message, code, kind):
    assert sc.failure(RegisterError(message, code)) == kind


def test_a_missing_driver_is_told_apart():
    assert sc.failure(ModuleNotFoundError("No module named 'psycopg'")) == sc.NO_DRIVER


def test_the_technical_line_never_shows_the_password():
    assert sc.first_line(RuntimeError(f"oops {SECRET}\nsecond line"), SECRET) == "oops ***"
