"""Copies of a register and temporary files: private while written, named only when complete,
never written through a link, and cleared away when the program writing them died.

Every copy and document is first written under a temporary name in the folder it ends up in
(``.NAME.XXXXXXXX.part``, made by mkstemp: created exclusively, mode 0600), locked (flock) for
as long as it is being written. Only when it is complete is it given its final name: a copy by
a hard link, which fails when anything at all has that name (a file, a planted symlink), so the
next free name is taken and nothing is ever followed; a document by a rename over the old one.
A temporary whose lock can be taken has lost its writer (killed, power cut) and is removed the
next time the register is opened or the document written.

The window's undo copies live in ``ropa-undo-*`` folders in the temporary folder, each with a
lock file beside it held for the window's lifetime; folders whose lock is free are removed.
"""

from __future__ import annotations

import errno
import os
import re
import shutil
import sqlite3
import stat
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import closing, suppress
from pathlib import Path

from . import errors, sqlite_connection
from .errors import RegisterError

try:  # POSIX
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]  # None stands for the module Windows lacks
try:  # Windows
    import msvcrt
except ImportError:
    msvcrt = None  # type: ignore[assignment]  # None stands for the module POSIX lacks

PART = ".part"
# Windows neither renames nor removes a file that is open: there the handle is closed first.
_CLOSE_FIRST = os.name == "nt"
# What mkstemp adds between prefix and suffix.
_RANDOM = r"[a-z0-9_]{8}"
# Files SQLite keeps beside a database while it writes it.
_SIDE_FILES = ("-journal", "-wal", "-shm")
UNDO_PREFIX = "ropa-undo-"
LOCK_SUFFIX = ".lock"
# SQLite's backup sleeps a quarter second between tries on a busy register; give up after 2 s.
_BUSY_TRIES = 8
# Enough numbered names for any folder; past this something is wrong with it.
_MAX_NAMES = 10_000


# --- locks --------------------------------------------------------------------------------


def _lock(fd: int, wait: bool) -> bool:
    """An exclusive lock on the open file ``fd``; False when another process holds it."""
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        elif msvcrt is not None:  # pragma: no cover - Windows: lock the first byte
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_LOCK if wait else msvcrt.LK_NBLCK, 1)
    except OSError:
        if wait:
            raise
        return False
    return True


def _same_file(fd: int, path: Path) -> bool:
    """Whether ``path`` still names the file open as ``fd`` (a cleaner may have removed it)."""
    try:
        return os.path.samestat(os.fstat(fd), os.lstat(path))
    except OSError:
        return False


