"""Where a recipient is, as a sheet says it: a contractor's country column (a relational
workbook) or "(processor, Germany)" as our own export writes it sets the recipient's country;
"Ja — DPF" beside "Mailchimp (VS)" is the transfer to Mailchimp, on the DPF."""

from __future__ import annotations

from workbooks import foreign_workbook

from ropa_desktop.documents.importing.service import import_workbook
from ropa_desktop.register import kinds, operations
from ropa_desktop.register.rows import rows
from ropa_desktop.register.storage import create_register, open_register


def _register(tmp_path, sheet, more=None, language="en"):
    register = create_register(tmp_path / "r.ropa", "Org", language=language)
    import_workbook(register, foreign_workbook(tmp_path / "r.xlsx", sheet, title="Processing", more_sheets=more))
    with register.session() as session:
        recipients = {
            row.id: operations.read(register, kinds.RECIPIENT, row.id) for row in rows(session, kinds.RECIPIENT)
        }
        transfers = [
            {"id": row.id, **operations.read(register, kinds.TRANSFER, row.id)} for row in rows(session, kinds.TRANSFER)
        ]
    return recipients, transfers


def _countries(recipients, language="en"):
    return {r["name"][language]: r["country_code"] for r in recipients.values()}


def test_a_contractors_country_column_sets_the_recipients_country(tmp_path):
    processing = [
        ["ref_id", "name", "description"],
        ["PRC-1", "Onboarding", "New staff"],
        ["PRC-2", "Helpdesk", "Tickets"],
    ]
    contractors = [
        ["processing", "name", "relationship_type", "country"],
        ["PRC-1", "Personio", "processor", "Germany"],
        ["PRC-2", "Zendesk", "processor", "United States"],
    ]
    recipients, _ = _register(tmp_path, processing, {"Contractors": contractors})
    assert _countries(recipients) == {"Personio": "DE", "Zendesk": "US"}


def test_our_own_suffix_sets_the_country_a_place_alone_does_not(tmp_path):
    sheet = [
        ["Activity", "Purpose", "Recipients"],
        ["Payroll", "Pay staff", "Personio (Processor, Germany)\nSupabase (Frankfurt)"],
    ]
    recipients, _ = _register(tmp_path, sheet)
    # "Frankfurt" is where Supabase processes, not where it is established: no country.
    assert _countries(recipients) == {"Personio": "DE", "Supabase": ""}


def test_a_tool_said_of_the_rows_country_goes_to_the_recipient_there(tmp_path):
    sheet = [
        ["Verwerking", "Doel", "Ontvangers", "Doorgifte"],
        ["Nieuwsbrief", "Nieuwsbrief sturen", "Marketingteam, Mailchimp (verwerker, VS)", "Ja — DPF"],
        ["Werving", "Mensen vinden", "Recruitee (verwerker, Duitsland)", "Ja — DPF"],
    ]
    recipients, transfers = _register(tmp_path, sheet, language="nl")
    names = {i: r["name"]["nl"] for i, r in recipients.items()}
    found = {t["id"]: (t["country_code"], t["tool"], names.get(t["recipient_id"], "")) for t in transfers}
    # One transfer to Mailchimp on the DPF, not one without a recipient beside one without a tool.
    assert _activity_transfers(tmp_path, "Nieuwsbrief", found) == [("US", "adequacy", "Mailchimp")]
    assert next(r for r in recipients.values() if r["name"]["nl"] == "Mailchimp")["partial_adequacy_certified"]
    # Near miss: the DPF beside a recipient in Germany stays a transfer of its own to the US.
    assert _activity_transfers(tmp_path, "Werving", found) == [("US", "adequacy", "")]
    assert not next(r for r in recipients.values() if r["name"]["nl"] == "Recruitee")["partial_adequacy_certified"]


def _activity_transfers(tmp_path, name, found):
    with open_register(tmp_path / "r.ropa") as register:
        for i in operations.order(register, kinds.ACTIVITY):
            activity = operations.read(register, kinds.ACTIVITY, i)
            if activity["name"]["nl"] == name:
                return sorted(found[t] for t in activity["transfers"])
    return None
