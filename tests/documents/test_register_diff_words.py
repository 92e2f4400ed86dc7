"""`ropa diff` names fields and items in the words of the register's forms and exports, in
English or Dutch (documents/field_names.py), never by their snapshot keys."""

from __future__ import annotations

from sqlalchemy import select

from ropa_desktop.documents import register_diff as rendering
from ropa_desktop.documents.field_names import field_name, item_kind
from ropa_desktop.register import as_of, change_log, established, kinds, operations, register_diff
from ropa_desktop.register.models import ProcessingActivity
from ropa_desktop.register.snapshots import blank


def _changed(register) -> register_diff.RegisterDiff:
    with register.session() as session:
        item = session.scalars(select(ProcessingActivity.id).order_by(ProcessingActivity.position)).first()
    established.establish(register, "1")
    with change_log.acting(who="jan", name="Jan de Vries"):
        operations.save(register, kinds.ACTIVITY, item, {"internal_notes": "Besproken <met> IT", "in_statement": False})
    with register.session() as session:
        return register_diff.compare(
            session, established.moment(session, "1")[0], as_of.last_sequence(session), "versie 1", "nu"
        )


def test_every_field_of_every_item_has_a_name_in_both_languages():
    for kind in kinds.MODELS:
        for key in [*blank(kind), "approval"]:
            for language in ("en", "nl"):
                name = field_name(key, language)
                assert name and "_" not in name, (kind, key, language)
    assert field_name("internal_notes", "nl") == "Interne notities"
    assert item_kind(kinds.ACTIVITY, "en") == "Processing activity"


def test_the_diff_names_the_field_and_the_item_in_dutch_and_english(demo_register):
    diff = _changed(demo_register)
    dutch = rendering.render(diff, "text", "nl")
    assert dutch.splitlines()[0] == "Wijzigingen van versie 1 tot nu"
    assert "Verwerkingsactiviteit \u201cOnze dienstverlening\u201d: gewijzigd" in dutch
    assert "  Interne notities: " in dutch and "\u2192 Besproken <met> IT (Jan de Vries (jan), " in dutch
    assert "  In privacyverklaring: ja \u2192 nee (" in dutch
    english = rendering.render(diff, "text", "en")
    assert "  Internal notes: " in english and "  In privacy statement: yes \u2192 no (" in english
    # The near miss: no snapshot key shows, in any format.
    for fmt in rendering.FORMATS:
        assert "internal_notes" not in rendering.render(diff, fmt, "nl")
    html = rendering.render(diff, "html", "nl")
    assert "<th>Veld</th><th>Voor</th><th>Na</th>" in html and "Besproken &lt;met&gt; IT" in html


def test_added_and_removed_items_are_marked_with_a_sign_and_a_word(demo_register):
    gone, _ = operations.save(demo_register, kinds.SECURITY_MEASURE, None, {"name": {"nl": "Oude maatregel"}})
    established.establish(demo_register, "1")
    operations.save(demo_register, kinds.SECURITY_MEASURE, None, {"name": {"nl": "Nieuwe maatregel"}})
    operations.delete(demo_register, kinds.SECURITY_MEASURE, gone)
    with demo_register.session() as session:
        diff = register_diff.compare(session, established.moment(session, "1")[0], as_of.last_sequence(session))
    text = rendering.render(diff, "text", "en")
    assert "Security measure \u201cNieuwe maatregel\u201d: + added (" in text
    assert "Security measure \u201cOude maatregel\u201d: \u2212 removed (" in text
    html = rendering.render(diff, "html", "nl")
    assert '<h2 class="added">Beveiligingsmaatregel \u201cNieuwe maatregel\u201d: + toegevoegd</h2>' in html
    assert '<h2 class="removed">' in html and "\u2212 verwijderd" in html


def test_a_row_of_a_list_is_shown_by_its_named_fields():
    purposes = [{"id": 3, "position": 0, "description": {"nl": "Salaris", "en": "Pay"}, "direct_marketing": False}]
    assert rendering.shown(purposes, "nl", kinds.ACTIVITY, "purposes") == "Omschrijving: Salaris; Direct marketing: nee"
    with_basis = [{"description": {"en": "Pay"}, "legal_basis": "contract"}]
    assert rendering.shown(with_basis, "en", kinds.ACTIVITY, "purposes").startswith(
        "Description: Pay; Legal basis (Art. 6): "
    )
    assert rendering.shown(with_basis, "nl", kinds.ACTIVITY, "purposes").endswith(": Uitvoering van een overeenkomst")
    # The near miss: a text per language is the text, not its languages.
    assert rendering.shown({"nl": "Salaris", "en": "Pay"}, "en") == "Pay"
    assert rendering.shown({"nl": "Salaris"}, "en") == "Salaris"


def test_ropa_diff_names_the_fields_in_the_language_asked(demo_register, ropa):
    path = str(demo_register.path)
    _changed(demo_register)
    code, out, err = ropa("diff", path, "1", "now", "--language", "nl")
    assert (code, err) == (0, "") and "  In privacyverklaring: ja \u2192 nee (" in out
    code, out, _ = ropa("diff", path, "1", "now")  # the near miss: English unless asked
    assert code == 0 and "  In privacy statement: yes \u2192 no (" in out and "privacyverklaring" not in out


def test_the_window_says_when_in_local_time_and_the_document_in_utc(monkeypatch):
    import time
    from datetime import datetime

    change = register_diff.Change("jan", "2026-12-02 18:09 UTC", "window", datetime(2026, 12, 2, 18, 9))
    monkeypatch.setenv("TZ", "Europe/Amsterdam")
    time.tzset()
    try:
        assert rendering.by([change], "en", local=True) == "jan, 2026-12-02 19:09, window"
        assert rendering.by([change], "en") == "jan, 2026-12-02 18:09 UTC, window"  # the near miss
    finally:
        monkeypatch.undo()
        time.tzset()


def test_the_moments_and_the_origin_are_said_in_the_language_asked(demo_register, ropa):
    path = str(demo_register.path)
    ropa("establish", path, "2026-1")
    with demo_register.session() as session:
        item = session.scalars(select(ProcessingActivity.id).order_by(ProcessingActivity.position)).first()
    with change_log.acting(who="jan", origin=change_log.WINDOW):
        operations.save(demo_register, kinds.ACTIVITY, item, {"reference": "V-01"})
    _, dutch, _ = ropa("diff", path, "2026-1", "now", "--language", "nl")
    assert dutch.splitlines()[0] == "Wijzigingen van versie 1 \u201c2026-1\u201d tot nu"
    assert dutch.splitlines()[3].endswith(" UTC, venster)")
    _, english, _ = ropa("diff", path, "start", "2999-01-01")  # the near miss: English stays English
    assert english.splitlines()[0] == "Changes from the start of the history to the end of 2999-01-01"
    assert ", window)" in english
    # The window's own words, already in its language, pass unchanged.
    assert rendering.moment_in("versie 2 \u201cx\u201d", "nl") == "versie 2 \u201cx\u201d"
