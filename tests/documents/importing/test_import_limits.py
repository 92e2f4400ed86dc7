"""What an import may bring in: a small workbook that repeats a long text in thousands of
cells does not blow up the register, each text fits what the register accepts (so no
import is ever refused while it is written), and every text is cleaned of characters no
output can carry. Each rule has a near miss that passes untouched."""

from __future__ import annotations

import base64
import json
import random
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from workbooks import foreign_workbook, raw_workbook, rewrite, row_xml, shared_strings_workbook, sheet_xml

from ropa_desktop.documents.importing import limits, native
from ropa_desktop.documents.importing.problems import ImportRefused
from ropa_desktop.documents.importing.service import import_workbook
from ropa_desktop.documents.workbook import write_workbook
from ropa_desktop.register import kinds, operations, portable
from ropa_desktop.register.merge import merge
from ropa_desktop.register.models import DataSubjectCategory, ProcessingActivity
from ropa_desktop.register.portable import Entry
from ropa_desktop.register.storage import create_register
from ropa_desktop.register.texts import MAX_NAME_LENGTH, MAX_TEXT_LENGTH, problem

NAME, PURPOSE = "Name of processing activity", "Purpose of processing"


def new_activities(register, before: list[int]) -> dict[str, dict]:
    found = {}
    for item in operations.order(register, kinds.ACTIVITY):
        if item not in before:
            snap = operations.read(register, kinds.ACTIVITY, item)
            found[next(iter(snap["name"].values()))] = snap
    return found


