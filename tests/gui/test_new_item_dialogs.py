"""The dialogs that ask for a new transfer, recipient and register (issue 15, points 2 and 5)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ropa_desktop.gui import language
from ropa_desktop.gui.new_recipient_dialog import NewRecipientDialog
from ropa_desktop.gui.new_register_dialog import NewRegisterDialog
from ropa_desktop.gui.new_transfer_dialog import NO_RECIPIENT, NewTransferDialog
from ropa_desktop.register import kinds, rows
from ropa_desktop.register.models import RecipientKind
from ropa_desktop.register.starting import start_register
from ropa_desktop.register.storage import open_register

# A completer's popup under the headless platform: it cannot raise it nor grab the keyboard.
pytestmark = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard", extend=True)


@pytest.fixture
def recipients(demo_register):
    with demo_register.session() as session:
        return rows.rows(session, kinds.RECIPIENT)


@pytest.fixture
def transfer_dialog(qtbot, recipients, english):
    dialog = NewTransferDialog(recipients)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _type(combo, text: str) -> None:
    combo.lineEdit().setFocus()
    QTest.keyClicks(combo.lineEdit(), text)


def _tools(dialog) -> list[str]:
    return [dialog.tool.itemData(i) for i in range(dialog.tool.count()) if dialog.tool.itemData(i)]


# The new transfer.
def test_nothing_is_chosen_for_the_officer_and_ok_says_why_not(transfer_dialog):
    assert transfer_dialog.country.key() is None and transfer_dialog.country.currentText() == ""
    assert transfer_dialog.tool.currentIndex() == -1 and not transfer_dialog.tool.isEnabled()
    assert not transfer_dialog.ok_button().isEnabled()
    assert transfer_dialog.reason.text() == "Choose the country the data go to."
    assert transfer_dialog.values() is None


@pytest.mark.parametrize(
    "typed, interface", [("United", "en"), ("Verenigde", "en"), ("united sta", "nl"), ("Verenigde", "nl")]
)
def test_typing_a_name_in_either_language_finds_the_united_states(qtbot, recipients, typed, interface, qapp):
    language.install(qapp, interface)
    try:
        dialog = NewTransferDialog(recipients)
        qtbot.addWidget(dialog)
        dialog.show()
        _type(dialog.country, typed)
        assert "US" in dialog.country.matches()
        assert "NL" not in dialog.country.matches()
    finally:
        language.install(qapp, "en")


def test_enter_takes_the_first_match(transfer_dialog, qtbot):
    _type(transfer_dialog.country, "Verenigde Staten")
    QTest.keyClick(transfer_dialog.country.lineEdit(), Qt.Key.Key_Return)
    assert transfer_dialog.country.key() == "US"
    assert transfer_dialog.country.currentText() == "United States (US)"


def test_typing_key_by_key_keeps_what_was_typed(transfer_dialog, qtbot):
    # The event loop runs between the keys, as when a person types: nothing the completer
    # offers may replace the typed text before the officer chooses it.
    line = transfer_dialog.country.lineEdit()
    line.setFocus()
    for char in "Verenig":
        QTest.keyClick(line, char)
        qtbot.wait(30)
    assert line.text() == "Verenig"
    assert transfer_dialog.country.key() is None
    assert "US" in transfer_dialog.country.matches()


def test_leaving_the_box_on_a_text_that_finds_one_country_chooses_it(transfer_dialog):
    _type(transfer_dialog.country, "bolivia")
    transfer_dialog.country.lineEdit().editingFinished.emit()
    assert transfer_dialog.country.key() == "BO"


def test_leaving_the_box_on_a_text_that_finds_several_chooses_none(transfer_dialog):
    _type(transfer_dialog.country, "Verenigde")
    transfer_dialog.country.lineEdit().editingFinished.emit()
    assert transfer_dialog.country.key() is None
    assert not transfer_dialog.ok_button().isEnabled()


def test_no_country_of_the_eea_is_offered_but_its_neighbours_are(transfer_dialog):
    offered = {transfer_dialog.country.itemData(i) for i in range(transfer_dialog.country.count())}
    assert not offered & {"NL", "DE", "FR", "NO", "IS", "LI", "RE", "AX"}
    assert {"CH", "GB", "US", "BO"} <= offered


def test_an_eea_country_typed_is_explained_not_silently_missing(transfer_dialog):
    _type(transfer_dialog.country, "Duitsl")
    assert transfer_dialog.country.matches() == []
    assert transfer_dialog.reason.text() == "Germany is in the EEA: data going there are not transferred."


def test_an_adequacy_decision_is_offered_only_for_a_country_that_has_one(transfer_dialog):
    transfer_dialog.country.choose("BO")
    assert transfer_dialog.tool.isEnabled() and transfer_dialog.tool.currentIndex() == -1
    assert "adequacy" not in _tools(transfer_dialog)
    assert transfer_dialog.reason.text() == "Choose the transfer tool that allows this transfer."
    transfer_dialog.country.choose("CH")
    assert "adequacy" in _tools(transfer_dialog)


def test_no_tool_is_labelled_for_what_it_means(transfer_dialog):
    transfer_dialog.country.choose("BO")
    index = transfer_dialog.tool.findData("none")
    assert transfer_dialog.tool.itemText(index) == "No transfer tool yet (not allowed without one)"


def test_adequacy_chosen_does_not_survive_a_country_without_a_decision(transfer_dialog):
    transfer_dialog.country.choose("CH")
    transfer_dialog.tool.setCurrentIndex(transfer_dialog.tool.findData("adequacy"))
    assert transfer_dialog.ok_button().isEnabled()
    transfer_dialog.country.choose("BO")
    assert transfer_dialog.tool.currentData() is None
    assert not transfer_dialog.ok_button().isEnabled()


def test_the_recipient_chosen_lands_on_the_transfer(transfer_dialog, recipients):
    assert transfer_dialog.recipient.key() == NO_RECIPIENT
    transfer_dialog.country.choose("US")
    transfer_dialog.tool.setCurrentIndex(transfer_dialog.tool.findData("standard_contractual_clauses"))
    assert transfer_dialog.values() == {
        "country_code": "US",
        "tool": "standard_contractual_clauses",
        "recipient_id": None,
    }
    chosen = recipients[0]
    assert transfer_dialog.recipient.choose(chosen.id)
    assert transfer_dialog.values()["recipient_id"] == chosen.id
    assert transfer_dialog.ok_button().isEnabled()


def test_a_recipient_abroad_suggests_its_country_only_while_none_is_chosen(qtbot, english):
    abroad = rows.Row(id=7, name={"en": "Cloud Inc."}, updated_at=None, values={"country_code": "US"})
    at_home = rows.Row(id=8, name={"en": "Printer B.V."}, updated_at=None, values={"country_code": "NL"})
    dialog = NewTransferDialog([abroad, at_home])
    qtbot.addWidget(dialog)
    dialog.recipient.choose(8)
    assert dialog.country.key() is None  # the Netherlands is no destination
    dialog.recipient.choose(7)
    assert dialog.country.key() == "US"
    dialog.country.choose("CA")
    dialog.recipient.choose(8)
    dialog.recipient.choose(7)
    assert dialog.country.key() == "CA"


# The new recipient.
def test_a_new_recipient_needs_a_name_and_a_kind(qtbot, english):
    dialog = NewRecipientDialog("Payroll Ltd")
    qtbot.addWidget(dialog)
    assert dialog.name.text() == "Payroll Ltd"
    assert dialog.kind.currentIndex() == -1 and not dialog.ok_button().isEnabled()
    assert dialog.reason.text() == "Choose what kind of recipient this is."
    dialog.kind.setCurrentIndex(dialog.kind.findData(RecipientKind.PROCESSOR))
    assert dialog.ok_button().isEnabled()
    dialog.name.clear()
    assert not dialog.ok_button().isEnabled() and dialog.reason.text() == "Type the recipient's name."


def test_a_new_processor_brings_its_country_and_agreement(qtbot, english):
    dialog = NewRecipientDialog("Payroll Ltd")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.kind.setCurrentIndex(dialog.kind.findData(RecipientKind.PROCESSOR))
    _type(dialog.country, "Verenigd Koninkrijk")
    assert dialog.country.matches() == ["GB"]
    dialog.country.choose("GB")
    assert dialog.agreement.isVisible()
    dialog.reference.setText("DPA-2026-04")
    dialog.signed.known.setChecked(True)
    dialog.signed.edit.setDate(date(2026, 4, 1))
    assert dialog.values() == {
        "name": "Payroll Ltd",
        "kind": RecipientKind.PROCESSOR,
        "country_code": "GB",
        "dpa_reference": "DPA-2026-04",
        "dpa_signed": date(2026, 4, 1),
    }


def test_a_controller_has_no_processing_agreement(qtbot, english):
    dialog = NewRecipientDialog("Tax authority")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reference.setText("typed before the kind was chosen")
    dialog.kind.setCurrentIndex(dialog.kind.findData(RecipientKind.PUBLIC_AUTHORITY))
    assert not dialog.agreement.isVisible()
    assert dialog.values()["dpa_reference"] == "" and dialog.values()["country_code"] == ""


# The new register.
def test_an_empty_name_is_refused_with_the_reason_beside_it(qtbot, english):
    dialog = NewRegisterDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.name_refused.isVisible()
    dialog.accept()
    assert dialog.isVisible() and dialog.result() != dialog.DialogCode.Accepted
    assert dialog.name_refused.isVisible()
    assert "needs the organisation's legal name" in dialog.name_refused.text()
    QTest.keyClicks(dialog.name, "Acme B.V.")
    assert not dialog.name_refused.isVisible()


def test_a_name_that_is_not_an_email_address_is_refused(qtbot, english):
    dialog = NewRegisterDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("Acme B.V.")
    dialog.email.setText("Jan de Vries")
    dialog.accept()
    assert dialog.email_refused.isVisible() and not dialog.name_refused.isVisible()
    assert dialog.result() != dialog.DialogCode.Accepted


def test_the_new_register_holds_country_languages_and_contact(qtbot, english, tmp_path):
    dialog = NewRegisterDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.country.key() == "NL"
    assert dialog.languages.value() == ["en", "nl"]  # the interface language first
    dialog.name.setText("Acme B.V.")
    _type(dialog.country, "Belgi")
    dialog.country.choose("BE")
    dialog.languages.set_value(["nl"])
    dialog.email.setText("privacy@acme.example")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    start_register(tmp_path / "acme.ropa", dialog.values()).close()
    with open_register(tmp_path / "acme.ropa") as register, register.session() as session:
        organisation = register.organisation(session)
        assert (organisation.legal_name, organisation.country_code, organisation.languages) == (
            "Acme B.V.",
            "BE",
            ["nl"],
        )
        assert organisation.privacy_contact.email == "privacy@acme.example"
