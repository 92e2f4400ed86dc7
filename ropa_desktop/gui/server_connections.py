"""Saved connections to registers on a PostgreSQL server, and their passwords.

No Qt here: the dialog (server_dialog.py) and the controller use it, and tests use it alone.
A connection is kept in the settings without its password; the password lives in the
system's keyring (the ``keyring`` package), or, where no keyring is available (a headless
Linux without a Secret Service), nowhere: the officer types it each time.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace

from sqlalchemy import create_engine, inspect
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.pool import NullPool

from ..register import errors
from ..register.storage import Register, open_register

DRIVER = "postgresql+psycopg"
DEFAULT_PORT = 5432
# libpq's sslmode values, from no TLS at all to TLS with the server's name checked.
SSLMODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
DEFAULT_SSLMODE = "prefer"
KEYRING_SERVICE = "ROPA Desktop"
# Seconds a connection attempt may take before it counts as "cannot be reached".
CONNECT_TIMEOUT = 8


@dataclass(frozen=True)
class ServerConnection:
    """One saved connection: what the officer named it, and where the register is."""

    name: str
    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT
    sslmode: str = DEFAULT_SSLMODE

    def url(self, password: str | None = None) -> URL:
        query = {"sslmode": self.sslmode} if self.sslmode else {}
        return URL.create(
            DRIVER,
            username=self.user or None,
            password=password or None,
            host=self.host or None,
            port=self.port or None,
            database=self.database or None,
            query=query,
        )

    @property
    def location(self) -> str:
        """The URL without any password: shown in titles, kept in the recent registers."""
        return self.url().render_as_string(hide_password=False)

    @property
    def account(self) -> str:
        """The keyring's name for the password: the same account on the same database shares it."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"


def is_server_location(location: str) -> bool:
    return location.startswith("postgresql")


def from_location(location: str, name: str = "") -> ServerConnection | None:
    """The connection a URL (from the recent registers) names; None for anything else."""
    if not is_server_location(location):
        return None
    try:
        url = make_url(location)
    except ArgumentError:
        return None
    sslmode = url.query.get("sslmode", DEFAULT_SSLMODE)
    return ServerConnection(
        name=name or url.host or "",
        host=url.host or "",
        database=url.database or "",
        user=url.username or "",
        port=url.port or DEFAULT_PORT,
        sslmode=sslmode if isinstance(sslmode, str) else DEFAULT_SSLMODE,
    )


def hidden(location: str) -> str:
    """A URL as it may be shown anywhere: its password, if it has one, as ***."""
    try:
        return make_url(location).render_as_string(hide_password=True)
    except ArgumentError:
        return location


# --- the passwords ------------------------------------------------------------------------


def _keyring():
    import keyring  # imported when first needed: the window starts without it

    return keyring


def keyring_available() -> bool:
    """Whether passwords can be kept: False where keyring has only its "fail" backend."""
    try:
        from keyring.backends import fail

        return not isinstance(_keyring().get_keyring(), fail.Keyring)
    except Exception:  # a broken keyring setup: as good as none
        return False


def stored_password(connection: ServerConnection) -> str | None:
    if not keyring_available():
        return None
    try:
        return _keyring().get_password(KEYRING_SERVICE, connection.account)
    except Exception:  # a locked or broken keyring: ask, never crash
        return None


def store_password(connection: ServerConnection, password: str) -> bool:
    """Keep the password in the keyring; False when there is none (the caller asks next time)."""
    if not password or not keyring_available():
        return False
    try:
        _keyring().set_password(KEYRING_SERVICE, connection.account, password)
    except Exception:
        return False
    return True


def forget_password(connection: ServerConnection) -> None:
    if not keyring_available():
        return
    try:
        _keyring().delete_password(KEYRING_SERVICE, connection.account)
    except Exception:  # none was stored: nothing to forget
        pass


# --- the saved connections ----------------------------------------------------------------


