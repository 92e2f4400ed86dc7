"""Add or edit one saved server connection: where the register is, how to log in, how the line
is secured, and a Test connection that runs in a background job (never on the GUI thread)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from . import server_connections as sc
from . import server_texts
from .jobs import Job

translate = QCoreApplication.translate


class ConnectionEditor(QDialog):
    """The fields of one connection; ``connection()`` and ``password()`` once accepted."""

    def __init__(
        self,
        parent: QWidget | None,
        connection: sc.ServerConnection | None = None,
        taken_names: Iterable[str] = frozenset(),
        probe: Callable = sc.probe,
    ):
        super().__init__(parent)
        self.setObjectName("server_connection_editor")
        self.setWindowTitle(
            translate("ServerConnectionEditor", "Edit server connection")
            if connection
            else translate("ServerConnectionEditor", "Add server connection")
        )
        self._taken = set(taken_names) - ({connection.name} if connection else set())
        self._probe = probe
        self.test_job: Job | None = None
        self._make_fields(connection)
        self.test_button = QPushButton(translate("ServerConnectionEditor", "Test connection"), self)
        self.test_button.setObjectName("test_connection")
        self.test_button.clicked.connect(self.test_connection)
        self.test_result = QLabel(self)
        self.test_result.setObjectName("test_result")
        self.test_result.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_result, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addLayout(test_row)
        layout.addWidget(self.buttons)
        for field in (self.name, self.host, self.database, self.user):
            field.textChanged.connect(self._update_save)
        self._update_save()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)

    def _make_fields(self, connection: sc.ServerConnection | None) -> None:
        connection = connection or sc.ServerConnection(name="", host="", database="", user="")
        self.name = QLineEdit(connection.name, self)
        self.host = QLineEdit(connection.host, self)
        self.host.setPlaceholderText("db.example.org")
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(connection.port)
        self.database = QLineEdit(connection.database, self)
        self.user = QLineEdit(connection.user, self)
        self.password_field = QLineEdit(self)
        self.password_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_field.setObjectName("password")
        kept = sc.keyring_available()
        if kept and connection.name and sc.stored_password(connection):
            self.password_field.setPlaceholderText(
                translate("ServerConnectionEditor", "Kept in the keyring; type to change it")
            )
        self.keyring_note = QLabel(server_texts.keyring_note(kept), self)
        self.keyring_note.setObjectName("keyring_note")
        self.keyring_note.setWordWrap(True)
        self.sslmode = QComboBox(self)
        self.sslmode.addItems(list(sc.SSLMODES))
        self.sslmode.setCurrentText(connection.sslmode if connection.sslmode in sc.SSLMODES else sc.DEFAULT_SSLMODE)
        self.sslmode_explanation = QLabel(self)
        self.sslmode_explanation.setObjectName("sslmode_explanation")
        self.sslmode_explanation.setWordWrap(True)
        self.sslmode.currentTextChanged.connect(
            lambda mode: self.sslmode_explanation.setText(server_texts.sslmode_explanation(mode))
        )
        self.sslmode_explanation.setText(server_texts.sslmode_explanation(self.sslmode.currentText()))
        self.form = QFormLayout()
        for label, field in (
            (translate("ServerConnectionEditor", "&Name:"), self.name),
            (translate("ServerConnectionEditor", "&Host:"), self.host),
            (translate("ServerConnectionEditor", "&Port:"), self.port),
            (translate("ServerConnectionEditor", "&Database:"), self.database),
            (translate("ServerConnectionEditor", "&User:"), self.user),
            (translate("ServerConnectionEditor", "Pass&word:"), self.password_field),
            ("", self.keyring_note),
            (translate("ServerConnectionEditor", "&TLS (sslmode):"), self.sslmode),
            ("", self.sslmode_explanation),
        ):
            self.form.addRow(label, field)

    def connection(self) -> sc.ServerConnection:
        name = self.name.text().strip() or self.host.text().strip()
        return sc.ServerConnection(
            name=name,
            host=self.host.text().strip(),
            database=self.database.text().strip(),
            user=self.user.text().strip(),
            port=self.port.value(),
            sslmode=self.sslmode.currentText(),
        )

    def password(self) -> str:
        return self.password_field.text()

    def _update_save(self) -> None:
        made = self.connection()
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        complete = bool(made.host and made.database and made.user)
        save.setEnabled(complete and made.name not in self._taken)
        save.setToolTip(
            ""
            if made.name not in self._taken
            else translate("ServerConnectionEditor", "Another saved connection has this name.")
        )
        self.test_button.setEnabled(complete and self.test_job is None)

    # Test connection: in a background job, so the window keeps answering while the server is slow.
    def test_connection(self) -> Job:
        connection = self.connection()
        password = self.password() or sc.stored_password(connection) or None
        probe = self._probe
        self.test_result.setText(translate("ServerConnectionEditor", "Testing…"))
        self.test_job = Job(self, "", lambda report: probe(connection, password), show_progress=False)
        self.test_job.done.connect(lambda holds: self._tested(server_texts.probe_sentence(bool(holds))))
        self.test_job.failed.connect(
            lambda error: self._tested(server_texts.failure_sentence(error, connection, password))
        )
        self._update_save()
        return self.test_job.start()

    def _tested(self, sentence: str) -> None:
        self.test_job = None
        self.test_result.setText(sentence)
        self._update_save()

    def done(self, result: int) -> None:
        if self.test_job is not None:  # its answer would come to a closed dialog: not waited for
            self.test_job.cancel()
        super().done(result)


def edit_connection(
    parent: QWidget | None, connection: sc.ServerConnection | None, taken_names: set[str]
) -> tuple[sc.ServerConnection, str] | None:
    """The connection as the officer made it, with the password typed (maybe empty); None: cancelled."""
    editor = ConnectionEditor(parent, connection, taken_names)
    if editor.exec() != QDialog.DialogCode.Accepted:
        return None
    return editor.connection(), editor.password()
