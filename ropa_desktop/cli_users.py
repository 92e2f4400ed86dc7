"""``ropa users REG``: who may do what in a register on a PostgreSQL server (register/roles.py).

Without options it lists the four roles (reader, editor, approver, admin) and who has each;
``--grant USER ROLE`` gives a person a role, creating their login role first when the server has
none of that name (the password asked for, or read from standard input with --password-stdin);
``--revoke USER ROLE`` takes it away. The server decides who may grant: an admin of the register
(or a superuser); creating a login role takes a role that may create roles.

A register file has no users: whoever can open the file can change it, so the command says so.
"""

from __future__ import annotations

import getpass
import sys

from sqlalchemy.exc import DBAPIError

from .register import errors, roles
from .register.errors import RegisterError

EXIT_FAILURE = 2

# What each role may do, for the list.
MEANING = {
    roles.READER: "reads the register",
    roles.EDITOR: "also adds, changes and removes items, submits activities for review",
    roles.APPROVER: "also approves activities, establishes versions, publishes the statement",
    roles.ADMIN: "everything, grants roles, migrates the register",
}


def run(args) -> int:
    from .register.storage import open_register

    with open_register(args.path) as register:
        if register.path is not None or register.engine.dialect.name != "postgresql":
            print(
                f"ropa: {register.location} is a register file, which has no users: whoever can open the file "
                f"can change it (roles are for a register on a PostgreSQL server)",
                file=sys.stderr,
            )
            return EXIT_FAILURE
        if args.grant or args.revoke:
            user, role = args.grant or args.revoke
            if role not in roles.ROLES:
                print(f"ropa: no role {role!r} (choose from {', '.join(roles.ROLES)})", file=sys.stderr)
                return EXIT_FAILURE
            _refuse_unless_admin(register)
            if args.grant:
                return _grant(register, user, role, args.password_stdin)
            return _revoke(register, user, role)
        return _list(register)


def _list(register) -> int:
    with register.engine.connect() as connection:
        listed = roles.holders(connection)
        made = roles.is_set_up(connection)
    if not made:
        print(
            f"{register.location} has no roles yet (made before ROPA Desktop had them, by a role that may not "
            f"create roles): open it once as its owner with the right to create roles, or as a superuser."
        )
        return 0
    print(
        f"Roles of {register.location} (each may do what the ones above it may; you are "
        f"{register.permissions.login}, {register.permissions.role}):"
    )
    for held in listed:
        who = ", ".join(held.members) or "-"
        print(f"  {held.role:<9} {who}")
        print(f"  {'':<9} ({MEANING[held.role]}; group role {held.group})")
    return 0


def _grant(register, user: str, role: str, password_stdin: bool) -> int:
    password = None
    with register.engine.connect() as connection:
        exists = connection.exec_driver_sql("SELECT 1 FROM pg_roles WHERE rolname = %(n)s", {"n": user}).first()
    if exists is None:
        password = _password(user, password_stdin)
    try:
        with register.engine.begin() as connection:
            made = roles.grant(connection, user, role, password)
    except DBAPIError as exc:
        raise _refused(register, exc, f"{user} was not given the role {role}") from None
    print(f"Created the login role {user}. " if made else "", end="")
    print(f"{user} is now {_article(role)} {role} of {register.location}.")
    return 0


def _revoke(register, user: str, role: str) -> int:
    try:
        with register.engine.begin() as connection:
            roles.revoke(connection, user, role)
    except DBAPIError as exc:
        raise _refused(register, exc, f"{user} keeps the role {role}") from None
    print(f"{user} is no longer {_article(role)} {role} of {register.location} (roles held otherwise stay).")
    return 0


def _refuse_unless_admin(register) -> None:
    """The program's own check; the server refuses a grant by anyone else too."""
    if not register.permissions.may_manage_users:
        raise RegisterError(
            f"{register.location}: you are connected as {register.permissions.login}, "
            f"{_article(register.permissions.role)} {register.permissions.role}; only an admin of "
            f"the register may grant or revoke roles",
            errors.NOT_PERMITTED,
            register.location,
        )


def _password(user: str, from_stdin: bool) -> str | None:
    """The new login role's password: the first line of standard input, or asked twice."""
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n") or None
    first = getpass.getpass(f"Password for the new login role {user}: ")
    if getpass.getpass("The same password again: ") != first:
        raise RegisterError("the two passwords differ; nothing was changed")
    return first or None


def _refused(register, exc: DBAPIError, outcome: str) -> RegisterError:
    reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
    code = errors.NOT_PERMITTED if "permission denied" in reason.lower() or "must have" in reason.lower() else ""
    return RegisterError(f"{register.location}: the server refused ({reason}); {outcome}", code, register.location)


def _article(role: str | None) -> str:
    return "an" if (role or "")[:1] in "aeiou" else "a"
