"""Creating, opening and migrating registers: a SQLite ``.ropa`` file or an SQLAlchemy URL.

Opening refuses, with a one-line reason and without touching the file: a file that is not a
register, one that holds anything ROPA Desktop does not make (file_schema: a view, a trigger, a
changed table), one written by a newer version, and one that another program holds locked. An
older register is copied beside itself before it is migrated. The one change opening makes is
rolling back a save a crash interrupted (``Register.recovered``).

A file is always connected to from its path, never through a URL (sqlite_connection), with the
rollback journal, ``synchronous=FULL``, an untrusted schema and a deadline per statement; the
reasons are in sqlite_connection's docstring and the README ("Registers").
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, inspect, select
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError, ProgrammingError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from .. import __version__
from . import (
    change_log,
    copies,
    database_faults,
    errors,
    established,
    file_schema,
    generations,
    holder,
    roles,
    schema,
    server,
    sqlite_connection,
    texts,
    versions,
)
from .errors import RegisterError
from .models import Organisation, RegisterMeta
from .models.base import utcnow
from .models.meta import REGISTER_FORMAT

# What opening a file checks before anything reads it lives in opening_checks, which does without
# the models, so that `ropa info` can make the same checks without them (issue 19).
from .opening_checks import LOCK_WAIT_SECONDS, is_url
from .opening_checks import inspect_file as _inspect_file
from .opening_checks import known as _known
from .opening_checks import read_only as _read_only
from .opening_checks import too_slow as _too_slow
from .opening_checks import writable_here as _writable_here

FILE_SUFFIX = ".ropa"
GENERATION = generations.GENERATION  # register_meta key, for callers of Register.generation
# PRAGMA application_id marks the SQLite file as ours ("ROPA" in ASCII).
SQLITE_APPLICATION_ID = 0x524F5041


class Register:
    """An open register: one engine, and short sessions per operation."""

    # True when opening rolled back a save that a crash interrupted (the register is as it was
    # after the last completed save): the window and the command line may say so, calmly.
    recovered = False

    def __init__(self, engine: Engine, location: str, path: Path | None = None):
        self.engine = engine
        self.location = location
        self.path = path
        self._identity = _file_identity(path) if path else None
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        texts.watch(self._sessions)  # every text written must be one each output can render
        versions.watch(self._sessions)  # every change raises the version of the item it belongs to
        change_log.watch(self._sessions)  # every committed change is recorded (after versions: uses its finds)
        # The generations this object wrote, old -> new: a window tells its own writes from others'.
        self._own_steps: dict[int, int] = {}
        # One window per register file (register.holder); the command line takes no hold.
        self._hold: holder.Hold | None = None
        self.held_by: holder.Holder | None = None
        self.closed = False
        # On a server: the database role connected as, which the change log records as who
        # made a change (register.server); None for a file.
        self.role: str | None = None
        # What the person may do here (register.roles): everything in a file; on a server what
        # the connected role's grants allow, read once at opening (_server_register).
        self.permissions: roles.Permissions = roles.EVERYTHING

    @property
    def read_only(self) -> bool:
        if self.held_by is not None:  # another window holds it: this one only reads
            return True
        if not self.permissions.may_write:  # a reader on a server
            return True
        return self.path is not None and _read_only(self.path)

    def why_read_only(self) -> str:
        """Why the register is read-only here, in one English sentence (the window words its own);
        empty when it is not."""
        if self.held_by is not None:
            return f"The register is open in another window ({self.held_by.describe()})."
        if not self.permissions.may_write:
            return (
                f"You are connected as \u2018{self.permissions.login or self.role}\u2019, who may read this "
                f"register but not change it (role {self.permissions.role})."
            )
        if self.path is not None and _read_only(self.path):
            return "The register file is read-only."
        return ""

    def session(self) -> Session:
        return self._sessions()

    def backup(self, label: str) -> Path | None:
        """A consistent copy of the register file beside it, ``name.label-YYYYMMDD-HHMMSS.ropa``
        (SQLite's backup API, so a write-ahead log is included); None for a server register,
        whose backups are the server's business. Made privately and named only when complete
        (register.copies); a name already taken, even by a link, gets ``-2``, ``-3``…"""
        if self.path is None:
            return None
        stamp = utcnow().strftime("%Y%m%d-%H%M%S")
        return self.copy_to(self.path.with_name(f"{self.path.stem}.{label}-{stamp}{self.path.suffix}"))

    def copy_to(self, target: Path) -> Path:
        """A consistent copy of the register file at ``target`` (SQLite's backup API), or at
        ``target-2``, ``target-3``… when something has that name already; returns where."""
        if self.path is None:  # an import into it goes ahead without Undo (gui/import_wizard)
            raise RegisterError(
                f"{self.location}: a register on a server is not copied to a file here; its backups are the server's",
                "",
                self.location,
            )
        try:
            return copies.copy_register(self.path, copies.numbered(Path(target)))
        except (sqlite3.Error, OSError) as exc:
            raise copies.write_failed(self.path, "cannot write a copy before the change", exc) from None

    def restore_from(self, copy: Path, expected_generation: int | None = None) -> int:
        """Make the register hold exactly what ``copy`` (made by copy_to) holds, in one write
        transaction, and return the generation it wrote. Used to undo and redo an import.

        With ``expected_generation``, refused (CHANGED_SINCE, nothing changed) when another
        program wrote to the register since that generation: putting the copy back would erase
        its change. The check and the restore are one step under the write lock, so no write can
        slip in between. The generation and every item's version end up above any value they
        had, never back at an old one (a window watching them would miss the change).
        """
        assert self.path is not None, "a server register is restored by the server"
        self._check_file()
        self._check_not_held()
        if self.read_only:  # as every other write to it (opened mode=ro), even where root could write
            raise RegisterError(
                f"{self.path}: the register is read-only; nothing was saved", errors.READ_ONLY, str(self.path)
            )
        if not copy.is_file():
            raise RegisterError(f"{copy}: the copy to put back no longer exists", errors.NOT_FOUND, str(copy))
        entries = self._changes_back_to(copy)
        self.engine.dispose()  # no pooled connection keeps a view of the old pages
        try:
            with closing(sqlite_connection.connect(self.path, timeout=LOCK_WAIT_SECONDS)) as connection:
                connection.isolation_level = None  # the transaction below is ours, not pysqlite's
                connection.deadline.restart()
                final = self._put_back(connection, copy, expected_generation, entries)
        except sqlite3.Error as exc:
            fault = _write_fault(str(self.path), exc)
            if fault is None:
                raise  # a bug, not a refusal (database_faults)
            raise fault from None
        finally:
            self.engine.dispose()
        return final

    def _changes_back_to(self, copy: Path) -> list[dict]:
        """The change log's entries for putting ``copy`` back: the items whose version differs,
        compared field by field (read before the write lock; the generation check in _put_back
        refuses when another program wrote since)."""
        engine = _engine(copy, read_only=True)
        try:
            with self._sessions() as now, Session(engine) as then:
                return change_log.differences(now, then)
        except (sqlite3.Error, SQLAlchemyError) as exc:
            raise RegisterError(
                f"{copy}: the copy to put back cannot be read ({_first_line(exc)}); nothing was put back",
                errors.DAMAGED,
                str(copy),
            ) from None
        finally:
            engine.dispose()

    def _put_back(
        self,
        connection: sqlite3.Connection,
        copy: Path,
        expected_generation: int | None,
        entries: Sequence[dict[str, Any]] = (),
    ) -> int:
        """The restore itself: the copy attached, every table emptied and refilled by SQL inside
        one write transaction (the rows never pass through Python: 10,000 activities in a
        fraction of a second). Foreign keys are off for the swap: the copy is a whole register."""
        connection.execute("PRAGMA foreign_keys = OFF")  # only outside a transaction
        connection.execute("ATTACH DATABASE ? AS copy", (sqlite_connection.file_uri(copy, "ro"),))
        try:
            connection.execute("BEGIN IMMEDIATE")
            try:
                old = generations.as_int(
                    connection.execute(
                        "SELECT value FROM register_meta WHERE key = ?", (generations.GENERATION,)
                    ).fetchone()[0]
                )
                # This object's own writes since (later edits, undone first) are no one else's.
                if expected_generation is not None and not self.wrote_all_since(expected_generation, old):
                    raise RegisterError(
                        f"{self.path}: the register was changed by another program since the copy was made; "
                        f"nothing was put back",
                        errors.CHANGED_SINCE,
                        str(self.path),
                    )
                restored = generations.replace_content(connection)
                change_log.append_sqlite(connection, list(entries))  # the undo is a change like any other
                final = max(old + 1, restored + 1)
                connection.execute(
                    "UPDATE register_meta SET value = ? WHERE key = ?", (str(final), generations.GENERATION)
                )
                connection.execute("COMMIT")
            except BaseException:
                if connection.in_transaction:
                    connection.execute("ROLLBACK")
                raise
        finally:
            connection.execute("DETACH DATABASE copy")
        self._own_steps[old] = final
        return final

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back on any error.

        It takes the write lock first (SQLite: BEGIN IMMEDIATE; elsewhere the lock on the
        generation row), so everything it reads stays true until it commits: two imports of one
        workbook at once run one after the other and the second finds what the first added.
        It raises the register's generation by one (Register.generation), unless it wrote nothing.

        Storage faults (the file gone, read-only, locked, the disk full) become a
        RegisterError with a code; the register is then as it was before the block.
        """
        self._check_file()
        self._check_not_held()
        self._check_permitted()
        step = None
        try:
            with self._sessions.begin() as session, self._as_role():
                _take_write_lock(session)
                session.info[generations.STEP] = generations.raise_by_one(session.connection())
                changes = _changes(session)
                change_log.begin(session)
                yield session
                session.flush()
                if changes is not None and _changes(session) == changes:
                    # Nothing written (an import of what is there already): no other window
                    # need reload, and the register's rows stay exactly as they were.
                    generations.set_to(session.connection(), session.info[generations.STEP][0])
                    return
                change_log.record(session)  # one entry per field changed, committed with the change
                if server.is_server(session.connection()):  # the others hear of it once it commits
                    server.announce(session.connection(), session.info[generations.STEP][1])
                # Known before the commit, so a poll right after it never takes it for another's.
                step = session.info[generations.STEP]
                self._own_steps[step[0]] = step[1]
        except BaseException as exc:
            if step is not None:
                self._own_steps.pop(step[0], None)
            if isinstance(exc, OperationalError) or (isinstance(exc, ProgrammingError) and _refused_by_role(exc)):
                fault = _write_fault(self.location, exc)
                if fault is not None:
                    raise fault from None
                # Any other database error is this program's bug: raised as it is, for the crash
                # dialog and the log (database_faults), never worded as a refusal.
            if isinstance(exc, IntegrityError):
                # A missing required value or a link to an entry that is gone: refuse, say which.
                raise RegisterError(
                    f"{self.location}: the change breaks a rule of the register "
                    f"({_first_line(exc)}); nothing was saved",
                    errors.INVALID,
                    self.location,
                ) from None
            raise

    @contextmanager
    def _as_role(self) -> Iterator[None]:
        """On a server every change is recorded as made by the database role, whatever the
        program says about its user (the server vouches for the role, not for that)."""
        if self.role is None:
            yield
            return
        with change_log.acting(who=self.role):
            yield

    def generation(self) -> int:
        """The register's generation: one more after every write transaction, by any program.
        One cheap query; the window polls it to notice another program's changes."""
        with self.engine.connect() as conn:
            value = conn.execute(select(RegisterMeta.value).where(RegisterMeta.key == generations.GENERATION)).scalar()
        return generations.as_int(value)

    def wrote_all_since(self, seen: int, now: int) -> bool:
        """Whether every write that took the register from generation ``seen`` to ``now`` was
        made through this object (then a window need not reload what it did itself)."""
        while seen < now and seen in self._own_steps:
            seen = self._own_steps[seen]
        return seen == now

    @staticmethod
    def generation_in(copy: Path) -> int | None:
        """The generation a copy of a register file was made at (None: it cannot be read)."""
        try:
            with closing(sqlite_connection.connect(copy, read_only=True)) as connection:
                row = connection.execute(
                    "SELECT value FROM register_meta WHERE key = ?", (generations.GENERATION,)
                ).fetchone()
        except sqlite3.Error:
            return None
        return generations.as_int(row[0]) if row else None

    def wrote_step(self, old: int, new: int) -> bool:
        """Whether this object's transaction took the register from generation ``old`` to ``new``."""
        return self._own_steps.get(old) == new

    def take_hold(self) -> holder.Holder | None:
        """Hold the register file for this window (register.holder): returns None when held,
        else who holds it; the register is then read-only here until a later take_hold succeeds."""
        if self.path is None or self._hold is not None:
            return None
        try:
            self._hold = holder.take(self.path)
        except holder.Held as held:
            self.held_by = held.holder or holder.Holder("?", "?", 0, "")
            return self.held_by
        self.held_by = None
        return None

    def release_hold(self) -> None:
        if self._hold is not None:
            self._hold.release()
            self._hold = None

    def _check_not_held(self) -> None:
        if self.held_by is not None:
            raise RegisterError(
                f"{self.location}: open in another window ({self.held_by.describe()}); nothing was saved",
                errors.HELD,
                self.location,
            )

    def _check_permitted(self) -> None:
        """A reader's write is refused here, before the server would (its grants refuse it too)."""
        if not self.permissions.may_write:
            raise RegisterError(
                f"{self.location}: your role on the server ({self.permissions.role}) may not "
                f"change this register; nothing was saved",
                errors.NOT_PERMITTED,
                self.location,
            )

    def _check_file(self) -> None:
        """SQLite would go on writing into a deleted file, or create an empty one: refuse."""
        if self.path is None:
            return
        if _file_identity(self.path) != self._identity:
            raise RegisterError(
                f"{self.path}: the register file was moved, deleted or replaced; nothing was saved",
                errors.VANISHED,
                str(self.path),
            )

    def organisation(self, session: Session) -> Organisation:
        org = session.scalars(select(Organisation).order_by(Organisation.id)).first()
        if org is None:
            raise RegisterError(f"{self.location}: the register has no organisation", errors.DAMAGED)
        return org

    def schema_revision(self) -> str | None:
        with self.engine.connect() as conn:
            return schema.current_revision(conn)

    def close(self) -> None:
        self.closed = True
        self.release_hold()
        self.engine.dispose()

    def __enter__(self) -> Register:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _take_write_lock(session: Session) -> None:
    """SQLite: BEGIN IMMEDIATE, so the transaction holds the write lock before it reads anything
    (pysqlite would begin only at the first write, after the merge has read stale rows). Another
    writer waits busy_timeout for it, then is refused as LOCKED. PostgreSQL: the register's
    advisory writer lock (register.server), waited for at most server.LOCK_WAIT_SECONDS."""
    connection = session.connection()
    if server.is_server(connection):
        server.take_write_lock(connection)
        return
    if connection.dialect.name != "sqlite":
        return  # another database: the generation row's UPDATE that follows is the lock
    dbapi = sqlite_connection.driver_connection(connection)
    if not dbapi.in_transaction:  # pysqlite's own implicit BEGIN comes only before a write
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def _changes(session: Session) -> int | None:
    """The count of rows this connection (SQLite) or transaction (PostgreSQL: its statistics) has
    written, to tell a transaction that wrote nothing (None elsewhere: every write transaction counts)."""
    connection = session.connection()
    if server.is_server(connection):
        return server.rows_written(connection)
    if connection.dialect.name != "sqlite":
        return None
    return sqlite_connection.driver_connection(connection).total_changes


def _file_identity(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


def _refused_by_role(exc: ProgrammingError) -> bool:
    """The server refused a write for the role's lack of a grant (or a row-level policy)."""
    text = str(getattr(exc, "orig", None) or exc).lower()
    return "permission denied" in text or "row-level security" in text


def _write_fault(location: str, exc: DBAPIError | sqlite3.Error) -> RegisterError | None:
    """The refusal for a database error that failed a write; None when the error is a bug."""
    if not database_faults.is_situation(exc):
        return None
    text = str(getattr(exc, "orig", None) or exc).lower()
    if "locked" in text or "busy" in text or "lock timeout" in text:
        return RegisterError(f"{location}: locked by another program; nothing was saved", errors.LOCKED, location)
    if "readonly" in text or "read-only" in text:
        return RegisterError(f"{location}: the register is read-only; nothing was saved", errors.READ_ONLY, location)
    if "permission denied" in text or "row-level security" in text:
        return RegisterError(
            f"{location}: your role on the server may not make this change; nothing was saved",
            errors.NOT_PERMITTED,
            location,
        )
    if "full" in text:
        return RegisterError(f"{location}: the disk is full; nothing was saved", errors.DISK_FULL, location)
    lost = server.unreachable(location, exc)
    if lost is not None:
        return RegisterError(f"{lost}; nothing was saved", errors.UNREACHABLE, location)
    if "unable to open" in text or "disk i/o" in text:
        return RegisterError(
            f"{location}: the register file cannot be written; nothing was saved",
            errors.VANISHED,
            location,
        )
    return RegisterError(f"{location}: {_first_line(exc)}; nothing was saved", "", location)  # the server said why


def _engine(target: str | Path, *, read_only: bool = False) -> Engine:
    """An engine for a database URL, or for the register file at a path. A file is connected to
    from its path (sqlite_connection), never through a URL: a name like ``a?b.ropa`` must not
    become the file ``a`` with options ``b.ropa``."""
    if isinstance(target, Path):
        location = str(target)
        engine = create_engine(
            "sqlite+pysqlite://",
            creator=lambda: sqlite_connection.connect(target, read_only=read_only, timeout=LOCK_WAIT_SECONDS),
            # What SQLAlchemy gives a file database; with a creator it would take one for memory.
            poolclass=QueuePool,
            # An error's message never quotes the register's values: it may reach the log file
            # and a bug report (logs), which hold nothing personal beyond item ids.
            hide_parameters=True,
        )
    else:
        location = _safe_url(target)
        url = server.driver_url(target)
        if str(url).startswith("postgresql"):
            # pre_ping: a connection the server dropped (restarted) is replaced, not reported;
            # connect_timeout: an address that does not answer is said within seconds.
            engine = create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": 10}, hide_parameters=True)
        else:
            engine = create_engine(url, hide_parameters=True)
    if engine.dialect.name == "sqlite":

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection, _record):  # pragma: no branch
            cursor = dbapi_connection.cursor()
            if not hasattr(dbapi_connection, "deadline"):  # a sqlite URL: the file settings too
                for setting in sqlite_connection.SETTINGS:
                    cursor.execute(setting)
            cursor.execute("PRAGMA foreign_keys = ON")
            cursor.execute(f"PRAGMA busy_timeout = {LOCK_WAIT_SECONDS * 1000}")
            cursor.close()

        @event.listens_for(engine, "before_cursor_execute")
        def _arm_deadline(_conn, cursor, *_args):
            deadline = getattr(cursor.connection, "deadline", None)
            if deadline is not None:
                deadline.restart()

        @event.listens_for(engine, "handle_error")
        def _stopped(context):
            cursor = getattr(context.execution_context, "cursor", None)
            deadline = getattr(getattr(cursor, "connection", None), "deadline", None)
            if deadline is not None and deadline.expired:
                return _too_slow(location)

    return engine


# --- creating ---------------------------------------------------------------------------


def create_register(
    target: str | os.PathLike,
    organisation_name: str,
    *,
    country: str = "NL",
    language: str = "nl",
    fill=None,
) -> Register:
    """Create a new register with its organisation; ``fill(session, organisation)`` may add
    more content in the same transaction.

    A file is built under a temporary name beside the target and linked into place only
    when complete, so a failure leaves nothing behind and an existing file is never replaced.
    """
    name = organisation_name.strip()
    if not name:
        raise RegisterError("the organisation needs a name")
    country = country.strip().upper()
    language = language.strip().lower()
    from .reference import countries, languages

    if not countries.is_country(country):
        raise RegisterError(f"unknown country code {country!r} (use ISO 3166, e.g. NL)")
    if language not in languages.SUPPORTED:
        raise RegisterError(f"unsupported language {language!r} (choose from {', '.join(languages.SUPPORTED)})")
    register_languages = [language] + [lang for lang in languages.SUPPORTED if lang != language]

    def populate(session: Session) -> None:
        organisation = Organisation(legal_name=name, country_code=country, languages=register_languages)
        session.add(organisation)
        if fill is not None:
            fill(session, organisation)

    if is_url(target):
        engine = _engine(str(target))
        try:
            with engine.begin() as conn:
                # Two programs creating at once: the second waits, then finds the tables.
                server.take_migration_lock(conn)
                if inspect(conn).get_table_names():
                    raise RegisterError(
                        f"{_safe_url(target)}: the database is not empty", errors.EXISTS, _safe_url(target)
                    )
                schema.upgrade(conn)
            with change_log.acting(**_role_of(engine)):
                _fill(engine, populate)
            return _server_register(engine, str(target))
        except SQLAlchemyError as exc:
            engine.dispose()
            raise _url_fault(target, exc) from None
        except BaseException:
            engine.dispose()
            raise

    path = Path(target)
    if path.exists():
        raise _already_exists(path)
    if not path.parent.is_dir():
        raise RegisterError(f"{path.parent}: no such folder")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:  # a read-only folder, a full disk: one line, nothing made
        raise copies.write_failed(path, "cannot be created", exc) from None
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        engine = _engine(tmp)
        try:
            with engine.begin() as conn:
                conn.exec_driver_sql(f"PRAGMA application_id = {SQLITE_APPLICATION_ID}")
            _initialise(engine, populate)
        finally:
            engine.dispose()
        try:
            os.link(tmp, path)  # fails if the name was taken meanwhile: never overwrite
        except FileExistsError:
            raise _already_exists(path) from None
        except OSError:
            # File systems without hard links: create-exclusive check, then rename.
            if path.exists():
                raise _already_exists(path) from None
            os.replace(tmp, path)
    except SQLAlchemyError as exc:
        if not database_faults.is_situation(exc):
            raise  # this program's bug: the crash dialog and the log, not a refusal
        raise RegisterError(f"{path}: {_first_line(exc)}") from None
    except OSError as exc:
        raise RegisterError(f"{path}: {exc.strerror or exc}") from None
    finally:
        tmp.unlink(missing_ok=True)
    return Register(_engine(path), str(path), path)


def _already_exists(path: Path) -> RegisterError:
    return RegisterError(f"{path}: already exists; choose another name", errors.EXISTS, str(path))


def _initialise(engine: Engine, populate) -> None:
    with engine.begin() as conn:
        schema.upgrade(conn)
    _fill(engine, populate)


def _fill(engine: Engine, populate) -> None:
    """A new register's first rows: what it is, its organisation, the history start."""
    with sessionmaker(engine).begin() as session:
        now = utcnow().isoformat(timespec="seconds")
        session.add_all(
            [
                RegisterMeta(key="format", value=REGISTER_FORMAT),
                RegisterMeta(key="created_by", value=f"ROPA Desktop {__version__}"),
                RegisterMeta(key="created_at", value=now),
            ]
        )
        populate(session)
        session.flush()
        change_log.start(session, "History starts here: a new register.")
        established.record_start(session)  # version 0, the history start


# --- opening ----------------------------------------------------------------------------


def open_register(target: str | os.PathLike) -> Register:
    """Open an existing register, migrating it to this version's schema when it is older."""
    if is_url(target):
        return _open_url(str(target))
    path = Path(target)
    revision, recovered = _inspect_file(path)
    if revision != schema.head_revision():
        _check_writable(path)
        backup = _backup(path, revision)
        engine = _engine(path)
        try:
            with engine.begin() as conn:
                schema.upgrade(conn)
                _start_history(conn)
        except Exception as exc:  # restore the untouched copy, whatever went wrong
            engine.dispose()
            shutil.copy2(backup, path)
            raise RegisterError(
                f"{path}: upgrading from schema {revision} failed ({_first_line(exc)}); the file is as it was"
            ) from None
        engine.dispose()
    copies.remove_stale(path)  # what killed copies left beside it
    holder.clear_stale(path)  # the holder file of a window that was killed
    register = Register(_engine(path, read_only=_read_only(path)), str(path), path)
    register.recovered = recovered
    return register


def _start_history(connection) -> None:
    """The first entries of a register that had no change log (migration 0008): each item as it
    is, in the transaction of the upgrade itself, so an upgraded register never lacks them."""
    with Session(bind=connection, join_transaction_mode="rollback_only") as session:
        with change_log.acting(origin=change_log.MIGRATION):
            change_log.start(session)
        established.record_start(session)  # version 0, the history start
        session.flush()


def _check_writable(path: Path) -> None:
    if not _writable_here(path):
        raise RegisterError(
            f"{path}: needs an upgrade to this version's schema but the file or its folder is read-only",
            errors.READ_ONLY,
            str(path),
        )


def _backup(path: Path, revision: str) -> Path:
    """Copy the register beside itself before migrating: ``name.schema-0001.ropa``."""
    try:
        first = path.with_name(f"{path.stem}.schema-{revision}{path.suffix}")
        return copies.copy_register(path, copies.numbered(first))
    except (sqlite3.Error, OSError) as exc:
        raise copies.write_failed(path, "cannot write a backup before upgrading", exc) from None


def _open_url(url: str) -> Register:
    """A register in a database given by URL. On a server: no file checks, copies or journals
    (the server keeps its own); the migration runs in one transaction under the migration lock,
    so two programs opening an older register at once migrate it once, the second after the first."""
    engine = _engine(url)
    try:
        with engine.connect() as conn:
            revision = _url_revision(conn, url)
            if engine.dialect.name == "sqlite":  # a file given as a URL: the same check as by its path
                problem = file_schema.difference(
                    file_schema.read(sqlite_connection.driver_connection(conn)), file_schema.expected(revision)
                )
                if problem:
                    raise RegisterError(f"{_safe_url(url)}: not a ROPA register: {problem}", errors.NOT_A_REGISTER)
        if revision != schema.head_revision():
            with engine.begin() as conn:
                server.take_migration_lock(conn)
                # What it is now: another program may have migrated it while this one waited.
                if _url_revision(conn, url) != schema.head_revision():
                    with change_log.acting(**_role_of(conn)):
                        schema.upgrade(conn)
                        _start_history(conn)
        return _server_register(engine, url)
    except SQLAlchemyError as exc:
        engine.dispose()
        raise _url_fault(url, exc) from None
    except BaseException:
        engine.dispose()
        raise


def _url_revision(conn: Connection, url: str) -> str:
    """The schema revision of the register at ``url``; refuses a database that is no register,
    and one written by a newer version (as for files)."""
    tables = set(inspect(conn).get_table_names())
    if not {"register_meta", "alembic_version"} <= tables:
        raise RegisterError(f"{_safe_url(url)}: not a ROPA register", errors.NOT_A_REGISTER, _safe_url(url))
    return _known(schema.current_revision(conn), _safe_url(url))


def _server_register(engine: Engine, url: str) -> Register:
    """The register on a server, with the connected role and what it may do there; a register
    made before roles existed gets them when the connected role may set them up (register.roles)."""
    register = Register(engine, url)
    if engine.dialect.name == "postgresql":
        with engine.begin() as conn:
            register.role = server.role(conn)
            roles.ensure(conn)
            register.permissions = roles.permissions(conn)
    return register


def _role_of(bind) -> dict:
    """``change_log.acting`` arguments for what is written while a register is created or migrated."""
    if bind.dialect.name != "postgresql":
        return {}
    if isinstance(bind, Engine):
        with bind.connect() as conn:
            return {"who": server.role(conn)}
    return {"who": server.role(bind)}


def _url_fault(url, exc: BaseException) -> RegisterError:
    location = _safe_url(url)
    lost = server.unreachable(location, exc)
    if lost is not None:
        return RegisterError(lost, errors.UNREACHABLE, location)
    if not database_faults.is_situation(exc):
        raise exc  # this program's bug (database_faults): the crash dialog and the log, not a refusal
    return RegisterError(f"{location}: {_first_line(exc)}", "", location)


def _safe_url(url: str | os.PathLike) -> str:
    """The URL without its password, for messages."""
    try:
        return make_url(str(url)).render_as_string(hide_password=True)
    except Exception:
        return "the database URL"


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
