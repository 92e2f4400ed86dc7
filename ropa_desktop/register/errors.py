"""Errors the register reports to people: one line that says what is wrong."""


class RegisterError(Exception):
    """A register could not be created, opened or changed. str(error) is the reason."""
