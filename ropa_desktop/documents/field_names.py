"""Fields and items named in words, in English or Dutch, without Qt: for `ropa diff`, the
window's diff view and its "register as it was" view.

One declaration: the exports' labels (resources/export/labels.toml: [field], then [column],
then [cover], as the findings name a field), and for the few fields named nowhere there,
resources/export/register_diff.toml."""

from __future__ import annotations

from ..register import kinds
from ..register.models import text_in
from ..register.reference import countries, vocabulary
from ..resources_path import load_toml

_LABEL_GROUPS = ("field", "column", "cover")


def _words(group: str, key: str, language: str) -> str:
    found = load_toml("export", "register_diff.toml").get(group, {}).get(key)
    return text_in(found, language, "en") if found else ""


def word(key: str, language: str) -> str:
    """A word of the diff ("added", "(empty)") in ``language``."""
    return _words("words", key, language) or key


def origin_word(origin: str, language: str) -> str:
    """Where a change came from ("window", "import"…) in ``language``."""
    return _words("origin", origin, language) or origin


def field_name(key: str, language: str) -> str:
    """A snapshot key as the register's forms and exports name it ("reference" -> "Kenmerk")."""
    labels = load_toml("export", "labels.toml")
    for group in _LABEL_GROUPS:
        found = labels[group].get(key)
        if found:
            return text_in(found, language, "en")
    # A statement text's own wording is kept under its phrase's key ("cookies.intro"): said as it is.
    return _words("field", key, language) or (key if "." in key else key.replace("_", " ").capitalize())


def item_kind(kind: str, language: str) -> str:
    """One item of ``kind`` ("Processing activity")."""
    return _words("item", kind, language) or kind.replace("_", " ").capitalize()


def item_title(kind: str, name: str, language: str) -> str:
    """ "Processing activity “Payroll”"."""
    return f"{item_kind(kind, language)} \u201c{name}\u201d"


# Fields whose value is a key of a closed list (resources/vocabularies/enums.toml) or a term of
# a vocabulary, as the forms offer them; "kind" depends on the item's kind.
_ENUMS = {
    "role": "activity_role",
    "status": "activity_status",
    "sources": "data_source",
    "provision_requirement": "provision_requirement",
    "dpia_status": "dpia_status",
    "period_unit": "period_unit",
    "category": "cookie_category",
    "party": "cookie_party",
}
_KIND_ENUMS = {
    kinds.DATA_CATEGORY: "data_category_kind",
    kinds.RECIPIENT: "recipient_kind",
    kinds.SECURITY_MEASURE: "measure_kind",
}
_TERMS = {
    "legal_basis": "legal_bases",
    "special_category_condition": "special_conditions",
    "special_category": "special_categories",
    "dpia_screening": "dpia_criteria",
    "tool": "transfer_tools",
}


def value_word(kind: str, key: str, found: str, language: str) -> str:
    """A list's key as the forms show it ("processor" -> "Verwerker"); any other text as it is."""
    if key == "kind" and kind in _KIND_ENUMS:
        return vocabulary.enum_label(_KIND_ENUMS[kind], found, language)
    if key in _ENUMS:
        return vocabulary.enum_label(_ENUMS[key], found, language)
    if key in _TERMS:
        term = vocabulary.term(_TERMS[key], found)
        return term.label_in(language) if term else found
    if key == "country_code" and countries.is_country(found):
        return countries.country_name(found, language)
    if key == "approval":
        return _words("approval", found, language) or found
    return found
