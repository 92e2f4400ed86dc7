"""File menu: whether the internal notes go into the exports (issue 13, point 22). The PDF
dossier for the supervisory authority leaves them out unless asked; the Excel workbook for
the organisation's own audit keeps them unless the officer leaves them out."""

from __future__ import annotations

from pypdf import PdfReader

from ropa_desktop.gui import dialogs, register_export

NOTE = "De verklaring noemt ook kantoren in de Verenigde Staten"  # an internal note of the demo


def _exported(window, qtbot, monkeypatch, tmp_path, fmt: str) -> list[dict]:
    written = []
    monkeypatch.setattr(
        register_export,
        "export_register",
        lambda register, fmt_, language, target, progress=None, **options: written.append(options),
    )
    monkeypatch.setattr(dialogs, "choose_export_file", lambda *a: (str(tmp_path / f"register.{fmt}"), fmt))
    with qtbot.waitSignal(window.export_register(fmt).done, timeout=5000):
        pass
    return written


def test_the_menu_offers_the_choice_per_format_with_its_own_default(window):
    actions = window.internal_notes_actions
    assert [a.text() for a in actions.values()] == [
        "Include in&ternal notes in the PDF dossier",
        "Include internal notes in the Excel &workbook",
    ]
    assert all(a in window.file_menu.actions() for a in actions.values())
    assert not actions["pdf"].isChecked() and actions["xlsx"].isChecked()


def test_the_choice_is_passed_on_to_the_export(window, qtbot, monkeypatch, tmp_path):
    assert _exported(window, qtbot, monkeypatch, tmp_path, "pdf")[0]["internal_notes"] is False
    window.internal_notes_actions["pdf"].setChecked(True)
    assert _exported(window, qtbot, monkeypatch, tmp_path, "pdf")[0]["internal_notes"] is True
    window.internal_notes_actions["xlsx"].setChecked(False)
    assert _exported(window, qtbot, monkeypatch, tmp_path, "xlsx")[0]["internal_notes"] is False


def test_the_dossier_written_from_the_window_holds_the_notes_only_when_asked(window, qtbot, monkeypatch, tmp_path):
    target = tmp_path / "dossier.pdf"
    monkeypatch.setattr(dialogs, "choose_export_file", lambda *a: (str(target), "pdf"))
    texts = []
    for asked in (False, True):
        window.internal_notes_actions["pdf"].setChecked(asked)
        with qtbot.waitSignal(window.export_register("pdf").done, timeout=30000):
            pass
        texts.append(" ".join(" ".join(page.extract_text().split()) for page in PdfReader(target).pages))
    assert NOTE not in texts[0] and NOTE in texts[1]
