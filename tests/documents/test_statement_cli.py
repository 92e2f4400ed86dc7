"""`ropa statement`: every format to a file or stdout, and the Art. 13/14 check."""

from __future__ import annotations

import shutil

from ropa_desktop.register import kinds, operations
from ropa_desktop.register.storage import open_register


def test_the_statement_goes_to_a_file_in_every_format(demo_path, tmp_path, ropa):
    for fmt in ("html", "md", "txt", "pdf"):
        target = tmp_path / f"verklaring.{fmt}"
        code, out, err = ropa(
            "statement", str(demo_path), "--lang", "nl", "--format", fmt, "-o", str(target), "--force"
        )
        assert code == 0 and out == "", err
        data = target.read_bytes()
        assert data.startswith(b"%PDF") if fmt == "pdf" else "juli 2018" in data.decode()
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"verklaring.{f}" for f in ("html", "md", "pdf", "txt")]


def test_text_formats_go_to_stdout_in_the_primary_language_by_default(demo_path, ropa):
    code, out, err = ropa("statement", str(demo_path), "--format", "md")
    assert code == 0 and err == ""
    assert out.startswith("# Privacybeleid\n") and "## Uw rechten" in out
    code, out, _ = ropa("statement", str(demo_path), "--lang", "en", "--format", "txt")
    assert out.startswith("PRIVACY POLICY") and "Last modified: July 2018" in out


def test_a_pdf_needs_a_file_and_an_unwritable_target_changes_nothing(demo_path, tmp_path, ropa):
    code, out, err = ropa("statement", str(demo_path), "--format", "pdf")
    assert code == 2 and out == "" and len(err.splitlines()) == 1 and "-o FILE.pdf" in err
    target = tmp_path / "missing-folder" / "x.html"
    code, out, err = ropa("statement", str(demo_path), "-o", str(target), "--force")
    assert code == 2 and len(err.splitlines()) == 1 and "cannot be written" in err
    assert not target.parent.exists()


def test_check_lists_every_item_and_fails_on_the_bolivian_transfers(demo_path, tmp_path, ropa):
    code, out, err = ropa("statement", str(demo_path), "--check", "--lang", "en")
    assert code == 1
    lines = out.splitlines()
    assert len(lines) == 14
    missing = [line for line in lines if line.startswith("missing")]
    assert missing == [next(line for line in lines if "Art. 13(1)(f)" in line)]
    assert "(Bolivia)" in missing[0]
    assert any(line.startswith("not applicable") and "Art. 13(1)(b)" in line for line in lines)

    fixed = tmp_path / "fixed.ropa"
    shutil.copy(demo_path, fixed)
    with open_register(fixed) as register:
        with register.session() as session:
            from ropa_desktop.register import rows

            bolivian = [row.id for row in rows.rows(session, kinds.TRANSFER) if row.values["country_code"] == "BO"]
        for transfer_id in bolivian:
            snap = operations.read(register, kinds.TRANSFER, transfer_id)
            snap["tool"] = "standard_contractual_clauses"
            operations.save(register, kinds.TRANSFER, transfer_id, snap)
    code, out, _ = ropa("statement", str(fixed), "--check")
    assert code == 0 and "ontbreekt" not in out
    # Dutch lines cite the Dutch way (glossary), the English ones above the declared way.
    assert "art. 13 lid 1 onder f " in out and "Art. 13(1)(f)" not in out
    code, out, _ = ropa("statement", str(fixed), "--format", "txt")
    assert "Bolivia: de doorgifte is beschermd door" in out
