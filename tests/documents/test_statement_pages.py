"""The statement cut into pages for the window's preview: read in order, the pages say what the
exported statement says, and no page grows with the number of activities."""

from __future__ import annotations

import re

import pytest

from ropa_desktop.documents.statement import build_statement, render
from ropa_desktop.documents.statement.pages import render_pages, statement_pages
from ropa_desktop.register import kinds, operations


def _words(html: str) -> list[str]:
    return re.sub(r"<[^>]+>", " ", html).split()


def _exported_body(statement) -> str:
    """The statement's text and its footer (a landmark of its own, after <main>)."""
    html = render(statement, "html").decode("utf-8")
    body = html[html.index("<main>") + len("<main>") : html.index("</body>")]
    return body.replace("</main>", "").replace("<footer><div>", "<footer>").replace("</div></footer>", "</footer>")


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_pages_in_order_are_the_exported_statement(demo_register, language):
    statement = build_statement(demo_register, language)
    pages = render_pages(statement_pages(statement))
    assert _words("".join(pages)) == _words(_exported_body(statement))
    # The same markup, not only the same words: each page is a piece of the export.
    body = _exported_body(statement)
    assert all(
        re.sub(r"\s+", "", page.split("</h1>")[-1].split("<footer>")[0]).replace("</section>", "")
        in re.sub(r"\s+", "", body).replace("</section>", "")
        for page in pages
    )


def test_each_activity_is_a_page_of_its_own_under_what_we_do(demo_register):
    statement = build_statement(demo_register, "en")
    pages = statement_pages(statement)
    processing = next(n for n, page in enumerate(pages) if page.anchor == "processing")
    activities = [page for page in pages if page.parent == processing]
    shown = [s.heading for s in statement.sections[1].sections]
    assert [page.heading for page in activities] == shown and len(shown) > 3
    assert all(page.anchor.startswith("activity-") and page.level == 3 for page in activities)
    assert pages[processing].section.sections == []  # the activities are not on the processing page too
    # The other sections keep their subsections: the right to object stays on the rights page.
    rights = next(page for page in pages if page.anchor == "rights")
    assert rights.parent is None and [s.anchor for s in rights.section.sections] == ["objection"]
    assert [page.parent for page in pages if page.parent is None and page.anchor != "processing"]


def test_the_title_opens_the_first_page_and_the_footer_closes_the_last(demo_register):
    statement = build_statement(demo_register, "nl")
    pages = statement_pages(statement)
    html = render_pages(pages)
    assert html[0].startswith(f"<h1>{statement.title}</h1>") and html[1].count("<h1>") == 0
    assert "<footer>" in html[-1] and all("<footer>" not in page for page in html[:-1])


def test_a_page_does_not_grow_with_the_register(demo_register):
    before = render_pages(statement_pages(build_statement(demo_register, "en")))
    source = operations.order(demo_register, kinds.ACTIVITY)[0]
    for n in range(5):
        operations.duplicate(demo_register, source, {"nl": f"Kopie {n}", "en": f"Copy {n}"})
    after = render_pages(statement_pages(build_statement(demo_register, "en")))
    assert len(after) == len(before) + 5
    assert max(len(page) for page in after) == max(len(page) for page in before)


def test_progress_is_told_and_can_stop_the_work(demo_register):
    pages = statement_pages(build_statement(demo_register, "en"))
    told = []
    render_pages(pages, lambda done, total: told.append((done, total)))
    assert told[0] == (0, len(pages)) and told[-1] == (len(pages) - 1, len(pages))

    class Stop(Exception):
        pass

    def stop(done, total):
        if done:
            raise Stop()

    with pytest.raises(Stop):
        render_pages(pages, stop)
