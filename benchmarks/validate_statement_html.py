"""Issue 20: the privacy statement's HTML passes the W3C Nu validator and axe-core (WCAG 2.1 A
and AA at 1280 and 390 CSS pixels wide, and reflow at 320: no horizontal scrolling) with no error.

Checked: the demo register's statement in Dutch and in English, the statement of a synthetic
register of 100 activities, the demo's Dutch statement with an activity named by one long Dutch
compound word (as registers name them: nothing may then need scrolling), and (Nu only) each page of the window's preview of the demo's
statement. The preview shows a page in Qt's text browser, not in a web browser, so axe and
reflow would say nothing about it; each page is wrapped in a minimal document for the validator
(PAGE_LINES lines before the page's own first line).

    apt-get install chromium && npm ci --prefix benchmarks/html_checks     (once)
    .venv/bin/python benchmarks/validate_statement_html.py [--keep FOLDER]

Prints errors and violations per file and check, then each of them; exits 1 on any.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from html import escape
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from html_checks.validators import all_findings, details, missing, nu_errors, table  # noqa: E402

from ropa_desktop.documents.statement import build_statement, render  # noqa: E402
from ropa_desktop.documents.statement.pages import render_pages, statement_pages  # noqa: E402
from ropa_desktop.register import kinds, operations  # noqa: E402
from ropa_desktop.register.storage import open_register  # noqa: E402

LANGUAGES = ("nl", "en")
SYNTHETIC_ACTIVITIES = 100
# 47 letters, one word: about 540 CSS pixels in the statement's activity heading.
LONG_WORD = "Arbeidsongeschiktheidsverzekeringsadministratie"
# An explanation the register holds in Dutch only (marked as Dutch in the English statement).
DUTCH_ONLY = "Wij bewaren uw aangifte zoals de Belastingdienst het voorschrijft."

# The document around a preview page; the page starts on line PAGE_LINES + 1.
PAGE_DOCUMENT = """<!DOCTYPE html>
<html lang="{language}">
<head><meta charset="utf-8"><title>{title}</title></head>
<body>
{page}</body>
</html>
"""
PAGE_LINES = 4


def write_statement(register_path: Path, language: str, target: Path) -> Path:
    """The statement of the register at ``register_path``, exported in HTML to ``target``."""
    with open_register(register_path) as register:
        target.write_bytes(render(build_statement(register, language), "html"))
    return target


def with_long_word(register_path: Path, target: Path) -> Path:
    """A copy of the register at ``target`` whose first activity is named LONG_WORD (in Dutch)."""
    shutil.copyfile(register_path, target)
    with open_register(target) as register:
        first = operations.order(register, kinds.ACTIVITY)[0]
        activity = operations.read(register, kinds.ACTIVITY, first)
        activity["name"] = {**activity["name"], "nl": LONG_WORD}
        operations.save(register, kinds.ACTIVITY, first, activity)
    return target


def with_dutch_only_text(register_path: Path, target: Path) -> Path:
    """A copy of the register at ``target`` whose first activity's explanation exists only in
    Dutch: the English statement says so and marks the phrase as Dutch (<span lang="nl">)."""
    shutil.copyfile(register_path, target)
    with open_register(target) as register:
        first = operations.order(register, kinds.ACTIVITY)[0]
        activity = operations.read(register, kinds.ACTIVITY, first)
        activity["public_explanation"] = {"nl": DUTCH_ONLY, "en": ""}
        operations.save(register, kinds.ACTIVITY, first, activity)
    return target


def write_pages(register_path: Path, language: str, folder: Path) -> list[Path]:
    """Each page of the preview of the register's statement, as a document of its own in ``folder``."""
    with open_register(register_path) as register:
        statement = build_statement(register, language)
    pages = statement_pages(statement)
    files = []
    for number, (page, html) in enumerate(zip(pages, render_pages(pages), strict=True), start=1):
        file = folder / f"page-{language}-{number:03}-{page.anchor or 'untitled'}.html"
        file.write_text(
            PAGE_DOCUMENT.format(language=language, title=escape(page.heading or statement.title), page=html),
            encoding="utf-8",
        )
        files.append(file)
    return files


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--keep", type=Path, help="write the HTML files here and keep them (default: a temporary folder)"
    )
    args = parser.parse_args()
    reason = missing()
    if reason is not None:
        # As server_open.py without PostgreSQL: run_all.py goes on to the next benchmark.
        print(f"skipped: {reason}")
        return 0
    from common import synthetic_register

    from ropa_desktop.register.demo import create_demo_register

    with tempfile.TemporaryDirectory(prefix="statement-html-") as temporary:
        folder = args.keep or Path(temporary)
        folder.mkdir(parents=True, exist_ok=True)
        demo = folder / "demo.ropa"
        for register in (demo, folder / "long-word.ropa", folder / "dutch-only.ropa"):
            register.unlink(missing_ok=True)
        create_demo_register(demo).close()
        synthetic = synthetic_register(SYNTHETIC_ACTIVITIES)
        statements = [write_statement(demo, language, folder / f"demo-{language}.html") for language in LANGUAGES]
        statements.append(write_statement(synthetic, "nl", folder / f"synthetic-{SYNTHETIC_ACTIVITIES}-nl.html"))
        long_word = with_long_word(demo, folder / "long-word.ropa")
        statements.append(write_statement(long_word, "nl", folder / "demo-long-word-nl.html"))
        dutch_only = with_dutch_only_text(demo, folder / "dutch-only.ropa")
        statements.append(write_statement(dutch_only, "en", folder / "demo-dutch-only-en.html"))
        pages = [file for language in LANGUAGES for file in write_pages(demo, language, folder)]

        findings = all_findings(statements)
        page_findings = nu_errors(pages)
        print(table(statements, findings))
        print(f"\npreview pages of the demo (Nu only): {len(pages)} pages, {len(page_findings)} errors")
        if findings or page_findings:
            print("\n" + details(findings + page_findings))
        if args.keep:
            print(f"\nfiles kept in {folder}")
    return 1 if findings or page_findings else 0


if __name__ == "__main__":
    sys.exit(main())
