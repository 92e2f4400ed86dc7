"""`ropa users REG`: the roles of a server register and who has each; --grant and --revoke, which
the server allows only an admin; a register file has no users."""

from __future__ import annotations

import io
import uuid

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from ropa_desktop.register import roles
from ropa_desktop.register.storage import open_register


@pytest.fixture
def server_register(ropa, postgres_server):
    """A register made with `ropa new` on the test server by the superuser; its roles and the
    test's login roles dropped afterwards."""
    url = postgres_server.empty()
    made: list[str] = []
    code, _out, err = ropa("new", url, "--org", "Team B.V.")
    assert code == 0, err
    yield url, made
    database = make_url(url).database
    postgres_server.drop(url)
    with postgres_server.server._admin.connect() as conn:
        for name in [*made, *(roles.group_name(database, role) for role in reversed(roles.ROLES))]:
            conn.execute(text(f'DROP ROLE IF EXISTS "{name}"'))


def _user(made: list[str]) -> str:
    made.append(f"t_cli_{uuid.uuid4().hex[:10]}")
    return made[-1]


def _as(url: str, user: str) -> str:
    return make_url(url).set(username=user).render_as_string(hide_password=False)


def test_users_lists_the_four_roles_with_the_creator_as_admin(ropa, server_register):
    url, _made = server_register
    code, out, err = ropa("users", url)
    assert code == 0, err
    lines = out.splitlines()
    assert "you are postgres, admin" in lines[0]
    assert [line.split()[0] for line in lines[1::2]] == ["reader", "editor", "approver", "admin"]
    assert lines[7].split() == ["admin", "postgres"]
    assert lines[1].split() == ["reader", "-"]


def test_grant_makes_the_login_role_with_its_password_and_revoke_takes_the_role(ropa, server_register, monkeypatch):
    url, made = server_register
    user = _user(made)
    monkeypatch.setattr("sys.stdin", io.StringIO("geheim wachtwoord\n"))
    code, out, err = ropa("users", url, "--grant", user, "editor", "--password-stdin")
    assert code == 0, err
    assert out == f"Created the login role {user}. {user} is now an editor of {make_url(url).render_as_string()}.\n"
    with open_register(url) as register, register.engine.connect() as conn:
        stored = conn.execute(
            text("SELECT rolpassword, rolcanlogin FROM pg_authid WHERE rolname = :n"), {"n": user}
        ).one()
    assert stored.rolcanlogin and stored.rolpassword.startswith("SCRAM-SHA-256$")  # hashed, never plain
    assert f"editor    {user}" in ropa("users", url)[1]
    with open_register(_as(url, user)) as register:
        assert register.permissions.role == roles.EDITOR
    code, out, err = ropa("users", url, "--revoke", user, "editor")
    assert code == 0 and "no longer an editor" in out, err
    assert f"editor    {user}" not in ropa("users", url)[1]


def test_only_an_admin_may_grant_and_the_server_refuses_others_too(ropa, server_register, monkeypatch):
    url, made = server_register
    editor = _user(made)
    monkeypatch.setattr("sys.stdin", io.StringIO("\n"))  # no password: the test server trusts local connections
    assert ropa("users", url, "--grant", editor, "editor", "--password-stdin")[0] == 0
    code, out, err = ropa("users", _as(url, editor), "--grant", editor, "approver")
    assert code == 2 and out == ""
    assert err.endswith(
        f"you are connected as {editor}, an editor; only an admin of the register may grant or revoke roles\n"
    )
    # Around the program: the server refuses the grant itself.
    with open_register(_as(url, editor)) as register:
        with pytest.raises(Exception) as refused, register.engine.begin() as conn:
            roles.grant(conn, editor, roles.APPROVER)
    assert "permission denied" in str(refused.value).lower() or "admin option" in str(refused.value).lower()
    # Near miss: an editor may still list who has which role.
    assert ropa("users", _as(url, editor))[0] == 0


def test_an_unknown_role_is_refused(ropa, server_register):
    url, made = server_register
    code, _out, err = ropa("users", url, "--grant", _user(made), "superuser")
    assert code == 2 and "no role 'superuser' (choose from reader, editor, approver, admin)" in err


def test_a_register_file_has_no_users(ropa, tmp_path):
    path = tmp_path / "r.ropa"
    assert ropa("new", str(path), "--org", "Acme")[0] == 0
    code, out, err = ropa("users", str(path))
    assert code == 2 and out == ""
    assert err == (
        f"ropa: {path} is a register file, which has no users: whoever can open the file can change "
        f"it (roles are for a register on a PostgreSQL server)\n"
    )
