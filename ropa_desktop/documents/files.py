"""Writing documents so that a reader never sees half a file, and nobody else sees a private one."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from ..register import copies


def _umask() -> int:
    # Reading the umask means setting it; set it straight back.
    current = os.umask(0)
    os.umask(current)
    return current


def write_atomically(
    target: str | os.PathLike, write: Callable[[BinaryIO], None] | bytes, *, private: bool = True
) -> Path:
    """Write to a temporary file beside ``target``, then rename it into place.

    An existing file is replaced only when writing succeeded; on any error (or a cancel
    raised from ``write``) the temporary file is removed and ``target`` is untouched.
    ``private`` documents (the register's internal content) are readable by their owner only;
    a public one (the privacy statement) gets what a normal save would give it. Temporaries
    of earlier writes of ``target`` that were killed midway are removed first.
    """
    target = Path(target)
    copies.remove_stale_temporaries(target.parent, target.name)
    temporary = copies.Temporary(target.parent, prefix=f".{target.name}.")
    try:
        # The temporary stays open (and locked) until it has its final name.
        fd = temporary.fd
        assert fd is not None  # a new Temporary is open until replace() closes it
        with os.fdopen(fd, "wb", closefd=False) as stream:
            if isinstance(write, bytes):
                stream.write(write)
            else:
                write(stream)
        temporary.finish(_mode(target, private))
        temporary.replace(target)
    except BaseException:
        temporary.discard()
        raise
    return target


def _mode(target: Path, private: bool) -> int:
    """A replaced file keeps its permissions (a private one only its owner's); a new one gets
    0600 when private, else what the umask gives."""
    try:
        current = stat.S_IMODE(target.stat().st_mode)
    except OSError:
        return 0o600 if private else 0o666 & ~_umask()
    return (current & 0o700 or 0o600) if private else current
