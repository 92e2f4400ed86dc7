"""Creating, opening and migrating registers: a SQLite ``.ropa`` file or an SQLAlchemy URL.

Opening refuses, with a one-line reason and without touching the file: a file that is not a
register, one written by a newer version, and one that another program holds locked. An older
register is copied beside itself before it is migrated.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

from sqlalchemy import create_engine, event, inspect, select
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import IntegrityError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from .. import __version__
from . import errors, schema
from .errors import RegisterError
from .models import Organisation, RegisterMeta
from .models.base import utcnow
from .models.meta import REGISTER_FORMAT

FILE_SUFFIX = ".ropa"
SQLITE_HEADER = b"SQLite format 3\x00"
# PRAGMA application_id marks the SQLite file as ours ("ROPA" in ASCII).
SQLITE_APPLICATION_ID = 0x524F5041
LOCK_PROBE_SECONDS = 0.5
# How long a write waits for another program to finish writing before it is refused.
LOCK_WAIT_SECONDS = 2


def is_url(target: str | os.PathLike) -> bool:
    return "://" in str(target)


class Register:
    """An open register: one engine, and short sessions per operation."""

    def __init__(self, engine: Engine, location: str, path: Path | None = None):
        self.engine = engine
        self.location = location
        self.path = path
        self._identity = _file_identity(path) if path else None
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @property
    def read_only(self) -> bool:
        return self.path is not None and _read_only(self.path)

    def session(self) -> Session:
        return self._sessions()

    def backup(self, label: str) -> Path | None:
        """A consistent copy of the register file beside it, ``name.label-YYYYMMDD-HHMMSS.ropa``
        (SQLite's backup API, so a write-ahead log is included); None for a server register,
        whose backups are the server's business."""
        if self.path is None:
            return None
        stamp = utcnow().strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{self.path.stem}.{label}-{stamp}{self.path.suffix}")
        n = 1
        while target.exists():
            n += 1
            target = self.path.with_name(f"{self.path.stem}.{label}-{stamp}-{n}{self.path.suffix}")
        return self.copy_to(target)

    def copy_to(self, target: Path) -> Path:
        """A consistent copy of the register file at ``target`` (SQLite's backup API)."""
        assert self.path is not None, "a server register is copied by the server"
        try:
            with closing(sqlite3.connect(self.path)) as source, closing(sqlite3.connect(target)) as copy:
                source.backup(copy)
        except sqlite3.Error as exc:
            target.unlink(missing_ok=True)
            raise RegisterError(f"{self.path}: cannot write a copy before the change ({exc})",
                                errors.READ_ONLY, str(self.path)) from None
        return target

    def restore_from(self, copy: Path) -> None:
        """Make the register hold exactly what ``copy`` (made by copy_to) holds, in one step:
        SQLite's backup API writes every page inside one transaction, so a failure leaves the
        register as it was. Used to undo and redo an import."""
        assert self.path is not None, "a server register is restored by the server"
        if self.read_only:  # as every other write to it (opened mode=ro), even where root could write
            raise RegisterError(f"{self.path}: the register is read-only; nothing was saved", errors.READ_ONLY,
                                str(self.path))
        try:
            with closing(sqlite3.connect(f"{copy.resolve().as_uri()}?mode=ro", uri=True)) as source, \
                    closing(sqlite3.connect(self.path, timeout=LOCK_WAIT_SECONDS)) as register:
                source.backup(register, progress=_give_up_when_locked())
        except (sqlite3.Error, _StillLocked) as exc:
            raise _write_fault(str(self.path), exc) from None
        finally:
            self.engine.dispose()  # no pooled connection keeps a view of the old pages

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back on any error.

        Storage faults (the file gone, read-only, locked, the disk full) become a
        RegisterError with a code; the register is then as it was before the block.
        """
        self._check_file()
        try:
            with self._sessions.begin() as session:
                yield session
        except OperationalError as exc:
            raise _write_fault(self.location, exc) from None
        except IntegrityError as exc:
            # A missing required value or a link to an entry that is gone: refuse, say which.
            raise RegisterError(
                f"{self.location}: the change breaks a rule of the register "
                f"({_first_line(exc)}); nothing was saved",
                errors.INVALID,
                self.location,
            ) from None

    def _check_file(self) -> None:
        """SQLite would go on writing into a deleted file, or create an empty one: refuse."""
        if self.path is None:
            return
        if _file_identity(self.path) != self._identity:
            raise RegisterError(
                f"{self.path}: the register file was moved, deleted or replaced; "
                f"nothing was saved",
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
        self.engine.dispose()

    def __enter__(self) -> Register:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _file_identity(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


def _read_only(path: Path) -> bool:
    """Read-only for us: no write permission, or no write bit at all (respected even by root)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not os.access(path, os.W_OK) or not (mode & 0o222)


class _StillLocked(Exception):
    """Another program kept the register locked for the whole wait."""

    def __str__(self) -> str:
        return "database is locked"


def _give_up_when_locked():
    """A progress callback for SQLite's backup, which would otherwise retry a locked register
    forever (and freeze the window that asked)."""

    def progress(status: int, _remaining: int, _total: int) -> None:
        if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            raise _StillLocked()

    return progress


def _write_fault(location: str, exc: OperationalError | sqlite3.Error | _StillLocked) -> RegisterError:
    text = str(getattr(exc, "orig", None) or exc).lower()
    if "locked" in text or "busy" in text:
        return RegisterError(
            f"{location}: locked by another program; nothing was saved", errors.LOCKED, location
        )
    if "readonly" in text or "read-only" in text:
        return RegisterError(
            f"{location}: the register is read-only; nothing was saved", errors.READ_ONLY, location
        )
    if "full" in text:
        return RegisterError(
            f"{location}: the disk is full; nothing was saved", errors.DISK_FULL, location
        )
    if "unable to open" in text or "disk i/o" in text:
        return RegisterError(
            f"{location}: the register file cannot be written; nothing was saved",
            errors.VANISHED,
            location,
        )
    return RegisterError(f"{location}: {_first_line(exc)}; nothing was saved", "", location)


def _engine(url: str) -> Engine:
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection, _record):  # pragma: no branch
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA foreign_keys = ON")
            cursor.execute(f"PRAGMA busy_timeout = {LOCK_WAIT_SECONDS * 1000}")
            cursor.close()

    return engine


