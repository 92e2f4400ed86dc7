"""Hearing at once what other programs save to a register on a server (PostgreSQL LISTEN/NOTIFY).

Every committed save on a server is announced on ``server.CHANNEL`` with the register's new
generation (``server.announce``; a rolled-back transaction announces nothing). A ``Listener``
keeps a connection of its own to the server, listens on that channel in a daemon thread and
calls ``on_notice(generation)`` for every announcement, from that thread.

A connection that is lost (the server restarted, the network went away) is made again, after
a short and growing pause, for as long as it takes; what was announced meanwhile is lost, so
after every connection, once listening, the listener reads the register's generation on its
connection and passes it on: the owner compares it with what it saw. The same happens when
someone asks for a look (``poke``), so a window's fallback poll reads the register in this
thread, never in its own. Where the generation cannot be read here (no connection just now)
it passes ``None``: "look for yourself what you may have missed".

A register file (SQLite) has no announcements: other programs' saves are found by polling its
generation. ``for_register`` gives no listener for one.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

import psycopg
from sqlalchemy.engine import URL

from . import generations, server
from .models import RegisterMeta
from .storage import Register

# Pauses before each attempt to connect again, in seconds; the last is repeated, forever.
BACKOFF = (1.0, 2.0, 5.0)
# How long the thread waits for an announcement before it looks whether it should stop: the
# longest a window's close waits for it.
WAKE_SECONDS = 0.2
# How long stop() waits for the thread; a thread still connecting then ends on its own
# (daemon, and it calls nobody once stopped).
JOIN_SECONDS = 0.5
# A connection attempt gives up after this long (a server that does not answer at all).
CONNECT_SECONDS = 5
# TCP keepalives (seconds): a connection whose server vanished without a word (a cable, a
# sleeping laptop) is found dead within about half a minute instead of never.
KEEPALIVE_IDLE, KEEPALIVE_INTERVAL, KEEPALIVE_COUNT = 10, 5, 3


def listens(register: Register) -> bool:
    """Whether other programs' saves to ``register`` are announced (a register on a server)."""
    return register.engine.dialect.name == "postgresql"


def connection_url(url: URL) -> str:
    """The register's URL as libpq takes it: with the password, without SQLAlchemy's driver name."""
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


def for_register(register: Register, on_notice: Callable[[int | None], None]) -> Listener | None:
    """A started listener for a register on a server; None for a register file."""
    if not listens(register):
        return None
    listener = Listener(connection_url(register.engine.url), on_notice, gone=lambda: register.closed)
    listener.start()
    return listener


def generation_in(payload: str) -> int | None:
    """The generation an announcement carries; None when it carries none (a hand-made NOTIFY)."""
    try:
        return int(payload)
    except (TypeError, ValueError):
        return None


class Listener:
    """Listens on ``server.CHANNEL`` in a daemon thread until ``stop()`` (or ``gone()`` says the
    register was closed). ``listening`` is True while the LISTEN connection is up."""

    def __init__(self, url: str, on_notice: Callable[[int | None], None], *, gone: Callable[[], bool] = lambda: False):
        self.url = url
        self.on_notice = on_notice
        self._gone = gone
        self._stop = threading.Event()
        self._poked = threading.Event()
        self.listening = False
        # Times a connection was made (the first, and every reconnection): for tests and the curious.
        self.connections = 0
        self._thread = threading.Thread(target=self._run, name="ropa-register-listener", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self, wait: bool = True) -> None:
        """End the thread promptly; waits for it (``wait``) no longer than JOIN_SECONDS."""
        self._stop.set()
        if wait and self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join(JOIN_SECONDS)

    def poke(self) -> None:
        """Ask the thread for a look soon (a fallback poll): ``on_notice`` with the generation
        read on its connection, or with None while it has none."""
        self._poked.set()

    def is_alive(self) -> bool:
        return self._thread.is_alive()

    # The thread.
    def _stopped(self) -> bool:
        if not self._stop.is_set() and self._gone():
            self._stop.set()
        return self._stop.is_set()

    def _run(self) -> None:
        failures = 0
        while not self._stopped():
            connection = self._connect()
            if connection is None:
                self._pause(BACKOFF[min(failures, len(BACKOFF) - 1)])
                failures += 1
                continue
            failures = 0
            try:
                self._listen(connection)
            except Exception:  # psycopg.Error mostly; whatever it was, the connection is done for
                pass
            finally:
                self.listening = False
                try:
                    connection.close()
                except Exception:
                    pass

    def _connect(self) -> psycopg.Connection | None:
        try:
            return psycopg.connect(
                self.url,
                autocommit=True,
                connect_timeout=CONNECT_SECONDS,
                keepalives=1,
                keepalives_idle=KEEPALIVE_IDLE,
                keepalives_interval=KEEPALIVE_INTERVAL,
                keepalives_count=KEEPALIVE_COUNT,
            )
        except Exception:  # down, refused, a bad address: try again after a pause
            return None

    def _listen(self, connection: psycopg.Connection) -> None:
        connection.execute(f"LISTEN {server.CHANNEL}")
        self.listening = True
        self.connections += 1
        # Saves made before LISTEN took hold (while away, or since the register was opened) were
        # announced to nobody here: the generation now tells the owner whether there were any.
        self._tell(self._generation(connection))
        while not self._stopped():
            for notice in connection.notifies(timeout=WAKE_SECONDS):
                if notice.channel == server.CHANNEL:
                    self._tell(generation_in(notice.payload))
                if self._stopped():
                    return
            if self._poked.is_set():
                self._poked.clear()
                self._tell(self._generation(connection))

    def _generation(self, connection: psycopg.Connection) -> int | None:
        """The register's generation, read on the listening connection (None: it cannot be)."""
        try:
            row = connection.execute(
                f"SELECT value FROM {RegisterMeta.__tablename__} WHERE key = %s", (generations.GENERATION,)
            ).fetchone()
        except psycopg.DatabaseError:
            if connection.broken:
                raise  # the connection is gone: connect again
            return None  # e.g. a role that may not read it: the owner reads it itself
        return generations.as_int(row[0]) if row else None

    def _pause(self, seconds: float) -> None:
        """Wait before connecting again, answering pokes (with None: no connection to read on)
        and a stop meanwhile."""
        waited = 0.0
        while waited < seconds and not self._stopped():
            self._stop.wait(WAKE_SECONDS)
            waited += WAKE_SECONDS
            if self._poked.is_set():
                self._poked.clear()
                self._tell(None)

    def _tell(self, generation: int | None) -> None:
        if self._stopped():
            return
        try:
            self.on_notice(generation)
        except Exception:  # the owner's fault must not end the listening
            pass
