"""A job works on its own thread and reports on the GUI thread; no window can close under it."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QWidget

from ropa_desktop.gui import jobs
from ropa_desktop.gui.jobs import Cancelled, Job


def test_the_work_runs_off_the_gui_thread_and_its_result_arrives_on_it(qtbot):
    ran_in, arrived_in = [], []

    def work(report):
        ran_in.append(threading.current_thread())
        report(1, 2)
        return 42

    job = Job(None, "test", work, show_progress=False)
    job.done.connect(lambda result: arrived_in.append((threading.current_thread(), result)))
    with qtbot.waitSignal(job.done, timeout=5000):
        job.start()
    assert ran_in and ran_in[0] is not threading.main_thread()
    assert arrived_in == [(threading.main_thread(), 42)]
    assert not job.running() and job._relay not in jobs._RUNNING


def test_an_error_in_the_work_arrives_as_failed(qtbot):
    def work(report):
        raise ValueError("the disk is full")

    job = Job(None, "test", work, show_progress=False)
    with qtbot.waitSignal(job.failed, timeout=5000) as failure:
        job.start()
    assert isinstance(failure.args[0], ValueError) and str(failure.args[0]) == "the disk is full"


def test_stop_cancels_at_the_next_report_and_waits_for_the_thread(qtbot):
    started, steps = threading.Event(), []

    def work(report):
        started.set()
        for step in range(10_000):
            report(step, 10_000)  # raises Cancelled once stop() asked
            steps.append(step)
            threading.Event().wait(0.001)
        return "finished"

    job = Job(None, "test", work, show_progress=False)
    job.start()
    assert started.wait(5)
    job.stop()
    assert not job.running()
    assert len(steps) < 10_000
    assert job._relay not in jobs._RUNNING


def test_a_job_outlives_its_destroyed_parent_without_harm(qtbot):
    """Should a window be destroyed without stopping its job, the job ends on its own and its
    result is dropped, instead of the process crashing (as a destroyed QThread would)."""
    parent = QWidget()
    release, ended = threading.Event(), threading.Event()

    def work(report):
        release.wait(5)
        try:
            report(1, 1)
            return "result"
        finally:
            ended.set()

    job = Job(parent, "test", work, show_progress=True)
    results = []
    job.done.connect(results.append)
    job.start()
    thread = job._thread
    parent.deleteLater()
    qtbot.waitUntil(lambda: not _alive(job), timeout=5000)
    release.set()
    assert ended.wait(5)
    thread.join(5)
    assert not thread.is_alive()
    qtbot.wait(50)  # the queued result would arrive now: it has no receiver left
    assert results == []


def _alive(qobject) -> bool:
    from shiboken6 import isValid

    return isValid(qobject)


def test_cancelled_before_it_starts_does_no_work(qtbot):
    did = []
    job = Job(None, "test", lambda report: did.append(1), show_progress=False)
    job.cancel()
    with qtbot.waitSignal(job.failed, timeout=5000) as failure:
        job.start()
    assert isinstance(failure.args[0], Cancelled) and did == []
