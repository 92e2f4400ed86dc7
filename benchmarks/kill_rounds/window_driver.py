"""Drive the real window (ropa_desktop.gui.app.main) for the kill stress test.

    window_driver.py run REGISTER LOG [--workbook BOOK --expect N] [--tag T]
        Start the app on REGISTER. With a workbook: import it through the import wizard, undo
        the import, redo it. Then edit activities through the editor's own fields and Save,
        forever. Prints "ready" when the action under test starts (the edits, or the import
        after the wizard's trial run); every save it saw return is in LOG (flush + fsync)
        before the next step, as "try" before the step and "done" or "refused" after it.

    window_driver.py reopen REGISTER
        Start the app on REGISTER as an officer would after a crash, look, close it normally;
        prints one JSON line of what it saw.

Questions the window asks are answered without a person: dialogs are replaced, and any
message box that still appears is logged and accepted.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import traceback

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QApplication,
    QDialog,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QWizard,
)

from ropa_desktop.gui import app as gui_app  # noqa: E402
from ropa_desktop.gui import dialogs, start_dialog  # noqa: E402
from ropa_desktop.gui.import_wizard import CHECK_PAGE  # noqa: E402
from ropa_desktop.gui.main_window import MainWindow  # noqa: E402
from ropa_desktop.register import kinds  # noqa: E402

# Two fields edited in turn on each of the first activities: a one-line and a multi-line text.
FIELDS = ("owner", "internal_notes")
EDITED_ACTIVITIES = 5
START_SECONDS = 60
WIZARD_SECONDS = 120

problems: list[str] = []  # what the window said (error dialogs, unexpected questions)
reported = {"opened": False}


class Log:
    """One JSON line per step, on disk before the driver goes on."""

    def __init__(self, path: str):
        self._file = open(path, "a", encoding="utf-8")

    def write(self, step: str, key: str, value, **more) -> None:
        self._file.write(json.dumps({"step": step, "key": key, "value": value, "t": time.time(), **more}) + "\n")
        self._file.flush()
        os.fsync(self._file.fileno())


def answer_questions() -> None:
    """No dialog may wait for a person."""

    def show_error(parent, title, text):
        problems.append(f"{title}: {text}")

    dialogs.show_error = show_error
    dialogs.confirm = lambda *a, **k: True
    dialogs.ask_unsaved = lambda *a, **k: dialogs.Unsaved.SAVE
    dialogs.ask_text = lambda *a, **k: None
    for name in dir(dialogs):
        if name.startswith("choose_"):
            setattr(dialogs, name, lambda *a, **k: None)
    # A register the app cannot open ends the program instead of asking for another.
    start_dialog.ask_start = lambda *a, **k: None


def dismiss_unexpected(app: QApplication) -> None:
    """A message box or dialog nobody replaced: note its text and accept it (the wizard and a
    job's progress are driven or awaited instead)."""
    for widget in app.topLevelWidgets():
        expected = isinstance(widget, (QWizard, QProgressDialog))
        if isinstance(widget, (QMessageBox, QDialog)) and not expected and widget.isVisible():
            text = widget.text() if isinstance(widget, QMessageBox) else widget.windowTitle()
            problems.append(f"dialog: {text}")
            print(f"window_driver: dismissed dialog: {text!r}", file=sys.stderr, flush=True)
            widget.accept()


class Steps:
    """Runs a generator on the app's own event loop; it yields how many milliseconds to wait."""

    def __init__(self, steps):
        self._steps = steps
        QTimer.singleShot(0, self._tick)

    def _tick(self) -> None:
        try:
            wait = next(self._steps)
        except StopIteration:
            return
        except BaseException:
            traceback.print_exc()
            sys.stderr.flush()
            os._exit(4)
        QTimer.singleShot(wait or 0, self._tick)


def until(condition, seconds: float, what: str):
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"waited {seconds:.0f} s for {what}; window said: {problems}")
        yield 20


def the_window() -> MainWindow | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and widget.isVisible():
            return widget
    return None


def type_text(field, text: str) -> None:
    """As a person does: clear the field, type the text."""
    editor = field.editor
    editor.clear()
    if isinstance(editor, QLineEdit):
        editor.insert(text)
    else:
        editor.insertPlainText(text)


