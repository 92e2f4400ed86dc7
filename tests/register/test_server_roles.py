"""Roles on a server register are the server's: a reader cannot save, an editor saves but cannot
approve, establish, publish nor rewrite the change log, an approver can, an admin grants roles.
Each refusal is tested twice: through the program (its own check) and around it (raw SQL, or the
program's check switched off), to show that the server's grants refuse it too."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ProgrammingError
from sqlalchemy.pool import NullPool

from ropa_desktop.register import approval, change_log, errors, established, kinds, operations, publications, roles
from ropa_desktop.register.errors import RegisterError
from ropa_desktop.register.models import (
    ActivityApproval,
    ChangeLogEntry,
    EstablishedVersion,
    ProcessingActivity,
    RegisterMeta,
)
from ropa_desktop.register.storage import create_register, open_register


class Team:
    """A register on the test server made by the superuser (its admin), and login roles of the test's own."""

    def __init__(self, databases, url: str):
        self.databases = databases
        self.url = url
        self.logins: list[str] = []
        self.opened = []

    def login(self, role: str | None) -> str:
        """A new LOGIN role holding ``role`` (None: no role of this register); its URL."""
        name = f"t_user_{uuid.uuid4().hex[:10]}"
        self.logins.append(name)
        with self.databases.server._admin.connect() as conn:
            conn.execute(text(f'CREATE ROLE "{name}" LOGIN'))
        if role is not None:
            with open_register(self.url) as register, register.engine.begin() as conn:
                roles.grant(conn, name, role)
        return self.as_user(name)

    def as_user(self, name: str) -> str:
        return make_url(self.url).set(username=name).render_as_string(hide_password=False)

    def open(self, url: str):
        register = open_register(url)
        self.opened.append(register)
        return register

    def drop(self) -> None:
        for register in self.opened:
            register.close()
        database = make_url(self.url).database
        self.databases.drop(self.url)
        with self.databases.server._admin.connect() as conn:
            for name in [*self.logins, *(roles.group_name(database, role) for role in reversed(roles.ROLES))]:
                conn.execute(text(f'DROP ROLE IF EXISTS "{name}"'))


@pytest.fixture
def team(postgres_server):
    url = postgres_server.empty()
    made = Team(postgres_server, url)
    with create_register(url, "Acme") as register, register.transaction() as session:
        session.add(ProcessingActivity(name={"nl": "Salarisadministratie"}))
    yield made
    made.drop()


def _activity(register) -> int:
    with register.session() as session:
        return session.scalars(select(ProcessingActivity.id)).first()


def _rename(register, item_id: int, name: str) -> None:
    snap = operations.read(register, kinds.ACTIVITY, item_id)
    operations.save(register, kinds.ACTIVITY, item_id, {**snap, "name": {**snap["name"], "nl": name}}, base=snap)


def _raw(url: str, statement: str, **values) -> int:
    """``statement`` on a connection of its own, around the program; returns the rows it touched."""
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://"), poolclass=NullPool)
    try:
        with engine.begin() as conn:
            return conn.execute(text(statement), values).rowcount
    finally:
        engine.dispose()


def _refused_by_server(url: str, statement: str, **values) -> str:
    with pytest.raises(ProgrammingError) as refused:
        _raw(url, statement, **values)
    return str(refused.value.orig).lower()


def _names(register, item_id: int) -> str:
    with register.session() as session:
        return session.get(ProcessingActivity, item_id).name["nl"]


# --- the creator ------------------------------------------------------------------------------------------


def test_creating_a_register_on_a_server_makes_its_four_roles_and_the_creator_admin(team):
    database = make_url(team.url).database
    with team.open(team.url) as register, register.engine.connect() as conn:
        listed = {held.role: held for held in roles.holders(conn)}
        owners = set(conn.execute(text("SELECT tableowner FROM pg_tables WHERE schemaname = 'public'")).scalars())
        nologin = conn.execute(
            text("SELECT bool_and(NOT rolcanlogin) FROM pg_roles WHERE rolname = ANY(:n)"),
            {"n": [roles.group_name(database, role) for role in roles.ROLES]},
        ).scalar()
    assert [listed[role].group for role in roles.ROLES] == [f"{database}_{role}" for role in roles.ROLES]
    assert listed[roles.ADMIN].members == ("postgres",)
    assert owners == {f"{database}_admin"}  # the group owns every table: any admin migrates
    assert nologin
    assert register.permissions.role == roles.ADMIN and not register.read_only


# --- reader -----------------------------------------------------------------------------------------------


