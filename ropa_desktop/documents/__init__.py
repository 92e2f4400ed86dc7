"""What leaves the app or comes in: the privacy statement, register exports, imports. No Qt."""

from ..checks.published_statement import read_statement_with as _read_statement_with


def _statement_fingerprints(register, languages):
    """Today's statement, for the check "changed since the last publication" (imported late:
    the statement builder is not needed by every document)."""
    from .publication import current_fingerprints

    return current_fingerprints(register, languages)


_read_statement_with(_statement_fingerprints)