def _sqlite_url(path: Path, read_only: bool = False) -> str:
    if read_only:  # SQLite itself then refuses every write, for root too
        return f"sqlite+pysqlite:///{path.resolve().as_uri()}?mode=ro&uri=true"
    return f"sqlite+pysqlite:///{path}"


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
        raise RegisterError(
            f"unsupported language {language!r} (choose from {', '.join(languages.SUPPORTED)})"
        )
    register_languages = [language] + [lang for lang in languages.SUPPORTED if lang != language]

    def populate(session: Session) -> None:
        organisation = Organisation(
            legal_name=name, country_code=country, languages=register_languages
        )
        session.add(organisation)
        if fill is not None:
            fill(session, organisation)

    if is_url(target):
        engine = _engine(str(target))
        try:
            with engine.connect() as conn:
                if inspect(conn).get_table_names():
                    raise RegisterError(f"{_safe_url(target)}: the database is not empty")
            _initialise(engine, populate)
        except SQLAlchemyError as exc:
            engine.dispose()
            raise RegisterError(f"{_safe_url(target)}: {_first_line(exc)}") from None
        return Register(engine, str(target))

    path = Path(target)
    if path.exists():
        raise _already_exists(path)
    if not path.parent.is_dir():
        raise RegisterError(f"{path.parent}: no such folder")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        engine = _engine(_sqlite_url(tmp))
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
        raise RegisterError(f"{path}: {_first_line(exc)}") from None
    except OSError as exc:
        raise RegisterError(f"{path}: {exc.strerror or exc}") from None
    finally:
        tmp.unlink(missing_ok=True)
    return Register(_engine(_sqlite_url(path)), str(path), path)


def _already_exists(path: Path) -> RegisterError:
    return RegisterError(f"{path}: already exists; choose another name", errors.EXISTS, str(path))


def _initialise(engine: Engine, populate) -> None:
    with engine.begin() as conn:
        schema.upgrade(conn)
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


# --- opening ----------------------------------------------------------------------------


def open_register(target: str | os.PathLike) -> Register:
    """Open an existing register, migrating it to this version's schema when it is older."""
    if is_url(target):
        return _open_url(str(target))
    path = Path(target)
    revision = _inspect_file(path)
    if revision != schema.head_revision():
        _check_writable(path)
        backup = _backup(path, revision)
        engine = _engine(_sqlite_url(path))
        try:
            with engine.begin() as conn:
                schema.upgrade(conn)
        except Exception as exc:  # restore the untouched copy, whatever went wrong
            engine.dispose()
            shutil.copy2(backup, path)
            raise RegisterError(
                f"{path}: upgrading from schema {revision} failed ({_first_line(exc)}); "
                f"the file is as it was"
            ) from None
        engine.dispose()
    return Register(_engine(_sqlite_url(path, _read_only(path))), str(path), path)


