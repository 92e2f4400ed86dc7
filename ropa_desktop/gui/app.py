"""The window's controller: which register is open in which window, and the File menu's jobs.

`ropa-desktop [REGISTER]` starts in launch.py, which shows the first look at the register before
this module (and SQLAlchemy, the models and the window's forms with it) is imported; `run` then
opens the register in the main window. With no argument it opens the register used last; on a
first start it offers the demo register, a new register, or a file.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QApplication

from .. import paths
from ..register import change_log, copies, errors
from ..register.errors import RegisterError
from ..register.starting import start_register
from ..register.storage import Register, is_url, open_register

# The first window comes up sooner without what it does not show (issue 19): the start dialog,
# the server dialog, Preferences, About and the demo register are imported when first asked for.
from . import dialogs, faults, language, server_connections
from .collector import GuiThreadCollector
from .first_look import FirstLook, wait_until_painted
from .main_window import MainWindow
from .settings import Settings
from .workspace import Workspace

translate = QCoreApplication.translate


class Controller(QObject):
    """Which register is open, in which window; the File menu's jobs."""

    def __init__(self, app: QApplication, settings: Settings, first_look: FirstLook | None = None):
        super().__init__(app)
        self.app = app
        self.settings = settings
        self.window: MainWindow | None = None
        self.workspace: Workspace | None = None
        self.first_look = first_look  # shown until a main window or a question takes its place

    def close_first_look(self) -> None:
        if self.first_look is not None:
            self.first_look.put_away()
            self.first_look = None

    def start(self, target: str | None = None) -> bool:
        if target:
            return self.open_location(target) or self.first_start()
        last = self.settings.last_register
        if last and (is_url(last) or Path(last).exists()) and self.open_location(last):
            return True
        return self.first_start()

    def first_start(self) -> bool:
        from . import start_dialog

        self.close_first_look()  # the register it showed did not open
        while True:
            choice = start_dialog.ask_start(self.window)
            if choice is None:
                return False
            opened = {
                start_dialog.StartChoice.DEMO: self.open_demo,
                start_dialog.StartChoice.NEW: self.new_register,
                start_dialog.StartChoice.SPREADSHEET: self.new_register_from_spreadsheet,
                start_dialog.StartChoice.OPEN: self.open_dialog,
                start_dialog.StartChoice.SERVER: self.open_server_dialog,
            }[choice]()
            if opened:
                return True

    def open_demo(self) -> bool:
        path = paths.demo_register_path()
        if not path.exists():
            from ..register.demo import create_demo_register

            path.parent.mkdir(parents=True, exist_ok=True)
            try:
                create_demo_register(path).close()
            except RegisterError as error:
                self._refused(error)
                return False
        return self.open_location(str(path))

    def new_register(self) -> bool:
        if self.window is not None and not self.window.confirm_leave():
            return False
        start = dialogs.ask_new_register(self.window)
        if start is None:
            return False
        suggestion = paths.default_register_path()
        suggestion.parent.mkdir(parents=True, exist_ok=True)
        path = dialogs.choose_new_register(self.window, str(suggestion))
        if not path:
            return False
        try:
            register = start_register(path, start)
        except RegisterError as error:
            self._refused(error)
            return False
        self._show(register)
        return True

    def new_register_from_spreadsheet(self) -> bool:
        """Most officers arrive with a spreadsheet: a new register, then the import wizard on it."""
        if not self.new_register():
            return False
        assert self.window is not None  # new_register showed the new register in one
        self.window.import_excel()
        return True

    def open_dialog(self) -> bool:
        folder = str(Path(self.settings.last_register).parent) if self.settings.last_register else str(paths.data_dir())
        path = dialogs.choose_register_to_open(self.window, folder)
        return path is not None and self.open_location(path)

    def open_server_dialog(self, location: str | None = None) -> bool:
        """File > Open server register…; also a server register from the recent ones, whose password
        the dialog takes from the keyring (connecting at once) or asks."""
        if self.window is not None and not self.window.confirm_leave():
            return False
        from . import server_dialog

        register = server_dialog.ask_server_register(self.window, self.settings, location)
        if register is None:
            return False
        self._show(register)
        return True

    def open_location(self, location: str) -> bool:
        if server_connections.is_server_location(location):  # its password is never in the location
            return self.open_server_dialog(location)
        if self.window is not None and not self.window.confirm_leave():
            return False
        try:
            register = open_register(location)
        except RegisterError as error:
            if error.code == errors.NOT_FOUND:
                self.settings.forget_recent(location)
            self._refused(error)
            return False
        self._show(register)
        return True

    def _refused(self, error: RegisterError) -> None:
        self.close_first_look()  # it showed the register that was just refused
        dialogs.show_error(self.window, translate("App", "Cannot open the register"), faults.describe(error))

    def _show(self, register: Register, workspace: Workspace | None = None) -> None:
        old_window, old_workspace = self.window, self.workspace
        self.workspace = workspace or Workspace(register, self)
        self.window = MainWindow(self.workspace, self.settings, self)
        if old_window is not None:
            old_window.save_state()
            old_window.stop_jobs()
            old_window.hide()
            old_window.deleteLater()
        if old_workspace is not None and old_workspace is not self.workspace:
            old_workspace.register.close()
            old_workspace.deleteLater()
        self.settings.add_recent(register.location)
        self.window.show()
        self.close_first_look()  # after the window is shown: nothing flickers in between

    def preferences(self) -> None:
        assert self.window is not None  # asked from the window's menu
        from . import preferences

        chosen = preferences.ask_preferences(self.window, self.settings.language, self.settings.display_name)
        if chosen is None:
            return
        self.settings.language = chosen.language
        self.settings.display_name = chosen.name
        change_log.set_default(name=chosen.name)  # the next change is recorded with it
        wanted = language.choose(chosen.language)
        if wanted != language.current() and self.window.confirm_leave():
            language.install(self.app, wanted)
            # The same window in the new language: its size, section, selection and history stay.
            self.window.retranslate()

    def about(self) -> None:
        assert self.workspace is not None  # asked from the window's menu
        from . import about

        about.show_about(self.window, self.workspace.register)

    def shutdown(self) -> None:
        if self.workspace is not None:
            self.workspace.register.close()


