"""Whatever an officer types survives storage exactly: markup, formula characters, any script."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from ropa_desktop.register.models import ProcessingActivity, Purpose
from ropa_desktop.register.storage import create_register
from ropa_desktop.register.texts import MAX_NAME_LENGTH, problem

# Every text the register accepts (register.texts) is fair game.
texts = st.text(
    st.characters(blacklist_categories=("Cs",)).filter(lambda c: problem(c) is None), max_size=MAX_NAME_LENGTH
) | st.sampled_from(
    [
        "=SUM(A1:A9)",
        "+31 20",
        "-1",
        "@cmd",
        "\tx",
        "\nx",
        "<b>&amp;</b>",
        '"quoted"',
        "x" * MAX_NAME_LENGTH,
        "Kraków, Cochabamba, Zürich, Ærø",
        "*_[link](x)_*",
        "<para>",
    ]
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(nl=texts, en=texts, basis_note=texts)
def test_public_texts_round_trip_exactly(nl, en, basis_note):
    with tempfile.TemporaryDirectory() as folder:
        with create_register(Path(folder) / "p.ropa", "Acme") as register:
            with register.transaction() as session:
                session.add(
                    ProcessingActivity(
                        name={"nl": nl, "en": en},
                        internal_notes=basis_note,
                        purposes=[Purpose(description={"nl": basis_note}, legal_basis="consent")],
                    )
                )
            with register.session() as session:
                activity = session.scalars(select(ProcessingActivity)).one()
                assert activity.name == {"nl": nl, "en": en}
                assert activity.internal_notes == basis_note
                assert activity.purposes[0].description == {"nl": basis_note}
