"""A throwaway PostgreSQL cluster for the tests: started once per test run, deleted at its end.

initdb and pg_ctl (Debian's PostgreSQL binaries on the PATH) refuse to run as root, so as root
they run as the ``postgres`` user (``runuser -u postgres --``), else as whoever runs the tests.
The cluster lives in a private temporary folder (mode 700, owned by whoever runs the server),
listens on 127.0.0.1 on a free port and on a socket in that folder, and trusts local connections
(it holds nothing but test registers and lives only as long as the run).

``ROPA_TEST_POSTGRES_URL`` (a superuser URL, e.g. ``postgresql+psycopg://postgres@127.0.0.1:5432/postgres``)
uses an existing server instead. Each test gets a database of its own (``Server.fresh_database``).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

URL_VARIABLE = "ROPA_TEST_POSTGRES_URL"


class Unavailable(Exception):
    """No server can be started here (no binaries, no postgres user): the reason, in one line."""


class Server:
    def __init__(self, url: str, folder: Path | None = None, data: Path | None = None, as_user: list[str] = ()):
        self.url = url  # the admin database, as a superuser
        self.folder = folder
        self.data = data
        self._as_user = list(as_user)
        self._admin = create_engine(url, isolation_level="AUTOCOMMIT", poolclass=_null_pool())

    def url_of(self, database: str) -> str:
        return make_url(self.url).set(database=database).render_as_string(hide_password=False)

    def fresh_database(self) -> str:
        """A new empty database; returns its URL."""
        name = "t_" + uuid.uuid4().hex[:16]
        with self._admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE template0'))
        return self.url_of(name)

    def drop_database(self, url: str) -> None:
        name = make_url(url).database
        with self._admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            # The register's four group roles are cluster-wide (register.roles): on a long-lived
            # server (ROPA_TEST_POSTGRES_URL) thousands would pile up run after run.
            from ropa_desktop.register import roles

            for role in reversed(roles.ROLES):
                conn.execute(text(f'DROP ROLE IF EXISTS "{roles.group_name(name, role)}"'))

    def stop(self) -> None:
        self._admin.dispose()
        if self.data is None:
            return  # a server of someone else's: left running
        try:
            subprocess.run(
                [*self._as_user, _binary("pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop"],
                capture_output=True,
                timeout=60,
                check=False,
            )
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)

    def stop_for_a_moment(self):
        """Stop the server (for the test of a server that is down); returns a function that starts it again."""
        assert self.data is not None, "only a server the tests started"
        subprocess.run(
            [*self._as_user, _binary("pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop"],
            capture_output=True,
            timeout=60,
            check=True,
        )
        return lambda: _start(self._as_user, self.data, self.folder)

    def crash_for_a_moment(self):
        """Stop the server as a power cut or kill -9 would (``-m immediate``: no checkpoint, open
        transactions cut off, recovery at the next start); returns a function that starts it again."""
        assert self.data is not None, "only a server the tests started"
        subprocess.run(
            [*self._as_user, _binary("pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop"],
            capture_output=True,
            timeout=60,
            check=True,
        )
        return lambda: _start(self._as_user, self.data, self.folder)


def _null_pool():
    from sqlalchemy.pool import NullPool

    return NullPool


def _binary(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        for folder in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):  # Debian's layout
            if (folder / name).exists():
                return str(folder / name)
        raise Unavailable(f"{name} is not installed (PostgreSQL's server binaries), and {URL_VARIABLE} is not set")
    return found


def _reachable_temp() -> str:
    """The temporary folder, if the postgres user can pass through every folder above it (a
    TMPDIR in root's home cannot), else /tmp."""
    folder = Path(tempfile.gettempdir()).resolve()
    if all(parent.stat().st_mode & 0o001 for parent in [folder, *folder.parents]):
        return str(folder)
    return "/tmp"


# In memory when there is room (a tmpfs: Linux's /dev/shm): each test makes its database from a
# template, and CREATE DATABASE writes the copy; on this machine's disk that took 0.25-0.4 s per
# test, in memory 0.03-0.05 s (fsync is off either way). Docker's default /dev/shm (64 MB) is too
# small for a cluster: then the temporary folder, as before.
IN_MEMORY = Path("/dev/shm")
IN_MEMORY_ROOM = 1 << 30  # bytes free at least


def _cluster_parent(as_root: bool) -> str | None:
    """The folder the cluster's private folder is made in (None: the temporary folder)."""
    try:
        if (
            IN_MEMORY.is_dir()
            and os.access(IN_MEMORY, os.W_OK | os.X_OK)
            and IN_MEMORY.stat().st_mode & 0o001
            and shutil.disk_usage(IN_MEMORY).free >= IN_MEMORY_ROOM
        ):
            return str(IN_MEMORY)
    except OSError:
        pass
    return _reachable_temp() if as_root else None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start() -> Server:
    """The server for this test run: ROPA_TEST_POSTGRES_URL, or a new cluster (raises Unavailable)."""
    existing = os.environ.get(URL_VARIABLE)
    if existing:
        return Server(existing)
    initdb, _ = _binary("initdb"), _binary("pg_ctl")
    as_user: list[str] = []
    owner = None
    if os.geteuid() == 0:  # initdb and postgres refuse to run as root
        runuser = shutil.which("runuser")
        if runuser is None:
            raise Unavailable("running as root and runuser is missing, so PostgreSQL cannot be started")
        try:
            import pwd

            owner = pwd.getpwnam("postgres")
        except KeyError:
            raise Unavailable("running as root and there is no postgres user to run PostgreSQL as") from None
        as_user = [runuser, "-u", "postgres", "--"]
    folder = Path(tempfile.mkdtemp(prefix="ropa-pg-", dir=_cluster_parent(owner is not None)))  # mode 700
    try:
        if owner is not None:
            os.chown(folder, owner.pw_uid, owner.pw_gid)
        data = folder / "data"
        done = subprocess.run(
            [
                *as_user,
                initdb,
                "-D",
                str(data),
                "-A",
                "trust",
                "-U",
                "postgres",
                "-E",
                "UTF8",
                "--locale=C",
                "--no-sync",
            ],
            capture_output=True,
            text=True,
            timeout=120,
        )
        if done.returncode != 0:
            raise Unavailable(f"initdb failed: {(done.stderr or done.stdout).strip().splitlines()[-1:]}")
        port = _start(as_user, data, folder)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return Server(f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres", folder, data, as_user)


def _start(as_user: list[str], data: Path, folder: Path) -> int:
    port_file = folder / "port"
    port = int(port_file.read_text()) if port_file.exists() else _free_port()
    options = (
        f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off "
        f"-c full_page_writes=off -c max_connections=200 -c max_wal_size=128MB -c min_wal_size=32MB"
    )
    done = subprocess.run(
        [
            *as_user,
            _binary("pg_ctl"),
            "-D",
            str(data),
            "-l",
            str(folder / "server.log"),
            "-o",
            options,
            "-w",
            "-t",
            "60",
            "start",
        ],
        capture_output=True,
        text=True,
        timeout=90,
    )
    if done.returncode != 0:
        log = folder / "server.log"
        tail = log.read_text(errors="replace").strip().splitlines()[-3:] if log.exists() else []
        raise Unavailable(f"PostgreSQL did not start: {done.stderr.strip() or done.stdout.strip()} {tail}")
    if not port_file.exists():
        port_file.write_text(str(port))
    return port


class Databases:
    """The test run's databases on ``server``: templates built once, a fresh copy per test."""

    def __init__(self, server: Server):
        self.server = server
        self._templates: dict[str, str] = {}

    def empty(self) -> str:
        return self.server.fresh_database()

    def copy_of(self, key: str, build) -> str:
        """A new database holding what ``build(url)`` made, built once per run for ``key``
        (CREATE DATABASE … TEMPLATE copies the files: milliseconds instead of a rebuild)."""
        if key not in self._templates:
            url = self.server.fresh_database()
            made = build(url)
            if made is not None:
                made.close()  # a template may have no connections
            self._templates[key] = make_url(url).database
        name = "t_" + uuid.uuid4().hex[:16]
        with self.server._admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{self._templates[key]}"'))
        return self.server.url_of(name)

    def drop(self, url: str) -> None:
        self.server.drop_database(url)
