"""What every round starts from, made once per run (the schema may change between runs):
a register with content, a larger one to export, a workbook of new activities, and old
exports to be overwritten."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from synthetic import make_register

from .spawn import ropa

# The register every import and window round starts from: content, so an import makes a copy first.
BASE_ACTIVITIES = 40
# Big enough that an import takes about a second, so many kills land inside it.
IMPORTED_ACTIVITIES = 300
# Big enough that an export takes a few seconds.
EXPORTED_ACTIVITIES = 150
HEADERS = [
    "Naam verwerking",
    "Doel van de verwerking",
    "Grondslag",
    "Categorieën betrokkenen",
    "Categorieën persoonsgegevens",
    "Ontvangers",
    "Bewaartermijn",
    "Afdeling",
]
REGISTER_NAME = "register.ropa"


@dataclass(frozen=True)
class Fixtures:
    base: Path  # BASE_ACTIVITIES activities
    exported: Path  # EXPORTED_ACTIVITIES activities
    workbook: Path  # IMPORTED_ACTIVITIES new activities, "Stress import N"
    old_exports: dict[str, Path]  # format -> an earlier, valid export of another register
    base_activities: int = BASE_ACTIVITIES
    imported: int = IMPORTED_ACTIVITIES


def stress_workbook(path: Path, rows: int) -> Path:
    """An officer's own flat sheet: one new activity per row, Dutch headers."""
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Register")
    sheet.append(HEADERS)
    for n in range(rows):
        sheet.append(
            [
                f"Stress import {n}",
                f"Doel van verwerking {n}",
                "toestemming",
                f"Klanten {n % 7}",
                f"Naam; Adres {n % 5}",
                f"Ontvanger {n % 9}",
                "7 jaar na einde overeenkomst",
                f"Afdeling {n % 4}",
            ]
        )
    book.save(path)
    return path


def make_fixtures(folder: Path, env: dict) -> Fixtures:
    folder.mkdir(parents=True, exist_ok=True)
    base, exported = folder / "base.ropa", folder / "exported.ropa"
    make_register(base, BASE_ACTIVITIES, seed=12).close()
    make_register(exported, EXPORTED_ACTIVITIES, seed=13).close()
    workbook = stress_workbook(folder / "stress-import.xlsx", IMPORTED_ACTIVITIES)
    old = {}
    for fmt in ("xlsx", "pdf"):
        # Exported from a copy: the base register itself must stay exactly as made.
        scratch = folder / "old-export-source"
        shutil.rmtree(scratch, ignore_errors=True)
        scratch.mkdir()
        shutil.copyfile(base, scratch / REGISTER_NAME)
        old[fmt] = folder / f"old.{fmt}"
        subprocess.run(
            ropa("export", str(scratch / REGISTER_NAME), "--format", fmt, "-o", str(old[fmt])),
            env=env,
            check=True,
            capture_output=True,
            timeout=300,
        )
        shutil.rmtree(scratch)
    return Fixtures(base, exported, workbook, old)
