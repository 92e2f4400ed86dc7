"""The editors' lists name a legal basis or transfer tool with its article, cited in the
interface language's style (glossary): "Toestemming (art. 6 lid 1 onder a)"."""

from __future__ import annotations

from ropa_desktop.gui import language
from ropa_desktop.gui.forms.options import term_options


def test_the_dutch_choices_cite_the_dutch_way(qapp, english):
    language.install(qapp, "nl")
    bases = dict(term_options("legal_bases", with_ref=True)())
    tools = dict(term_options("transfer_tools", with_ref=True)())
    assert bases["consent"] == "Toestemming (art. 6 lid 1 onder a)"
    assert all("Art." not in label and "(1)" not in label for label in [*bases.values(), *tools.values()])
    assert any(label.endswith("(art. 49 lid 1, tweede alinea)") for label in tools.values())


def test_near_miss_the_english_choices_keep_the_english_style(qapp, english):
    bases = dict(term_options("legal_bases", with_ref=True)())
    assert bases["consent"] == "Consent (Art. 6(1)(a))"
    assert dict(term_options("legal_bases")())["consent"] == "Consent"  # without the article
