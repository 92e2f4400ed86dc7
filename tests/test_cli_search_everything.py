"""`ropa search`: the window's Ctrl+F on the command line, through the same service."""

from __future__ import annotations


def test_search_lists_each_section_with_its_hits(ropa, demo_path):
    code, out, err = ropa("search", str(demo_path), "argentinie")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[lines.index("transfer (1)") + 1].startswith("  Argentina — Connaxis, Buenos Aires office  [")
    assert "  Our services  [via transfer]  Argentina — Connaxis, Buenos Aires office" in lines


def test_search_in_dutch_names_the_items_in_dutch(ropa, demo_path):
    code, out, _err = ropa("search", str(demo_path), "Argentina", "--lang", "nl")
    assert code == 0
    expected = "  Onze dienstverlening  [via transfer]  Argentinië — Connaxis, vestiging Buenos Aires"
    assert expected in out.splitlines()


def test_search_that_finds_nothing_says_so(ropa, demo_path):
    assert ropa("search", str(demo_path), "Argentinian") == (0, "Nothing found for 'Argentinian'\n", "")


def test_search_of_a_missing_register_fails_in_one_line(ropa, tmp_path):
    code, out, err = ropa("search", str(tmp_path / "missing.ropa"), "x")
    assert code == 2 and out == "" and len(err.splitlines()) == 1
