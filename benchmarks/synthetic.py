"""Synthetic registers of any size for the benchmarks: realistic shape, made quickly.

.venv/bin/python benchmarks/synthetic.py 10000 /tmp/big.ropa
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from sqlalchemy import insert

from ropa_desktop.register.models import (
    ActivityDataCategory,
    DataCategory,
    DataSubjectCategory,
    ProcessingActivity,
    Purpose,
    Recipient,
    RetentionRule,
    SecurityMeasure,
    Transfer,
)
from ropa_desktop.register.models.activity import (
    activity_data_subjects,
    activity_recipients,
    activity_security_measures,
    activity_transfers,
)
from ropa_desktop.register.models.base import utcnow
from ropa_desktop.register.storage import Register, create_register

BASES = ["consent", "contract", "legal_obligation", "legitimate_interests", "public_task"]
ROLES = ["controller"] * 8 + ["processor", "joint_controller"]
STATUSES = ["active"] * 8 + ["draft", "retired"]
COUNTRIES = ["US", "BO", "AR", "IN", "GB", "CH", "JP"]


def both(nl: str, en: str) -> dict[str, str]:
    return {"nl": nl, "en": en}


def make_register(path: str | Path, activities: int, seed: int = 1) -> Register:
    """A register with ``activities`` activities, each with 1-3 purposes, 3-8 data categories,
    1-3 data subject groups, 0-3 recipients, 0-1 transfer, 1-2 retention rules."""
    rnd = random.Random(seed)
    register = create_register(path, f"Synthetic {activities} B.V.")
    now = utcnow()
    n_categories, n_subjects, n_recipients, n_measures, n_transfers = 120, 40, 80, 30, 20
    with register.transaction() as s:
        s.execute(
            insert(DataCategory),
            [
                {
                    "id": i + 1,
                    "name": both(f"Gegevenscategorie {i}", f"Data category {i}"),
                    "description": {},
                    "kind": "ordinary",
                    "created_at": now,
                    "updated_at": now,
                }
                for i in range(n_categories)
            ],
        )
        s.execute(
            insert(DataSubjectCategory),
            [
                {
                    "id": i + 1,
                    "name": both(f"Betrokkenen {i}", f"Data subjects {i}"),
                    "description": {},
                    "vulnerable": False,
                    "created_at": now,
                    "updated_at": now,
                }
                for i in range(n_subjects)
            ],
        )
        s.execute(
            insert(Recipient),
            [
                {
                    "id": i + 1,
                    "name": both(f"Ontvanger {i}", f"Recipient {i}"),
                    "description": {},
                    "kind": "processor",
                    "country_code": rnd.choice(["NL", "DE", "US", "IE"]),
                    "contact": "",
                    "dpa_reference": f"DPA-{i}",
                    "partial_adequacy_certified": False,
                    "notes": "",
                    "created_at": now,
                    "updated_at": now,
                }
                for i in range(n_recipients)
            ],
        )
        s.execute(
            insert(SecurityMeasure),
            [
                {
                    "id": i + 1,
                    "name": both(f"Maatregel {i}", f"Measure {i}"),
                    "description": {},
                    "kind": "technical",
                    "created_at": now,
                    "updated_at": now,
                }
                for i in range(n_measures)
            ],
        )
        s.execute(
            insert(Transfer),
            [
                {
                    "id": i + 1,
                    "country_code": rnd.choice(COUNTRIES),
                    "recipient_id": i + 1,
                    "tool": "standard_contractual_clauses",
                    "tool_reference": "",
                    "public_note": {},
                    "notes": "",
                    "created_at": now,
                    "updated_at": now,
                }
                for i in range(n_transfers)
            ],
        )

        rows, purposes, links, subjects, recipients, measures, transfers, rules = ([] for _ in range(8))
        for a in range(1, activities + 1):
            rows.append(
                {
                    "id": a,
                    "name": both(f"Verwerking {a}", f"Processing {a}"),
                    "public_explanation": both(f"Uitleg bij verwerking {a}.", f"Explanation of processing {a}."),
                    "internal_description": "",
                    "role": rnd.choice(ROLES),
                    "data_heading": {},
                    "sources": ["data_subject"],
                    "source_details": {},
                    "criminal_data_authorisation": "",
                    "national_id_legal_basis": "",
                    "automated_decision_making": False,
                    "automated_logic": {},
                    "automated_consequences": {},
                    "provision_requirement": "not_applicable",
                    "provision_consequence": {},
                    "dpia_screening": {},
                    "dpia_status": "not_required",
                    "dpia_reference": "",
                    "owner": "",
                    "department": f"Afdeling {a % 17}",
                    "systems": "",
                    "internal_notes": "",
                    "status": rnd.choice(STATUSES),
                    "in_statement": True,
                    "position": a - 1,
                    "created_at": now,
                    "updated_at": now,
                }
            )
            for p in range(rnd.randint(1, 3)):
                basis = rnd.choice(BASES)
                purposes.append(
                    {
                        "activity_id": a,
                        "position": p,
                        "description": both(f"Doel {p} van {a}", f"Purpose {p} of {a}"),
                        "legal_basis": basis,
                        "legitimate_interest": both("ons belang", "our interest")
                        if basis == "legitimate_interests"
                        else {},
                        "lia_reference": "",
                        "special_category_condition": "",
                        "consent_withdrawal": {},
                    }
                )
            for pos, c in enumerate(rnd.sample(range(1, n_categories + 1), rnd.randint(3, 8))):
                links.append({"activity_id": a, "data_category_id": c, "position": pos, "wording": {}})
            subjects += [
                {"activity_id": a, "data_subject_category_id": c}
                for c in rnd.sample(range(1, n_subjects + 1), rnd.randint(1, 3))
            ]
            recipients += [
                {"activity_id": a, "recipient_id": c} for c in rnd.sample(range(1, n_recipients + 1), rnd.randint(0, 3))
            ]
            measures += [
                {"activity_id": a, "security_measure_id": c}
                for c in rnd.sample(range(1, n_measures + 1), rnd.randint(1, 4))
            ]
            if rnd.random() < 0.2:
                transfers.append({"activity_id": a, "transfer_id": rnd.randint(1, n_transfers)})
            for pos in range(rnd.randint(1, 2)):
                rules.append(
                    {
                        "activity_id": a,
                        "position": pos,
                        "period_value": rnd.choice([1, 2, 7]),
                        "period_unit": "years",
                        "starts_from": both("na afloop", "after the end"),
                        "condition": {},
                        "criterion": {},
                        "wording": both("Wij bewaren dit enkele jaren", "We keep this for some years"),
                    }
                )
        s.execute(insert(ProcessingActivity), rows)
        s.execute(insert(Purpose), purposes)
        s.execute(insert(ActivityDataCategory), links)
        s.execute(insert(activity_data_subjects), subjects)
        if recipients:
            s.execute(insert(activity_recipients), recipients)
        s.execute(insert(activity_security_measures), measures)
        if transfers:
            s.execute(insert(activity_transfers), transfers)
        s.execute(insert(RetentionRule), rules)
    return register


if __name__ == "__main__":
    make_register(sys.argv[2], int(sys.argv[1])).close()
    print(sys.argv[2])
