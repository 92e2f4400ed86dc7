"""The transfer editor offers what the New transfer dialog offers: destinations outside the EEA,
found by name in either language, and no tool chosen for the officer. A transfer stored with a
country of the EEA keeps that country, with a warning."""

from __future__ import annotations

import pytest
from form_helpers import choose

from ropa_desktop.gui import language
from ropa_desktop.register import kinds, operations
from ropa_desktop.register.reference import countries


def _stored(window, country: str, tool: str) -> int:
    """A transfer stored as given (as an import or an older version may have stored it)."""
    snap = operations.read(window.workspace.register, kinds.TRANSFER, window.catalogue.rows(kinds.TRANSFER)[0].id)
    snap.update(country_code=country, tool=tool)
    item_id, change = operations.save(window.workspace.register, kinds.TRANSFER, None, snap)
    window.workspace.changed.emit(change)
    return item_id


def _editor(window, item_id: int):
    window.show_section(kinds.TRANSFER)
    page = window.page_of[kinds.TRANSFER]
    page.open_item(item_id)
    assert page.editor.item_id == item_id
    return page.editor


def _offered(combo) -> list:
    return [combo.itemData(i) for i in range(combo.count()) if combo.itemData(i)]


def test_no_country_of_the_eea_is_offered_but_its_neighbours_are(window):
    editor = _editor(window, _stored(window, "BO", "none"))
    offered = set(_offered(editor.form.fields["country_code"].combo))
    assert not offered & (countries.eea_members() | countries.eu_territories())
    assert {"CH", "GB", "US", "BO"} <= offered


def test_the_country_is_found_by_typing_its_dutch_name_in_the_english_interface(window, qtbot):
    editor = _editor(window, _stored(window, "BO", "none"))
    field = editor.form.fields["country_code"]
    field.combo.clear_choice()
    # Typed as the line edit reports it (key clicks would pop up the list, which offscreen Qt warns about).
    field.combo.lineEdit().setText("verenigde staten")
    field.combo.lineEdit().textEdited.emit("verenigde staten")
    assert field.combo.matches()[0] == "US"
    field.combo.lineEdit().returnPressed.emit()
    assert field.value() == "US" and editor.form.is_dirty()


@pytest.mark.parametrize("interface", ["nl", "en"])
def test_a_stored_eea_country_is_shown_as_it_is_with_a_warning(window, qapp, interface):
    language.install(qapp, interface)
    editor = _editor(window, _stored(window, "DE", "standard_contractual_clauses"))
    field = editor.form.fields["country_code"]
    assert field.value() == "DE"
    assert field.combo.currentText().startswith(countries.country_name("DE", interface))
    assert field.warning.isVisibleTo(field) and countries.country_name("DE", interface) in field.warning.text()
    # Showing it changed nothing: no edit to save, and the tool stays as stored.
    assert not editor.form.is_dirty()
    assert editor.form.fields["tool"].value() == "standard_contractual_clauses"


def test_near_miss_a_country_outside_the_eea_has_no_warning(window):
    editor = _editor(window, _stored(window, "CH", "adequacy"))
    field = editor.form.fields["country_code"]
    assert field.value() == "CH" and not field.warning.isVisibleTo(field)


def test_choosing_a_destination_instead_of_the_eea_country_saves_it(window):
    item_id = _stored(window, "DE", "standard_contractual_clauses")
    editor = _editor(window, item_id)
    field = editor.form.fields["country_code"]
    assert field.combo.choose("US")
    assert not field.warning.isVisibleTo(field)
    assert editor.save()
    assert operations.read(window.workspace.register, kinds.TRANSFER, item_id)["country_code"] == "US"


def test_no_tool_is_chosen_for_the_officer(window):
    editor = _editor(window, _stored(window, "BO", ""))
    tool = editor.form.fields["tool"]
    assert tool.combo.currentIndex() == -1 and tool.value() == ""
    assert tool.combo.placeholderText() == "— choose a transfer tool —"
    assert not editor.form.is_dirty()


def test_near_miss_a_stored_tool_is_shown_chosen(window):
    editor = _editor(window, _stored(window, "BO", "standard_contractual_clauses"))
    tool = editor.form.fields["tool"]
    assert tool.combo.currentData() == "standard_contractual_clauses"
    assert "adequacy" not in _offered(tool.combo)  # Bolivia has no adequacy decision


def test_an_adequacy_decision_is_offered_only_where_there_is_one(window):
    editor = _editor(window, _stored(window, "BO", ""))
    tool = editor.form.fields["tool"]
    assert "adequacy" not in _offered(tool.combo)
    editor.form.fields["country_code"].combo.choose("CH")
    assert "adequacy" in _offered(tool.combo) and tool.value() == ""
    choose(tool, "adequacy")
    item_id = editor.item_id
    assert editor.save()
    saved = operations.read(window.workspace.register, kinds.TRANSFER, item_id)
    assert (saved["country_code"], saved["tool"]) == ("CH", "adequacy")


def test_a_stored_tool_that_does_not_fit_the_country_is_kept_visible(window):
    editor = _editor(window, _stored(window, "BO", "adequacy"))
    tool = editor.form.fields["tool"]
    assert tool.value() == "adequacy" and "does not fit" in tool.combo.currentText()
    assert not editor.form.is_dirty()
