"""Importing workbooks: our own export (exact) and a flat sheet of the officer's own.

For each size: the register exported as our workbook, then imported into a new register;
and the same activities as a foreign flat sheet (one row each, Dutch headers), imported by
header. Median of three imports, each into a fresh register. The target: a 2,000-activity
workbook imports in under 10 s.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path
from statistics import median

from openpyxl import Workbook

sys.path.insert(0, str(Path(__file__).parent))
from common import SIZES, synthetic_register  # noqa: E402

from ropa_desktop.documents.importing.service import import_workbook  # noqa: E402
from ropa_desktop.documents.workbook import write_workbook  # noqa: E402
from ropa_desktop.register.storage import create_register, open_register  # noqa: E402
from ropa_desktop.register.views import RegisterView  # noqa: E402

HEADERS = ["Naam verwerking", "Doel van de verwerking", "Grondslag", "Categorieën betrokkenen",
           "Categorieën persoonsgegevens", "Ontvangers", "Doorgifte naar derde landen", "Bewaartermijn",
           "Beveiligingsmaatregelen", "Afdeling"]


def foreign_sheet(register, path: Path) -> None:
    """The register's activities as an officer's flat spreadsheet."""
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Register")
    sheet.append(["Verwerkingsregister Gemeente Voorbeeld"])
    sheet.append([])
    sheet.append(HEADERS)
    with register.session() as session:
        view = RegisterView(session)
        for a in view.activities:
            sheet.append([
                a.name["nl"],
                "\n".join(p.description.get("nl", "") for p in a.purposes),
                "\n".join({"contract": "uitvoering overeenkomst", "consent": "toestemming",
                           "legal_obligation": "wettelijke verplichting"}.get(p.legal_basis, "gerechtvaardigd belang")
                          for p in a.purposes),
                "; ".join(d.name["nl"] for d in a.data_subject_categories),
                "\n".join(f"• {link.data_category.name['nl']}" for link in a.data_category_links),
                "; ".join(r.name["nl"] for r in a.recipients),
                ", ".join(t.country_code for t in a.transfers),
                "7 jaar na einde overeenkomst",
                "; ".join(m.name["nl"] for m in a.security_measures),
                a.department,
            ])
    book.save(path)


def timed_import(path: Path, folder: Path, runs: int = 3) -> tuple[float, int]:
    times, changes = [], 0
    for run in range(runs):
        target = folder / f"{path.stem}-{run}.ropa"
        register = create_register(target, "Import benchmark", language="nl")
        start = time.perf_counter()
        report = import_workbook(register, path)
        times.append(time.perf_counter() - start)
        changes = report.changes
        register.close()
    return median(times), changes


def main() -> None:
    print("activities | our workbook: size, import (median) | flat sheet: size, import (median)")
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        for size in SIZES:
            source = open_register(synthetic_register(size))
            ours, flat = folder / f"ours-{size}.xlsx", folder / f"flat-{size}.xlsx"
            with ours.open("wb") as target:
                write_workbook(source, "nl", target)
            foreign_sheet(source, flat)
            source.close()
            runs = 1 if size > 5000 else 3
            ours_time, ours_changes = timed_import(ours, folder, runs)
            flat_time, flat_changes = timed_import(flat, folder, runs)
            print(f"{size:>10} | {ours.stat().st_size / 1e6:5.1f} MB, {ours_time:6.2f} s ({ours_changes} items) "
                  f"| {flat.stat().st_size / 1e6:5.1f} MB, {flat_time:6.2f} s ({flat_changes} items)")


if __name__ == "__main__":
    main()