def test_a_reader_reads_but_cannot_save_and_the_server_refuses_even_a_raw_write(team):
    url = team.login(roles.READER)
    register = team.open(url)
    item = _activity(register)
    assert _names(register, item) == "Salarisadministratie"  # near miss: reading is allowed
    assert register.read_only and register.permissions.role == roles.READER
    assert register.why_read_only() == (
        f"You are connected as \u2018{make_url(url).username}\u2019, who may read "
        f"this register but not change it (role reader)."
    )
    with pytest.raises(RegisterError) as refused:
        _rename(register, item, "Anders")
    assert refused.value.code == errors.NOT_PERMITTED
    register.permissions = roles.EVERYTHING  # the program's own check switched off: the server still refuses
    with pytest.raises(RegisterError) as refused:
        _rename(register, item, "Anders")
    assert refused.value.code == errors.NOT_PERMITTED
    assert "permission denied" in _refused_by_server(url, "UPDATE activities SET version = version + 1")
    assert "permission denied" in _refused_by_server(
        url, "UPDATE register_meta SET value = '9' WHERE key = 'generation'"
    )
    assert _names(team.open(team.url), item) == "Salarisadministratie"


def test_a_login_without_a_role_of_the_register_cannot_even_connect(team):
    url = team.login(None)
    with pytest.raises(RegisterError) as refused:
        open_register(url)
    assert "permission denied" in str(refused.value)


# --- editor -----------------------------------------------------------------------------------------------


def test_an_editor_saves_and_the_change_log_records_the_editors_login_as_who(team):
    url = team.login(roles.EDITOR)
    register = team.open(url)
    assert not register.read_only and register.permissions.role == roles.EDITOR
    item = _activity(register)
    with change_log.acting(who="claims-to-be-someone-else"):
        _rename(register, item, "Salaris en personeel")
    assert _names(team.open(team.url), item) == "Salaris en personeel"
    with register.session() as session:
        last = session.scalars(select(ChangeLogEntry).order_by(ChangeLogEntry.sequence.desc())).first()
    assert (last.field, last.who) == ("name", make_url(url).username)


def test_an_editor_submits_for_review_but_cannot_approve_not_even_around_the_program(team):
    url = team.login(roles.EDITOR)
    register = team.open(url)
    item = _activity(register)
    assert not approval.may_approve(register)
    approval.take_step(register, approval.SUBMIT, [item])  # near miss: submitting is an editor's
    with pytest.raises(RegisterError) as refused:
        approval.take_step(register, approval.APPROVE, [item])
    assert refused.value.code == approval.NOT_ALLOWED
    register.permissions = roles.EVERYTHING  # around the program's check: row-level security refuses
    with pytest.raises(RegisterError) as refused:
        approval.take_step(register, approval.APPROVE, [item])
    assert refused.value.code == errors.NOT_PERMITTED
    assert "row-level security" in _refused_by_server(
        url, "UPDATE activity_approvals SET state = 'established' WHERE activity_id = :item", item=item
    )
    assert approval.states(register, [item])[item].state.value == "in_review"


def test_an_editor_cannot_establish_a_version_nor_publish(team):
    url = team.login(roles.EDITOR)
    register = team.open(url)
    with pytest.raises(RegisterError) as refused:
        established.establish(register, "2026")
    assert refused.value.code == errors.NOT_PERMITTED
    from ropa_desktop.documents.publication import publish

    with pytest.raises(RegisterError) as refused:
        publish(register, force=True)
    assert refused.value.code == errors.NOT_PERMITTED
    register.permissions = roles.EVERYTHING  # around the program's checks
    with pytest.raises(RegisterError) as refused:
        established.establish(register, "2026")
    assert refused.value.code == errors.NOT_PERMITTED
    with pytest.raises(RegisterError) as refused, register.transaction() as session:
        publications.record(session, date(2026, 1, 1), [publications.Document("nl", b"<p>", b"%PDF", "0" * 64)])
    assert refused.value.code == errors.NOT_PERMITTED
    with register.session() as session:
        assert session.scalars(select(EstablishedVersion.name)).all() == ["start"]


