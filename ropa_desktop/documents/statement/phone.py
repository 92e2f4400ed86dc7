"""Telephone numbers as a reader abroad dials them: "088 - 1805 250" in the Netherlands is
"+31 88 1805 250" (ITU-T E.123 international notation)."""

from __future__ import annotations

import re

# Country calling codes of European states whose national numbers start with the trunk prefix 0,
# dropped after the country code. Italy and San Marino keep their 0; states without a trunk
# prefix (Spain, Denmark, Poland, …) have no national number starting with 0 to rewrite.
_CALLING_CODES = {
    "AT": "43",
    "BE": "32",
    "BG": "359",
    "CH": "41",
    "DE": "49",
    "FI": "358",
    "FR": "33",
    "GB": "44",
    "HR": "385",
    "HU": "36",
    "IE": "353",
    "NL": "31",
    "RO": "40",
    "SE": "46",
    "SI": "386",
    "SK": "421",
}
_KEEP_TRUNK_ZERO = {"IT": "39", "SM": "378", "VA": "39"}


def international(phone: str, country_code: str) -> str:
    """``phone`` with its country calling code, when written as a national number of
    ``country_code``; anything else (already international, unknown country) as written."""
    number = (phone or "").strip()
    code = (country_code or "").upper()
    if not number.startswith("0") or number.startswith("00"):
        return phone
    # Separators people type between groups ("088 - 1805 250") become single spaces.
    groups = " ".join(part for part in re.split(r"[\s\-–/.()]+", number) if part)
    if code in _KEEP_TRUNK_ZERO:
        return f"+{_KEEP_TRUNK_ZERO[code]} {groups}"
    if code in _CALLING_CODES:
        return f"+{_CALLING_CODES[code]} {groups[1:].lstrip()}"
    return phone
