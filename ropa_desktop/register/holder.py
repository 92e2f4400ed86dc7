"""One window per register file: a lock beside the register that dies with its process.

The window that opens a register first holds it: it keeps an OS lock (flock; a byte lock on
Windows) on a small file beside the register, ``name.ropa-holder``, which says who holds it
and since when. A second window finds the lock taken, reads who, and opens the register
read-only. The lock is the process's, not the file's: after a crash (kill -9, power loss) the
file is left but its lock is free, so the next window reclaims it silently. The register
file itself is not locked this way: SQLite uses POSIX locks on it, and on NFS flock is
emulated with those same locks. The command line takes no hold: scripts may write while a
window is open, and the item versions protect both.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from . import errors
from .errors import RegisterError

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]  # None stands for the module Windows lacks
    import msvcrt

SUFFIX = "-holder"
# On Windows a byte lock is mandatory: lock one far beyond the text, which stays readable.
_WINDOWS_LOCK_OFFSET = 1 << 30
_NO_FOLLOW = getattr(os, "O_NOFOLLOW", 0)


@dataclass(frozen=True)
class Holder:
    """Who holds a register: the user, the computer, the process and since when (UTC)."""

    user: str
    host: str
    pid: int
    since: str  # ISO 8601, UTC

    def since_time(self) -> datetime | None:
        try:
            return datetime.fromisoformat(self.since).replace(tzinfo=UTC)
        except ValueError:
            return None

    def describe(self) -> str:
        return f"{self.user} on {self.host} (process {self.pid}) since {self.since} UTC"


class Held(RegisterError):
    """Another window holds the register; ``holder`` says who (None: unreadable)."""

    def __init__(self, register: Path, holder: Holder | None):
        who = holder.describe() if holder else "another program"
        super().__init__(f"{register}: open in another window ({who}); opened read-only", errors.HELD, str(register))
        self.holder = holder


class Hold:
    """This process holds the register until release() (or until it ends, however)."""

    def __init__(self, sidecar: Path, fd: int, holder: Holder):
        self.sidecar, self.holder = sidecar, holder
        self._fd: int | None = fd

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            if fcntl is not None and _same_file(fd, self.sidecar):
                self.sidecar.unlink()  # still under our lock: whoever waits retries with a new file
        except OSError:
            pass
        finally:
            os.close(fd)
        if fcntl is None:  # Windows removes no file that is open
            try:
                self.sidecar.unlink()
            except OSError:
                pass

    def __del__(self) -> None:
        self.release()


def sidecar(register: Path) -> Path:
    return register.with_name(register.name + SUFFIX)


def me() -> Holder:
    try:
        user = getpass.getuser()
    except Exception:  # no user name known to the system (a container, a service)
        user = "?"
    return Holder(
        user,
        socket.gethostname(),
        os.getpid(),
        datetime.now(UTC).replace(tzinfo=None).isoformat(timespec="seconds"),
    )


def take(register: Path) -> Hold | None:
    """Hold ``register`` for this process; raises Held naming who holds it. None when no hold
    can be kept at all (a folder we may not write in): the window then goes ahead unguarded."""
    target = sidecar(register)
    for _attempt in range(10):
        try:
            fd = os.open(target, os.O_RDWR | os.O_CREAT | _NO_FOLLOW | getattr(os, "O_CLOEXEC", 0), _mode_of(register))
        except PermissionError:  # another user's holder file: held by them, or left by a crash
            found = holder_of(register)
            if found is not None:
                raise Held(register, found) from None
            if not _clear_if_stale(target):
                return None
            continue
        except OSError:  # a planted link, a read-only folder or disk: no hold to keep
            return None
        if not _lock(fd):
            found = _read(fd)
            os.close(fd)
            raise Held(register, found)
        if fcntl is not None and not _same_file(fd, target):
            os.close(fd)  # the last holder removed it as we opened it: take the new one
            continue
        holder = me()
        try:
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, json.dumps(asdict(holder)).encode("utf-8"))
        except OSError:
            pass  # held all the same; a second window then names no one
        return Hold(target, fd, holder)
    return None


def holder_of(register: Path) -> Holder | None:
    """Who holds ``register`` now, without taking it (None: nobody)."""
    target = sidecar(register)
    try:
        fd = os.open(target, os.O_RDONLY | _NO_FOLLOW)
    except OSError:
        return None
    try:
        if _lock(fd):
            return None
        return _read(fd) or Holder("?", "?", 0, "")
    finally:
        os.close(fd)


def clear_stale(register: Path) -> bool:
    """Remove a holder file whose window is gone (its lock is free); True when none is left."""
    return _clear_if_stale(sidecar(register))


def _clear_if_stale(target: Path) -> bool:
    try:
        fd = os.open(target, os.O_RDONLY | _NO_FOLLOW)
    except FileNotFoundError:
        return True
    except OSError:
        return False
    try:
        if not _lock(fd):
            return False
        try:
            if fcntl is not None and not _same_file(fd, target):
                return True
            target.unlink()
        except FileNotFoundError:
            pass
        except OSError:
            return False
        return True
    finally:
        os.close(fd)


def _lock(fd: int) -> bool:
    """Take the lock without waiting; False when another process has it."""
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        else:
            os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    except OSError:
        return False
    return True


def _read(fd: int) -> Holder | None:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        data = json.loads(os.read(fd, 4096).decode("utf-8"))
        return Holder(str(data["user"]), str(data["host"]), int(data["pid"]), str(data["since"]))
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None  # being written at this very moment, or not ours


def _same_file(fd: int, path: Path) -> bool:
    try:
        here, there = os.fstat(fd), os.stat(path, follow_symlinks=False)
    except OSError:
        return False
    return (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)


def _mode_of(register: Path) -> int:
    """Readable by whoever may read the register: they are the ones who need to know who holds it."""
    try:
        return register.stat().st_mode & 0o666
    except OSError:
        return 0o600
