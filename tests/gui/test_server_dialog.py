"""File > Open server register…: saved connections, the keyring, connecting off the GUI thread."""

from __future__ import annotations

import shutil
import threading
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from sqlalchemy.engine import make_url

from ropa_desktop.gui import server_connection_editor, server_dialog, start_dialog
from ropa_desktop.gui import server_connections as sc
from ropa_desktop.gui.app import Controller
from ropa_desktop.gui.server_connection_editor import ConnectionEditor
from ropa_desktop.gui.server_dialog import ServerDialog
from ropa_desktop.gui.settings import Settings
from ropa_desktop.register import errors
from ropa_desktop.register.demo import create_demo_register
from ropa_desktop.register.errors import RegisterError
from ropa_desktop.register.storage import open_register

SECRET = "s3cret-Wachtwoord"
TEAM = sc.ServerConnection(name="Team register", host="db.example.org", database="ropa", user="anna")
TEST = sc.ServerConnection(
    name="Test server", host="test.example.org", database="ropa_test", user="anna", port=5433, sslmode="require"
)


@pytest.fixture
def demo_copy(demo_path: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "server-stand-in.ropa"
    shutil.copy2(demo_path, copy)
    return copy


@pytest.fixture
def saved(settings, memory_keyring):
    store = sc.ConnectionStore(settings)
    store.save(TEAM, SECRET)
    store.save(TEST, "other")
    return store


def _dialog(qtbot, settings, opener=None, **kwargs) -> ServerDialog:
    dialog = ServerDialog(settings, None, opener=opener or _refusing, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _refusing(url: str):
    raise AssertionError("no connection expected in this test")


def test_the_saved_connections_are_listed(qtbot, qtmodeltester, settings, saved, english):
    dialog = _dialog(qtbot, settings)
    qtmodeltester.check(dialog.model)
    model = dialog.model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)] == [
        "Name",
        "Host",
        "Port",
        "Database",
        "User",
        "TLS (sslmode)",
    ]
    assert [model.index(1, c).data() for c in range(6)] == [
        "Test server",
        "test.example.org",
        "5433",
        "ropa_test",
        "anna",
        "require",
    ]
    assert dialog.current() == TEAM  # the first one is chosen
    assert dialog.password.placeholderText() == "Kept in the keyring"


def test_add_saves_the_connection_and_puts_its_password_in_the_keyring(
    qtbot, settings, memory_keyring, monkeypatch, english
):
    monkeypatch.setattr(server_connection_editor, "edit_connection", lambda parent, old, taken: (TEAM, SECRET))
    dialog = _dialog(qtbot, settings)
    assert not dialog.connect_button.isEnabled()  # nothing to connect to yet
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.model.connections == [TEAM]
    assert dialog.current() == TEAM and dialog.connect_button.isEnabled()
    assert sc.ConnectionStore(Settings(Path(settings._qt.fileName()))).connections() == [TEAM]
    assert memory_keyring.passwords == {(sc.KEYRING_SERVICE, TEAM.account): SECRET}


def test_edit_changes_the_chosen_connection_in_its_place(qtbot, settings, saved, monkeypatch, english):
    asked = []

    def edit(parent, old, taken):
        asked.append((old, taken))
        return sc.with_name(old, "Team register (new)"), ""

    monkeypatch.setattr(server_connection_editor, "edit_connection", edit)
    dialog = _dialog(qtbot, settings)
    qtbot.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)
    assert asked == [(TEAM, {"Team register", "Test server"})]
    assert [c.name for c in saved.connections()] == ["Team register (new)", "Test server"]
    assert sc.stored_password(TEAM) == SECRET  # same account: the password stays


def test_remove_deletes_the_connection_and_its_password(qtbot, settings, saved, memory_keyring, english):
    dialog = _dialog(qtbot, settings)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert saved.connections() == [TEST]
    assert sc.stored_password(TEAM) is None
    assert sc.stored_password(TEST) == "other"
    assert dialog.current() == TEST


