"""A new register starts with its name, country, languages and privacy contact."""

from __future__ import annotations

import pytest

from ropa_desktop.register.errors import RegisterError
from ropa_desktop.register.starting import RegisterStart, is_email, start_register
from ropa_desktop.register.storage import open_register


def test_what_the_officer_gave_is_in_the_reopened_register(tmp_path):
    path = tmp_path / "acme.ropa"
    start_register(
        path, RegisterStart("Acme B.V.", country="BE", languages=("en",), privacy_email="privacy@acme.example")
    ).close()
    with open_register(path) as register, register.session() as session:
        organisation = register.organisation(session)
        assert (organisation.legal_name, organisation.country_code) == ("Acme B.V.", "BE")
        assert organisation.languages == ["en"]
        assert organisation.privacy_contact.email == "privacy@acme.example"


def test_without_an_address_there_is_no_privacy_contact_yet(tmp_path):
    path = tmp_path / "acme.ropa"
    start_register(path, RegisterStart("Acme B.V.", languages=("nl", "en"))).close()
    with open_register(path) as register, register.session() as session:
        organisation = register.organisation(session)
        assert organisation.privacy_contact is None
        assert organisation.languages == ["nl", "en"]


@pytest.mark.parametrize(
    "start",
    [
        RegisterStart("  "),
        RegisterStart("Acme", privacy_email="Jan de Vries"),
        RegisterStart("Acme", languages=("de",)),
        RegisterStart("Acme", country="XX"),
    ],
)
def test_what_cannot_start_a_register_is_refused_and_makes_no_file(tmp_path, start):
    with pytest.raises(RegisterError):
        start_register(tmp_path / "acme.ropa", start)
    assert list(tmp_path.iterdir()) == []


def test_an_email_address_needs_a_domain():
    assert is_email("privacy@acme.example")
    assert not is_email("privacy@acme")
    assert not is_email("Jan de Vries")