def noise(length: int, seed: int = 1) -> str:
    """Text that does not compress: the attack's workbook stays small only through sharing."""
    return base64.b64encode(random.Random(seed).randbytes(length * 3 // 4)).decode()[:length]


def codes(report) -> list[str]:
    return [note.code for note in report.notes]


# --- one long shared string in many cells (the 37 KB workbook that made 125 MB) -------------------


def attack_workbook(path, rows: int, columns: int = 20, text: str | None = None):
    text = text or noise(32_000)
    header = [NAME, PURPOSE] + [f"Extra {c}" for c in range(1, columns + 1)]
    return shared_strings_workbook(
        path, [header] + [[f"Activity {r}", f"Purpose {r}"] + [text] * columns for r in range(1, rows + 1)]
    )


@pytest.mark.sqlite_only  # measures the register file's size
def test_a_long_text_repeated_in_many_cells_is_kept_once_per_activity_and_shortened(demo_register, tmp_path):
    text = noise(32_000)
    book = attack_workbook(tmp_path / "attack.xlsx", rows=20, text=text)
    before_size = demo_register.path.stat().st_size
    before = operations.order(demo_register, kinds.ACTIVITY)
    report = import_workbook(demo_register, book, backup=False)
    added = new_activities(demo_register, before)
    assert len(added) == 20
    notes = added["Activity 7"]["internal_notes"].split("\n")
    assert notes[0].endswith(" … [shortened: the text had 32,000 characters]")
    assert notes[0] == "Extra 1: " + limits.shortened_text(text, limits.MAX_KEPT_CELL, "en")
    assert len(notes[0]) == len("Extra 1: ") + limits.MAX_KEPT_CELL
    assert notes[1:] == [f"Extra {c}: (same text as under Extra 1)" for c in range(2, 21)]
    # 20 activities with 20 copies of 32,000 characters were 12.8 MB; now a few hundred KB at most.
    assert demo_register.path.stat().st_size - before_size < 400_000
    assert report.text("en").count("shortened in the internal notes") == 1
    assert (
        "Column C (“Extra 1”): 20 cell(s) longer than 5,000 characters (the longest 32,000) shortened in "
        "the internal notes; the full text is only in the workbook."
    ) in report.text("en")
    assert "380 cell(s) repeated a text of another column in the same row" in report.text("en")


def test_different_texts_and_a_cell_at_the_limit_are_kept_whole(demo_register, tmp_path):
    at_limit, other = noise(limits.MAX_KEPT_CELL, seed=2), noise(300, seed=3)
    book = foreign_workbook(
        tmp_path / "near.xlsx",
        [[NAME, PURPOSE, "Extra 1", "Extra 2", "Extra 3"], ["Payroll", "Paying staff", at_limit, other, "short"]],
    )
    before = operations.order(demo_register, kinds.ACTIVITY)
    report = import_workbook(demo_register, book)
    notes = new_activities(demo_register, before)["Payroll"]["internal_notes"]
    assert notes == f"Extra 1: {at_limit}\nExtra 2: {other}\nExtra 3: short"
    assert not {"kept_shortened", "kept_once"} & set(codes(report))


def test_the_same_text_in_two_rows_is_kept_in_each_activity(demo_register, tmp_path):
    """Once per activity, not once per import: each activity's notes stand on their own."""
    book = foreign_workbook(
        tmp_path / "rows.xlsx",
        [[NAME, PURPOSE, "Extra 1"], ["Payroll", "Pay", "shared remark"], ["Training", "Train", "shared remark"]],
    )
    before = operations.order(demo_register, kinds.ACTIVITY)
    import_workbook(demo_register, book)
    added = new_activities(demo_register, before)
    assert added["Payroll"]["internal_notes"] == added["Training"]["internal_notes"] == "Extra 1: shared remark"


# --- what one import may bring in ---------------------------------------------------------------


def test_an_import_bringing_in_more_text_than_allowed_is_refused_naming_the_limit(
    demo_register, tmp_path, unchanged, monkeypatch
):
    monkeypatch.setattr(limits, "MAX_IMPORT_TEXT", 50_000)
    rows = [[NAME, PURPOSE, "Public explanation"]] + [
        [f"Activity {r}", f"Purpose {r}", noise(4_000, r)] for r in range(1, 21)
    ]
    book = foreign_workbook(tmp_path / "big.xlsx", rows)
    with pytest.raises(ImportRefused) as refused:
        import_workbook(demo_register, book)
    words = refused.value.words("en")
    assert re.fullmatch(
        r"Sheet “Register”, row 1[0-9]: up to here the workbook already brings in 5\d,\d{3} "
        r"characters of text; an import may add at most 50,000 characters to the register\. .*",
        words,
    ), words
    assert refused.value.message.code == "import_too_large"
    assert "mag ten hoogste 50,000 tekens" in refused.value.words("nl")
    unchanged()
    assert not list(tmp_path.glob("*before-import*"))


def test_an_import_just_under_the_limit_is_imported(demo_register, tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_IMPORT_TEXT", 50_000)
    rows = [[NAME, PURPOSE, "Public explanation"]] + [
        [f"Activity {r}", f"Purpose {r}", noise(4_000, r)] for r in range(1, 11)
    ]
    report = import_workbook(demo_register, foreign_workbook(tmp_path / "fits.xlsx", rows))
    assert report.changes == 10


def test_our_own_workbook_counts_against_the_same_limit(demo_register, tmp_path, monkeypatch):
    book = tmp_path / "ours.xlsx"
    with book.open("wb") as target:
        write_workbook(demo_register, "en", target)
    target = create_register(tmp_path / "new.ropa", "New B.V.")
    try:
        monkeypatch.setattr(limits, "MAX_IMPORT_TEXT", 2_000)
        with pytest.raises(ImportRefused) as refused:
            import_workbook(target, book)
        assert refused.value.message.code == "import_too_large"
        assert "an import may add at most 2,000 characters" in refused.value.words("en")
        monkeypatch.setattr(limits, "MAX_IMPORT_TEXT", 100_000_000)
        assert import_workbook(target, book).changes > 0
    finally:
        target.close()


def test_an_entry_of_our_own_workbook_that_is_too_long_is_refused_before_it_is_joined(
    demo_register, tmp_path, unchanged, monkeypatch
):
    book = tmp_path / "ours.xlsx"
    with book.open("wb") as target:
        write_workbook(demo_register, "en", target)
    monkeypatch.setattr(native, "MAX_ENTRY", 500)
    with pytest.raises(ImportRefused) as refused:
        import_workbook(demo_register, book)
    assert refused.value.message.code == "entry_too_large"
    assert re.search(
        r"row \d+: this item is [\d,]+ characters long; an item may be at most 500 characters long",
        refused.value.words("en"),
    )
    unchanged()
    monkeypatch.setattr(native, "MAX_ENTRY", limits.MAX_ENTRY)
    assert import_workbook(demo_register, book).native  # the near miss: the same workbook, the real limit


# --- names and texts fitted to what the register accepts -------------------------------------------


def words(count: int, seed: int = 1) -> str:
    rnd = random.Random(seed)
    return " ".join(rnd.choice(["payroll", "staff", "of", "the", "municipality", "records"]) for _ in range(count))


def test_a_2000_character_name_is_shortened_at_a_word_and_kept_whole_in_the_notes(demo_register, tmp_path):
    name = words(400)[:2_000].rstrip()
    book = foreign_workbook(tmp_path / "name.xlsx", [[NAME, PURPOSE, "Notes"], [name, "Paying staff", "Checked"]])
    before = operations.order(demo_register, kinds.ACTIVITY)
    report = import_workbook(demo_register, book)  # no RegisterError at flush time
    ((short, snap),) = new_activities(demo_register, before).items()
    assert len(short) <= MAX_NAME_LENGTH and short.endswith("…")
    assert name.startswith(short[:-1]) and name[len(short) - 1] == " "  # cut between two words
    assert snap["internal_notes"] == f"Full name: {name}\nChecked"
    note = next(n for n in report.notes if n.code == "name_shortened")
    assert note.text("en").startswith(
        "Sheet “Register”, row 2: 1 name(s) longer than 300 characters shortened at "
        f"a word (the first: “{short[:80]}”, the longest {len(name):,} characters); "
        "the full name is in the internal notes."
    )
    assert short in report.text("en")  # listed as added under its shortened name


def test_a_catalogue_name_too_long_is_shortened_with_the_full_name_in_its_description(demo_register, tmp_path):
    group = words(100, seed=4)
    book = foreign_workbook(
        tmp_path / "group.xlsx", [[NAME, PURPOSE, "Categories of individuals"], ["Payroll", "Paying staff", group]]
    )
    report = import_workbook(demo_register, book)
    with demo_register.session() as session:
        found = [
            (dict(s.name), dict(s.description))
            for s in session.scalars(select(DataSubjectCategory))
            if s.name.get("en", "").endswith("…")
        ]
    ((name, description),) = found
    assert len(name["en"]) <= MAX_NAME_LENGTH and group.startswith(name["en"][:-1])
    assert description == {"en": f"Full name: {group}"}
    assert "the full name is in the description" in report.text("en")


def test_a_name_at_the_limit_is_kept_as_it_is(demo_register, tmp_path):
    name = ("x" * 99 + " ") * 3
    name = name[:MAX_NAME_LENGTH]
    book = foreign_workbook(tmp_path / "name.xlsx", [[NAME, PURPOSE], [name, "Paying staff"]])
    before = operations.order(demo_register, kinds.ACTIVITY)
    report = import_workbook(demo_register, book)
    ((kept, snap),) = new_activities(demo_register, before).items()
    assert kept == name.strip() and snap["internal_notes"] == ""
    assert "name_shortened" not in codes(report)


def test_a_text_longer_than_the_register_accepts_is_shortened_with_a_marker(demo_register, tmp_path):
    long = noise(25_000)
    book = foreign_workbook(
        tmp_path / "text.xlsx",
        [
            [NAME, PURPOSE, "Public explanation"],
            ["Payroll", "Paying staff", long],
            ["Training", "Training staff", long[:MAX_TEXT_LENGTH]],
        ],
    )
    before = operations.order(demo_register, kinds.ACTIVITY)
    report = import_workbook(demo_register, book)
    added = new_activities(demo_register, before)
    shortened = added["Payroll"]["public_explanation"]["en"]
    assert len(shortened) == MAX_TEXT_LENGTH
    assert shortened.endswith(" … [shortened: the text had 25,000 characters]")
    assert long.startswith(shortened[: MAX_TEXT_LENGTH - 60])
    assert added["Training"]["public_explanation"]["en"] == long[:MAX_TEXT_LENGTH]  # the near miss
    note = next(n for n in report.notes if n.code == "text_shortened")
    assert note.text("en") == (
        f"Sheet “Register”, row 2: 1 text(s) in “public_explanation” longer than "
        f"{MAX_TEXT_LENGTH:,} characters shortened (the longest 25,000); a marker at the end "
        "says how long the text was."
    )


def test_notes_kept_from_many_long_cells_fit_the_register(demo_register, tmp_path):
    """20 different long cells make 100,000 characters of notes: the notes are cut to the
    register's limit with the marker, not refused when written."""
    header = [NAME, PURPOSE] + [f"Extra {c}" for c in range(1, 21)]
    row = ["Payroll", "Paying staff"] + [noise(limits.MAX_KEPT_CELL, seed=c) for c in range(1, 21)]
    before = operations.order(demo_register, kinds.ACTIVITY)
    report = import_workbook(demo_register, foreign_workbook(tmp_path / "many.xlsx", [header, row]))
    notes = new_activities(demo_register, before)["Payroll"]["internal_notes"]
    assert len(notes) == MAX_TEXT_LENGTH and re.search(r"\[shortened: the text had [\d,]+ characters\]$", notes)
    assert "text_shortened" in codes(report)


# --- characters no output can carry ------------------------------------------------------------


def test_characters_no_output_can_carry_are_removed_from_a_sheet(demo_register, tmp_path):
    """XML 1.0 carries C1 controls, noncharacters outside the BMP's end and a CR as &#13;;
    openpyxl hands them over as they are. A tab and a line break are kept."""
    rows = [
        row_xml(1, [NAME, PURPOSE, "Notes"]),
        '<row r="2"><c r="A2" t="inlineStr"><is><t>Pay\u0085roll\ufdd0\U0001fffe</t></is></c>'
        '<c r="B2" t="inlineStr"><is><t>Paying&#13;&#10;staff</t></is></c>'
        '<c r="C2" t="inlineStr"><is><t xml:space="preserve">one\ttwo\nthree\u009f</t></is></c></row>',
    ]
    book = raw_workbook(tmp_path / "odd.xlsx", sheet_xml(rows))
    before = operations.order(demo_register, kinds.ACTIVITY)
    import_workbook(demo_register, book)
    snap = new_activities(demo_register, before)["Payroll"]
    assert snap["name"] == {"en": "Payroll"}
    assert [p["description"]["en"] for p in snap["purposes"]] in (["Paying\nstaff"], ["Paying", "staff"])
    assert snap["internal_notes"] == "one\ttwo\nthree"


def test_u_fffe_cannot_stand_in_a_sheet_and_is_refused_as_damage(demo_register, tmp_path, unchanged):
    """XML 1.0 has no U+FFFE (nor C0 controls): a sheet holding one is no sheet any program wrote."""
    book = raw_workbook(
        tmp_path / "fffe.xlsx", sheet_xml([row_xml(1, [NAME, PURPOSE]), row_xml(2, ["Pay\ufffeRoll", "Paying staff"])])
    )
    with pytest.raises(ImportRefused) as refused:
        import_workbook(demo_register, book)
    assert refused.value.message.code == "corrupt"
    assert refused.value.words("en").startswith("The file fffe.xlsx is damaged and cannot be read (not well-formed")
    unchanged()


def _with_entry_text(book, old: str, new: str):
    """Our workbook with ``old`` replaced by ``new`` inside the data sheet's JSON."""

    def patch(xml: bytes) -> bytes:
        assert old.encode() in xml
        return xml.replace(old.encode(), new.encode(), 1)

    import zipfile

    with zipfile.ZipFile(book) as archive:
        part = next(
            n
            for n in archive.namelist()
            if n.startswith("xl/worksheets/") and b"ropa-desktop-register" in archive.read(n)
        )
    return rewrite(book, {part: patch})


def test_our_own_workbook_entries_are_cleaned_too(demo_register, tmp_path):
    """A data sheet carries texts as JSON, which can spell what XML cannot: a lone surrogate,
    U+FFFE, a control character. They are removed; a tab and a line break are kept."""
    book = tmp_path / "ours.xlsx"
    with book.open("wb") as target:
        write_workbook(demo_register, "en", target)
    name = operations.read(demo_register, kinds.ACTIVITY, operations.order(demo_register, kinds.ACTIVITY)[0])["name"]
    text = json.dumps(next(iter(name.values())), ensure_ascii=False)[1:-1]
    hostile = text[:3] + "\\ud800\\ufffe\\u0001\\u009f" + text[3:]
    _with_entry_text(book, f'"{text}"', f'"{hostile}"')
    _with_entry_text(book, '"internal_notes":""', '"internal_notes":"tab\\there\\r\\nnext\\u0007 line"')
    target = create_register(tmp_path / "new.ropa", "New B.V.")
    try:
        import_workbook(target, book)
        snaps = [operations.read(target, kinds.ACTIVITY, i) for i in operations.order(target, kinds.ACTIVITY)]
    finally:
        target.close()
    assert json.loads(f'"{text}"') in [next(iter(s["name"].values())) for s in snaps]
    assert "tab\there\nnext line" in [s["internal_notes"] for s in snaps]


# --- whatever the texts, an import never fails when it is written -------------------------------------

# Characters the register refuses, and those it keeps (tab, line feed), in every mix and length.
_HOSTILE = st.text(
    alphabet=st.sampled_from(
        [
            "a",
            " ",
            "é",
            "€",
            "\t",
            "\n",
            "\r",
            "\x00",
            "\x07",
            "\x85",
            "\ud800",
            "\udfff",
            "\ufffe",
            "\uffff",
            "\ufdd0",
            "\U0010ffff",
        ]
    ),
    max_size=40,
)
_TEXTS = st.one_of(
    _HOSTILE,
    st.tuples(_HOSTILE.filter(bool), st.sampled_from([10, 300, 1_000, 25_000])).map(
        lambda pair: (pair[0] * pair[1])[: pair[1] * 2]
    ),
)


class _RolledBack(Exception):
    pass


@pytest.fixture(scope="module")
def fuzz_register(tmp_path_factory):
    register = create_register(tmp_path_factory.mktemp("texts") / "texts.ropa", "Texts B.V.", language="en")
    yield register
    register.close()


@given(name=_TEXTS, explanation=_TEXTS, notes=_TEXTS, purpose=_TEXTS, partial=st.booleans())
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_text_an_entry_brings_is_cleaned_and_fitted_so_the_register_takes_it(
    fuzz_register, name, explanation, notes, purpose, partial
):
    data = {
        "name": {"en": "Activity " + name},
        "public_explanation": {"en": explanation, "nl": notes},
        "internal_notes": notes,
        "purposes": [{"description": {"en": purpose}, "legal_basis": "contract"}],
    }
    entry = Entry(
        kinds.ACTIVITY,
        "activity:1",
        portable.checked(kinds.ACTIVITY, data, partial=partial),
        partial=partial,
        origin=("Register", 2),
    )
    limits.Budget("en").take(entry)
    try:
        with fuzz_register.transaction() as session:
            merge(session, [entry])  # flushes: the register's own check (texts.watch) runs here
            activity = session.scalars(select(ProcessingActivity).order_by(ProcessingActivity.id.desc())).first()
            names = list(activity.name.values())
            stored = [
                *names,
                *activity.public_explanation.values(),
                activity.internal_notes,
                *activity.purposes[0].description.values(),
            ]
            raise _RolledBack
    except _RolledBack:
        pass
    assert all(problem(text, name=False) is None for text in stored)
    assert all(len(text) <= MAX_NAME_LENGTH for text in names)
