"""File > Open server register…: the saved connections, and connecting to one.

Connecting runs in a background job (a server may take seconds to answer or not answer at
all); a failure is one sentence in the dialog, which stays open to correct and try again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..register.storage import Register, open_register
from . import server_connection_editor, server_texts
from . import server_connections as sc
from .jobs import Job

translate = QCoreApplication.translate

COLUMNS = ("name", "host", "port", "database", "user", "sslmode")


def _header(column: str) -> str:
    return {
        "name": translate("ServerDialog", "Name"),
        "host": translate("ServerDialog", "Host"),
        "port": translate("ServerDialog", "Port"),
        "database": translate("ServerDialog", "Database"),
        "user": translate("ServerDialog", "User"),
        "sslmode": translate("ServerDialog", "TLS (sslmode)"),
    }[column]


class ConnectionsModel(QAbstractTableModel):
    """The saved connections, one row each, in the order they were saved."""

    def __init__(self, store: sc.ConnectionStore, parent=None):
        super().__init__(parent)
        self.store = store
        self.connections = store.connections()

    def reload(self) -> None:
        self.beginResetModel()
        self.connections = self.store.connections()
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.connections)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        connection = self.connections[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return connection.location
        return str(getattr(connection, COLUMNS[index.column()]))

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return _header(COLUMNS[section])
        return None

    def row_of(self, name: str) -> int:
        return next((row for row, c in enumerate(self.connections) if c.name == name), -1)


class ServerDialog(QDialog):
    """The saved connections with Add, Edit, Remove and Connect; ``register`` once connected."""

    def __init__(
        self,
        settings,
        parent: QWidget | None = None,
        opener: Callable[[str], Register] = open_register,
        chosen: sc.ServerConnection | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("server_dialog")
        self.setWindowTitle(translate("ServerDialog", "Open server register"))
        self.store = sc.ConnectionStore(settings)
        self.opener = opener
        self.register: Register | None = None
        self.connect_job: Job | None = None
        self.model = ConnectionsModel(self.store, self)
        self.table = self._make_table()
        intro = QLabel(
            translate(
                "ServerDialog",
                "A register a team shares lives in a PostgreSQL database. "
                "Choose a saved connection, or add one with the details your "
                "administrator gave you.",
            ),
            self,
        )
        intro.setWordWrap(True)
        self.add_button = QPushButton(translate("ServerDialog", "&Add…"), self)
        self.edit_button = QPushButton(translate("ServerDialog", "&Edit…"), self)
        self.remove_button = QPushButton(translate("ServerDialog", "&Remove"), self)
        self.add_button.clicked.connect(self.add_connection)
        self.edit_button.clicked.connect(self.edit_connection)
        self.remove_button.clicked.connect(self.remove_connection)
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.keyring_note = QLabel(server_texts.keyring_note(sc.keyring_available()), self)
        self.keyring_note.setObjectName("keyring_note")
        self.keyring_note.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("connect_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("#connect_message { color: #a61b1b; }")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.connect_button = self.buttons.addButton(
            translate("ServerDialog", "&Connect"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.connect_button.setDefault(True)
        self.buttons.accepted.connect(self.connect_to_server)
        self.buttons.rejected.connect(self.reject)
        self._lay_out(intro)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update())
        self.table.doubleClicked.connect(lambda *_: self.connect_to_server())
        self.select(chosen.name if chosen else (self.model.connections[0].name if self.model.connections else ""))
        current = self.current()
        if current is not None and not sc.stored_password(current):
            self.password.setFocus()  # the one thing left to type
        self._fit()

    def _fit(self) -> None:
        """Wide enough to show every column of the list without scrolling sideways (a host name
        cut short is a wrong host), within the screen."""
        columns = self.table.horizontalHeader().length() + 2 * self.table.frameWidth() + 4
        layout = self.layout()
        assert layout is not None  # made by _lay_out
        margins = layout.contentsMargins()
        width = max(
            self.fontMetrics().averageCharWidth() * 100,
            columns + self.add_button.sizeHint().width() + layout.spacing() * 2 + margins.left() + margins.right(),
        )
        if self.screen() is not None:
            width = min(width, self.screen().availableGeometry().width() * 9 // 10)
        self.resize(width, self.fontMetrics().height() * 24)

    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("server_connections")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def _lay_out(self, intro: QLabel) -> None:
        side = QVBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            side.addWidget(button)
        side.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.table, 1)
        middle.addLayout(side)
        password_row = QHBoxLayout()
        password_label = QLabel(translate("ServerDialog", "Pass&word:"), self)
        password_label.setBuddy(self.password)
        password_row.addWidget(password_label)
        password_row.addWidget(self.password, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(middle, 1)
        layout.addLayout(password_row)
        layout.addWidget(self.keyring_note)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    # The list.
    def current(self) -> sc.ServerConnection | None:
        row = self.table.currentIndex().row()
        return self.model.connections[row] if 0 <= row < len(self.model.connections) else None

    def select(self, name: str) -> None:
        row = self.model.row_of(name)
        if row >= 0:
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.model.index(row, 0))
        self._update()

    def _update(self) -> None:
        chosen, busy = self.current(), self.connect_job is not None
        for button in (self.edit_button, self.remove_button):
            button.setEnabled(chosen is not None and not busy)
        self.add_button.setEnabled(not busy)
        self.connect_button.setEnabled(chosen is not None and not busy)
        kept = chosen is not None and bool(sc.stored_password(chosen))
        self.password.setPlaceholderText(translate("ServerDialog", "Kept in the keyring") if kept else "")

    def add_connection(self) -> None:
        self._edit(None)

    def edit_connection(self) -> None:
        if self.current() is not None:
            self._edit(self.current())

    def _edit(self, connection: sc.ServerConnection | None) -> None:
        made = server_connection_editor.edit_connection(self, connection, {c.name for c in self.model.connections})
        if made is None:
            return
        new, password = made
        self.store.save(new, password, replacing=connection.name if connection else None)
        self.model.reload()
        self.select(new.name)
        if password and not sc.keyring_available():
            self.password.setText(password)  # for this connecting only: it is nowhere kept

    def remove_connection(self) -> None:
        chosen = self.current()
        if chosen is None:
            return
        self.store.remove(chosen.name)
        self.model.reload()
        if self.model.connections:
            self.select(
                self.model.connections[min(self.model.row_of(chosen.name) + 1, len(self.model.connections) - 1)].name
            )
        else:
            self._update()

    # Connecting.
    def connect_to_server(self) -> Job | None:
        chosen = self.current()
        if chosen is None or self.connect_job is not None:
            return None
        typed = self.password.text()
        password = typed or sc.stored_password(chosen)
        opener = self.opener
        self.message.setStyleSheet("#connect_message { color: palette(window-text); }")
        self.message.setText(translate("ServerDialog", "Connecting to %1…").replace("%1", chosen.host))
        self.connect_job = Job(self, "", lambda report: sc.open_server(chosen, password, opener), show_progress=False)
        self.connect_job.done.connect(lambda register: self._connected(register, chosen, typed))
        self.connect_job.failed.connect(lambda error: self._failed(error, chosen, password))
        self._update()
        return self.connect_job.start()

    def _connected(self, register: Register, connection: sc.ServerConnection, typed: str) -> None:
        self.connect_job = None
        if self.result() == QDialog.DialogCode.Rejected and not self.isVisible():
            register.close()  # closed while connecting: nobody wants it now
            return
        if typed:
            sc.store_password(connection, typed)  # it worked: not asked again (where a keyring is)
        self.register = register
        self.accept()

    def _failed(self, error: BaseException, connection: sc.ServerConnection, password: str | None) -> None:
        self.connect_job = None
        self.message.setStyleSheet("#connect_message { color: #a61b1b; }")
        self.message.setText(server_texts.failure_sentence(error, connection, password))
        self.message.setToolTip(sc.first_line(error, password))
        self._update()

    def reject(self) -> None:
        if self.connect_job is not None:
            self.connect_job.cancel()
        super().reject()


def ask_server_register(parent: QWidget | None, settings, location: str | None = None) -> Register | None:
    """The register the officer connected to, or None when they closed the dialog.

    ``location``: a server register's URL (the recent registers) to choose in the list, connected
    to at once when the keyring has its password; one not saved yet is saved under its host name.
    """
    chosen = None
    if location is not None:
        chosen = sc.from_location(location)
        store = sc.ConnectionStore(settings)
        known = next((c for c in store.connections() if c.location == chosen.location), None) if chosen else None
        if chosen is not None and known is None:
            chosen = sc.with_name(chosen, store.unique_name(chosen.name))
            store.save(chosen)
        chosen = known or chosen
    dialog = ServerDialog(settings, parent, chosen=chosen)
    if chosen is not None and sc.stored_password(chosen):
        dialog.connect_to_server()  # the officer chose it already: the dialog only shows how it goes
    dialog.exec()
    return dialog.register
