"""Where a transfer can go and which tools fit: no EEA country, adequacy only where decided."""

from __future__ import annotations

from ropa_desktop.register.reference.destinations import destinations, tools_for


def test_no_country_of_the_eea_or_part_of_the_union_is_a_destination():
    offered = dict(destinations("en"))
    for inside in ("NL", "DE", "NO", "IS", "LI", "RE", "GP", "AX", "IC"):
        assert inside not in offered, inside
    # Near miss: close to the EEA, but third countries.
    for outside in ("CH", "GB", "US", "BO", "TR"):
        assert outside in offered, outside


def test_destinations_are_named_in_the_language_asked():
    assert dict(destinations("nl"))["US"] == "Verenigde Staten"
    assert dict(destinations("en"))["US"] == "United States"


def test_an_adequacy_decision_is_offered_only_where_the_commission_took_one():
    assert "adequacy" in [t.key for t in tools_for("CH")]
    assert "adequacy" in [t.key for t in tools_for("US")]  # a partial decision is still a decision
    bolivia = [t.key for t in tools_for("BO")]
    assert "adequacy" not in bolivia
    assert {"standard_contractual_clauses", "binding_corporate_rules", "none"} <= set(bolivia)
