"""How long the privacy statement takes: build plus HTML, and build plus PDF, for 100, 2,000
and 10,000 activities (all shown in the statement), against the floor of issue 19.

The floor (pdf_floor.py) is ReportLab drawing the text of the PDF just produced, line by line on
a canvas; it is measured in the same run, so the ratio means the same on a busy machine. Goal:
PDF (build+render) / floor <= 2, and growth from 2,000 to 10,000 activities <= 5.5x.

    .venv/bin/python benchmarks/statement.py [sizes...]
"""

from __future__ import annotations

import io
import sys

from common import SIZES, median_seconds, synthetic_register
from pdf_floor import floor_seconds
from pypdf import PdfReader

from ropa_desktop.documents.statement import build_statement, render
from ropa_desktop.register.storage import open_register


def measure(size: int) -> tuple[float, float, float, int]:
    """(HTML seconds, PDF seconds, floor seconds, PDF pages) for a register of ``size`` activities."""
    repeat = 3 if size <= 2_000 else 1
    with open_register(synthetic_register(size)) as register:
        html = median_seconds(lambda: render(build_statement(register, "nl"), "html"), repeat)
        pdf = median_seconds(lambda: render(build_statement(register, "nl"), "pdf"), repeat)
        data = render(build_statement(register, "nl"), "pdf")
    floor = floor_seconds(data, repeat)
    return html, pdf, floor, len(PdfReader(io.BytesIO(data)).pages)


if __name__ == "__main__":
    sizes = [int(size) for size in sys.argv[1:]] or list(SIZES)
    print(
        f"{'activities':>10} {'HTML (build+render)':>20} {'PDF (build+render)':>20} {'floor':>9}"
        f" {'PDF/floor':>10} {'PDF pages':>10}"
    )
    pdf_seconds: dict[int, float] = {}
    for size in sizes:
        html, pdf, floor, pages = measure(size)
        pdf_seconds[size] = pdf
        print(f"{size:>10} {html:>18.2f} s {pdf:>18.2f} s {floor:>7.2f} s {pdf / floor:>9.2f}x {pages:>10}", flush=True)
    if 2_000 in pdf_seconds and 10_000 in pdf_seconds:
        print(f"growth 2,000 -> 10,000 activities: PDF {pdf_seconds[10_000] / pdf_seconds[2_000]:.2f}x (goal <= 5.5x)")
