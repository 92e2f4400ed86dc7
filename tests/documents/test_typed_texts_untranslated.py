"""Free texts typed once, in the register's main language (a transfer's reference, a processing
agreement, a contact's department), are marked in a document of another language — never silently
Dutch in English — unless they hold no words (a URL, a number, a date) or are names and addresses."""

from __future__ import annotations

import io

import openpyxl
import pytest
from pypdf import PdfReader
from sqlalchemy import Enum, String, Text, select

from ropa_desktop.documents.dossier import write_dossier
from ropa_desktop.documents.statement import build_statement, render
from ropa_desktop.documents.untranslated import CODES, LANGUAGE_NEUTRAL, PROSE, RECORDS, has_words, typed_text
from ropa_desktop.documents.workbook import write_workbook
from ropa_desktop.register import kinds, operations
from ropa_desktop.register.models import Organisation, Recipient, Transfer
from ropa_desktop.register.models.base import Base

ARGENTINA = "Beschikking 2003/490/EG van de Commissie van 30 juni 2003 (Argentinië)"  # the demo's reference
MARKED = "[not translated, Dutch only:] "


def _squash(text: str) -> str:
    return " ".join(text.split())


def _dossier(register, language: str) -> str:
    buffer = io.BytesIO()
    write_dossier(register, language, buffer)
    return _squash(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(buffer.getvalue())).pages))


def _statement(register, language: str) -> str:
    return render(build_statement(register, language), "txt").decode()


def _workbook_cells(register, language: str) -> list[str]:
    stream = io.BytesIO()
    write_workbook(register, language, stream)
    stream.seek(0)
    return [
        str(c.value)
        for sheet in openpyxl.load_workbook(stream)
        for row in sheet.iter_rows()
        for c in row
        if c.value is not None
    ]


def _save(register, kind: str, model, where, **values) -> None:
    with register.session() as session:
        item_id = next(item.id for item in session.scalars(select(model)) if where(item))
    snap = operations.read(register, kind, item_id)
    for key, value in values.items():
        if isinstance(value, dict):
            snap[key] = {**(snap[key] or {}), **value}
        else:
            snap[key] = value
    operations.save(register, kind, item_id, snap)


def _reference(register, reference: str) -> None:
    _save(register, kinds.TRANSFER, Transfer, lambda t: t.country_code == "AR", tool_reference=reference)


def _attention(register, attention: str) -> None:
    _save(register, kinds.ORGANISATION, Organisation, lambda o: True, privacy_contact={"attention": attention})


# --- The declaration ---------------------------------------------------------------------------


def test_every_single_language_text_of_the_register_is_declared_exactly_once():
    declared = [*PROSE, *LANGUAGE_NEUTRAL, *CODES]
    columns = {
        f"{mapper.class_.__name__}.{column.key}"
        for mapper in Base.registry.mappers
        for column in mapper.columns
        if isinstance(column.type, (String, Text))
        and not isinstance(column.type, Enum)
        and mapper.class_.__name__ not in RECORDS
    }
    assert sorted(columns - set(declared)) == []  # a new free text: say whether it is prose
    assert sorted(set(declared) - columns) == []  # no name that is not (or no longer) a free text
    assert len(declared) == len(set(declared))
    assert set(RECORDS) <= {mapper.class_.__name__ for mapper in Base.registry.mappers}  # no stale name


def test_an_undeclared_field_is_refused_not_printed_unmarked():
    with pytest.raises(KeyError):
        typed_text("Transfer.remarks", "Doorgifte binnen de groep", "en", "nl")


# --- What holds words --------------------------------------------------------------------------


@pytest.mark.parametrize("text", [ARGENTINA, "Verwerkersovereenkomst d.d. 12-03-2021", "Module 2", "Afdeling HR"])
def test_prose_holds_words(text):
    assert has_words(text)


@pytest.mark.parametrize(
    "text",
    [
        "https://eur-lex.europa.eu/eli/dec/2003/490/oj",
        "2021/914",
        "C(2023) 4745",
        "DPA-2021-07",
        "12-03-2021",
        "(EU) 2016/679",
        "privacy@connaxis.com",
        "",
    ],
)
def test_addresses_numbers_dates_and_codes_hold_no_words(text):
    assert not has_words(text)


