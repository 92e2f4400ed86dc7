"""The log file and what a bug report needs: where things went wrong, in which versions.

The window and the command line write to a rotating file in the user's log folder
(platformdirs; ``ROPA_LOG_DIR`` points it elsewhere), one file per program so that two
programs never rotate the same file. The file is the officer's own: the folder is made
0700 and the file 0600, and a log file that is a symbolic link is never written through
(someone could aim it at another file), so logging to the file is then skipped.

The rule for every message: nothing personal from the register goes into the log. A
register holds names of people, of recipients and free texts about processing; a log
file is sent along with a bug report and kept for weeks. So a message names items by
their id (``activity 12``) and says what happened, never a name, a description or
another text the officer typed, and never a password or a database URL with one. The
traceback of an unexpected error is logged as it is: that is what a bug report is for,
and it holds code, not register texts, except where an exception message quotes a value;
the messages ROPA Desktop itself adds stay to ids.
"""

from __future__ import annotations

import importlib.metadata
import logging
import logging.handlers
import os
import platform
import sys
import traceback
from pathlib import Path

import platformdirs

from . import __version__

APP_NAME = "ropa-desktop"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
# The logger every module's ``logging.getLogger(__name__)`` sits under.
ROOT = "ropa_desktop"

_handler: logging.Handler | None = None
_file: Path | None = None
_previous_level: int | None = None


def log_dir() -> Path:
    """The user's log folder: ``ROPA_LOG_DIR`` when set (tests, a portable install), else platformdirs'."""
    chosen = os.environ.get("ROPA_LOG_DIR")
    if chosen:
        return Path(chosen)
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def log_file() -> Path | None:
    """The file this program logs to now; None before set_up, or when logging to a file was refused."""
    return _file


class _PrivateRotatingFile(logging.handlers.RotatingFileHandler):
    """Opens its file 0600 and never through a symbolic link (also after each rotation)."""

    def _open(self):
        flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
        if os.path.islink(self.baseFilename):  # where O_NOFOLLOW does not exist (Windows)
            raise OSError(f"{self.baseFilename} is a symbolic link; not written through")
        descriptor = os.open(self.baseFilename, flags, 0o600)
        try:
            if hasattr(os, "fchmod"):
                os.fchmod(descriptor, 0o600)  # a file left by an older version with wider rights
            return open(descriptor, "a", encoding=self.encoding or "utf-8", errors=self.errors)
        except BaseException:
            os.close(descriptor)
            raise


def set_up(program: str, debug: bool = False) -> Path | None:
    """Log ROPA Desktop's messages to ``<log folder>/<program>.log``; returns that file, or None
    when it cannot be written safely (then nothing is logged to a file, and the program runs on).

    Calling it again replaces the earlier set-up; ``tear_down`` undoes it."""
    global _handler, _file, _previous_level
    tear_down()
    folder = log_dir()
    path = folder / f"{program}.log"
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not folder.is_symlink() and hasattr(os, "chmod"):
            os.chmod(folder, 0o700)
        if path.is_symlink():
            return None
        handler = _PrivateRotatingFile(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
    except OSError:
        return None  # a read-only home or a link: the program works without a log file
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.setLevel(logging.DEBUG if debug else logging.INFO)
    logger = logging.getLogger(ROOT)
    _previous_level = logger.level
    logger.setLevel(logging.DEBUG if debug else logging.INFO)
    logger.addHandler(handler)
    _handler, _file = handler, path
    return path


def tear_down() -> None:
    """Stop logging to the file (at exit, and after each test)."""
    global _handler, _file, _previous_level
    if _handler is not None:
        logger = logging.getLogger(ROOT)
        logger.removeHandler(_handler)
        _handler.close()
        if _previous_level is not None:
            logger.setLevel(_previous_level)
    _handler, _file, _previous_level = None, None, None


def debug_wanted() -> bool:
    """ROPA_DEBUG=1 (anything but empty or 0): log at DEBUG level, tracebacks on stderr too."""
    return os.environ.get("ROPA_DEBUG", "") not in ("", "0")


def versions() -> list[str]:
    """The versions a bug report needs, one ``name version`` a line."""
    lines = [f"ROPA Desktop {__version__}", f"Python {platform.python_version()} ({sys.executable})"]
    # Qt's version as installed, without importing Qt: only the window's layer imports it, and
    # the command line runs without it.
    qt = sys.modules.get("PySide6.QtCore")
    for distribution in ("PySide6", "PySide6_Essentials", "PySide6-Essentials"):  # the wheel installed
        try:
            lines.append(
                f"PySide6 {importlib.metadata.version(distribution)}"
                + (f", Qt {qt.qVersion()}" if qt is not None else "")
            )
            break
        except importlib.metadata.PackageNotFoundError:
            continue
    try:
        import sqlalchemy

        lines.append(f"SQLAlchemy {sqlalchemy.__version__}")
    except ImportError:
        pass
    lines.append(f"Platform {platform.platform()} ({platform.machine()})")
    return lines


def details(exc_info) -> str:
    """The traceback, the versions and the platform: what to paste into a bug report.

    ``exc_info`` is an exception or a ``(type, value, traceback)`` triple as sys.exc_info gives."""
    if isinstance(exc_info, BaseException):
        exc_info = (type(exc_info), exc_info, exc_info.__traceback__)
    kind, value, trace = exc_info
    text = "".join(traceback.format_exception(kind, value, trace)).rstrip("\n")
    where = log_file()
    lines = [text, "", *versions()]
    if where is not None:
        lines.append(f"Log file {where}")
    return "\n".join(lines) + "\n"