def test_a_failed_connection_is_one_sentence_and_the_dialog_stays_open(qtbot, settings, saved, english):
    def opener(url: str):
        # What register.storage says of a wrong password (the driver's words turned into a line).
        raise RegisterError(
            "postgresql+psycopg://anna@db.example.org:5432/ropa?sslmode=prefer: the server "
            "refused the user name or password",
            errors.UNREACHABLE,
        )

    dialog = _dialog(qtbot, settings, opener)
    qtbot.keyClicks(dialog.password, "wrong-" + SECRET)
    job = dialog.connect_to_server()
    with qtbot.waitSignal(job.failed, timeout=5000):
        pass
    text = dialog.message.text()
    assert text == "The server refused the user name or the password."
    assert dialog.isVisible() and dialog.register is None
    assert dialog.connect_button.isEnabled()  # correct and try again
    assert SECRET not in dialog.message.toolTip()
    assert sc.stored_password(TEAM) == SECRET  # a password that failed replaces nothing


def test_an_unexpected_failure_is_one_line_without_the_password(qtbot, settings, saved, english):
    def opener(url: str):
        raise RuntimeError(f"driver said something about {url}\nTraceback (most recent call last):")

    dialog = _dialog(qtbot, settings, opener)
    with qtbot.waitSignal(dialog.connect_to_server().failed, timeout=5000):
        pass
    text = dialog.message.text()
    assert text.startswith("The register on the server could not be opened (")
    assert "\n" not in text and "Traceback" not in text and SECRET not in text


def test_connect_opens_the_register_with_the_password_from_the_keyring(qtbot, settings, saved, demo_copy, english):
    handed = []
    threads = []

    def opener(url: str):
        handed.append(url)
        threads.append(threading.current_thread())
        return open_register(demo_copy)

    dialog = _dialog(qtbot, settings, opener)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.connect_to_server()
    try:
        assert threads[0] is not threading.main_thread()  # connecting never blocks the window
        assert f"anna:{SECRET}@db.example.org" in handed[0]
        assert dialog.register.location == "postgresql+psycopg://anna@db.example.org:5432/ropa?sslmode=prefer"
    finally:
        dialog.register.close()


def test_a_register_connected_after_close_is_closed_again(qtbot, settings, saved, demo_copy, english):
    release, opened = threading.Event(), []

    def opener(url: str):
        release.wait(5)
        opened.append(open_register(demo_copy))
        return opened[-1]

    dialog = _dialog(qtbot, settings, opener)
    job = dialog.connect_to_server()
    assert not dialog.connect_button.isEnabled() and dialog.message.text() == "Connecting to db.example.org…"
    dialog.reject()  # the officer gave up waiting
    with qtbot.waitSignal(job.done, timeout=5000):
        release.set()
    assert dialog.register is None and opened[0].closed


def test_test_connection_runs_off_the_gui_thread(qtbot, settings, memory_keyring, english):
    release, ran_on = threading.Event(), []

    def probe(connection, password):
        ran_on.append((threading.current_thread(), connection, password))
        release.wait(5)
        return True

    editor = ConnectionEditor(None, TEAM, {TEAM.name}, probe=probe)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.keyClicks(editor.password_field, SECRET)
    job = editor.test_connection()
    qtbot.waitUntil(lambda: bool(ran_on))
    # The GUI thread answers while the server is slow: the dialog says so and offers no second test.
    assert editor.test_result.text() == "Testing…"
    assert not editor.test_button.isEnabled()
    with qtbot.waitSignal(job.done, timeout=5000):
        release.set()
    assert ran_on[0][0] is not threading.main_thread()
    assert ran_on[0][1:] == (TEAM, SECRET)
    assert editor.test_result.text() == "Connected: the database holds a ROPA Desktop register."
    assert editor.test_button.isEnabled()