def _fsync_folder(folder: Path) -> None:
    """Make a new name in ``folder`` survive a power cut (POSIX; Windows cannot open folders)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems (and Windows) do not sync folders
    finally:
        os.close(fd)


def _ours(info: os.stat_result) -> bool:
    return not hasattr(os, "getuid") or info.st_uid == os.getuid()


# --- temporary files ----------------------------------------------------------------------


class Temporary:
    """A private file (0600) under a temporary name in ``folder``, locked until closed."""

    def __init__(self, folder: Path, prefix: str, suffix: str = PART):
        while True:
            fd, name = tempfile.mkstemp(prefix=prefix, suffix=suffix, dir=folder)
            _lock(fd, wait=True)
            if _same_file(fd, Path(name)):
                break
            os.close(fd)  # a cleaner took it between creation and lock: make another
        self.fd: int | None = fd
        self.path = Path(name)

    def finish(self, mode: int) -> None:
        """On the disk, with its final permissions."""
        assert self.fd is not None, "finished after it was closed"
        os.fsync(self.fd)
        if hasattr(os, "fchmod"):
            os.fchmod(self.fd, mode)
        else:  # pragma: no cover - Windows
            os.chmod(self.path, mode)

    def link(self, names: Iterable[Path]) -> Path:
        """Give the finished file the first of ``names`` that nothing has, then drop the temporary name."""
        if _CLOSE_FIRST:  # pragma: no cover - Windows
            self.close()
        for name in names:
            try:
                os.link(self.path, name)  # never replaces, never follows whatever is at ``name``
            except FileExistsError:
                continue
            except OSError as exc:
                if not _without_hard_links(exc):
                    raise
                if not self._claim(name):
                    continue
            self.discard()
            _fsync_folder(name.parent)
            return name
        raise FileExistsError(f"no free name for a copy in {self.path.parent}")

    def _claim(self, name: Path) -> bool:
        """A file system without hard links: create the name exclusively, then rename over it."""
        flags = os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0)
        try:
            os.close(os.open(name, flags, 0o600))
        except FileExistsError:
            return False
        os.replace(self.path, name)
        return True

    def replace(self, target: Path) -> None:
        """Put the finished file at ``target``, replacing what is there, in one step."""
        if _CLOSE_FIRST:  # pragma: no cover - Windows
            self.close()
        os.replace(self.path, target)
        self.close()
        _fsync_folder(target.parent)

    def discard(self) -> None:
        if _CLOSE_FIRST:  # pragma: no cover - Windows
            self.close()
        with suppress(FileNotFoundError):
            self.path.unlink()
        self.close()

    def close(self) -> None:
        if self.fd is not None:
            os.close(self.fd)  # releases the lock
            self.fd = None


def _without_hard_links(exc: OSError) -> bool:
    return exc.errno in {
        errno.EPERM,
        errno.ENOTSUP,
        errno.EOPNOTSUPP,
        errno.ENOSYS,
        errno.EXDEV,
        errno.EMLINK,
        errno.EACCES,
    } and not isinstance(exc, FileExistsError)


def temporaries_of(name: str | None) -> re.Pattern[str]:
    """The names of the temporary files (and SQLite's files beside them) for ``name``, or for any
    name (None)."""
    start = re.escape(f".{name}.") if name is not None else r"\..+\."
    return re.compile(start + _RANDOM + re.escape(PART) + "(" + "|".join(map(re.escape, _SIDE_FILES)) + ")?")


def remove_stale_temporaries(folder: Path, name: str | None) -> list[Path]:
    """Remove the temporaries for ``name`` in ``folder`` whose writer is gone (their lock is free).
    Returns what was removed."""
    pattern = temporaries_of(name)
    try:
        entries = sorted(folder.iterdir())
    except OSError:
        return []
    removed: list[Path] = []
    found = {entry.name for entry in entries if pattern.fullmatch(entry.name)}
    for entry in entries:
        if entry.name not in found:
            continue
        if entry.name.endswith(_SIDE_FILES):
            main = entry.name.rsplit("-", 1)[0]
            if main in found:
                continue  # goes with its main file, when that is stale
            if _remove_own(entry):  # its main file is gone: nothing writes it any more
                removed.append(entry)
            continue
        if _remove_if_stale(entry):
            removed.append(entry)
            for side in _SIDE_FILES:
                side_file = entry.with_name(entry.name + side)
                if side_file.name in found and _remove_own(side_file):
                    removed.append(side_file)
    return removed


def _remove_if_stale(path: Path) -> bool:
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return False
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or not _ours(info) or not _lock(fd, wait=False):
            return False
        if not _same_file(fd, path):
            return False
        if _CLOSE_FIRST:  # pragma: no cover - Windows: an open file cannot be removed
            os.close(fd)
            fd = -1
        path.unlink()  # while holding the lock (POSIX), so no writer can take it meanwhile
        return True
    except OSError:
        return False
    finally:
        if fd >= 0:
            os.close(fd)


def _remove_own(path: Path) -> bool:
    try:
        info = path.lstat()
        if stat.S_ISREG(info.st_mode) and _ours(info):
            path.unlink()
            return True
    except OSError:
        pass
    return False


def remove_stale(register: Path) -> list[Path]:
    """Remove what killed copies and exports left in the register's folder (the folder exports
    go to by default); called when it is opened. Only temporaries whose writer is gone: a live
    one holds its lock."""
    return remove_stale_temporaries(register.parent, None)


# --- copies of a register -----------------------------------------------------------------


class PendingCopy:
    """A complete copy of a register under a temporary name: ``place`` gives it its final name,
    ``discard`` removes it. Until then nobody can mistake it for a copy."""

    def __init__(self, temporary: Temporary):
        self._temporary = temporary

    @property
    def path(self) -> Path:
        return self._temporary.path

    def place(self, names: Iterable[Path]) -> Path:
        try:
            return self._temporary.link(names)
        except BaseException:
            self.discard()
            raise

    def discard(self) -> None:
        self._temporary.discard()

    def __enter__(self) -> PendingCopy:
        return self

    def __exit__(self, *exc) -> None:
        self.discard()  # nothing when it was placed


def prepare(register: Path, folder: Path | None = None) -> PendingCopy:
    """A consistent copy of the register file (SQLite's backup API) in ``folder`` (default: beside
    it), with the register's own permissions, not yet under a name anybody looks for."""
    register = Path(register)
    folder = register.parent if folder is None else Path(folder)
    temporary = Temporary(folder, prefix=f".{register.name}.")
    try:
        _fill(register, temporary.path)
        temporary.finish(stat.S_IMODE(os.stat(register).st_mode))
    except BaseException:
        temporary.discard()
        raise
    return PendingCopy(temporary)


