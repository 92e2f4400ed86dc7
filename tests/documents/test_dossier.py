"""The PDF dossier for a regulator: every activity and field, readable names, a sound file."""

from __future__ import annotations

import io
import shutil
import subprocess

import pytest
from pypdf import PdfReader

from ropa_desktop.documents.dossier import write_dossier
from ropa_desktop.documents.exports import export_register
from ropa_desktop.documents.record.columns import ACTIVITY, INTERNAL
from ropa_desktop.documents.record.labels import Labels
from ropa_desktop.register import kinds, operations, snapshots
from ropa_desktop.register.storage import create_register, open_register


class Cancelled(Exception):
    pass


def _squash(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def dossier(demo_path):
    with open_register(demo_path) as register:
        buffer = io.BytesIO()
        progress = []
        write_dossier(register, "nl", buffer, progress=lambda done, total: progress.append((done, total)))
    return buffer.getvalue(), progress


def test_the_dossier_holds_every_activity_and_every_field_label(dossier):
    data, _ = dossier
    reader = PdfReader(io.BytesIO(data))
    text = _squash(" ".join(page.extract_text() for page in reader.pages))
    for name in (
        "Onze dienstverlening",
        "Wettelijke plichten",
        "Activiteiten als (sub)verwerker",
        "Kwaliteitsdoeleinden",
        "Business to business contact",
        "Administratie",
        "Sollicitaties",
    ):
        assert name in text
    labels = Labels("nl")
    for column in ACTIVITY:
        if column.key not in ("number", "activity_reference", "name", *INTERNAL):  # the heading's
            assert _squash(labels.column(column.key)) in text, column.key
    for heading in (
        "Inhoud",
        "Register van de verwerkingsverantwoordelijke (art. 30 lid 1 AVG)",
        "Register van de verwerker (art. 30 lid 2 AVG)",
        "Bijlagen",
        "VERTROUWELIJK",
    ):
        assert heading in text
    # The contents list the activities with page numbers, and the footer says which page of how many.
    contents = reader.pages[1].extract_text()
    assert "1. Onze dienstverlening" in contents and "Sollicitaties" in contents
    assert f"pagina 3 / {len(reader.pages)}" in _squash(reader.pages[2].extract_text())
    assert "Connaxis B.V." in reader.pages[2].extract_text()
    assert "Overheidsinstantie of -orgaan (art. 37 lid 1 onder a AVG) nee" in _squash(reader.pages[2].extract_text())


def test_the_dossier_is_a_sound_pdf_with_outline_metadata_and_embedded_font(dossier, tmp_path):
    data, progress = dossier
    reader = PdfReader(io.BytesIO(data))
    assert reader.metadata.title == "Verwerkingsregister – Connaxis B.V."
    assert reader.metadata.author == "Connaxis B.V."
    top = [entry.title for entry in reader.outline if not isinstance(entry, list)]
    assert top == [
        "Organisatie",
        "Register van de verwerkingsverantwoordelijke (art. 30 lid 1 AVG)",
        "Register van de verwerker (art. 30 lid 2 AVG)",
        "Bijlagen",
    ]
    fonts = {str(font["/BaseFont"]) for page in reader.pages for font in page["/Resources"]["/Font"].values()}
    assert fonts and all("DejaVuSans" in name for name in fonts)
    # Progress moved steadily to the end.
    assert progress[-1][0] == progress[-1][1] and len(progress) > 7
    assert [done for done, _ in progress] == sorted(done for done, _ in progress)
    if shutil.which("qpdf"):
        path = tmp_path / "dossier.pdf"
        path.write_bytes(data)
        result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
        assert result.returncode == 0 and "No syntax or stream encoding errors" in result.stdout


def test_polish_spanish_and_dutch_names_print(tmp_path):
    names = ["Łódź, Żółć & Gęś sp. z o.o.", "Niño Peña Muñoz S.L.", "Ĳsselmeer coöperatie ë ï"]
    with create_register(tmp_path / "x.ropa", names[0], language="en") as register:
        for name in names[1:]:
            activity = snapshots.blank(kinds.ACTIVITY)
            activity["name"] = {"en": name}
            operations.save(register, kinds.ACTIVITY, None, activity)
        buffer = io.BytesIO()
        write_dossier(register, "en", buffer)
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(buffer.getvalue())).pages)
    for name in names:
        assert name in text