class ConnectionStore:
    """The saved connections, in the settings as JSON text, never with a password.

    ``settings`` is anything with a ``server_connections`` text property (gui/settings.py).
    """

    def __init__(self, settings):
        self.settings = settings

    def connections(self) -> list[ServerConnection]:
        try:
            saved = json.loads(self.settings.server_connections or "[]")
        except ValueError:
            return []
        fields = set(ServerConnection.__dataclass_fields__)
        return [
            ServerConnection(**{k: v for k, v in entry.items() if k in fields})
            for entry in saved
            if isinstance(entry, dict) and "name" in entry
        ]

    def _write(self, connections: list[ServerConnection]) -> None:
        self.settings.server_connections = json.dumps([asdict(c) for c in connections])

    def find(self, name: str) -> ServerConnection | None:
        return next((c for c in self.connections() if c.name == name), None)

    def save(self, connection: ServerConnection, password: str = "", replacing: str | None = None) -> None:
        """Add the connection, or put it in the place of the one named ``replacing``; its
        password, when given, goes to the keyring (never here)."""
        old = self.find(replacing) if replacing else None
        kept = [c for c in self.connections() if c.name not in {connection.name, replacing}]
        at = next((i for i, c in enumerate(self.connections()) if c.name in {replacing, connection.name}), len(kept))
        kept.insert(min(at, len(kept)), connection)
        self._write(kept)
        if password:
            store_password(connection, password)
        elif old is not None and old.account != connection.account:
            # The account moved: its saved password goes with it.
            moved = stored_password(old)
            if moved:
                store_password(connection, moved)
        if old is not None and old.account != connection.account:
            self._forget_unless_shared(old)

    def remove(self, name: str) -> None:
        gone = self.find(name)
        self._write([c for c in self.connections() if c.name != name])
        if gone is not None:
            self._forget_unless_shared(gone)

    def _forget_unless_shared(self, connection: ServerConnection) -> None:
        """Another saved connection on the same account still needs the password."""
        if all(c.account != connection.account for c in self.connections()):
            forget_password(connection)

    def unique_name(self, wanted: str) -> str:
        names = {c.name for c in self.connections()}
        name, number = wanted, 2
        while name in names:
            name, number = f"{wanted} ({number})", number + 1
        return name


def with_name(connection: ServerConnection, name: str) -> ServerConnection:
    return replace(connection, name=name)


# --- connecting ---------------------------------------------------------------------------

# What went wrong, for the window's sentence (server_dialog.failure_sentence).
REFUSED_LOGIN = "refused_login"
UNREACHABLE = "unreachable"
NO_DATABASE = "no_database"
TLS = "tls"
NOT_A_REGISTER = "not_a_register"
NEWER = "newer"
NO_PERMISSION = "no_permission"
NO_DRIVER = "no_driver"
OTHER = "other"


def failure(error: BaseException) -> str:
    """The kind of a failed connection, from the driver's message or the register's code."""
    code = getattr(error, "code", "")
    if code == errors.NOT_A_REGISTER:
        return NOT_A_REGISTER
    if code == errors.NEWER_VERSION:
        return NEWER
    if isinstance(error, ModuleNotFoundError):
        return NO_DRIVER
    text = str(error).lower()
    for kind, signs in (
        # The driver's words, and register.server's (which tells these apart for the command line too).
        (
            REFUSED_LOGIN,
            (
                "password authentication failed",
                "no password supplied",
                "authentication failed",
                'role "',
                "refused the user name or password",
            ),
        ),
        (NO_DATABASE, ('database "', "has no such database")),
        # Not just "ssl": every message names the URL, and with it its sslmode.
        (TLS, ("ssl error", "does not support ssl", "ssl syscall", "ssl negotiation", "certificate")),
        (
            UNREACHABLE,
            (
                "connection refused",
                "could not connect",
                "could not translate host",
                "timeout expired",
                "name or service not known",
                "no route to host",
                "connection timed out",
                "network is unreachable",
                "temporary failure in name resolution",
                "cannot be reached",
            ),
        ),
        (NOT_A_REGISTER, ("not a ropa register",)),
        (NEWER, ("newer version",)),
        (NO_PERMISSION, ("permission denied",)),
    ):
        if any(sign in text for sign in signs):
            return kind
    return OTHER


def first_line(error: BaseException, password: str | None = None) -> str:
    """The technical line of a failure, with the password (should a driver ever echo it) hidden."""
    text = str(getattr(error, "orig", None) or error).strip()
    line = text.splitlines()[0] if text else type(error).__name__
    return line.replace(password, "***") if password else line


def open_server(
    connection: ServerConnection, password: str | None, opener: Callable[[str], Register] = open_register
) -> Register:
    """Open the register the connection names, by the same function that opens files.

    The password goes into the URL handed to the driver only; the register's location, which
    the title, the About box and the recent registers show, is the URL without it.
    """
    register = opener(connection.url(password).render_as_string(hide_password=False))
    register.location = connection.location
    return register


def probe(connection: ServerConnection, password: str | None) -> bool:
    """Test connection: log in and look. True when the database holds a ROPA Desktop register,
    False when it is reachable but holds none yet; raises what the driver raised otherwise."""
    engine = create_engine(
        connection.url(password), poolclass=NullPool, connect_args={"connect_timeout": CONNECT_TIMEOUT}
    )
    try:
        with engine.connect() as conn:
            return {"register_meta", "alembic_version"} <= set(inspect(conn).get_table_names())
    finally:
        engine.dispose()
