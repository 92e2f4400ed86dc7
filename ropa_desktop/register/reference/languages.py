"""Languages a register's public texts and the documents can be in."""

SUPPORTED: tuple[str, ...] = ("nl", "en")
