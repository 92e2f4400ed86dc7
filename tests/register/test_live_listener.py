"""Another program's save to a register on a server is heard at once (LISTEN/NOTIFY): by a
listener of another process, never for a save that was rolled back, and again after the server
restarted."""

from __future__ import annotations

import subprocess
import sys
import threading
import time

import pytest
from sqlalchemy import select

from ropa_desktop.register import kinds, live, operations
from ropa_desktop.register.models import ProcessingActivity

ON_THE_SERVER = pytest.mark.parametrize("backend", ["postgresql"], indirect=True)

_OTHER_PROCESS = """
import sys
from ropa_desktop.register import kinds, operations
from ropa_desktop.register.storage import open_register
with open_register(sys.argv[1]) as register:
    item = int(sys.argv[2])
    snap = operations.read(register, kinds.ACTIVITY, item)
    operations.save(register, kinds.ACTIVITY, item, {**snap, "owner": sys.argv[3]}, base=snap)
    print(register.generation())
"""


def _saved_by_another_process(register, item: int, owner: str) -> int:
    """Another process saves the activity; returns the generation its save made."""
    done = subprocess.run(
        [sys.executable, "-c", _OTHER_PROCESS, register.location, str(item), owner],
        check=True,
        timeout=60,
        capture_output=True,
        text=True,
    )
    return int(done.stdout.strip())


def _first_activity(register) -> int:
    with register.session() as session:
        return session.scalars(select(ProcessingActivity.id).order_by(ProcessingActivity.id)).first()


class Heard:
    """What a listener passed on, in order, and a way to wait for it."""

    def __init__(self):
        self.notices: list[int | None] = []
        self._new = threading.Condition()

    def __call__(self, generation: int | None) -> None:
        with self._new:
            self.notices.append(generation)
            self._new.notify_all()

    def wait_for(self, wanted, seconds: float = 2.0) -> bool:
        deadline = time.monotonic() + seconds
        with self._new:
            while wanted not in self.notices:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._new.wait(left)
        return True


def _wait(condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


@pytest.fixture
def listening(demo_register):
    heard = Heard()
    listener = live.for_register(demo_register, heard)
    assert listener is not None
    assert _wait(lambda: listener.listening, 10)
    # Once listening, the generation now: the owner compares it with what it saw before.
    assert heard.wait_for(demo_register.generation())
    heard.notices.clear()
    yield listener, heard
    listener.stop()
    assert not listener.is_alive()


@ON_THE_SERVER
def test_another_process_saving_is_heard_with_the_new_generation(demo_register, listening):
    listener, heard = listening
    item = _first_activity(demo_register)
    generation = _saved_by_another_process(demo_register, item, "Elsewhere")
    assert heard.wait_for(generation, 2.0), heard.notices
    assert heard.notices == [generation]
    assert demo_register.generation() == generation


@ON_THE_SERVER
def test_a_rolled_back_transaction_announces_nothing(demo_register, listening):
    listener, heard = listening
    before = demo_register.generation()
    with pytest.raises(ZeroDivisionError):
        with demo_register.transaction() as session:
            session.add(ProcessingActivity(name={"nl": "Nooit bewaard"}))
            session.flush()
            raise ZeroDivisionError("a failure inside the transaction")
    time.sleep(1.0)
    assert heard.notices == [] and demo_register.generation() == before
    # Near miss: the same save, committed, is heard.
    item = _first_activity(demo_register)
    snap = operations.read(demo_register, kinds.ACTIVITY, item)
    operations.save(demo_register, kinds.ACTIVITY, item, {**snap, "owner": "Committed"}, base=snap)
    assert heard.wait_for(before + 1, 2.0), heard.notices


@ON_THE_SERVER
def test_after_the_server_restarted_the_listener_reconnects_and_hears_the_next_save(
    demo_register, listening, postgres_server
):
    listener, heard = listening
    start_again = postgres_server.server.stop_for_a_moment()
    try:
        assert _wait(lambda: not listener.listening, 5)
    finally:
        start_again()
    assert _wait(lambda: listener.connections == 2, 15)
    # What may have been missed while away: the generation now, to compare.
    assert heard.wait_for(demo_register.generation(), 2.0)
    item = _first_activity(demo_register)
    generation = _saved_by_another_process(demo_register, item, "After the restart")
    assert heard.wait_for(generation, 2.0), heard.notices


@ON_THE_SERVER
def test_a_poke_reads_the_generation_in_the_listeners_thread(demo_register, listening):
    listener, heard = listening
    item = _first_activity(demo_register)
    snap = operations.read(demo_register, kinds.ACTIVITY, item)
    operations.save(demo_register, kinds.ACTIVITY, item, {**snap, "owner": "Polled"}, base=snap)
    generation = demo_register.generation()
    assert heard.wait_for(generation, 2.0)  # announced
    heard.notices.clear()
    listener.poke()
    assert heard.wait_for(generation, 2.0) and heard.notices == [generation]  # read, not announced


@ON_THE_SERVER
def test_stop_ends_the_thread_at_once_even_while_waiting_to_reconnect(demo_register):
    listener = live.Listener("postgresql://nobody@127.0.0.1:1/none", lambda generation: None)
    listener.start()
    time.sleep(0.3)  # refused: now pausing before the next attempt
    started = time.monotonic()
    listener.stop()
    assert time.monotonic() - started < 0.5 and not listener.is_alive()


@pytest.mark.sqlite_only
def test_a_register_file_has_no_listener(demo_register):
    assert live.for_register(demo_register, lambda generation: None) is None


def test_the_url_keeps_the_password_and_drops_the_driver():
    from sqlalchemy.engine import make_url

    url = make_url("postgresql+psycopg://officer:s%40cret@db.example:5433/ropa")
    assert live.connection_url(url) == "postgresql://officer:s%40cret@db.example:5433/ropa"
