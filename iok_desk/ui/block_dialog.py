"""The phone-in block: reason, caller, phone, how the caller was verified, confirm — blocked at
once, and said when; then, if the clerk wants, the confirmation letter to the resident."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from iok_desk.domain.credentials import format_login_id
from iok_desk.domain.dates import format_datetime
from iok_desk.domain.errors import ConflictError, IokError
from iok_desk.domain.states import AccountStatus, BlockReason, CallerVerification
from iok_desk.letters import produce
from iok_desk.services import accounts
from iok_desk.services.dto import AccountDetails, BlockResult

from . import actions
from .context import DeskContext, clear_error, show_error
from .forms import child, load_form
from .labels import label
from .letters import show_pdf


class BlockDialog(QDialog):
    """Blocks one account, shown beyond doubt as the database has it now: login ID, name,
    addresses, status (the Block button waits for them). The holder's name and phone are
    filled in (the usual caller); typing another caller's name empties the holder's phone.
    How the caller was verified must be chosen. Only the Block button blocks (Alt+Z or a
    click; Enter in a field does nothing), and the dialog then says what happened and when,
    and offers the confirmation letter to the resident's address.

    Signals:
        sig_loaded(): the account is shown as the database has it.
        sig_blocked(str): the login ID that was blocked (or re-reported, or proposed).
    """

    sig_loaded = Signal()
    sig_blocked = Signal(str)

    def __init__(self, desk: DeskContext, login_id: str, person_name: str, phone: str,
                 status: str, version: int | None = None, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self._desk = desk
        self._login_id = login_id
        self._version = version
        self._holder = (person_name, phone)
        self.setWindowTitle(self.tr("Block account %1").replace("%1",
                                                                 format_login_id(login_id)))
        form = load_form("block_dialog", self)
        self.account_login = child(form, QLabel, "accountLogin")
        self.account_name = child(form, QLabel, "accountName")
        self.account_address = child(form, QLabel, "accountAddress")
        self.account_status = child(form, QLabel, "accountStatus")
        self.reason = child(form, QComboBox, "reason")
        self.caller_name = child(form, QLineEdit, "callerName")
        self.caller_phone = child(form, QLineEdit, "callerPhone")
        self.verification = child(form, QComboBox, "verification")
        self.note = child(form, QLineEdit, "note")
        self.error = child(form, QLabel, "error")
        self.outcome = child(form, QLabel, "outcome")
        buttons = child(form, QDialogButtonBox, "buttons")
        self.block_button = QPushButton(self.tr("&Block now"))
        buttons.addButton(self.block_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.confirmation_button = QPushButton(self.tr("Confirmation &letter…"))
        self.confirmation_button.setObjectName("confirmationButton")
        self.confirmation_button.setToolTip(self.tr(
            "A short letter to the resident's address: what was blocked, when, at whose call "
            "and how to get a new login. Printing it is recorded."))
        buttons.addButton(self.confirmation_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.confirmation_button.hide()  # after addButton, which shows it
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("Close"))
        for button in (self.block_button, self.confirmation_button, self.close_button):
            button.setAutoDefault(False)
        self.block_button.clicked.connect(self._on_block)
        self.confirmation_button.clicked.connect(self.print_confirmation)
        self.close_button.clicked.connect(self.reject)
        for reason in BlockReason:
            self.reason.addItem(label(reason.value), reason.value)
        for method in CallerVerification:
            self.verification.addItem(label(method.value), method.value)
        self.verification.setPlaceholderText(self.tr("— choose how —"))
        self.verification.setCurrentIndex(-1)
        self.account_login.setText(format_login_id(login_id))
        self.account_name.setText(person_name)
        self.account_address.setText("…")
        self.account_status.setText(label(status))
        self.block_button.setEnabled(False)
        desk.ops.run(lambda _job: accounts.account_details(desk.db, login_id), self._on_details,
                     owner=self, on_failure=lambda error: show_error(self.error, error))
        self.caller_name.setText(person_name)
        self.caller_phone.setText(phone)
        self.caller_name.textEdited.connect(self._on_caller_edited)
        self._fields: dict[str, QWidget] = {"reason": self.reason,
                                            "caller_name": self.caller_name,
                                            "caller_phone": self.caller_phone,
                                            "verification": self.verification,
                                            "note": self.note}
        self.reason.setFocus()

    def _on_caller_edited(self, text: str) -> None:
        """Another caller is not the holder: the holder's phone is not theirs. Back to the
        holder's name, the holder's phone comes back (unless the clerk typed one)."""
        name, phone = self._holder
        if text.strip().casefold() != name.strip().casefold():
            if self.caller_phone.text() == phone:
                self.caller_phone.clear()
        elif not self.caller_phone.text():
            self.caller_phone.setText(phone)

    def _on_details(self, details: AccountDetails) -> None:
        shown_name, shown_phone = self._holder
        self._holder = (details.person_name, details.phone)
        self.account_name.setText(details.person_name)
        if self.caller_name.text() == shown_name:
            self.caller_name.setText(details.person_name)
            if self.caller_phone.text() == shown_phone:
                self.caller_phone.setText(details.phone)
        self.account_address.setText("\n".join(
            unit.unit_address for unit in details.units if unit.revoked_at is None)
            or self.tr("(no unit)"))
        self.account_status.setText(label(details.status))
        self.block_button.setEnabled(True)
        self.sig_loaded.emit()

    def _on_block(self) -> None:
        clear_error(self.error, self._fields)
        self.block_button.setEnabled(False)
        reason = str(self.reason.currentData())
        checked = self.verification.currentData()
        name, phone, note = (self.caller_name.text(), self.caller_phone.text(),
                             self.note.text())
        actions.block_account(self._desk, self._login_id, reason=reason, caller_name=name,
                              caller_phone=phone, note=note, expected_version=self._version,
                              verification=str(checked) if checked else "",
                              owner=self, done=self._on_blocked, failed=self._on_failed)

    def _on_blocked(self, result: BlockResult) -> None:
        shown = format_login_id(result.login_id)
        if result.pending_countersign:
            text = self.tr("Block of account %1 for abuse proposed: it takes effect when "
                           "another clerk, a supervisor, countersigns it in the account view.")
            self.outcome.setText(text.replace("%1", shown))
        else:
            assert result.blocked_at is not None
            when = format_datetime(result.blocked_at)
            if result.already_blocked:
                text = self.tr("Account %1 was already blocked on %2; this report was "
                               "recorded.")
            else:
                text = self.tr("Blocked account %1 on %2. Portal sessions end at once.")
            self.outcome.setText(text.replace("%1", shown).replace("%2", when))
            self.account_status.setText(label(AccountStatus.BLOCKED.value))
            self.confirmation_button.show()
        for widget in self._fields.values():
            widget.setEnabled(False)
        self.block_button.hide()
        self.close_button.setDefault(True)
        self.close_button.setFocus()
        self.sig_blocked.emit(result.login_id)

    def print_confirmation(self) -> None:
        print_block_confirmation(self._desk, self._login_id, self)

    def _on_failed(self, error: IokError) -> None:
        show_error(self.error, error, self._fields)
        self.block_button.setEnabled(True)
        if isinstance(error, ConflictError):
            # The message names the account's state now; a second Enter is an informed one.
            self._version = None


def print_block_confirmation(desk: DeskContext, login_id: str, parent: QWidget) -> None:
    """The block's confirmation letter to the resident, in the print preview; that it was
    sent is recorded when it is made (right after the block, or later from the account)."""
    db, actor = desk.db, desk.actor
    show_pdf(desk, lambda _job: produce.block_confirmation(db, actor, login_id),
             QCoreApplication.translate("Letters", "Block confirmation %1").replace(
                 "%1", format_login_id(login_id)), f"potwierdzenie-blokady-{login_id}.pdf",
             "", parent)
