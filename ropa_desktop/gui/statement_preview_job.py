"""The job behind the statement preview (no Qt; it runs on a job's thread, gui/jobs.py): the
statement cut into pages, in HTML, and the Art. 13/14 check.

What it does is build_statement and check_statement (documents/statement), step by step, for
two reasons that only matter while a window waits on the same Python lock:
- Freeing what the statement of 10,000 activities was made from (half a million small objects)
  happens in one go when the last reference goes, holding the lock for a quarter of a second;
  here it is let go a slice at a time (``let_go``), so the window gets the lock in between.
- The cycle collector waits meanwhile, as during an import: the GUI thread does the collecting
  (collector.py), and stood still up to half a second at a time walking the objects the job
  keeps alive while it works.
"""

from __future__ import annotations

from collections.abc import Callable

from ..checks.statement_completeness import Requirement, statement_requirements
from ..documents.collector import SLICE, collector_paused, let_go  # noqa: F401 - SLICE, let_go: tests read them here
from ..documents.statement.builder import StatementBuilder
from ..documents.statement.completeness import rights_in_catalogue
from ..documents.statement.pages import render_pages, statement_pages
from ..register.storage import Register
from ..register.views import RegisterView
from .statement_preview import PreviewPages


def make_preview(
    register: Register, language: str, report: Callable[[int, int], None]
) -> tuple[PreviewPages, list[Requirement]]:
    """``report`` moves the progress bar and stops the work once cancelled (gui/jobs.py)."""
    with collector_paused():
        with register.session() as session:
            report(0, 0)
            organisation = register.organisation(session)
            builder = StatementBuilder(session, organisation, language)
            statement = builder.build()
            let_go(builder.activities)
            report(0, 0)
            view = RegisterView(session, in_statement_only=True)
            requirements = statement_requirements(view, organisation, language, rights_in_catalogue())
            view.used_by.clear()
            let_go(view.activities)
        pages = statement_pages(statement)
        del statement  # the pages hold its sections now
        html = render_pages(pages, report)
        report(len(pages), len(pages))
        preview = PreviewPages(
            language, [p.heading for p in pages], [p.parent for p in pages], [p.anchor for p in pages], html
        )
        let_go(pages)
    return preview, requirements