def test_a_cancelled_export_leaves_no_file_and_an_existing_file_untouched(demo_path, tmp_path):
    def cancel(done, total):
        if done >= 3:
            raise Cancelled()

    with open_register(demo_path) as register:
        for fmt in ("pdf", "xlsx"):
            new = tmp_path / f"new.{fmt}"
            with pytest.raises(Cancelled):
                export_register(register, fmt, "nl", new, progress=cancel)
            assert not new.exists()
            old = tmp_path / f"old.{fmt}"
            old.write_bytes(b"the previous export")
            with pytest.raises(Cancelled):
                export_register(register, fmt, "nl", old, progress=cancel)
            assert old.read_bytes() == b"the previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.pdf", "old.xlsx"]


def test_export_from_the_command_line(demo_path, tmp_path, ropa):
    for fmt in ("xlsx", "pdf"):
        target = tmp_path / f"register.{fmt}"
        code, out, err = ropa("export", str(demo_path), "--format", fmt, "-o", str(target))
        assert code == 0 and out == "" and "Wrote the nl register" in err
        assert target.read_bytes()[:4] in (b"PK\x03\x04", b"%PDF")
    code, _, err = ropa("export", str(demo_path), "--format", "xlsx")
    assert code == 2 and len(err.splitlines()) == 1 and "-o" in err
    code, _, err = ropa(
        "export", str(demo_path), "--format", "pdf", "--lang", "en", "-o", str(tmp_path / "no-folder" / "x.pdf")
    )
    assert code == 2 and "cannot be written" in err and len(err.splitlines()) == 1


# --- what the dossier for the supervisory authority says (issue 13, points 21 and 22) ---------

NOTE = "De verklaring noemt ook kantoren in de Verenigde Staten"  # an internal note of the demo
DESCRIPTION = "Verwerking in opdracht en naam van opdrachtgevers"  # the processor activity's internal description


def _pdf_text(path) -> str:
    return _squash(" ".join(page.extract_text() for page in PdfReader(path).pages))


def _processor_record(text: str) -> str:
    """The processor's record as printed (after its heading's last mention, the contents' being the first)."""
    start = text.rindex("Register van de verwerker (art. 30 lid 2 AVG)")
    return text[start : text.index("Bijlagen", start)]


def test_the_processors_record_cites_article_30_2_not_30_1(dossier):
    data, _ = dossier
    processor = _processor_record(_squash(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)))
    assert "Activiteiten als (sub)verwerker" in processor
    for label in (
        "(art. 30 lid 2 onder a)",
        "(art. 30 lid 2 onder b)",
        "Doorgifte buiten de EER en waarborgen (art. 30 lid 2 onder c)",
        "Beveiligingsmaatregelen (art. 30 lid 2 onder d)",
    ):
        assert label in processor, label
    assert "lid 1 onder" not in processor


def test_the_controllers_record_still_cites_article_30_1(dossier):
    data, _ = dossier
    text = _squash(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages))
    controller = text[text.rindex("Register van de verwerkingsverantwoordelijke (art. 30 lid 1 AVG)") :]
    controller = controller[: controller.index("Register van de verwerker (art. 30 lid 2 AVG)")]
    assert "Ontvangers (art. 30 lid 1 onder d)" in controller and "lid 2 onder c" not in controller


def test_yes_and_no_are_words_never_python_values(dossier):
    data, _ = dossier
    text = _squash(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages))
    assert "In privacyverklaring ja" in text
    assert "True" not in text and "False" not in text and "None" not in text


def test_internal_notes_stay_out_of_the_dossier_unless_asked(demo_path, tmp_path):
    with open_register(demo_path) as register:
        export_register(register, "pdf", "nl", tmp_path / "plain.pdf")
        export_register(register, "pdf", "nl", tmp_path / "with.pdf", internal_notes=True)
    plain, with_notes = _pdf_text(tmp_path / "plain.pdf"), _pdf_text(tmp_path / "with.pdf")
    for text in (NOTE, DESCRIPTION, "Interne notities", "Interne beschrijving"):
        assert text not in plain, text
        assert text in with_notes, text
    # Left out, the processor's categories of processing still come from its public explanation.
    assert "Categorieën verwerkingen (art. 30 lid 2 onder b)" in _processor_record(plain)


def test_the_command_line_asks_for_internal_notes_in_the_dossier(demo_path, tmp_path, ropa):
    for flag, name in (("--internal-notes", "with.pdf"), ("--no-internal-notes", "without.pdf")):
        code, _, _ = ropa("export", str(demo_path), "--format", "pdf", flag, "-o", str(tmp_path / name))
        assert code == 0
    assert NOTE in _pdf_text(tmp_path / "with.pdf") and NOTE not in _pdf_text(tmp_path / "without.pdf")
