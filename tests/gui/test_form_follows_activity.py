"""The activity form follows the activity's role, bases and data as they are edited, before any
save: fields that do not apply are hidden, unless they hold a value (then they stay, with a note,
and are saved as they are); a problem is marked at the field it is about."""

from __future__ import annotations

import pytest
from form_helpers import choose, select_row, tick, type_text

from ropa_desktop.checks import form_rules
from ropa_desktop.gui import problem_texts
from ropa_desktop.gui.forms.activity_spec import ACTIVITY_TABS, PURPOSE_FIELDS, RETENTION_FIELDS
from ropa_desktop.gui.forms.catalogue_specs import CATALOGUE_TABS
from ropa_desktop.gui.forms.form import Group
from ropa_desktop.gui.undo import AddItem
from ropa_desktop.register import applicability as why
from ropa_desktop.register import kinds, operations, snapshots
from ropa_desktop.register.models import ActivityRole, DataCategoryKind, ProvisionRequirement, Purpose


def _open(window, name: str):
    page = window.page_of[kinds.ACTIVITY]
    window.show_section(kinds.ACTIVITY)
    select_row(page, name)
    return page.editor


def _shown(field) -> bool:
    return not field.isHidden()


def _note(field) -> str:
    return field._note.text() if not field._note.isHidden() else ""


def _stored(window, editor) -> dict:
    return operations.read(window.workspace.register, kinds.ACTIVITY, editor.item_id)


def _add_category(window, name: str, kind: DataCategoryKind) -> None:
    snap = snapshots.blank(kinds.DATA_CATEGORY)
    snap.update(name={"en": name, "nl": name}, kind=kind)
    if kind == DataCategoryKind.SPECIAL:
        snap["special_category"] = "racial_ethnic_origin"
    window.workspace.run(AddItem(window.workspace, lambda: name, kinds.DATA_CATEGORY, snap))


def test_the_interest_shows_only_for_legitimate_interests(window, answers):
    editor = _open(window, "Our services")  # one purpose, on contract
    row = editor.form.fields["purposes"].panel.fields
    assert not _shown(row["legitimate_interest"]) and not _shown(row["lia_reference"])
    choose(row["legal_basis"], "legitimate_interests")
    assert _shown(row["legitimate_interest"]) and _shown(row["lia_reference"])
    assert _note(row["legitimate_interest"]) == ""
    choose(row["legal_basis"], "consent")
    assert not _shown(row["legitimate_interest"])
    assert _shown(row["consent_withdrawal"])
    # Not saved: the form followed the edit on its own.
    assert editor.is_dirty() and _stored(window, editor)["purposes"][0]["legal_basis"] == "contract"


def test_consent_withdrawal_shows_for_consent_and_explicit_consent_only(window, answers):
    editor = _open(window, "Job applications")  # consent
    row = editor.form.fields["purposes"].panel.fields
    assert _shown(row["consent_withdrawal"])
    choose(row["legal_basis"], "contract")
    assert not _shown(row["consent_withdrawal"])


def test_the_controllers_we_process_for_show_only_for_a_processor(window, answers):
    editor = _open(window, "Our services")
    fields = editor.form.fields
    assert not _shown(fields["controllers_served"]) and not _shown(fields["joint_controllers"])
    choose(fields["role"], ActivityRole.PROCESSOR)
    assert _shown(fields["controllers_served"]) and not _shown(fields["joint_controllers"])
    # Marked where the controllers are to be named.
    assert "controller" in fields["controllers_served"]._problem.text()
    choose(fields["role"], ActivityRole.JOINT_CONTROLLER)
    assert _shown(fields["joint_controllers"]) and not _shown(fields["controllers_served"])
    choose(fields["role"], ActivityRole.CONTROLLER)
    assert not _shown(fields["controllers_served"]) and not _shown(fields["joint_controllers"])


def test_a_field_that_no_longer_applies_keeps_its_value_with_a_note_and_is_saved(window, answers):
    editor = _open(window, "Activities as (sub-)processor")  # a processor, for one controller
    fields = editor.form.fields
    served = _stored(window, editor)["controllers_served"]
    assert served and _shown(fields["controllers_served"]) and _note(fields["controllers_served"]) == ""
    choose(fields["role"], ActivityRole.CONTROLLER)
    assert _shown(fields["controllers_served"])
    assert "Does not apply" in _note(fields["controllers_served"])
    assert editor.save(), answers.errors
    saved = _stored(window, editor)
    assert saved["role"] == ActivityRole.CONTROLLER and saved["controllers_served"] == served
    # Reopened, still there, still with its note.
    assert _shown(editor.form.fields["controllers_served"]) and _note(editor.form.fields["controllers_served"])


