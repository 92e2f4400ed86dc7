"""Starting the programs under test in a private environment, and killing them."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).parent
_ROPA = Path(sys.executable).with_name("ropa")


def ropa(*args: str) -> list[str]:
    """The command line as installed (the venv's `ropa`), else the same module."""
    if _ROPA.exists():
        return [str(_ROPA), *args]
    return [sys.executable, "-m", "ropa_desktop.cli", *args]


def helper(script: str, *args: str) -> list[str]:
    return [sys.executable, str(HERE / script), *args]


def private_env(root: Path) -> dict[str, str]:
    """Temporary folder, home and XDG folders of the round's own, so whatever a killed
    program leaves there is the round's to find (and the user's settings stay untouched)."""
    env = dict(os.environ)
    places = {
        "TMPDIR": "tmp",
        "HOME": "home",
        "XDG_CONFIG_HOME": "config",
        "XDG_DATA_HOME": "data",
        "XDG_CACHE_HOME": "cache",
        "XDG_RUNTIME_DIR": "runtime",
    }
    for variable, name in places.items():
        (root / name).mkdir(parents=True, exist_ok=True, mode=0o700)
        env[variable] = str(root / name)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def files_in(folder: Path) -> dict[str, tuple[int, int]]:
    """Every entry of ``folder`` with its size and modification time."""
    found = {}
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return found
    for entry in entries:
        try:
            st = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        found[entry.name] = (st.st_size, st.st_mtime_ns)
    return found


@dataclass
class Timeline:
    """When an uninterrupted run changed which files (seconds from its start)."""

    seconds: float = 0.0
    changes: list[tuple[float, str]] = field(default_factory=list)
    status: int = 0
    stderr: str = ""

    def window(self, match) -> tuple[float, float] | None:
        times = [t for t, name in self.changes if match(name)]
        return (min(times), max(times)) if times else None


def timeline(command: list[str], folder: Path, env: dict, seconds: float = 300) -> Timeline:
    """Run ``command`` to its end, watching ``folder`` every few milliseconds."""
    start = time.monotonic()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    found = Timeline()
    last = files_in(folder)
    while process.poll() is None:
        now = files_in(folder)
        t = time.monotonic() - start
        found.changes += [(t, name) for name in set(now) | set(last) if now.get(name) != last.get(name)]
        last = now
        if t > seconds:
            process.kill()
        time.sleep(0.004)
    found.seconds = time.monotonic() - start
    found.status = process.returncode
    found.stderr = process.stderr.read().decode(errors="replace")
    return found


def wait_for_line(process: subprocess.Popen, wanted: str, seconds: float) -> bool:
    """Read the program's output until ``wanted`` arrives; False when it ends or time runs out."""
    deadline = time.monotonic() + seconds
    buffer = b""
    while time.monotonic() < deadline:
        ready, _, _ = select.select([process.stdout], [], [], 0.05)
        if ready:
            chunk = os.read(process.stdout.fileno(), 4096)
            if not chunk:
                return False
            buffer += chunk
            if wanted.encode() in buffer:
                return True
        elif process.poll() is not None:
            return False
    return False


def kill_after(process: subprocess.Popen, delay: float) -> bool:
    """SIGKILL after ``delay`` seconds; False when the program had ended by itself first."""
    deadline = time.monotonic() + delay
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        time.sleep(min(0.005, max(0.0, deadline - time.monotonic())))
    if process.poll() is not None:
        return False
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    return True


# The first bytes of a rollback journal that SQLite has synced for a commit: from then until the
# journal is deleted the commit is under way, and a kill leaves a hot journal to roll back.
JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")


def in_commit(register: Path):
    """A sign: the commit itself is under way (the journal's header is written and synced)."""
    journal = f"{register}-journal"

    def sign() -> bool:
        try:
            with open(journal, "rb") as file:
                return file.read(8) == JOURNAL_MAGIC
        except OSError:
            return False

    return sign


def committing(register: Path, at_least: int = 1):
    """A sign: a write transaction on the register is open (its rollback journal holds
    ``at_least`` bytes, or its write-ahead log grows by as much)."""

    def sizes() -> tuple[int, int]:
        found = []
        for suffix in ("-journal", "-wal"):
            try:
                found.append(os.stat(f"{register}{suffix}").st_size)
            except OSError:
                found.append(-1)
        return found[0], found[1]

    last = {"wal": None}  # from the first look on: a commit during the delay is not this one

    def sign() -> bool:
        journal, wal = sizes()
        if last["wal"] is None:
            last["wal"] = wal
        return journal >= at_least or wal - last["wal"] >= at_least

    return sign


def appears(folder: Path, match):
    """A sign: a file whose name ``match``es is in ``folder`` and not empty."""

    def sign() -> bool:
        for entry in os.scandir(folder):
            if match(entry.name):
                try:
                    if entry.stat(follow_symlinks=False).st_size > 0:
                        return True
                except OSError:
                    pass
        return False

    return sign


def kill_on_sign(
    process: subprocess.Popen, delay: float, sign, patience: float, then: float = 0.0
) -> tuple[bool, bool]:
    """Wait ``delay`` seconds, then until ``sign()`` holds, then ``then`` seconds more, and
    SIGKILL; after ``patience`` seconds without the sign, SIGKILL anyway.
    Returns (killed, the sign was seen)."""
    if not _sleep_while_running(process, delay):
        return False, False
    deadline = time.monotonic() + patience
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False, False
        if sign():
            return kill_after(process, then), True
        time.sleep(0.0005)
    return kill_after(process, 0), False


def _sleep_while_running(process: subprocess.Popen, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        time.sleep(min(0.005, max(0.0, deadline - time.monotonic())))
    return process.poll() is None


def run(command: list[str], env: dict, seconds: float) -> tuple[int | None, str, str]:
    """Run to its end; status None when it had to be killed for taking longer than ``seconds``."""
    try:
        done = subprocess.run(command, env=env, capture_output=True, timeout=seconds)
    except subprocess.TimeoutExpired as expired:
        out = (expired.stdout or b"").decode(errors="replace")
        return None, out, (expired.stderr or b"").decode(errors="replace") + f"\n(killed after {seconds:.0f} s)"
    return done.returncode, done.stdout.decode(errors="replace"), done.stderr.decode(errors="replace")
