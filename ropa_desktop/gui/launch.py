"""`ropa-desktop [REGISTER]`: start the window on a register.

The first look at the register (first_look.py) is on the screen before the libraries the window
edits with are imported (issue 19). So this module imports only what that look needs, and the
modules that need no Qt before PySide6: once PySide6 is imported it reads the source of every
module imported after it (its __feature__ import hook), which costs time for each.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import threading

# isort: off
from .. import __version__, logs  # before PySide6: see above
from ..register import glimpse  # noqa: F401  (the first look's reading, also before PySide6)
from ..resources_path import resource

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication
# isort: on

from . import crash_dialog, language, pseudo_locale
from .application import start_application
from .first_look import show_first_look
from .settings import Settings

# What the main window needs that takes longest to import and needs no Qt: imported on a thread
# while the first look stays painted and answers the window system.
_WITHOUT_QT = ("sqlalchemy.orm", "ropa_desktop.register.storage", "ropa_desktop.checks.run")


def _arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="ropa-desktop", description="ROPA Desktop: the register window")
    parser.add_argument("register", nargs="?", help="a .ropa file or a database URL")
    parser.add_argument("--version", action="version", version=f"ROPA Desktop {__version__}")
    return parser.parse_args(argv)


def _import_while_looking(app: QApplication) -> None:
    """Import the libraries without Qt on a thread, the first look repainting meanwhile; a module
    that fails to import fails again, with its traceback, when the window imports it."""
    done = threading.Event()

    def load() -> None:
        try:
            for name in _WITHOUT_QT:
                importlib.import_module(name)
        except Exception:  # noqa: BLE001, S110  (raised again on the GUI thread, see above)
            pass
        finally:
            done.set()

    threading.Thread(target=load, name="first-look-imports", daemon=True).start()
    while not done.wait(0.02):
        app.processEvents()


def main(argv: list[str] | None = None) -> int:
    args = _arguments(sys.argv[1:] if argv is None else argv)
    app = start_application(sys.argv[:1])
    app.setApplicationName("ROPA Desktop")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("ROPA Desktop")
    app.setDesktopFileName("ropa-desktop")
    app.setWindowIcon(QIcon(str(resource("icons", "ropa-desktop.svg"))))
    # A bug from here on is logged with its traceback and shown in the crash dialog (crash_dialog.py).
    logs.set_up("ropa-desktop", logs.debug_wanted())
    restore_hooks = crash_dialog.install(app)
    try:
        settings = Settings()
        language.install(app, language.choose(settings.language))
        if pseudo_locale.wanted():  # a developer's look at the layout with longer texts
            pseudo_locale.install(app)
        look = show_first_look(app, args.register, settings)
        if look is not None:
            _import_while_looking(app)
            if look.dismissed:  # closed while the rest loaded: the officer changed their mind
                return 0
        from . import app as window  # the main window, the register's storage, the checks

        return window.run(app, args.register, settings, look)
    finally:
        restore_hooks()
        logs.tear_down()


if __name__ == "__main__":
    sys.exit(main())