def main(argv: list[str] | None = None) -> int:
    """The console script's work (launch.py), for callers that start the window from here."""
    from .launch import main as launch

    return launch(argv)


def _stamp_when_ready(app: QApplication, window: MainWindow | None, looked: bool) -> None:
    """Print, on the clock every process shares, when the main window is on the screen ready to
    edit: benchmarks/cold_start.py compares it with a bare Qt window's. Without a first look
    (``looked``: first_look.py printed "shown" already) it is also the moment a list is shown."""
    wait_until_painted(app, window)
    now = time.monotonic()
    if not looked:
        print(f"shown {now}", flush=True)
    print(f"ready {now}", flush=True)


def run(app: QApplication, target: str | None, settings: Settings, look: FirstLook | None) -> int:
    """Open ``target`` (or the register used last, or offer the first start's choice) in the main
    window, which takes the first look's place, and run until the officer quits."""
    # Every change made from here is recorded in the register's change log as made in the window,
    # with the name the officer gave in Preferences (the login name is recorded anyway).
    change_log.set_default(origin=change_log.WINDOW, name=settings.display_name)
    # Cycles are collected on this thread only: a job's thread must never destroy a widget.
    collector = GuiThreadCollector(app)
    controller = Controller(app, settings, look)
    copies.remove_stale_undo_folders()  # undo copies of registers that windows which died left behind
    try:
        started = controller.start(target)
        controller.close_first_look()
        if not started:
            return 0
        if os.environ.get("ROPA_SHOWN_STAMP"):  # benchmarks/cold_start.py: the moment the window is up
            _stamp_when_ready(app, controller.window, look is not None)
        quit_after = os.environ.get("ROPA_QUIT_AFTER_MS")
        if quit_after:  # the package's smoke test (packaging/smoke_test.sh): start, show, quit by itself
            QTimer.singleShot(int(quit_after), app.quit)
        return app.exec()
    finally:
        controller.shutdown()
        collector.stop()


if __name__ == "__main__":
    sys.exit(main())