def test_test_connection_that_fails_says_why_in_one_sentence(qtbot, english, memory_keyring):
    def probe(connection, password):
        raise RegisterError(
            "postgresql+psycopg://anna@db.example.org:5432/ropa: the database server cannot be "
            "reached (is it running, and is the address right?)",
            errors.UNREACHABLE,
        )

    editor = ConnectionEditor(None, TEAM, probe=probe)
    qtbot.addWidget(editor)
    with qtbot.waitSignal(editor.test_connection().failed, timeout=5000):
        pass
    assert editor.test_result.text() == (
        "The server db.example.org cannot be reached on port 5432; check the host "
        "name and the port, and that the server is running."
    )


def test_the_editor_asks_what_a_connection_needs(qtbot, english, memory_keyring):
    editor = ConnectionEditor(None, None, {"Team register"})
    qtbot.addWidget(editor)
    save = editor.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert editor.port.value() == 5432 and editor.sslmode.currentText() == "prefer"
    assert [editor.sslmode.itemText(i) for i in range(editor.sslmode.count())] == list(sc.SSLMODES)
    assert not save.isEnabled() and not editor.test_button.isEnabled()
    qtbot.keyClicks(editor.host, "db.example.org")
    qtbot.keyClicks(editor.database, "ropa")
    qtbot.keyClicks(editor.user, "anna")
    assert save.isEnabled()
    qtbot.keyClicks(editor.name, "Team register")  # a name that is taken
    assert not save.isEnabled()
    qtbot.keyClicks(editor.name, " 2")
    assert save.isEnabled()
    editor.sslmode.setCurrentText("verify-full")
    assert "safest" in editor.sslmode_explanation.text()
    editor.sslmode.setCurrentText("disable")
    assert "unencrypted" in editor.sslmode_explanation.text()
    assert editor.connection() == sc.ServerConnection(
        name="Team register 2", host="db.example.org", database="ropa", user="anna", sslmode="disable"
    )


def test_without_a_keyring_the_dialog_says_so_and_asks_each_time(qtbot, settings, no_keyring, demo_copy, english):
    sc.ConnectionStore(settings).save(TEAM, SECRET)
    handed = []

    def opener(url: str):
        handed.append(url)
        return open_register(demo_copy)

    dialog = _dialog(qtbot, settings, opener)
    assert dialog.keyring_note.text().startswith("No keyring is available on this computer")
    assert dialog.password.placeholderText() == ""
    qtbot.keyClicks(dialog.password, SECRET)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.connect_to_server()
    dialog.register.close()
    assert SECRET in handed[0]
    settings.sync()
    assert SECRET not in Path(settings._qt.fileName()).read_text(encoding="utf-8")
    again = _dialog(qtbot, settings, opener)
    assert again.password.text() == ""  # asked again next time


# The window: the File menu, the recent registers, the start dialog.
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


def test_file_menu_opens_a_server_register_and_remembers_it_without_password(
    controller, demo_copy, monkeypatch, memory_keyring
):
    asked = []

    def ask(parent, settings, location=None):
        asked.append(location)
        return sc.open_server(TEAM, SECRET, lambda url: open_register(demo_copy))

    monkeypatch.setattr(server_dialog, "ask_server_register", ask)
    assert controller.open_location(str(demo_copy))  # a file first, as the window would have one
    menu = [a for a in controller.window.file_menu.actions() if a.text() == "Open &server register…"]
    assert len(menu) == 1
    menu[0].trigger()
    assert asked == [None]
    assert controller.workspace.register.location == TEAM.location
    assert controller.settings.recent_files[0] == TEAM.location
    assert SECRET not in controller.window.windowTitle() and SECRET not in controller.window.location.text()

    # From the recent registers: the same dialog, with that connection chosen.
    assert controller.open_location(TEAM.location)
    assert asked == [None, TEAM.location]


