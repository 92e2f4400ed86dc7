"""A register on a server that is down when it is opened (issue 17, faults): the command line
(`ropa info URL`), the window started with a URL (`ropa-desktop URL`) and File > Open server
register… each say so in one sentence; once the server is up again the same step opens it.

The test run's own server is really stopped (not a port nobody listens on); it is shared with the
other tests of the run, so every test starts it again, whatever happens (try/finally)."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy.engine import make_url

from ropa_desktop.gui import server_connections as sc
from ropa_desktop.gui.app import Controller
from ropa_desktop.gui.server_dialog import ServerDialog
from ropa_desktop.gui.settings import Settings
from ropa_desktop.register.demo import create_demo_register


@pytest.fixture
def server(stoppable_server):
    return stoppable_server


@pytest.fixture
def server_demo(postgres_server):
    url = postgres_server.copy_of("demo", create_demo_register)
    yield url
    postgres_server.drop(url)


@pytest.fixture
def controller(qapp: QApplication, tmp_path, monkeypatch, answers, english):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    made = Controller(qapp, Settings())
    yield made
    if made.window is not None:
        made.window.close()
        made.window.deleteLater()
    made.shutdown()


def _connection_to(url: str) -> sc.ServerConnection:
    parsed = make_url(url)
    return sc.ServerConnection(
        name="Team register",
        host=parsed.host,
        port=parsed.port,
        database=parsed.database,
        user=parsed.username,
        sslmode="disable",
    )


def _down_sentence(connection: sc.ServerConnection) -> str:
    return (
        f"The server {connection.host} cannot be reached on port {connection.port}; check the host name and "
        f"the port, and that the server is running."
    )


def _connected_by_clicking(qtbot, dialogs_seen: list):
    """ServerDialog.exec as the officer uses it: Connect, wait for how it went, then close it."""

    def run(dialog):
        dialogs_seen.append(dialog)
        dialog.show()
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.connect_job is None, timeout=20000)
        run.messages.append(dialog.message.text())
        if dialog.register is None:
            dialog.reject()
        return dialog.result()

    run.messages = []
    return run


def test_ropa_info_on_a_server_that_is_down_is_one_sentence_and_exit_code_2(server, server_demo):
    bare = make_url(server_demo).set(drivername="postgresql").render_as_string(hide_password=False)
    start_again = server.stop_for_a_moment()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "ropa_desktop.cli", "info", bare], capture_output=True, text=True, timeout=60
        )
    finally:
        start_again()
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr == (
        f"ropa: {bare}: the database server cannot be reached (is it running, and is the address right?)\n"
    )
    # Near miss: the server up, the same command answers.
    done = subprocess.run(
        [sys.executable, "-m", "ropa_desktop.cli", "info", bare], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0 and "Connaxis B.V." in done.stdout, done.stderr


def test_ropa_desktop_with_the_url_of_a_server_that_is_down_says_so_in_the_dialog(
    controller, server, server_demo, memory_keyring, monkeypatch, qtbot
):  # noqa: F811
    connection = _connection_to(server_demo)
    sc.store_password(connection, "pw")  # the test server trusts 127.0.0.1; the keyring has one
    seen: list = []
    clicking = _connected_by_clicking(qtbot, seen)
    monkeypatch.setattr(ServerDialog, "exec", clicking)
    monkeypatch.setattr(controller, "first_start", lambda: False)  # not the start dialog after it
    start_again = server.stop_for_a_moment()
    try:
        assert not controller.start(connection.location)  # ropa-desktop URL
    finally:
        start_again()
    assert clicking.messages == [_down_sentence(connection)]
    assert controller.window is None
    # The server up again: the same start opens the register in the window.
    assert controller.start(connection.location)
    assert controller.workspace.register.engine.dialect.name == "postgresql"
    assert controller.window.windowTitle().startswith("Connaxis B.V.")


def test_open_server_register_with_the_server_down_keeps_the_dialog_open_with_one_sentence(
    qtbot, settings, server, server_demo, memory_keyring, english
):  # noqa: F811
    connection = _connection_to(server_demo)
    sc.ConnectionStore(settings).save(connection, "pw")
    dialog = ServerDialog(settings, None)
    qtbot.addWidget(dialog)
    dialog.show()
    start_again = server.stop_for_a_moment()
    try:
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.connect_job is None, timeout=20000)
    finally:
        start_again()
    assert dialog.message.text() == _down_sentence(connection)
    assert dialog.isVisible() and dialog.register is None and dialog.connect_button.isEnabled()
    # Connect again once it is up: the register opens.
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.connect_job is None, timeout=20000)
    try:
        assert dialog.register is not None and dialog.register.engine.dialect.name == "postgresql"
    finally:
        if dialog.register is not None:
            dialog.register.close()
