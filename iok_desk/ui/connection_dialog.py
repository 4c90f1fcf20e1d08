"""This workstation's database connection: the address the desk opens at its next start, and
the database password, kept only in the operating system's keyring."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QWidget

from iok_desk.domain.errors import IokError
from iok_desk.services import connection

from .context import DeskContext, clear_error, show_error
from .forms import child, load_form

SAVED_URL_KEY = "database/url"


def saved_database_url(settings: QSettings) -> str | None:
    """The address saved in this dialog, if any."""
    value = settings.value(SAVED_URL_KEY)
    return str(value) if value else None


def save_database_url(settings: QSettings, url: str) -> None:
    """The address this workstation opens at its next start."""
    settings.setValue(SAVED_URL_KEY, url)
    settings.sync()


class ConnectionDialog(QDialog):
    """Checks the address and password by connecting once; only then keeps the password in
    the keyring and the address in this workstation's settings."""

    def __init__(self, desk: DeskContext, settings: QSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._settings = settings
        self.setWindowTitle(self.tr("Database connection"))
        form = load_form("connection_dialog", self)
        self.url = child(form, QLineEdit, "url")
        self.url.setText(saved_database_url(settings) or "")
        self.password = child(form, QLineEdit, "password")
        self.error = child(form, QLabel, "error")
        buttons = child(form, QDialogButtonBox, "buttons")
        self.save_button = buttons.addButton(self.tr("&Check and save"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.setAutoDefault(False)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        self.save_button.clicked.connect(self._on_save)
        cancel.clicked.connect(self.reject)
        self.resize(520, self.sizeHint().height())

    def _on_save(self) -> None:
        fields: dict[str, QWidget] = {"url": self.url, "password": self.password}
        clear_error(self.error, fields)
        url, password = self.url.text(), self.password.text()
        self.password.clear()
        self.save_button.setEnabled(False)
        self._desk.ops.run(lambda _job: connection.remember_connection(url, password),
                           self._on_saved, owner=self,
                           on_failure=lambda error: self._on_failed(error, fields))

    def _on_saved(self, address: str) -> None:
        save_database_url(self._settings, address)
        self.accept()

    def _on_failed(self, error: IokError, fields: dict[str, QWidget]) -> None:
        self.save_button.setEnabled(True)
        show_error(self.error, error, fields)