def test_prose_is_marked_only_in_a_document_of_another_language_than_the_register():
    assert typed_text("Transfer.tool_reference", ARGENTINA, "en", "nl") == (ARGENTINA, "Dutch")
    assert typed_text("Transfer.tool_reference", ARGENTINA, "nl", "nl") == (ARGENTINA, "")
    # An English register's text in an English document is as typed; in a Dutch one it is marked.
    assert typed_text("Recipient.dpa_reference", "Data processing agreement", "en", "en")[1] == ""
    assert typed_text("Recipient.dpa_reference", "Data processing agreement", "nl", "en")[1] == "Engels"


def test_names_and_addresses_are_never_marked():
    assert typed_text("Contact.name", "Autoriteit Persoonsgegevens", "en", "nl") == ("Autoriteit Persoonsgegevens", "")
    assert typed_text("Contact.address", "Postbus 93374", "en", "nl")[1] == ""


# --- The statement -----------------------------------------------------------------------------


def test_the_english_statement_marks_a_dutch_department_of_the_privacy_contact(demo_register):
    _attention(demo_register, "Afdeling Juridische Zaken")
    assert f"Attn. {MARKED}Afdeling Juridische Zaken" in _statement(demo_register, "en")
    dutch = _statement(demo_register, "nl")
    assert "t.a.v. Afdeling Juridische Zaken" in dutch and "niet vertaald" not in dutch


def test_an_attention_line_without_words_is_not_marked(demo_register):
    _attention(demo_register, "DPO-2.14")
    english = _statement(demo_register, "en")
    assert "Attn. DPO-2.14" in english and "not translated" not in english


def test_the_statement_does_not_publish_the_dutch_transfer_reference(demo_register):
    # The reference is for the record; the statement's own words are the per-language public note.
    english = _statement(demo_register, "en")
    assert "Beschikking" not in english and "not translated" not in english


# --- The dossier -------------------------------------------------------------------------------


def test_the_english_dossier_marks_the_dutch_transfer_reference_and_names_the_decision_in_english(demo_register):
    text = _dossier(demo_register, "en")
    assert f"Safeguard reference {MARKED}{ARGENTINA}" in text
    # The activity's transfers line: the mark stands in for the reference's brackets, not inside them.
    assert f"Adequacy decision (Art. 45) {MARKED}{ARGENTINA}" in text and f"[{MARKED}" not in text
    assert "yes (Commission Decision 2003/490/EC)" in text  # the adequacy decision's own title
    assert f"{MARKED}Verwerkersovereenkomst 2018" in text  # the processors' agreement reference
    assert ARGENTINA not in text.replace(f"{MARKED}{ARGENTINA}", "")  # never once unmarked


def test_the_dutch_dossier_prints_the_dutch_reference_as_typed(demo_register):
    text = _dossier(demo_register, "nl")
    assert f"[{ARGENTINA}]" in text and "ja (Beschikking 2003/490/EG van de Commissie)" in text
    assert "niet vertaald" not in text and "not translated" not in text


def test_a_reference_that_is_a_url_or_a_number_is_not_marked_in_the_english_dossier(demo_register):
    _reference(demo_register, "https://eur-lex.europa.eu/eli/dec/2003/490")
    _save(
        demo_register,
        kinds.RECIPIENT,
        Recipient,
        lambda r: r.dpa_reference == "Verwerkersovereenkomst 2018",
        dpa_reference="DPA-2018-004",
    )
    text = _dossier(demo_register, "en")
    assert "Safeguard reference https://eur-lex.europa.eu/eli/dec/2003/490" in text
    assert "Data processing agreement DPA-2018-004" in text
    assert f"{MARKED}https://" not in text and f"{MARKED}DPA-2018-004" not in text


# --- The workbook ------------------------------------------------------------------------------


def test_the_english_workbook_marks_the_dutch_reference_and_not_a_number(demo_register):
    assert f"{MARKED}{ARGENTINA}" in _workbook_cells(demo_register, "en")
    assert ARGENTINA in _workbook_cells(demo_register, "nl")
    _reference(demo_register, "2003/490/EC")
    cells = _workbook_cells(demo_register, "en")
    assert "2003/490/EC" in cells and f"{MARKED}2003/490/EC" not in cells
