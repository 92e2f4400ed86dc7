"""Root test configuration. Qt must run headless before any QApplication exists."""

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

import gc  # noqa: E402

import pytest  # noqa: E402


@pytest.fixture(scope="session", autouse=True)
def cycles_collected_on_the_main_thread():
    """As in the application (gui/collector.py): Python's cycle collector must not run in a
    job's thread, where a collected window or connection would be destroyed off the GUI
    thread. The tests switch automatic collection off and collect between tests, on the
    main thread, when Python's thresholds say it is due."""
    was_enabled = gc.isenabled()
    gc.disable()
    yield
    if was_enabled:
        gc.enable()


@pytest.hookimpl(trylast=True)
def pytest_runtest_teardown(item, nextitem):
    from ropa_desktop.gui.collector import collect_if_due

    collect_if_due()
