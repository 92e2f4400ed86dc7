"""`ropa rules` lists every rule of issue 13's checks with the article it rests on."""

from __future__ import annotations

import pytest

from ropa_desktop.register.reference.citation import cite

ARTICLES = {
    "transfer.recipient_abroad_without_transfer": "Art. 44, Art. 30(1)(e) GDPR",
    "transfer.bcr_unapproved": "Art. 46(2)(b), Art. 47(1) GDPR",
    "transfer.certification_unverified": "Art. 45 GDPR; Implementing Decision (EU) 2023/1795",
    "transfer.adequacy_expired": "Art. 45(3), Art. 44 GDPR",
    "retention.indefinite": "Art. 5(1)(e), Art. 13(2)(a) GDPR",
    "retention.open_exception": "Art. 5(1)(e), Art. 13(2)(a) GDPR",
    "retention.category_not_used": "Art. 30(1)(f) GDPR",
    "legitimate_interest.public_body": "Art. 6(1), second subparagraph GDPR",
    "legal_basis.no_law": "Art. 6(1)(c), Art. 6(1)(e), Art. 6(3) GDPR",
    "consent.employees": "Art. 6(1)(a), Art. 7(4) GDPR; EDPB Guidelines 05/2020",
    "dpia.done_undocumented": "Art. 35(7), Art. 5(2) GDPR",
    "dpia.not_required_unscreened": "Art. 35(1), Art. 5(2) GDPR",
    "dpia.consider": "Art. 35(1) GDPR; WP248 rev.01",
    "organisation.rights_response_late": "Art. 12(3) GDPR",
    "record.duplicate_reference": "Art. 30(1) GDPR",
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_ropa_rules_lists_each_with_its_article(ropa, language):
    code, out, err = ropa("rules", "--format", "md", "--lang", language)
    assert (code, err) == (0, "")
    reference = "Artikel" if language == "nl" else "Reference"
    for rule_id, article in ARTICLES.items():
        block = out.split(f"- **Id:** `{rule_id}`", 1)
        assert len(block) == 2, rule_id
        assert block[1].split("\n")[2] == f"- **{reference}:** {cite(article, language)}", rule_id
