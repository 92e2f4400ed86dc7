"""The e-mail and web addresses in a line of the statement: links in HTML, Markdown and PDF
(a reader clicks the address to write or visit instead of copying it)."""

from __future__ import annotations

import re

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# A web address ends before the punctuation that ends its sentence ("see https://x.nl.").
_URL = re.compile(r"https?://[^\s<>\"]+?(?=[.,;:!?)\]]*(?:\s|$))")


def addresses(line: str) -> list[tuple[str, str]]:
    """``line`` cut into (text, "") and (address, href) pieces: every e-mail and web address."""
    pieces: list[tuple[str, str]] = []
    position = 0
    for match in sorted([*_EMAIL.finditer(line), *_URL.finditer(line)], key=lambda m: m.start()):
        if match.start() < position:
            continue  # an e-mail address inside a web address, or the other way round
        pieces.append((line[position : match.start()], ""))
        found = match.group(0)
        pieces.append((found, found if found.startswith("http") else f"mailto:{found}"))
        position = match.end()
    pieces.append((line[position:], ""))
    return pieces


def has_address(line: str) -> bool:
    """Whether ``line`` holds an e-mail or web address (quick: most lines hold none)."""
    return ("@" in line or "http" in line) and len(addresses(line)) > 1