def import_undo_redo(window: MainWindow, log: Log, workbook: str, expect: int):
    """The wizard's own path: choose the file, trial run, import (a job), then Edit > Undo, Edit > Redo."""
    wizard = window.import_excel()
    wizard.file_page.set_path(workbook)
    for _ in range(CHECK_PAGE):  # the file page, then the columns page of a sheet of one's own
        if wizard.currentId() < CHECK_PAGE:
            wizard.next()
            yield 0
    if wizard.currentId() != CHECK_PAGE:
        raise RuntimeError(f"the wizard stopped before its check page; window said: {problems}")
    yield from until(lambda: wizard.check_page.trial is None, WIZARD_SECONDS, "the trial run")
    if wizard.check_page.trial_report is None:
        raise RuntimeError(f"the trial run failed: {wizard.check_page.text.toPlainText()}")
    print("ready", flush=True)
    log.write("try", "imported", expect)
    wizard.next()  # Import: a job off the GUI thread
    yield from until(
        lambda: wizard.report is not None or wizard.check_page.import_job is None, WIZARD_SECONDS, "the import"
    )
    if wizard.report is None:
        log.write("refused", "imported", expect, said=problems[-1:])
        return
    log.write("done", "imported", expect, undoable=wizard.undoable)
    wizard.accept()
    yield 0
    failed: list = []
    window.workspace.failed.connect(failed.append)
    for value, action in ((0, window.undo_action), (expect, window.redo_action)):
        if not action.isEnabled():
            log.write("skipped", "imported", value, why="action disabled")
            return
        log.write("try", "imported", value)
        action.trigger()
        yield 0
        if failed:
            log.write("refused", "imported", value, said=problems[-1:])
            return
        log.write("done", "imported", value)


def edits(window: MainWindow, log: Log, tag: str):
    """Edit the first activities' fields in turn through the form, Save, log what was saved."""
    page = window.page_of[kinds.ACTIVITY]
    ids = [page.model.item_id(row) for row in range(min(EDITED_ACTIVITIES, page.model.rowCount()))]
    number = 0
    while True:
        item_id, field = ids[number % len(ids)], FIELDS[(number // len(ids)) % len(FIELDS)]
        page.open_item(item_id)
        yield 0
        editor = page.editor
        if editor.item_id != item_id:
            raise RuntimeError(f"activity {item_id} did not open in the editor; window said: {problems}")
        value = f"{tag}-{number}"
        type_text(editor.form.fields[field], value)
        if not editor.is_dirty():
            raise RuntimeError(f"typing into {field} did not make the editor dirty")
        key = f"activity:{item_id}:{field}"
        log.write("try", key, value)
        if editor.save():
            log.write("done", key, value)
        else:
            log.write("refused", key, value, said=problems[-1:])
        number += 1
        yield 0


def run(args):
    log = Log(args.log)
    yield from until(lambda: the_window() is not None, START_SECONDS, "the window")
    window = the_window()
    window.show_section(kinds.ACTIVITY)
    yield 0
    if args.workbook:
        yield from import_undo_redo(window, log, args.workbook, args.expect)
    else:
        print("ready", flush=True)
    yield from edits(window, log, args.tag)


def reopen(args):
    yield from until(lambda: the_window() is not None, START_SECONDS, "the window")
    window = the_window()
    reported["opened"] = True
    yield 500  # the window settles: the compliance check runs, views load
    register = window.workspace.register
    seen = {
        "opened": True,
        "title": window.windowTitle(),
        "read_only": bool(register.read_only),
        "problems": list(problems),
    }
    print(json.dumps(seen), flush=True)
    window.close()  # as the officer does: the app ends normally
    yield 0
    if window.isVisible():
        print(json.dumps({"opened": True, "closed": False, "problems": list(problems)}), flush=True)
        QApplication.quit()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=("run", "reopen"))
    parser.add_argument("register")
    parser.add_argument("log", nargs="?")
    parser.add_argument("--workbook")
    parser.add_argument("--expect", type=int, default=0)
    parser.add_argument("--tag", default="edit")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    answer_questions()
    dismisser = QTimer(app)
    dismisser.timeout.connect(lambda: dismiss_unexpected(app))
    dismisser.start(200)
    steps = Steps(run(args) if args.mode == "run" else reopen(args))  # noqa: F841 (held for the whole run)
    status = gui_app.main([args.register])
    if args.mode == "reopen" and not reported["opened"]:
        # The app ended without a window: it refused the register (the reason is in problems).
        print(json.dumps({"opened": False, "problems": problems}), flush=True)
    if args.mode == "run":
        print(f"window_driver: the app ended (status {status}); window said: {problems}", file=sys.stderr)
    return status


if __name__ == "__main__":
    sys.exit(main())
