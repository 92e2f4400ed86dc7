"""Publishing the statement (issue 16 point 5): the documents as published, kept in the register."""

from __future__ import annotations

import io
import sqlite3
from contextlib import closing
from datetime import date

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from ropa_desktop.documents.publication import PublishingRefused, current_fingerprints, publish
from ropa_desktop.documents.statement import build_statement
from ropa_desktop.register import change_log, kinds, operations, publications
from ropa_desktop.register.models import ChangeLogEntry, Organisation, ProcessingActivity
from ropa_desktop.register.models.change_log import PUBLISHED

DAY = date(2026, 11, 25)


def _pdf_text(data: bytes) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(data)).pages)


def test_publishing_refuses_while_the_checks_find_errors(demo_register):
    with pytest.raises(PublishingRefused) as refused:
        publish(demo_register, today=DAY)
    assert refused.value.errors and "--force" in str(refused.value)
    with demo_register.session() as session:
        assert publications.listed(session) == []


def test_forced_publication_stores_html_and_pdf_in_both_languages(demo_register):
    published = publish(demo_register, force=True, today=DAY)
    assert (published.number, published.published_on, published.forced) == (1, DAY, True)
    with demo_register.session() as session:
        (publication,) = publications.listed(session)
        assert (publication.published_on, publication.forced, publication.who) == (DAY, True, change_log.current().who)
        assert publication.log_sequence == session.scalar(
            select(ChangeLogEntry.sequence)
            .where(ChangeLogEntry.action != PUBLISHED)
            .order_by(ChangeLogEntry.sequence.desc())
            .limit(1)
        )
        assert publications.languages(session, 1) == ["en", "nl"]
        nl_html = publications.document(session, 1, "nl", "html").decode("utf-8")
        en_html = publications.document(session, 1, "en", "html").decode("utf-8")
        nl_pdf = publications.document(session, 1, "nl", "pdf")
        en_pdf = publications.document(session, 1, "en", "pdf")
    assert "Laatste wijziging: 25 november 2026" in nl_html and "Last modified: 25 November 2026" in en_html
    assert "juli 2018" not in nl_html  # the typed date gave way to the publication's
    assert "Laatste wijziging: 25 november 2026" in _pdf_text(nl_pdf)
    assert "Last modified: 25 November 2026" in _pdf_text(en_pdf)


def test_publication_is_a_change_log_entry_holding_the_documents_hashes(demo_register):
    publish(demo_register, force=True, today=DAY)
    with demo_register.session() as session:
        entry = session.scalars(select(ChangeLogEntry).where(ChangeLogEntry.action == PUBLISHED)).one()
        assert (entry.item_kind, entry.item_id) == (publications.ITEM_KIND, 1)
        assert set(change_log.value(entry.after)["documents"]) == {"nl", "en"}
        assert change_log.verify(session)[1] is None
        assert publications.altered(session, 1) == []


def test_a_published_document_changed_outside_the_app_is_named(demo_register):
    publish(demo_register, force=True, today=DAY)
    with closing(sqlite3.connect(demo_register.path)) as raw:
        raw.execute("UPDATE published_documents SET html = CAST('<p>other</p>' AS BLOB) WHERE language = 'en'")
        raw.commit()
    with demo_register.session() as session:
        assert publications.altered(session, 1) == ["en html"]


def test_the_footer_shows_the_last_publication_date(demo_register):
    # Before the first publication: the date typed on the organisation, as registers always showed.
    assert "Laatste wijziging: juli 2018" in build_statement(demo_register, "nl").footer
    publish(demo_register, force=True, today=date(2026, 3, 1))
    publish(demo_register, force=True, today=DAY)
    assert "Laatste wijziging: 25 november 2026" in build_statement(demo_register, "nl").footer
    assert build_statement(demo_register, "en").statement_date == DAY


def test_no_publication_and_no_typed_date_shows_no_date(demo_register):
    with demo_register.transaction() as session:
        session.scalars(select(Organisation)).one().statement_date = None
    footer = build_statement(demo_register, "nl").footer
    assert not any(line.startswith("Laatste wijziging") for line in footer)


def test_stored_documents_stay_as_published_after_a_change(demo_register):
    publish(demo_register, force=True, today=DAY)
    with demo_register.session() as session:
        before = publications.document(session, 1, "nl", "html")
        activity = session.scalars(select(ProcessingActivity.id).order_by(ProcessingActivity.position)).first()
    operations.save(demo_register, kinds.ACTIVITY, activity, {"public_explanation": {"nl": "Nieuw.", "en": "New."}})
    with demo_register.session() as session:
        assert publications.document(session, 1, "nl", "html") == before


def test_the_fingerprint_ignores_an_internal_note_but_not_the_public_text(demo_register):
    publish(demo_register, force=True, today=DAY)
    with demo_register.session() as session:
        published = publications.fingerprints(session, 1)
        activity = session.scalars(select(ProcessingActivity.id).order_by(ProcessingActivity.position)).first()
    assert current_fingerprints(demo_register) == published
    operations.save(demo_register, kinds.ACTIVITY, activity, {"internal_notes": "Alleen voor ons."})
    assert operations.read(demo_register, kinds.ACTIVITY, activity)["internal_notes"] == "Alleen voor ons."
    assert current_fingerprints(demo_register) == published
    operations.save(demo_register, kinds.ACTIVITY, activity, {"public_explanation": {"nl": "Nieuw.", "en": "New."}})
    assert current_fingerprints(demo_register) != published


def test_undoing_an_import_keeps_the_publications(demo_register, tmp_path):
    copy = demo_register.copy_to(tmp_path / "before.ropa")
    publish(demo_register, force=True, today=DAY)
    demo_register.restore_from(copy)
    with demo_register.session() as session:
        assert [p.number for p in publications.listed(session)] == [1]