def copy_register(register: Path, names: Iterable[Path]) -> Path:
    """A complete copy of ``register`` under the first of ``names`` that is free (in one folder)."""
    names = iter(names)
    first = next(names)
    pending = prepare(register, first.parent)
    return pending.place(_chain(first, names))


def _fill(register: Path, target: Path) -> None:
    """Copy every page of ``register`` into the empty file ``target`` (to SQLite an empty database)."""
    busy = 0

    def give_up_when_locked(status: int, _remaining: int, _total: int) -> None:
        nonlocal busy
        if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            busy += 1
            if busy > _BUSY_TRIES:
                raise sqlite3.OperationalError("database is locked")

    # From the paths, never as text SQLite might read as a URI (a relative "file:a?b.ropa").
    with (
        closing(sqlite_connection.connect(register, timeout=2)) as source,
        closing(sqlite_connection.connect(target)) as copy,
    ):
        source.backup(copy, progress=give_up_when_locked)


def numbered(first: Path) -> Iterator[Path]:
    """``first``, then ``stem-2.suffix``, ``stem-3.suffix``…"""
    yield first
    for n in range(2, _MAX_NAMES):
        yield first.with_name(f"{first.stem}-{n}{first.suffix}")


def _chain(first: Path, rest: Iterator[Path]) -> Iterator[Path]:
    yield first
    yield from rest


# --- File > Save a copy -------------------------------------------------------------------

# Why a copy was refused (CopyRefused.reason), for the window's own sentence.
TARGET_IS_LINK = "target_is_link"
TARGET_IS_REGISTER = "target_is_register"


class CopyRefused(RegisterError):
    """A copy that was not written, because writing it would lose or expose the officer's data."""

    def __init__(self, message: str, reason: str, location: str):
        super().__init__(message, errors.EXISTS, location)
        self.reason = reason


def _refuse_target(register: Path, target: Path) -> None:
    if _side_file_of(register, target):  # SQLite would take it for the register's own journal
        raise CopyRefused(
            f"{target}: is the open register's journal; no copy was written", TARGET_IS_REGISTER, str(target)
        )
    try:
        info = os.lstat(target)
    except FileNotFoundError:
        return
    if stat.S_ISLNK(info.st_mode):  # a planted link could send the copy anywhere
        raise CopyRefused(f"{target}: is a symbolic link; no copy was written", TARGET_IS_LINK, str(target))
    if os.path.samestat(info, os.stat(register)):
        raise CopyRefused(
            f"{target}: is the open register itself; no copy was written", TARGET_IS_REGISTER, str(target)
        )


