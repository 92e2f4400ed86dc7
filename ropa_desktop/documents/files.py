"""Writing documents so that a reader never sees half a file."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO


def _umask() -> int:
    # Reading the umask means setting it; set it straight back.
    current = os.umask(0)
    os.umask(current)
    return current


def write_atomically(target: str | os.PathLike, write: Callable[[BinaryIO], None] | bytes) -> Path:
    """Write to a temporary file beside ``target``, then rename it into place.

    An existing file is replaced only when writing succeeded; on any error (or a cancel
    raised from ``write``) the temporary file is removed and ``target`` is untouched.
    """
    target = Path(target)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            if isinstance(write, bytes):
                stream.write(write)
            else:
                write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        # mkstemp makes the file private (0600); give it what a normal save would.
        os.chmod(temporary, target.stat().st_mode & 0o777 if target.exists() else 0o666 & ~_umask())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target
