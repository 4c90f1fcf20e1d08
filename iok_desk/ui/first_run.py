"""The first start on a computer where no database is set up: try the desk on this computer
(an SQLite trial database with demo data), or connect to the office database (its password
goes to the keyring, the connection and the schema are checked before anything is saved)."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from iok_desk import bootstrap
from iok_desk.domain.errors import IokError
from iok_desk.services import clerks, connection

from .connection_dialog import save_database_url
from .labels import error_text

CLERK_KEY = "clerk/login"


def saved_clerk_login(settings: QSettings) -> str | None:
    value = settings.value(CLERK_KEY)
    return str(value) if value else None


class FirstRunDialog(QDialog):
    """Asked once: where this computer's desk keeps its data, and the clerk's login. On
    acceptance ``url`` and ``clerk`` hold the choice, saved for the next start."""

    def __init__(self, settings: QSettings, office: str | None = None, message: str = "",
                 parent: QWidget | None = None) -> None:
        """``office``: a server address to offer filled in (the machine-wide default, or the
        one that just failed, with ``message`` saying why)."""
        super().__init__(parent)
        self._settings = settings
        self.url = ""
        self.clerk = ""
        self.setWindowTitle(self.tr("IOK Desk — first start"))
        intro = QLabel(self.tr("No database is set up on this computer yet. How do you want to "
                               "start?"))
        intro.setWordWrap(True)
        self.login = QLineEdit(saved_clerk_login(settings) or bootstrap.default_clerk_login())
        clerk_form = QFormLayout()
        clerk_form.addRow(self.tr("Your &login in IOK Desk:"), self.login)
        self.trial = QRadioButton(self.tr("&Try it on this computer (a trial database with "
                                          "demo data; nothing reaches the office)"))
        self.office = QRadioButton(self.tr("&Connect to the office database"))
        self.trial.setChecked(True)
        self.office_box = QGroupBox(self.tr("Office database"))
        self.host = QLineEdit()
        self.host.setPlaceholderText("serwer")
        self.database = QLineEdit("iok")
        self.db_login = QLineEdit(self.login.text())
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        office_form = QFormLayout(self.office_box)
        office_form.addRow(self.tr("&Server:"), self.host)
        office_form.addRow(self.tr("&Database:"), self.database)
        office_form.addRow(self.tr("Database l&ogin:"), self.db_login)
        office_form.addRow(self.tr("&Password:"), self.password)
        office_form.addRow(QLabel(self.tr("The password is kept only in the system keyring.")))
        self.office_box.setEnabled(False)
        self.office.toggled.connect(self.office_box.setEnabled)
        self.error = QLabel(message)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        if office is not None:
            self._fill_office(office)
        buttons = QDialogButtonBox()
        self.start_button = buttons.addButton(self.tr("St&art"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        self.start_button.clicked.connect(self._on_start)
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(clerk_form)
        layout.addWidget(self.trial)
        layout.addWidget(self.office)
        layout.addWidget(self.office_box)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def _fill_office(self, address: str) -> None:
        host, database, login = connection.office_fields(address)
        self.office.setChecked(True)
        self.host.setText(host)
        self.database.setText(database)
        self.db_login.setText(login)
        self.password.setFocus()

    def _on_start(self) -> None:
        self.error.clear()
        password = self.password.text()
        self.password.clear()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            clerk = clerks.validate_clerk_login(self.login.text())
            url = (bootstrap.trial_database_url() if self.trial.isChecked()
                   else self._check_office(password))
        except IokError as error:
            self.error.setText(error_text(error))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.url, self.clerk = url, clerk
        save_database_url(self._settings, url)
        self._settings.setValue(CLERK_KEY, clerk)
        self._settings.sync()
        self.accept()

    def _check_office(self, password: str) -> str:
        """Connect with the password (kept in the keyring only when that works), then check
        that the database's schema is one this desk may write to."""
        address = connection.remember_connection(
            connection.office_url(self.host.text(), self.database.text(),
                                  self.db_login.text()), password)
        bootstrap.open_database(address).dispose()
        return address