def test_a_server_register_from_the_recent_ones_connects_with_the_keyring_password(
    qtbot, settings, demo_copy, memory_keyring, monkeypatch, english
):
    sc.store_password(TEAM, SECRET)
    handed = []

    def opener(url):
        handed.append(url)
        return open_register(demo_copy)

    made = []
    original = ServerDialog.__init__

    def init(self, settings, parent=None, opener_=None, chosen=None):
        original(self, settings, parent, opener, chosen)
        made.append(self)

    monkeypatch.setattr(ServerDialog, "__init__", init)
    register = server_dialog.ask_server_register(None, settings, TEAM.location)
    try:
        assert register is not None and register.location == TEAM.location
        assert f"anna:{SECRET}@" in handed[0]
        assert made[0].current().name == "db.example.org"  # saved under its host name
    finally:
        register.close()


def test_the_start_dialog_offers_a_server_register(qtbot, english):
    dialog = start_dialog.StartDialog()
    qtbot.addWidget(dialog)
    texts = [b.text() for b in dialog.findChildren(start_dialog.QPushButton)]
    assert "Open a register my team shares on a server…" in texts


# On the test run's PostgreSQL server (tests/postgres_server.py): the real driver, the real register.
@pytest.fixture
def server_demo(postgres_server):
    url = postgres_server.copy_of("demo", create_demo_register)
    yield url
    postgres_server.drop(url)


def _connection_to(url: str, **changes) -> sc.ServerConnection:
    parsed = make_url(url)
    made = sc.ServerConnection(
        name="Test run",
        host=parsed.host,
        port=parsed.port,
        database=parsed.database,
        user=parsed.username,
        sslmode="disable",
    )
    return replace(made, **changes)


def _click_connect(qtbot):
    """The dialog as the officer uses it: Connect on the chosen connection, then wait for how it went."""

    def run(dialog):
        dialog.show()
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.connect_job is None, timeout=20000)
        if dialog.register is None:
            run.messages.append(dialog.message.text())
            dialog.reject()
        return dialog.result()

    run.messages = []
    return run


def test_a_register_on_the_server_opens_in_the_window_through_the_dialog(
    controller, server_demo, memory_keyring, monkeypatch, qtbot
):
    connection = _connection_to(server_demo)
    sc.ConnectionStore(controller.settings).save(connection, "kept-in-keyring")  # the test server trusts 127.0.0.1
    monkeypatch.setattr(ServerDialog, "exec", _click_connect(qtbot))
    assert controller.open_server_dialog()
    register = controller.workspace.register
    assert register.engine.dialect.name == "postgresql"
    assert register.location == connection.location and "kept-in-keyring" not in register.location
    assert controller.window.windowTitle().startswith("Connaxis B.V.")
    assert controller.window.navigation_model.index(0).data()  # the sections with their counts are shown
    assert controller.settings.recent_files[0] == connection.location
    assert "kept-in-keyring" not in controller.window.windowTitle()


@pytest.mark.parametrize(
    ("changes", "sentence"),
    [
        ({"database": "no_such_register"}, "The server has no database named “no_such_register”."),
        (
            {"port": 1},
            "The server 127.0.0.1 cannot be reached on port 1; check the host name and the port, "
            "and that the server is running.",
        ),
    ],
)
def test_a_server_that_says_no_leaves_the_dialog_open_with_one_sentence(
    qtbot, settings, server_demo, memory_keyring, english, changes, sentence
):
    connection = _connection_to(server_demo, **changes)
    sc.ConnectionStore(settings).save(connection, "pw")
    dialog = ServerDialog(settings, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.connect_job is None, timeout=20000)
    assert dialog.message.text() == sentence
    assert dialog.isVisible() and dialog.register is None


def test_test_connection_on_the_server(qtbot, server_demo, postgres_url, memory_keyring, english):
    for url, said in (
        (server_demo, "Connected: the database holds a ROPA Desktop register."),
        (postgres_url, "Connected, but the database holds no ROPA Desktop register yet."),
    ):
        editor = ConnectionEditor(None, _connection_to(url))
        qtbot.addWidget(editor)
        with qtbot.waitSignal(editor.test_connection().done, timeout=20000):
            pass
        assert editor.test_result.text() == said