def test_an_interest_kept_under_another_basis_is_shown_and_saved_until_it_is_cleared(window, answers):
    editor = _open(window, "Quality purposes")  # legitimate interests, with the interest
    row = editor.form.fields["purposes"].panel.fields
    interest = dict(_stored(window, editor)["purposes"][0]["legitimate_interest"])
    choose(row["legal_basis"], "consent")
    assert _shown(row["legitimate_interest"]) and "Does not apply" in _note(row["legitimate_interest"])
    assert editor.save(), answers.errors
    saved = _stored(window, editor)["purposes"][0]
    assert saved["legal_basis"] == "consent" and saved["legitimate_interest"] == interest
    # The near miss: once the officer empties it (in every language), it goes.
    for language in ("nl", "en"):
        editor.set_language(language)
        type_text(row["legitimate_interest"], "")
    assert not _shown(row["legitimate_interest"])


def test_a_missing_interest_is_marked_at_the_interest_field(window, answers):
    editor = _open(window, "Our services")
    purposes = editor.form.fields["purposes"]
    row = purposes.panel.fields
    choose(row["legal_basis"], "legitimate_interests")
    assert "legitimate interest" in row["legitimate_interest"]._problem.text()
    assert not row["legitimate_interest"]._problem.isHidden()
    assert purposes.model.index(0).data().startswith("⚠")
    # Said at the field, not repeated under the list; the basis is fine, so not marked.
    assert purposes._problem.isHidden() and row["legal_basis"]._problem.isHidden()
    editor.set_language("en")
    type_text(row["legitimate_interest"], "Keeping our service reliable")
    assert row["legitimate_interest"]._problem.isHidden()


def test_a_problem_of_another_purpose_is_told_under_the_list_and_at_its_field_when_selected(window, answers):
    editor = _open(window, "Our services")
    purposes = editor.form.fields["purposes"]
    row = purposes.panel.fields
    purposes.add_row()  # selected: a new purpose, no basis yet
    assert "legal basis" in row["legal_basis"]._problem.text()
    purposes.view.setCurrentIndex(purposes.model.index(0))
    assert row["legal_basis"]._problem.isHidden()
    assert "2." in purposes._problem.text() and "legal basis" in purposes._problem.text()


def test_the_article_9_exception_shows_once_special_data_is_processed(window, answers):
    _add_category(window, "Ethnic origin", DataCategoryKind.SPECIAL)
    editor = _open(window, "Our services")
    fields = editor.form.fields
    condition = fields["purposes"].panel.fields["special_category_condition"]
    assert not _shown(condition)
    tick(fields["data_categories"], "Ethnic origin")
    assert _shown(condition)


def test_the_criminal_data_group_shows_only_with_criminal_data(window, answers):
    _add_category(window, "Criminal record", DataCategoryKind.CRIMINAL)
    editor = _open(window, "Our services")
    fields = editor.form.fields
    group = fields["criminal_data_authorisation"].parentWidget()
    assert not _shown(fields["criminal_data_authorisation"]) and not _shown(fields["national_id_legal_basis"])
    assert group.isHidden()
    tick(fields["data_categories"], "Criminal record")
    assert _shown(fields["criminal_data_authorisation"]) and not _shown(fields["national_id_legal_basis"])
    assert not group.isHidden()


def test_the_automated_decision_details_follow_the_tick(window, answers):
    editor = _open(window, "Our services")
    fields = editor.form.fields
    assert not _shown(fields["automated_logic"]) and not _shown(fields["automated_consequences"])
    fields["automated_decision_making"].box.setChecked(True)
    assert _shown(fields["automated_logic"]) and _shown(fields["automated_consequences"])


def test_the_consequence_of_not_providing_follows_the_requirement(window, answers):
    editor = _open(window, "Quality purposes")  # not applicable
    fields = editor.form.fields
    assert not _shown(fields["provision_consequence"])
    choose(fields["provision_requirement"], ProvisionRequirement.STATUTORY)
    assert _shown(fields["provision_consequence"])


