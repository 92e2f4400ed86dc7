"""A screenshot of every section and every dialog of the window at 1280×800, in one language,
for the eye: what tests/gui/test_no_clipped_text.py measures, seen whole.

Run it on a real display (Xvfb is fine):

    Xvfb :98 -screen 0 1280x800x24 &
    DISPLAY=:98 .venv/bin/python benchmarks/screenshot_tour.py nl /tmp/tour-nl
    DISPLAY=:98 .venv/bin/python benchmarks/screenshot_tour.py en /tmp/tour-en
    DISPLAY=:98 .venv/bin/python benchmarks/screenshot_tour.py pseudo /tmp/tour-pseudo

"pseudo" is English through the pseudo-locale (every text a third longer, accented).
The PNGs are numbered in the order of the tour; the register is a fresh demo register.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

WIDTH, HEIGHT = 1280, 800


def _arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("language", choices=["en", "nl", "pseudo"])
    parser.add_argument("folder", type=Path)
    return parser.parse_args(argv)


class Tour:
    def __init__(self, folder: Path):
        self.folder = folder
        self.count = 0

    def shoot(self, widget, name: str) -> Path:
        from PySide6.QtTest import QTest

        QTest.qWait(150)  # layouts and paints that were posted
        self.count += 1
        path = self.folder / f"{self.count:02d}-{name}.png"
        widget.grab().save(str(path))
        print(path)
        return path


def _wait(condition, timeout_ms: int = 15000) -> None:
    from PySide6.QtTest import QTest

    waited = 0
    while not condition() and waited < timeout_ms:
        QTest.qWait(50)
        waited += 50


def _sections(tour: Tour, window) -> None:
    from PySide6.QtWidgets import QTabWidget

    from ropa_desktop.gui.navigation_model import SECTIONS, STATEMENT

    for kind in SECTIONS:
        window.show_section(kind)
        page = window.page_of[kind]
        if hasattr(page, "table") and page.table.model().rowCount():  # a list page, or History
            page.table.selectRow(0)
        if kind == STATEMENT:
            _wait(lambda: page.preview.page_count() > 0)  # the preview is made off the GUI thread
        tour.shoot(window, f"section-{kind}")
        tabs = [t for t in page.findChildren(QTabWidget) if t.isVisible() and t.count() > 1]
        for number, tab_widget in enumerate(tabs):
            for index in range(1, tab_widget.count()):  # the first was in the section's picture
                tab_widget.setCurrentIndex(index)
                tour.shoot(window, f"section-{kind}-tabs{number}-{index}")
            tab_widget.setCurrentIndex(0)


def _dialogs(tour: Tour, window, register) -> None:
    from ropa_desktop.gui import about
    from ropa_desktop.gui.import_wizard import ImportWizard
    from ropa_desktop.gui.new_recipient_dialog import NewRecipientDialog
    from ropa_desktop.gui.new_register_dialog import NewRegisterDialog
    from ropa_desktop.gui.new_transfer_dialog import NewTransferDialog
    from ropa_desktop.gui.preferences import PreferencesDialog
    from ropa_desktop.gui.rules_dialog import RulesDialog
    from ropa_desktop.gui.start_dialog import StartDialog
    from ropa_desktop.register import kinds, rows
    from ropa_desktop.register.models import RecipientKind

    with register.session() as session:
        recipients = rows.rows(session, kinds.RECIPIENT)

    def refuse(dialog):
        dialog.country.setEditText("")
        dialog.email.setText("not an address")
        dialog.accept()

    def processor(dialog):
        dialog.kind.setCurrentIndex(dialog.kind.findData(RecipientKind.PROCESSOR))

    def us_by_adequacy(dialog):
        dialog.country.choose("US")
        dialog.tool.setCurrentIndex(dialog.tool.findData("adequacy"))

    made = [
        ("start", lambda: StartDialog(window), None),
        ("new-register", lambda: NewRegisterDialog(window), None),
        ("new-register-refused", lambda: NewRegisterDialog(window), refuse),
        ("new-transfer", lambda: NewTransferDialog(recipients, window), None),
        ("new-transfer-tool", lambda: NewTransferDialog(recipients, window), us_by_adequacy),
        ("new-recipient", lambda: NewRecipientDialog("", window), None),
        ("new-recipient-processor", lambda: NewRecipientDialog("Mailchimp", window), processor),
        ("preferences", lambda: PreferencesDialog(None, window), None),
        ("about", lambda: about.about_box(window, register), None),
        ("rules", lambda: RulesDialog(window), None),
        ("import-wizard", lambda: ImportWizard(window.workspace, window), None),
    ]
    for name, make, act in made:
        dialog = make()
        dialog.show()
        if act is not None:
            act(dialog)
        tour.shoot(dialog, f"dialog-{name}")
        dialog.hide()
        dialog.deleteLater()
    _windows_of_the_window(tour, window, register)


def _windows_of_the_window(tour: Tour, window, register) -> None:
    """The windows the main window opens itself: search, manual, an entry in use."""
    from ropa_desktop.gui.in_use_dialog import InUseDialog, entries
    from ropa_desktop.register import kinds, rows, usage

    search = window.search_everything()
    search.query.setText("Bolivia")
    _wait(lambda: search.model.rowCount() > 0)
    tour.shoot(search, "window-search-everything")
    search.close()
    window.show_section(kinds.ACTIVITY)
    manual = window.show_manual()
    tour.shoot(manual, "window-manual")
    manual.close()
    with register.session() as session:
        categories = rows.rows(session, kinds.DATA_CATEGORY)
        used = next(row for row in categories if usage.uses(session, kinds.DATA_CATEGORY, row.id))
        uses = usage.uses(session, kinds.DATA_CATEGORY, used.id)
    name = used.name if isinstance(used.name, str) else next(t for t in used.name.values() if t)
    dialog = InUseDialog(kinds.DATA_CATEGORY, name, uses, entries(kinds.DATA_CATEGORY, categories, used.id), window)
    dialog.show()
    tour.shoot(dialog, "dialog-in-use")
    dialog.hide()
    dialog.deleteLater()


def main(argv: list[str] | None = None) -> int:
    args = _arguments(sys.argv[1:] if argv is None else argv)
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from ropa_desktop.gui import language, pseudo_locale
    from ropa_desktop.gui.main_window import MainWindow
    from ropa_desktop.gui.settings import Settings
    from ropa_desktop.gui.workspace import Workspace
    from ropa_desktop.register.demo import create_demo_register
    from ropa_desktop.resources_path import resource

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setWindowIcon(QIcon(str(resource("icons", "ropa-desktop.svg"))))
    language.install(app, "en" if args.language == "pseudo" else args.language)
    if args.language == "pseudo":
        pseudo_locale.install(app)
    args.folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        register = create_demo_register(Path(scratch) / "demo.ropa")
        window = MainWindow(Workspace(register), Settings(Path(scratch) / "settings.ini"))
        window.resize(WIDTH, HEIGHT)
        window.show()
        _wait(lambda: window.checker.findings is not None and not window.checker.busy())
        tour = Tour(args.folder)
        _sections(tour, window)
        _dialogs(tour, window, register)
        window.stop_jobs()
        window.workspace.undo_stack.clear()
        window.hide()
        window.deleteLater()
        app.processEvents()
        register.close()
        _first_steps(tour, Path(scratch))
    return 0


def _first_steps(tour: Tour, scratch: Path) -> None:
    """A new register without activities: what the officer sees first."""
    from PySide6.QtWidgets import QApplication

    from ropa_desktop.gui.main_window import MainWindow
    from ropa_desktop.gui.settings import Settings
    from ropa_desktop.gui.workspace import Workspace
    from ropa_desktop.register import kinds
    from ropa_desktop.register.storage import create_register

    register = create_register(scratch / "new.ropa", "Acme B.V.", language="nl")
    window = MainWindow(Workspace(register), Settings(scratch / "settings-new.ini"))
    window.resize(WIDTH, HEIGHT)
    window.show()
    window.show_section(kinds.ACTIVITY)
    tour.shoot(window, "new-register-first-steps")
    window.stop_jobs()
    window.hide()
    window.deleteLater()
    QApplication.processEvents()
    register.close()


if __name__ == "__main__":
    sys.exit(main())