def test_an_editor_cannot_change_nor_remove_change_log_entries_nor_other_register_keys(team):
    url = team.login(roles.EDITOR)
    assert "permission denied" in _refused_by_server(url, "UPDATE change_log SET who = 'nobody'")
    assert "permission denied" in _refused_by_server(url, "DELETE FROM change_log")
    assert "row-level security" in _refused_by_server(url, "INSERT INTO register_meta (key, value) VALUES ('x', 'y')")
    # A key other than the counters is not even seen for changing: nothing changes.
    assert _raw(url, "UPDATE register_meta SET value = 'forged' WHERE key = 'format'") == 0
    assert _raw(url, "UPDATE register_meta SET value = value WHERE key = 'generation'") == 1  # near miss
    with team.open(team.url).session() as session:
        assert session.get(RegisterMeta, "format").value == "ropa-desktop-register"
        assert session.scalar(select(ChangeLogEntry.who).where(ChangeLogEntry.who == "nobody")) is None


# --- approver and admin -----------------------------------------------------------------------------------


def test_an_approver_approves_establishes_and_publishes(team):
    register = team.open(team.login(roles.APPROVER))
    assert approval.may_approve(register) and register.permissions.role == roles.APPROVER
    assert not register.permissions.may_manage_users
    item = _activity(register)
    approval.take_step(register, approval.SUBMIT, [item])
    approval.take_step(register, approval.APPROVE, [item])
    version = established.establish(register, "2026")
    with register.transaction() as session:
        publications.record(session, date(2026, 1, 1), [publications.Document("nl", b"<p>", b"%PDF", "0" * 64)])
    with team.open(team.url).session() as session:
        assert session.get(ActivityApproval, item).state.value == "established"
        assert session.get(EstablishedVersion, version.number).name == "2026"
        assert publications.last(session).number == 1


def test_an_admin_grants_and_revokes_roles_and_an_approver_may_not(team):
    admin = team.open(team.login(roles.ADMIN))
    assert admin.permissions.may_manage_users and admin.permissions.role == roles.ADMIN
    colleague = team.login(None)
    name = make_url(colleague).username
    with admin.engine.begin() as conn:
        assert roles.grant(conn, name, roles.EDITOR) is False  # there already: not made
    assert team.open(colleague).permissions.role == roles.EDITOR
    approver = team.open(team.login(roles.APPROVER))
    with pytest.raises(ProgrammingError) as refused, approver.engine.begin() as conn:
        roles.grant(conn, name, roles.APPROVER)
    assert (
        "permission denied" in str(refused.value.orig).lower()
        or "must have admin option" in str(refused.value.orig).lower()
    )
    with admin.engine.begin() as conn:
        roles.revoke(conn, name, roles.EDITOR)
        roles.grant(conn, name, roles.READER)
    assert team.open(colleague).read_only


def test_only_the_admin_may_change_a_change_log_entry(team):
    admin_url = team.login(roles.ADMIN)
    assert _raw(admin_url, "UPDATE change_log SET comment = comment WHERE sequence = 1") == 1
    approver_url = team.login(roles.APPROVER)
    assert "permission denied" in _refused_by_server(approver_url, "DELETE FROM change_log WHERE sequence = 1")


# --- names, and registers made before roles ---------------------------------------------------------------


def test_group_names_fit_postgresql_and_stay_apart():
    assert roles.group_name("acme", roles.APPROVER) == "acme_approver"
    long = "register_" + "é" * 40
    names = {roles.group_name(long, role) for role in roles.ROLES}
    assert len(names) == 4 and all(len(name.encode()) <= 63 for name in names)
    assert roles.group_name(long + "x", roles.READER) != roles.group_name(long + "y", roles.READER)


def test_a_database_with_an_awkward_long_name_gets_its_roles(postgres_server):
    database = 'reg "quoted"; 100% drop-' + "é" * 18  # 60 bytes: the database's name fits, its roles' names not
    server = postgres_server.server
    with server._admin.connect() as conn:
        conn.execute(text('CREATE DATABASE "' + database.replace('"', '""') + '" TEMPLATE template0'))
    url = make_url(server.url).set(database=database).render_as_string(hide_password=False)
    try:
        with create_register(url, "Acme") as register:
            assert register.permissions.role == roles.ADMIN
            with register.engine.connect() as conn:
                assert [len(held.members) for held in roles.holders(conn)] == [0, 0, 0, 1]
    finally:
        with server._admin.connect() as conn:
            conn.execute(text('DROP DATABASE "' + database.replace('"', '""') + '" WITH (FORCE)'))
            for role in reversed(roles.ROLES):
                name = roles.group_name(database, role).replace('"', '""')
                conn.execute(text(f'DROP ROLE IF EXISTS "{name}"'))