def test_the_source_details_show_once_data_comes_from_others(window, answers):
    editor = _open(window, "Quality purposes")  # from the data subject only
    fields = editor.form.fields
    assert not _shown(fields["source_details"])
    fields["sources"]._boxes["third_party"].setChecked(True)
    assert _shown(fields["source_details"])


def test_a_retention_criterion_shows_only_without_a_fixed_period(window, answers):
    editor = _open(window, "Our services")
    rules = editor.form.fields["retention_rules"]
    rules.add_row()
    row = rules.panel.fields
    assert _shown(row["criterion"])
    row["period_value"].spin.setValue(2)
    assert not _shown(row["criterion"])


def _keys(items) -> set[str]:
    return set().union(*(_keys(i.items) if isinstance(i, Group) else {i.key} for i in items))


def test_every_rule_of_what_applies_names_a_field_of_its_form():
    forms = {
        kinds.ACTIVITY: {
            why.ITEM: set().union(*(_keys(t.items) for t in ACTIVITY_TABS)),
            "purposes": _keys(PURPOSE_FIELDS),
            "retention_rules": _keys(RETENTION_FIELDS),
        },
        kinds.TRANSFER: {why.ITEM: set().union(*(_keys(t.items) for t in CATALOGUE_TABS[kinds.TRANSFER]))},
    }
    for kind, lists in why.RULES.items():
        for list_key, rules in lists.items():
            assert set(rules) <= forms[kind][list_key], (kind, list_key)


def _every_activity_problem() -> dict:
    snap = snapshots.blank(kinds.ACTIVITY)
    purpose = snapshots.blank_child(Purpose)
    snap.update(
        role=ActivityRole.PROCESSOR,
        owner="x" * 201,
        purposes=[
            {**purpose, "legal_basis": "legitimate_interests", "lia_reference": "y" * 501},
            {**purpose, "description": {"en": "bell\x07"}},
        ],
    )
    return snap


def test_every_inline_problem_is_marked_at_its_own_field(window, answers):
    """Each problem the form rules find lands on the widget of the field it names (within the
    selected row: that row's field), none only on the list of rows."""
    editor = _open(window, "Our services")
    form = editor.form
    snap = _every_activity_problem()
    found = form_rules.problems(kinds.ACTIVITY, snap)
    assert {p.code for p in found} >= {
        form_rules.NAME_MISSING,
        form_rules.INTEREST_NOT_DESCRIBED,
        form_rules.PROCESSOR_WITHOUT_CONTROLLER,
        form_rules.TEXT_TOO_LONG,
        form_rules.TEXT_REFUSED_CHARACTER,
    }
    form.set_value(snap)
    purposes = form.fields["purposes"]
    for problem in found:
        purposes.view.setCurrentIndex(purposes.model.index(problem.row or 0))
        form.show_problems(found, problem_texts.describe)
        widget = form.fields[problem.field]
        if problem.row is not None:
            assert problem.part, problem
            widget = widget.panel.fields[problem.part]
        assert problem_texts.describe(problem) in widget._problem.text(), problem
        assert not widget._problem.isHidden()


@pytest.mark.parametrize("values", [{"country_code": ""}, {"country_code": "BO", "tool": ""}])
def test_every_transfer_problem_names_a_field_of_the_transfer_form(values):
    snap = {**snapshots.blank(kinds.TRANSFER), **values}
    found = form_rules.problems(kinds.TRANSFER, snap)
    assert found and {p.field for p in found} <= set().union(*(_keys(t.items) for t in CATALOGUE_TABS[kinds.TRANSFER]))


def test_a_field_being_emptied_does_not_vanish_under_the_cursor(window, answers, qtbot):
    editor = _open(window, "Quality purposes")
    row = editor.form.fields["purposes"].panel.fields
    choose(row["legal_basis"], "consent")
    window.activateWindow()
    row["legitimate_interest"].editor.setFocus()
    qtbot.waitUntil(lambda: row["legitimate_interest"].editor.hasFocus())
    for language in ("nl", "en"):
        editor.set_language(language)
        type_text(row["legitimate_interest"], "")
    assert _shown(row["legitimate_interest"]) and "Does not apply" in _note(row["legitimate_interest"])
    # Once the officer edits elsewhere, the empty field that does not apply goes.
    row["description"].editor.setFocus()
    qtbot.waitUntil(lambda: row["description"].editor.hasFocus())
    type_text(row["description"], "Better service")
    assert not _shown(row["legitimate_interest"])
