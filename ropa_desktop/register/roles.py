"""Who may do what in a register on a PostgreSQL server: four roles the server itself enforces.

A register file has no users: whoever can open the file can change it. A register on a server is
shared by a team, so the server keeps the rules, by its own roles and grants, whatever program
connects (this one, an older one, psql):

- **reader**: connect, and read every table;
- **editor**: a reader who also adds, changes and removes items, adds entries to the change log
  (never changes nor removes one), raises the register's generation and the change log's head in
  ``register_meta`` (row-level security: no other key), and submits activities for review or puts
  them back to concept (row-level security on ``activity_approvals``: no other state);
- **approver**: an editor who also approves and withdraws activities, establishes versions
  (``established_versions``) and publishes the statement (``publications``, ``published_documents``);
- **admin**: everything: the group owns the tables (so an admin can migrate the register to a new
  version of ROPA Desktop, and alone may change or remove change-log entries), and may grant the
  other three roles to others.

Each role is a group role (NOLOGIN) of its own per register database, a member of the one before
it (an approver is an editor is a reader). People log in as roles of their own (LOGIN) that are
members of one group (``ropa users REG --grant USER ROLE``). Role names are cluster-wide, so each
group is named after the database: ``<database>_reader``, ``_editor``, ``_approver``, ``_admin``.
A name longer than PostgreSQL's 63 bytes keeps the database name's start, then eight hex digits
of its SHA-256, then the role (``group_name``). Names are always quoted in the SQL made here.

``set_up`` makes the groups and grants, idempotently; it runs when a register is created on a
server (the creating role becomes admin), after a copy to a server, and on opening a register
made before roles existed when the connected role may (a superuser, or the tables' owner who may
create roles). ``permissions`` reads what the connected role may do, in one query at opening.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

READER = "reader"
EDITOR = "editor"
APPROVER = "approver"
ADMIN = "admin"
ROLES = (READER, EDITOR, APPROVER, ADMIN)  # each includes the ones before it

NAME_BYTES = 63  # PostgreSQL's NAMEDATALEN - 1

# Tables with rules of their own; every other table of the register's schema holds items.
CHANGE_LOG = "change_log"
META = "register_meta"
APPROVALS = "activity_approvals"
APPROVER_TABLES = ("established_versions", "publications", "published_documents")
ADMIN_TABLES = ("alembic_version",)  # the schema's revision: written by migrations only
# The register_meta keys every save writes (generations.GENERATION, change_log_chain.HEAD).
COUNTERS = ("generation", "change_log_head")
# The approval states an editor may set (register/approval.py: submit, back to concept).
EDITOR_STATES = ("concept", "in_review")


@dataclass(frozen=True)
class Permissions:
    """What the person using a register may do there."""

    may_write: bool = True  # add, change, remove items (save)
    may_approve: bool = True  # approve and withdraw activities, establish versions, publish
    may_manage_users: bool = True  # grant and revoke the roles
    role: str | None = None  # reader, editor, approver or admin on a server; None for a file
    login: str | None = None  # the database role connected as (server)


# A register file: whoever can open it can change it.
EVERYTHING = Permissions()


def group_name(database: str, role: str) -> str:
    """The group role of ``role`` for the register in ``database`` (at most 63 bytes)."""
    suffix = f"_{role}"
    name = database + suffix
    if len(name.encode()) <= NAME_BYTES:
        return name
    digest = hashlib.sha256(database.encode()).hexdigest()[:8]
    room = NAME_BYTES - len(suffix.encode()) - len(digest) - 1
    start = database.encode()[:room].decode(errors="ignore")  # never half a character
    return f"{start}_{digest}{suffix}"


def group_names(connection: Connection) -> dict[str, str]:
    """role -> group role name, for the database ``connection`` is connected to."""
    database = connection.execute(text("SELECT current_database()")).scalar_one()
    return {role: group_name(database, role) for role in ROLES}


def quoted(connection: Connection, name: str) -> str:
    """An identifier for SQL, always quoted (a role name may hold anything)."""
    return connection.dialect.identifier_preparer.quote_identifier(name)


def _literal(values) -> str:
    """A SQL list of fixed strings known here (never user input)."""
    return ", ".join(f"'{value}'" for value in values)


def set_up(connection: Connection, admin: str | None = None) -> None:
    """Create the four group roles of the register ``connection`` is connected to when missing,
    and grant each what it may do (again: idempotent, also for tables a migration added). The
    connected role (or ``admin``) is made a member of the admin group, with the right to grant it.
    Needs a superuser, or a role that may create roles and owns the tables or is their admin."""
    groups = group_names(connection)
    q = {role: quoted(connection, name) for role, name in groups.items()}
    existing = set(
        connection.execute(
            text("SELECT rolname FROM pg_roles WHERE rolname = ANY(:names)"), {"names": list(groups.values())}
        ).scalars()
    )
    for role in ROLES:
        if groups[role] not in existing:
            connection.exec_driver_sql(f"CREATE ROLE {q[role]} NOLOGIN")
    # The hierarchy: each includes the one before it; the admin may grant the other three.
    connection.exec_driver_sql(f"GRANT {q[READER]} TO {q[EDITOR]}")
    connection.exec_driver_sql(f"GRANT {q[EDITOR]} TO {q[APPROVER]}")
    connection.exec_driver_sql(f"GRANT {q[APPROVER]} TO {q[ADMIN]}")
    for role in (READER, EDITOR, APPROVER):
        connection.exec_driver_sql(f"GRANT {q[role]} TO {q[ADMIN]} WITH ADMIN OPTION")
    creator = admin or connection.execute(text("SELECT current_user")).scalar_one()
    if not connection.execute(
        text(  # directly (a superuser is everything's member, but is not listed)
            "SELECT 1 FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid JOIN pg_roles m ON m.oid = a.member "
            "WHERE g.rolname = :admin AND m.rolname = :who"
        ),
        {"who": creator, "admin": groups[ADMIN]},
    ).first():
        connection.exec_driver_sql(f"GRANT {q[ADMIN]} TO {quoted(connection, creator)} WITH ADMIN OPTION")

    database = quoted(connection, connection.execute(text("SELECT current_database()")).scalar_one())
    schema = quoted(connection, connection.execute(text("SELECT current_schema()")).scalar_one())
    # Only the register's roles connect (a register holds personal data); the admin group owns
    # the tables, for which it needs CREATE on the schema. The database's and the schema's owner
    # (or a superuser) may grant these; an admin setting up again after a migration need not.
    _if_allowed(connection, f"REVOKE CONNECT ON DATABASE {database} FROM PUBLIC")
    _if_allowed(connection, f"GRANT CONNECT ON DATABASE {database} TO {q[READER]}")
    _if_allowed(connection, f"GRANT USAGE ON SCHEMA {schema} TO {q[READER]}")
    _if_allowed(connection, f"GRANT CREATE ON SCHEMA {schema} TO {q[ADMIN]}")

    tables = connection.execute(text("SELECT tablename, tableowner FROM pg_tables WHERE schemaname = current_schema()"))
    for table, owner in list(tables):
        name = f"{schema}.{quoted(connection, table)}"
        if owner != groups[ADMIN]:
            connection.exec_driver_sql(f"ALTER TABLE {name} OWNER TO {q[ADMIN]}")  # its sequences follow
        connection.exec_driver_sql(f"GRANT SELECT ON {name} TO {q[READER]}")
        if table in ADMIN_TABLES:
            continue
        if table == CHANGE_LOG:
            # Appended to, never changed nor removed (only the owner, the admin, could).
            connection.exec_driver_sql(f"GRANT INSERT ON {name} TO {q[EDITOR]}")
        elif table == META:
            connection.exec_driver_sql(f"GRANT INSERT, UPDATE ON {name} TO {q[EDITOR]}")
            _policies(connection, name, q, f"key IN ({_literal(COUNTERS)})", approver_all=False)
        elif table == APPROVALS:
            connection.exec_driver_sql(f"GRANT INSERT, UPDATE ON {name} TO {q[EDITOR]}")
            connection.exec_driver_sql(f"GRANT DELETE ON {name} TO {q[APPROVER]}")
            _policies(connection, name, q, f"state IN ({_literal(EDITOR_STATES)})", approver_all=True)
        elif table in APPROVER_TABLES:
            connection.exec_driver_sql(f"GRANT INSERT ON {name} TO {q[APPROVER]}")
        else:
            connection.exec_driver_sql(f"GRANT INSERT, UPDATE, DELETE ON {name} TO {q[EDITOR]}")
    connection.exec_driver_sql(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {schema} TO {q[EDITOR]}")


def _if_allowed(connection: Connection, statement: str) -> None:
    """``statement``, unless the server refuses it for lack of privilege (in a savepoint, so the
    transaction goes on)."""
    try:
        with connection.begin_nested():
            connection.exec_driver_sql(statement)
    except DBAPIError as exc:
        if "permission denied" not in str(exc.orig).lower() and "must be" not in str(exc.orig).lower():
            raise


def _policies(connection: Connection, table: str, q: dict[str, str], editor_rows: str, *, approver_all: bool) -> None:
    """Row-level security on ``table``: everyone reads every row; an editor writes only the rows
    ``editor_rows`` allows; an approver (``approver_all``) any row. The owner (the admin) is not
    bound by them."""
    connection.exec_driver_sql(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
    wanted = {
        "ropa_read": f"FOR SELECT TO {q[READER]} USING (true)",
        "ropa_edit_insert": f"FOR INSERT TO {q[EDITOR]} WITH CHECK ({editor_rows})",
        "ropa_edit_update": f"FOR UPDATE TO {q[EDITOR]} USING ({editor_rows if not approver_all else 'true'}) "
        f"WITH CHECK ({editor_rows})",
    }
    if approver_all:
        wanted["ropa_approve"] = f"FOR ALL TO {q[APPROVER]} USING (true) WITH CHECK (true)"
    for policy, rule in wanted.items():  # made anew: the group names are this database's
        connection.exec_driver_sql(f"DROP POLICY IF EXISTS {policy} ON {table}")
        connection.exec_driver_sql(f"CREATE POLICY {policy} ON {table} {rule}")


def is_set_up(connection: Connection) -> bool:
    """Whether the register's groups exist and the admin group owns every table (one query)."""
    groups = group_names(connection)
    return bool(
        connection.execute(
            text(
                "SELECT (SELECT count(*) FROM pg_roles WHERE rolname = ANY(:names)) = :count "
                "AND NOT EXISTS (SELECT 1 FROM pg_tables WHERE schemaname = current_schema() AND tableowner <> :admin)"
            ),
            {"names": list(groups.values()), "count": len(groups), "admin": groups[ADMIN]},
        ).scalar()
    )