def test_a_register_made_before_roles_gets_them_when_its_owner_opens_it(team):
    database = make_url(team.url).database
    groups = [roles.group_name(database, role) for role in reversed(roles.ROLES)]
    engine = create_engine(
        team.url.replace("postgresql://", "postgresql+psycopg://"), poolclass=NullPool, isolation_level="AUTOCOMMIT"
    )
    try:
        with engine.connect() as conn:  # as it was: no groups, the tables the superuser's
            conn.execute(text(f'REASSIGN OWNED BY "{groups[0]}" TO postgres'))
            for name in groups:
                conn.execute(text(f'DROP OWNED BY "{name}"'))
                conn.execute(text(f'DROP ROLE "{name}"'))
            assert not roles.is_set_up(conn)
    finally:
        engine.dispose()
    register = team.open(team.url)
    with register.engine.connect() as conn:
        assert roles.is_set_up(conn)
    reader = team.open(team.login(roles.READER))  # near miss: the reader's grants work on it too
    assert reader.read_only and _names(reader, _activity(reader)) == "Salarisadministratie"


def test_an_owner_who_may_not_create_roles_makes_and_opens_a_register_without_them(postgres_server):
    """Near miss of the above: the groups cannot be made, so the register works as before, by the
    owner's privileges (who may do everything but grant roles)."""
    owner = f"t_owner_{uuid.uuid4().hex[:10]}"
    server = postgres_server.server
    url = postgres_server.empty()
    database = make_url(url).database
    with server._admin.connect() as conn:
        conn.execute(text(f'CREATE ROLE "{owner}" LOGIN'))
        conn.execute(text(f'ALTER DATABASE "{database}" OWNER TO "{owner}"'))
    as_owner = make_url(url).set(username=owner).render_as_string(hide_password=False)
    try:
        with create_register(as_owner, "Acme") as register:
            assert not register.read_only
            assert (register.permissions.may_approve, register.permissions.may_manage_users) == (True, False)
            with register.engine.connect() as conn:
                assert not roles.is_set_up(conn)
        with open_register(as_owner) as register:
            _rename(register, _activity_or_new(register), "Opent gewoon")
    finally:
        postgres_server.drop(url)
        with server._admin.connect() as conn:
            conn.execute(text(f'DROP ROLE "{owner}"'))


def _activity_or_new(register) -> int:
    with register.transaction() as session:
        activity = ProcessingActivity(name={"nl": "Eerste"})
        session.add(activity)
        session.flush()
        return activity.id


def test_a_copy_to_a_server_gets_the_roles_with_the_copying_role_admin(postgres_server, tmp_path):
    from ropa_desktop.register.copy_between import copy_between

    source = tmp_path / "r.ropa"
    create_register(source, "Acme").close()
    url = postgres_server.empty()
    team = Team(postgres_server, url)
    try:
        copy_between(source, url)
        with team.open(url).engine.connect() as conn:
            assert roles.is_set_up(conn)
            assert {held.role: held.members for held in roles.holders(conn)}[roles.ADMIN] == ("postgres",)
        assert team.open(team.login(roles.READER)).read_only
    finally:
        team.drop()


def test_a_table_an_admin_adds_in_a_migration_is_given_to_the_group_when_the_admin_opens_it(team):
    """An admin who is no superuser migrates: the new table is first their login's own, and is
    the admin group's, with the grants, once they open the register."""
    admin_url = team.login(roles.ADMIN)
    _raw(admin_url, "CREATE TABLE later_table (id serial PRIMARY KEY, note text)")  # as a migration would
    register = team.open(admin_url)
    with register.engine.connect() as conn:
        assert roles.is_set_up(conn)
        owner = conn.execute(text("SELECT tableowner FROM pg_tables WHERE tablename = 'later_table'")).scalar()
    assert owner == roles.group_name(make_url(team.url).database, roles.ADMIN)
    editor_url = team.login(roles.EDITOR)
    assert _raw(editor_url, "INSERT INTO later_table (note) VALUES ('x')") == 1  # its sequence too
    assert "permission denied" in _refused_by_server(team.login(roles.READER), "DELETE FROM later_table")


def test_an_editor_removes_an_approved_activity_its_approval_going_with_it(team):
    approver = team.open(team.login(roles.APPROVER))
    item = _activity(approver)
    approval.take_step(approver, approval.SUBMIT, [item])
    approval.take_step(approver, approval.APPROVE, [item])
    editor = team.open(team.login(roles.EDITOR))
    operations.delete(editor, kinds.ACTIVITY, item)  # the cascade is the server's, as the tables' owner
    with team.open(team.url).session() as session:
        assert session.get(ProcessingActivity, item) is None and session.get(ActivityApproval, item) is None
