"""`ropa new` asks what the window's "New register" dialog asks (register/starting.py): the
organisation's legal name, its country, the languages of the public texts and the privacy
contact's e-mail address; what cannot start a register is refused in one line, and nothing
is made."""

from __future__ import annotations

import pytest

from ropa_desktop.register.storage import open_register


def organisation(path):
    with open_register(path) as register:
        with register.session() as session:
            found = register.organisation(session)
            contact = found.privacy_contact
            return (
                found.legal_name,
                found.country_code,
                list(found.languages),
                found.primary_language,
                contact.email if contact is not None else None,
            )


def test_every_question_of_the_dialog_can_be_answered(tmp_path, ropa):
    path = tmp_path / "acme.ropa"
    code, out, err = ropa(
        "new",
        str(path),
        "--name",
        " Acme B.V. ",
        "--country",
        "be",
        "--languages",
        "en,nl",
        "--privacy-email",
        " privacy@acme.example ",
    )
    assert (code, err) == (0, "") and out == f"Created {path} for Acme B.V.\n"
    assert organisation(path) == ("Acme B.V.", "BE", ["en", "nl"], "en", "privacy@acme.example")


def test_one_language_only(tmp_path, ropa):
    path = tmp_path / "acme.ropa"
    assert ropa("new", str(path), "--org", "Acme", "--languages", "nl")[0] == 0
    assert organisation(path)[2:4] == (["nl"], "nl")


def test_without_the_new_options_it_starts_as_before(tmp_path, ropa):
    path = tmp_path / "acme.ropa"
    assert ropa("new", str(path), "--org", "Acme")[0] == 0
    assert organisation(path) == ("Acme", "NL", ["nl", "en"], "nl", None)  # no contact until one is given


def test_lang_puts_its_language_first(tmp_path, ropa):
    path = tmp_path / "acme.ropa"
    assert ropa("new", str(path), "--org", "Acme", "--languages", "nl,en", "--lang", "en")[0] == 0
    assert organisation(path)[2:4] == (["en", "nl"], "en")


@pytest.mark.parametrize(
    ("options", "reason"),
    [
        (["--name", "   "], "the organisation needs a name"),
        (["--name", ""], "the organisation needs a name"),
        (["--org", "Acme", "--privacy-email", "Jan de Vries"], "'Jan de Vries' is not an e-mail address"),
        (["--org", "Acme", "--privacy-email", "privacy@acme"], "'privacy@acme' is not an e-mail address"),
        (["--org", "Acme", "--languages", "nl,fr"], "unsupported language fr (choose from nl, en)"),
        (["--org", "Acme", "--languages", ","], "unsupported language (none)"),
        (["--org", "Acme", "--lang", "xx"], "unsupported language xx"),
        (["--org", "Acme", "--country", "Nederland"], "unknown country code"),
    ],
)
def test_what_cannot_start_a_register_is_refused_in_one_line_and_nothing_is_made(tmp_path, ropa, options, reason):
    code, out, err = ropa("new", str(tmp_path / "acme.ropa"), *options)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("ropa: ") and reason in err
    assert list(tmp_path.iterdir()) == []
