"""How long the privacy statement takes: build plus HTML, and build plus PDF, for 100, 2,000
and 10,000 activities (all shown in the statement).

    .venv/bin/python benchmarks/statement.py
"""

from __future__ import annotations

from common import SIZES, median_seconds, synthetic_register

from ropa_desktop.documents.statement import build_statement, render
from ropa_desktop.register.storage import open_register

if __name__ == "__main__":
    print(f"{'activities':>10} {'HTML (build+render)':>20} {'PDF (build+render)':>20} {'PDF pages':>10}")
    for size in SIZES:
        with open_register(synthetic_register(size)) as register:
            html = median_seconds(lambda: render(build_statement(register, "nl"), "html"), 3)
            repeat = 3 if size <= 2_000 else 1
            pdf = median_seconds(lambda: render(build_statement(register, "nl"), "pdf"), repeat)
            data = render(build_statement(register, "nl"), "pdf")
        pages = data.count(b"/Type /Page\n") or data.count(b"/Type /Page")
        print(f"{size:>10} {html:>18.2f} s {pdf:>18.2f} s {pages:>10}")