def _inspect_file(path: Path) -> str:
    """Check, read-only, that ``path`` is an unlocked register this version can open.

    Returns its schema revision.
    """
    if not path.exists():
        raise RegisterError(f"{path}: no such file", errors.NOT_FOUND, str(path))
    if not path.is_file():
        raise RegisterError(f"{path}: not a file")
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise RegisterError(f"{path}: cannot be read ({exc.strerror})") from None
    if header != SQLITE_HEADER:
        raise RegisterError(
            f"{path}: not a ROPA register (not a database file)", errors.NOT_A_REGISTER, str(path)
        )
    try:
        conn = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=LOCK_PROBE_SECONDS
        )
    except sqlite3.Error as exc:
        raise RegisterError(f"{path}: cannot be opened ({exc})") from None
    try:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        fmt = None
        if {"register_meta", "alembic_version"} <= tables:
            fmt = conn.execute("SELECT value FROM register_meta WHERE key='format'").fetchone()
        if not fmt or fmt[0] != REGISTER_FORMAT:
            raise RegisterError(
                f"{path}: not a ROPA register (a database of another program)",
                errors.NOT_A_REGISTER,
                str(path),
            )
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        if "locked" in str(exc):
            raise _locked(path) from None
        raise RegisterError(
            f"{path}: damaged or not a ROPA register ({exc})", errors.DAMAGED, str(path)
        ) from None
    finally:
        conn.close()
    revision = row[0] if row else None
    if revision not in schema.known_revisions():
        raise RegisterError(
            f"{path}: written by a newer version of ROPA Desktop (schema {revision}); "
            f"update ROPA Desktop to open it",
            errors.NEWER_VERSION,
            str(path),
        )
    _check_unlocked(path)
    return revision


def _check_unlocked(path: Path) -> None:
    """Refuse a file another program is writing: taking the write lock must succeed at once."""
    conn = sqlite3.connect(str(path), timeout=LOCK_PROBE_SECONDS, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("ROLLBACK")
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise _locked(path) from None
        # Read-only files open for reading; saving reports it then.
    finally:
        conn.close()


def _locked(path: Path) -> RegisterError:
    return RegisterError(
        f"{path}: locked by another program; close it and try again", errors.LOCKED, str(path)
    )


def _check_writable(path: Path) -> None:
    if _read_only(path) or not os.access(path.parent, os.W_OK):
        raise RegisterError(
            f"{path}: needs an upgrade to this version's schema but the file or its folder "
            f"is read-only",
            errors.READ_ONLY,
            str(path),
        )


def _backup(path: Path, revision: str) -> Path:
    """Copy the register beside itself before migrating: ``name.schema-0001.ropa``."""
    stem = f"{path.stem}.schema-{revision}"
    backup = path.with_name(f"{stem}{path.suffix}")
    n = 1
    while backup.exists():
        n += 1
        backup = path.with_name(f"{stem}-{n}{path.suffix}")
    try:
        shutil.copy2(path, backup)
    except OSError as exc:
        raise RegisterError(f"{path}: cannot write a backup before upgrading ({exc.strerror})") from None
    return backup


def _open_url(url: str) -> Register:
    engine = _engine(url)
    try:
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            if not {"register_meta", "alembic_version"} <= tables:
                raise RegisterError(f"{_safe_url(url)}: not a ROPA register")
            revision = schema.current_revision(conn)
        if revision not in schema.known_revisions():
            raise RegisterError(
                f"{_safe_url(url)}: written by a newer version of ROPA Desktop (schema {revision})"
            )
        if revision != schema.head_revision():
            with engine.begin() as conn:
                schema.upgrade(conn)
    except SQLAlchemyError as exc:
        engine.dispose()
        raise RegisterError(f"{_safe_url(url)}: {_first_line(exc)}") from None
    except RegisterError:
        engine.dispose()
        raise
    return Register(engine, url)


def _safe_url(url: str | os.PathLike) -> str:
    """The URL without its password, for messages."""
    try:
        return make_url(str(url)).render_as_string(hide_password=True)
    except Exception:
        return "the database URL"


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
