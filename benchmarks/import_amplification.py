"""A small workbook that says a lot: one shared string standing in thousands of cells.

    .venv/bin/python benchmarks/import_amplification.py [--normal]

1. The workbook of issue 12: one 32,000-character shared string in 20 unmapped columns of
   200 rows (37 KB). Before the import kept each text once per activity and shortened long
   cells, it grew the demo register from 228 KB to 125 MB.
2. The same string in mapped text columns of 50,000 rows: refused, naming the limit.
3. With --normal: a synthetic register of 10,000 activities with full texts, exported as our
   own workbook and as a flat sheet, imports whole (the limits are far above it).
"""

from __future__ import annotations

import base64
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parent.parent / "tests" / "documents" / "importing"))
from workbooks import shared_strings_workbook  # noqa: E402

from ropa_desktop.documents.importing.problems import ImportRefused  # noqa: E402
from ropa_desktop.documents.importing.service import import_workbook  # noqa: E402
from ropa_desktop.register.demo import create_demo_register  # noqa: E402
from ropa_desktop.register.storage import open_register  # noqa: E402

HEADER = ["Name of processing activity", "Purpose of processing"]


def shared_text() -> str:
    """32,000 characters that do not compress: the workbook stays small only by sharing."""
    return base64.b64encode(random.Random(1).randbytes(24_000)).decode()


def measured(folder: Path, book: Path) -> None:
    register_path = folder / f"{book.stem}.ropa"
    create_demo_register(register_path).close()
    before = register_path.stat().st_size
    register = open_register(register_path)
    start = time.perf_counter()
    try:
        report = import_workbook(register, book, backup=False)
        outcome = f"imported, {report.changes:,} changes, {len(report.notes)} notes"
    except ImportRefused as refused:
        outcome = f"refused: {refused.words('en')}"
    finally:
        register.close()
    print(
        f"{book.name}: workbook {book.stat().st_size:,} bytes; register {before:,} -> "
        f"{register_path.stat().st_size:,} bytes in {time.perf_counter() - start:.1f} s; {outcome}"
    )


def main() -> None:
    text = shared_text()
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        unmapped = shared_strings_workbook(
            folder / "unmapped.xlsx",
            [HEADER + [f"Extra {c}" for c in range(1, 21)]]
            + [[f"Activity {r}", f"Purpose {r}"] + [text] * 20 for r in range(1, 201)],
        )
        measured(folder, unmapped)
        mapped = shared_strings_workbook(
            folder / "mapped.xlsx",
            [HEADER + ["Public explanation", "Notes"]]
            + [[f"Activity {r}", f"Purpose {r}", text, text] for r in range(1, 50_001)],
        )
        measured(folder, mapped)
        if "--normal" in sys.argv:
            normal(folder)


def normal(folder: Path) -> None:
    import shutil

    from common import synthetic_register
    from register_import import foreign_sheet
    from sqlalchemy import update

    from ropa_desktop.documents.importing import limits
    from ropa_desktop.documents.importing.service import read_workbook
    from ropa_desktop.documents.workbook import write_workbook
    from ropa_desktop.register.models import ProcessingActivity
    from ropa_desktop.register.storage import create_register

    path = folder / "normal-10000.ropa"
    shutil.copyfile(synthetic_register(10_000), path)
    source = open_register(path)
    explanation = "We gebruiken uw gegevens om de dienst te leveren en de wet na te leven. " * 8
    notes = "Afgesproken met de afdeling; zie het dossier en de verwerkersovereenkomst van 2023. " * 12
    with source.transaction() as session:
        session.execute(
            update(ProcessingActivity).values(
                public_explanation={"nl": explanation, "en": explanation},
                internal_notes=notes,
                internal_description=explanation,
            )
        )
    ours, flat = folder / "ours-10000.xlsx", folder / "flat-10000.xlsx"
    with ours.open("wb") as target:
        write_workbook(source, "nl", target)
    foreign_sheet(source, flat)
    source.close()
    for book in (ours, flat):
        _report, entries = read_workbook(book, None, True, None, "nl")
        counted = limits.Budget("nl")
        for entry in entries:
            counted.take(entry)  # what the import counts against limits.MAX_IMPORT_TEXT
        print(f"{book.name}: {counted.used:,} characters of text; the limit is {limits.MAX_IMPORT_TEXT:,}")
        target = folder / f"into-{book.stem}.ropa"
        register = create_register(target, "Import test", language="nl")
        before = target.stat().st_size
        start = time.perf_counter()
        report = import_workbook(register, book)
        register.close()
        print(
            f"{book.name}: workbook {book.stat().st_size:,} bytes; register {before:,} -> "
            f"{target.stat().st_size:,} bytes in {time.perf_counter() - start:.1f} s; {report.changes:,} changes"
        )


if __name__ == "__main__":
    main()