def may_set_up(connection: Connection) -> bool:
    """Whether the connected role may set the roles up: a superuser, or one with the privileges
    of the owner of the register's tables that may create roles or finds the groups made (an
    admin after a migration: the new tables are its login role's until given to the group)."""
    groups = group_names(connection)
    return bool(
        connection.execute(
            text(
                "SELECT r.rolsuper OR (coalesce((SELECT pg_has_role(current_user, t.tableowner, 'USAGE') "
                "FROM pg_tables t WHERE t.schemaname = current_schema() AND t.tablename = :meta), false) AND (r.rolcreaterole "
                "OR (SELECT count(*) FROM pg_roles WHERE rolname = ANY(:names)) = :count)) "
                "FROM pg_roles r WHERE r.rolname = current_user"
            ),
            {"meta": META, "names": list(groups.values()), "count": len(groups)},
        ).scalar()
    )


def ensure(connection: Connection) -> bool:
    """On opening a register made before roles existed (or migrated since by a role that left new
    tables its own): set the roles up when the connected role may; returns whether it did. In its
    own savepoint: a refusal leaves the register as it was, and it opens as it would have."""
    if is_set_up(connection) or not may_set_up(connection):
        return False
    try:
        with connection.begin_nested():
            set_up(connection)
    except DBAPIError:
        return False
    return True


