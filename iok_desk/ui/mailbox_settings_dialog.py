"""Mail settings (administrator; Desk ▸ Mail settings): the office mailbox's IMAP server, its
encryption, user and folders, the SMTP server and address replies are sent from — the same for
every workstation — and the mailbox password, kept only in this workstation's keyring. "Test
the connection" logs in with what is typed (nothing saved) and lists the server's folders."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from iok_desk.domain.errors import IokError

from .context import DeskContext, clear_error, show_error
from .forms import guard_dialog
from .operations import Job

# The mailbox service comes with the dialog: a start needs none of it.
if TYPE_CHECKING:
    from iok_desk.services import mailbox

TEXT_FIELDS = ("host", "user", "inbox", "done_folder", "dismissed_folder", "smtp_host",
               "address", "ca_file")


class MailboxSettingsDialog(QDialog):
    """Loads the stored settings; tests the typed ones against the server; saves them (one
    audited transaction; the Mail page reloads from the result's ``changes``) and the typed
    password to the keyring."""

    def __init__(self, desk: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        guard_dialog(self)
        self._desk = desk
        self.setWindowTitle(self.tr("Mail settings"))
        self.fields: dict[str, QLineEdit] = {}
        for name in TEXT_FIELDS:
            self.fields[name] = QLineEdit()
            self.fields[name].setObjectName(name)
        self.port = self._port("port")
        self.smtp_port = self._port("smtp_port")
        self.tls_mode = QComboBox()
        self.tls_mode.setObjectName("tls_mode")
        self.tls_mode.addItem(self.tr("TLS from the start (IMAPS, usually port 993)"),
                              "implicit")
        self.tls_mode.addItem(self.tr("STARTTLS before the login (usually port 143)"),
                              "starttls")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("unchanged"))

        imap = QFormLayout()
        self._row(imap, self.tr("I&MAP server:"), self.fields["host"])
        self._row(imap, self.tr("P&ort:"), self.port)
        self._row(imap, self.tr("&Encryption:"), self.tls_mode)
        self._row(imap, self.tr("&User:"), self.fields["user"])
        self._row(imap, self.tr("Pass&word (this desk's keyring):"), self.password)
        self._row(imap, self.tr("&Inbox folder:"), self.fields["inbox"])
        self._row(imap, self.tr("Folder of re&gistered mail:"), self.fields["done_folder"])
        self._row(imap, self.tr("Folder of &dismissed mail:"), self.fields["dismissed_folder"])
        self._row(imap, self.tr("&CA certificate file (optional):"), self.fields["ca_file"])
        smtp = QFormLayout()
        self._row(smtp, self.tr("SMTP ser&ver:"), self.fields["smtp_host"])
        self._row(smtp, self.tr("SMTP por&t (465: TLS, else STARTTLS):"), self.smtp_port)
        self._row(smtp, self.tr("Office's &address:"), self.fields["address"])
        imap_box = QGroupBox(self.tr("Incoming mail (IMAP)"))
        imap_box.setLayout(imap)
        smtp_box = QGroupBox(self.tr("Replies (SMTP, same user and password)"))
        smtp_box.setLayout(smtp)

        self.test_button = QPushButton(self.tr("Test the co&nnection"))
        self.test_button.setObjectName("testButton")
        self.test_button.setAutoDefault(False)
        self.report = QLabel()
        self.report.setObjectName("report")
        self.report.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox()
        # An action, not the accept role: the button box would make it the default button.
        self.save_button = buttons.addButton(self.tr("&Save"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.setAutoDefault(False)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        layout = QVBoxLayout(self)
        for widget in (imap_box, smtp_box, self.test_button, self.report, self.error, buttons):
            layout.addWidget(widget)
        self.test_button.clicked.connect(self.test_connection)
        self.save_button.clicked.connect(self.save)
        cancel.clicked.connect(self.reject)
        self.save_button.setEnabled(False)
        self.test_button.setEnabled(False)
        self.resize(640, 0)

        from iok_desk.services import mailbox

        desk.ops.run(lambda _job: mailbox.get_mailbox_settings(desk.db), self._on_loaded,
                     owner=self, on_failure=self._on_failed)

    def _port(self, name: str) -> QSpinBox:
        box = QSpinBox()
        box.setObjectName(name)
        box.setRange(1, 65535)
        return box

    @staticmethod
    def _row(layout: QFormLayout, text: str, widget: QWidget) -> None:
        label = QLabel(text)
        label.setBuddy(widget)
        layout.addRow(label, widget)

    def _widgets(self) -> dict[str, QWidget]:
        return {**self.fields, "port": self.port, "smtp_port": self.smtp_port,
                "tls_mode": self.tls_mode, "password": self.password}

    def _on_loaded(self, settings: mailbox.MailboxSettings) -> None:
        for name, widget in self.fields.items():
            widget.setText(str(getattr(settings, name)))
        self.port.setValue(settings.port)
        self.smtp_port.setValue(settings.smtp_port)
        self.tls_mode.setCurrentIndex(max(0, self.tls_mode.findData(settings.tls_mode)))
        self.save_button.setEnabled(True)
        self.test_button.setEnabled(True)

    def typed(self) -> mailbox.MailboxSettings:
        from iok_desk.services import mailbox

        return mailbox.MailboxSettings(
            **{name: widget.text() for name, widget in self.fields.items()},
            port=self.port.value(), smtp_port=self.smtp_port.value(),
            tls_mode=str(self.tls_mode.currentData()))

    def test_connection(self) -> None:
        """Log in with the typed settings and password (else the keyring's) and list the
        server's folders; nothing is saved."""
        from iok_desk.services import mailbox

        clear_error(self.error, self._widgets())
        self.report.setText(self.tr("Connecting…"))
        self.test_button.setEnabled(False)
        typed, password = self.typed(), self.password.text()

        def work(_job: Job) -> mailbox.ConnectionCheck:
            return mailbox.check_connection(typed, password)

        self._desk.ops.run(work, self._on_checked, owner=self, on_failure=self._on_failed)

    def _on_checked(self, check: mailbox.ConnectionCheck) -> None:
        self.test_button.setEnabled(True)
        lines = [self.tr("Connected. %n message(s) in the inbox.", "", check.inbox_messages),
                 self.tr("Folders on the server: %1").replace("%1", ", ".join(check.folders))]
        if check.missing:
            lines.append(self.tr("Not on the server yet (made at the first move): %1")
                         .replace("%1", ", ".join(check.missing)))
        self.report.setText("\n".join(lines))

    def save(self) -> None:
        from iok_desk.services import mailbox

        clear_error(self.error, self._widgets())
        typed, password, desk = self.typed(), self.password.text(), self._desk
        desk.ops.run(lambda _job: mailbox.save_mailbox_settings(desk.db, desk.actor, typed,
                                                                password),
                     lambda _saved: self.accept(), owner=self, on_failure=self._on_failed)

    def _on_failed(self, error: IokError) -> None:
        self.test_button.setEnabled(self.save_button.isEnabled())
        self.report.clear()
        show_error(self.error, error, self._widgets())