def _side_file_of(register: Path, target: Path) -> bool:
    """Whether ``target`` is SQLite's journal of ``register``: replacing it would damage the register."""
    with suppress(OSError):
        if os.path.samefile(register.parent, target.parent):
            return target.name in {register.name + side for side in _SIDE_FILES}
    return False


def save_copy(register: Path, target: Path) -> Path:
    """A consistent copy (SQLite's backup API) of ``register`` at ``target``, private (0600) and
    complete or not there at all; an existing file at ``target`` is replaced, but never the
    register itself and never through a symbolic link."""
    register, target = Path(register), Path(target)
    _refuse_target(register, target)
    remove_stale_temporaries(target.parent, target.name)
    temporary = Temporary(target.parent, prefix=f".{target.name}.")
    try:
        _fill(register, temporary.path)
        temporary.finish(0o600)  # the register holds personal data: for its owner only
        _refuse_target(register, target)  # again: the folder may have changed while copying
        temporary.replace(target)  # a rename: replaces a name, never follows one
    except BaseException:
        temporary.discard()
        raise
    return target


# --- the window's undo copies -------------------------------------------------------------


class UndoFolder:
    """A private folder (0700) for one window's undo copies, locked while the window lives."""

    def __init__(self, base: Path | None = None):
        base = Path(base or tempfile.gettempdir())
        while True:
            lock = Temporary(base, prefix=UNDO_PREFIX, suffix=LOCK_SUFFIX)
            folder = lock.path.with_name(lock.path.name[: -len(LOCK_SUFFIX)])
            try:
                folder.mkdir(mode=0o700)
                break
            except FileExistsError:
                lock.discard()
        self._lock = lock
        self.path = folder

    def remove(self) -> None:
        """Remove the folder with the copies in it, then the lock."""
        shutil.rmtree(self.path, ignore_errors=True)
        self._lock.discard()


def remove_stale_undo_folders(base: Path | None = None) -> list[Path]:
    """Remove this user's undo folders (and their locks) that no running window holds."""
    base = Path(base or tempfile.gettempdir())
    removed: list[Path] = []
    try:
        entries = [entry for entry in base.iterdir() if entry.name.startswith(UNDO_PREFIX)]
    except OSError:
        return removed
    for entry in entries:
        try:
            info = entry.lstat()
        except OSError:
            continue
        if not _ours(info):
            continue
        if stat.S_ISDIR(info.st_mode):
            lock = entry.with_name(entry.name + LOCK_SUFFIX)
            if lock.exists() or lock.is_symlink():
                continue  # its lock decides, below
            shutil.rmtree(entry, ignore_errors=True)  # no lock: left by a window that died
            removed.append(entry)
        elif entry.name.endswith(LOCK_SUFFIX) and stat.S_ISREG(info.st_mode):
            if _remove_folder_if_stale(entry):
                removed.append(entry.with_name(entry.name[: -len(LOCK_SUFFIX)]))
    return removed


def _remove_folder_if_stale(lock: Path) -> bool:
    try:
        fd = os.open(lock, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return False
    try:
        if not _lock(fd, wait=False) or not _same_file(fd, lock):
            return False
        folder = lock.with_name(lock.name[: -len(LOCK_SUFFIX)])
        with suppress(OSError):
            if stat.S_ISDIR(folder.lstat().st_mode):
                shutil.rmtree(folder, ignore_errors=True)
        if _CLOSE_FIRST:  # pragma: no cover - Windows: an open file cannot be removed
            os.close(fd)
            fd = -1
        lock.unlink()  # after the folder: a folder without a lock would look abandoned
        return True
    except OSError:
        return False
    finally:
        if fd >= 0:
            os.close(fd)


def write_failed(location: Path, what: str, exc: BaseException) -> RegisterError:
    """The one line for a file at ``location`` that could not be written: ``what`` and why."""
    text = (getattr(exc, "strerror", None) or str(exc) or type(exc).__name__).splitlines()[0]
    full = "full" in text.lower() or "no space" in text.lower()
    return RegisterError(f"{location}: {what} ({text})", errors.DISK_FULL if full else errors.READ_ONLY, str(location))