def permissions(connection: Connection) -> Permissions:
    """What the connected role may do in the register, from the server's own privileges (so a
    register whose grants were made by hand is read rightly too); one query."""
    groups = group_names(connection)
    row = connection.execute(
        text(
            "SELECT current_user, "
            "has_table_privilege(:log, 'INSERT') AND has_table_privilege('activities', 'UPDATE'), "
            "has_table_privilege('established_versions', 'INSERT') AND has_table_privilege('publications', 'INSERT'), "
            "(SELECT rolsuper FROM pg_roles WHERE rolname = current_user) OR coalesce((SELECT bool_and(pg_has_role("
            "  current_user, r.oid, 'MEMBER WITH ADMIN OPTION')) FROM pg_roles r WHERE r.rolname = ANY(:granted)), false)"
        ),
        {"log": CHANGE_LOG, "granted": [groups[READER], groups[EDITOR], groups[APPROVER]]},
    ).one()
    login, may_write, may_approve, may_manage = row[0], bool(row[1]), bool(row[2]), bool(row[3])
    may_approve = may_approve and may_write
    role = ADMIN if may_manage else APPROVER if may_approve else EDITOR if may_write else READER
    return Permissions(may_write, may_approve, may_manage, role, login)


@dataclass(frozen=True)
class Holders:
    """Who has one role: the login roles that are members of its group directly."""

    role: str
    group: str
    members: tuple[str, ...]


