"""What the server dialogs say: the TLS choices explained, the keyring, and why a connection failed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from . import server_connections as sc

translate = QCoreApplication.translate


def sslmode_explanation(sslmode: str) -> str:
    return {
        "disable": translate(
            "ServerTexts", "No TLS: the password and the register travel unencrypted. Only on a network you trust."
        ),
        "allow": translate("ServerTexts", "TLS only when the server insists on it; otherwise unencrypted."),
        "prefer": translate(
            "ServerTexts", "TLS when the server offers it, else unencrypted; the server's certificate is not checked."
        ),
        "require": translate("ServerTexts", "Always TLS; the server's certificate is not checked."),
        "verify-ca": translate(
            "ServerTexts",
            "Always TLS, and the server's certificate must be signed by an authority this computer trusts.",
        ),
        "verify-full": translate(
            "ServerTexts", "Always TLS, with a trusted certificate that names this host: the safest choice."
        ),
    }.get(sslmode, "")


def keyring_note(available: bool) -> str:
    if available:
        return translate("ServerTexts", "Passwords are kept in the system's keyring, never in the settings file.")
    return translate(
        "ServerTexts",
        "No keyring is available on this computer, so passwords are not saved: "
        "type the password each time you connect.",
    )


def failure_sentence(error: BaseException, connection: sc.ServerConnection, password: str | None = None) -> str:
    """One sentence for a failed connection: what went wrong and what to check, never a traceback."""
    kind = sc.failure(error)
    if kind == sc.REFUSED_LOGIN:
        return translate("ServerTexts", "The server refused the user name or the password.")
    if kind == sc.UNREACHABLE:
        return (
            translate(
                "ServerTexts",
                "The server %1 cannot be reached on port %2; check the host name and "
                "the port, and that the server is running.",
            )
            .replace("%1", connection.host)
            .replace("%2", str(connection.port))
        )
    if kind == sc.NO_DATABASE:
        return translate("ServerTexts", "The server has no database named “%1”.").replace("%1", connection.database)
    if kind == sc.TLS:
        return translate(
            "ServerTexts",
            "The connection could not be secured as the TLS setting “%1” asks; "
            "check the setting with the server's administrator.",
        ).replace("%1", connection.sslmode)
    if kind == sc.NOT_A_REGISTER:
        return translate("ServerTexts", "The database “%1” holds no ROPA Desktop register.").replace(
            "%1", connection.database
        )
    if kind == sc.NEWER:
        return translate(
            "ServerTexts",
            "This register was written by a newer version of ROPA Desktop; update the program to open it.",
        )
    if kind == sc.NO_PERMISSION:
        return translate(
            "ServerTexts", "The user “%1” may not read this register; ask the server's administrator for access."
        ).replace("%1", connection.user)
    if kind == sc.NO_DRIVER:
        return translate(
            "ServerTexts", "The PostgreSQL driver (psycopg) is missing from this installation of ROPA Desktop."
        )
    return translate("ServerTexts", "The register on the server could not be opened (%1).").replace(
        "%1", sc.first_line(error, password)
    )


def probe_sentence(holds_register: bool) -> str:
    if holds_register:
        return translate("ServerTexts", "Connected: the database holds a ROPA Desktop register.")
    return translate("ServerTexts", "Connected, but the database holds no ROPA Desktop register yet.")