def holders(connection: Connection) -> list[Holders]:
    """The four roles with who has each (not counting the groups in each other); empty groups
    when the register has no roles yet."""
    groups = group_names(connection)
    rows = connection.execute(
        text(
            "SELECT g.rolname, m.rolname FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid "
            "JOIN pg_roles m ON m.oid = a.member WHERE g.rolname = ANY(:names) AND NOT (m.rolname = ANY(:names)) "
            "ORDER BY m.rolname"
        ),
        {"names": list(groups.values())},
    ).all()
    members: dict[str, list[str]] = {}
    for group, member in rows:
        members.setdefault(group, []).append(member)
    return [Holders(role, groups[role], tuple(members.get(groups[role], ()))) for role in ROLES]


def grant(connection: Connection, user: str, role: str, password: str | None = None) -> bool:
    """Give ``user`` the ``role`` of this register, creating the LOGIN role ``user`` first when
    the cluster has none of that name (with ``password``, sent hashed). Returns whether it was made.
    The server refuses (permission denied) a role that may not."""
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}")
    made = False
    if connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": user}).first() is None:
        statement = f"CREATE ROLE {quoted(connection, user)} LOGIN"
        if password:
            statement += f" PASSWORD {_hashed_literal(connection, user, password)}"
        connection.exec_driver_sql(statement)
        made = True
    connection.exec_driver_sql(
        f"GRANT {quoted(connection, group_names(connection)[role])} TO {quoted(connection, user)}"
    )
    return made


def revoke(connection: Connection, user: str, role: str) -> None:
    """Take ``role`` of this register from ``user`` (the login role itself stays: it may hold
    roles of other registers on the same server)."""
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}")
    connection.exec_driver_sql(
        f"REVOKE {quoted(connection, group_names(connection)[role])} FROM {quoted(connection, user)}"
    )


def _hashed_literal(connection: Connection, user: str, password: str) -> str:
    """The password as the server stores it (SCRAM, hashed here by libpq), as a SQL literal: the
    plain password never travels nor lands in the server's statement log."""
    import psycopg  # only here: a register in a file never loads the server's driver

    driver = connection.connection.dbapi_connection
    assert isinstance(driver, psycopg.Connection), "an open psycopg connection to the server"
    pgconn = driver.pgconn
    hashed = pgconn.encrypt_password(password.encode(), user.encode()).decode()
    return "'" + hashed.replace("'", "''") + "'"
