"""The account view: status with its history, units, requests, letters — and the actions its
state allows (the others disabled, with a tooltip saying why)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from iok_desk.domain.credentials import format_login_id
from iok_desk.domain.dates import format_date, format_datetime
from iok_desk.domain.errors import ConflictError, IokError
from iok_desk.domain.states import (
    CLERK_REVOKE_REASONS,
    AccountAction,
    AccountStatus,
    allowed_account_actions,
    revoking_closes_account,
)
from iok_desk.services import accounts, browse
from iok_desk.services.dto import AccountDetails, IssueResult, RevokeResult

from .block_dialog import BlockDialog, print_block_confirmation
from .changes import Changed
from .context import DeskContext, clear_error, show_error
from .empty_state import EmptyState
from .forms import child, load_form
from .labels import audit_summary, label, phone_text
from .letters import WithLetter, show_issued_letter, with_letter_in_memory
from .operations import Job
from .portal_panel import PortalPanel


def refresh_details(desk: DeskContext, login_id: str, owner: QWidget,
                    then: Callable[[AccountDetails], None]) -> None:
    """Fetch the account again (after another clerk's change) and hand it over."""
    desk.ops.run(lambda _job: accounts.account_details(desk.db, login_id), then, owner=owner)


def _when(moment: object) -> str:
    return format_datetime(moment) if moment else "—"  # type: ignore[arg-type]


class AccountDialog(QDialog):
    """One account, reloaded after every change.

    Signals:
        sig_loaded(): the details arrived (also after a reload).
    """

    sig_loaded = Signal()

    def __init__(self, desk: DeskContext, login_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self.login_id = login_id
        self.details: AccountDetails | None = None
        self.child_dialog: QDialog | None = None
        self.setWindowTitle(self.tr("Account %1").replace("%1", format_login_id(login_id)))
        form = load_form("account_view", self)
        self.heading = child(form, QLabel, "heading")
        self.status = child(form, QLabel, "status")
        self.portal = PortalPanel(desk, form)
        root = form.layout()
        assert isinstance(root, QBoxLayout)
        root.insertWidget(root.indexOf(self.status) + 1, self.portal)
        details_form = child(form, QFormLayout, "details")
        for name in ("expires", "lastLogin"):  # the portal's box shows them, with more
            details_form.setRowVisible(child(form, QLabel, name), False)
        self._fields = {name: child(form, QLabel, name) for name in
                        ("contact", "issued", "expires", "lastLogin", "blocked", "revoked",
                         "replaced")}
        self.units = child(form, QTableWidget, "units")
        self.events = child(form, QTableWidget, "events")
        self.requests = child(form, QListWidget, "requests")
        self.letters = child(form, QListWidget, "letters")
        reasons: tuple[tuple[QAbstractItemView, str], ...] = (
            (self.units, self.tr("This account sees no unit.")),
            (self.events, self.tr("Nothing has happened to this account yet.")),
            (self.requests, self.tr("No request names this account.")),
            (self.letters, self.tr("No letter has been made for this account.")))
        self._empty = [EmptyState(view, self._when_loaded(why)) for view, why in reasons]
        self.error = child(form, QLabel, "error")
        self.block_button = child(form, QPushButton, "blockButton")
        self.reissue_button = child(form, QPushButton, "reissueButton")
        self.revoke_unit_button = child(form, QPushButton, "revokeUnitButton")
        self.revoke_account_button = child(form, QPushButton, "revokeAccountButton")
        self.add_unit_button = child(form, QPushButton, "addUnitButton")
        self.new_password_button = QPushButton(self.tr("New &first password…"), form)
        self.new_password_button.setObjectName("newPasswordButton")
        for actions in form.findChildren(QBoxLayout):  # the row of action buttons
            if actions.indexOf(self.reissue_button) >= 0:
                actions.insertWidget(actions.indexOf(self.reissue_button) + 1,
                                     self.new_password_button)
        self.new_password_button.clicked.connect(self._open_new_password)
        self.person_button = QPushButton(self.tr("Pe&rson's record…"), form)
        self.person_button.setObjectName("personButton")
        for actions in form.findChildren(QBoxLayout):
            if actions.indexOf(self.new_password_button) >= 0:
                actions.insertWidget(actions.indexOf(self.new_password_button) + 1,
                                     self.person_button)
        self.person_button.clicked.connect(self.open_person)
        self.confirmation_button = QPushButton(self.tr("Block confirma&tion…"), form)
        self.confirmation_button.setObjectName("blockConfirmationButton")
        self.confirmation_button.setToolTip(self.tr(
            "Print the block's confirmation letter to the resident; that it was sent is "
            "recorded."))
        for actions in form.findChildren(QBoxLayout):
            if actions.indexOf(self.person_button) >= 0:
                actions.insertWidget(actions.indexOf(self.person_button) + 1,
                                     self.confirmation_button)
        self.confirmation_button.hide()
        self.confirmation_button.clicked.connect(
            lambda: print_block_confirmation(desk, self.login_id, self))
        child(form, QPushButton, "closeButton").clicked.connect(self.accept)
        for table, headers in ((self.units, [self.tr("Unit"), self.tr("Key"),
                                             self.tr("Granted"), self.tr("Revoked")]),
                               (self.events, [self.tr("When"), self.tr("Clerk"),
                                              self.tr("What happened")])):
            table.setColumnCount(len(headers))
            table.setHorizontalHeaderLabels(headers)
            table.horizontalHeader().setStretchLastSection(True)
            table.verticalHeader().hide()
        self.units.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.units.horizontalHeader().setStretchLastSection(False)
        self.block_button.clicked.connect(self.open_block)
        self.reissue_button.clicked.connect(self._on_reissue)
        self.revoke_unit_button.clicked.connect(lambda: self._open_revoke(whole=False))
        self.revoke_account_button.clicked.connect(lambda: self._open_revoke(whole=True))
        self.add_unit_button.clicked.connect(self._open_add_unit)
        self.units.itemSelectionChanged.connect(self._update_actions)
        QShortcut(QKeySequence("Ctrl+B"), self, self.open_block)
        desk.ops.sig_changed.connect(self._on_changed)
        self._set_actions_enabled(False)
        self.resize(820, 620)
        self.reload()

    def _on_changed(self, changed: Changed) -> None:
        if changed.touches_account(self.login_id):
            self.reload()

    def reload(self) -> None:
        desk, login = self._desk, self.login_id
        desk.ops.run(lambda _job: accounts.account_details(desk.db, login), self._on_details,
                     owner=self, on_failure=lambda error: show_error(self.error, error))

    def _when_loaded(self, why: str) -> Callable[[], str]:
        return lambda: why if self.details is not None else ""

    def _on_details(self, details: AccountDetails) -> None:
        self.details = details
        self.heading.setText(f"{format_login_id(details.login_id)} — {details.person_name}")
        self.status.setText(self.tr("Status: %1").replace("%1", label(details.status)))
        contact = ", ".join(part for part in (phone_text(details.phone), details.email)
                           if part)
        values = {
            "contact": contact or "—",
            "issued": _when(details.issued_at),
            "expires": (format_date(details.first_password_expires_at)
                        if details.must_change_password and details.first_password_expires_at
                        else self.tr("changed by the resident")),
            "lastLogin": _when(details.last_login_at),
            "blocked": (f"{_when(details.blocked_at)} ({label(details.block_reason or '')})"
                        if details.blocked_at else "—"),
            "revoked": (f"{_when(details.revoked_at)} ({label(details.revoke_reason or '')})"
                        if details.revoked_at else "—"),
            "replaced": (format_login_id(details.replaced_by_login_id)
                         if details.replaced_by_login_id else "—"),
        }
        for name, value in values.items():
            self._fields[name].setText(value)
        self.units.setRowCount(len(details.units))
        for row, unit in enumerate(details.units):
            revoked = (f"{format_date(unit.revoked_at)} ({label(unit.revoke_reason or '')})"
                       if unit.revoked_at else "")
            for column, text in enumerate((unit.unit_address, unit.accounting_key,
                                           format_date(unit.granted_at), revoked)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, unit.unit_address
                             if unit.revoked_at is None else None)
                self.units.setItem(row, column, item)
        self.units.resizeColumnsToContents()
        self.events.setRowCount(len(details.events))
        for row, event in enumerate(details.events):
            for column, text in enumerate((format_datetime(event.occurred_at),
                                           event.clerk_login, audit_summary(event))):
                self.events.setItem(row, column, QTableWidgetItem(text))
        self.events.resizeColumnToContents(0)
        self.requests.clear()
        self.requests.addItems(details.requests)
        self.letters.clear()
        self.letters.addItems(details.letters)
        self.portal.show_details(details)
        for empty in self._empty:
            empty.update()
        self._update_actions()
        self.sig_loaded.emit()

    def _selected_live_unit(self) -> str | None:
        item = self.units.item(self.units.currentRow(), 0) if self.units.currentRow() >= 0 \
            else None
        value = item.data(Qt.ItemDataRole.UserRole) if item else None
        return str(value) if value else None

    def _set_actions_enabled(self, enabled: bool) -> None:
        for button in (self.block_button, self.reissue_button, self.revoke_unit_button,
                       self.revoke_account_button, self.add_unit_button,
                       self.new_password_button):
            button.setEnabled(enabled)

    def _allow(self, button: QPushButton, why_not: str | None) -> None:
        button.setEnabled(why_not is None)
        button.setToolTip(why_not or "")

    def _update_actions(self) -> None:
        details = self.details
        if details is None:
            return
        state = label(details.status)
        live_units = [unit for unit in details.units if unit.revoked_at is None]
        allowed = allowed_account_actions(AccountStatus(details.status), len(live_units),
                                          details.never_used)
        revoked = None if allowed else self.tr("The account is revoked; that is final.")
        self._allow(self.block_button, None if AccountAction.BLOCK in allowed else revoked)
        self._allow(self.reissue_button, None if AccountAction.REISSUE in allowed else self.tr(
            "A new login ID is issued only after a block; the account is %1.").replace(
            "%1", state))
        unit_reason = revoked or (None if self._selected_live_unit() else self.tr(
            "Select a unit the account still sees in the Units tab."))
        self._allow(self.revoke_unit_button, unit_reason)
        self._allow(self.revoke_account_button,
                    None if AccountAction.REVOKE_ACCOUNT in allowed else revoked)
        self._allow(self.add_unit_button, None if AccountAction.ADD_UNIT in allowed else self.tr(
            "A unit is added only to a live account; the account is %1.").replace("%1", state))
        self.confirmation_button.setVisible(details.status == AccountStatus.BLOCKED)
        self._allow(self.new_password_button,
                    None if AccountAction.NEW_FIRST_PASSWORD in allowed else self.tr(
                        "A new first password for the same login ID only while nobody has "
                        "logged in with it; after a block a new login ID is issued."))

    def open_person(self) -> None:
        """The record of the account's person (RODO Art. 15/16)."""
        from .person_dialog import PersonDialog

        self._show_child(PersonDialog(self._desk, self.login_id, self))

    def open_block(self) -> None:
        details = self.details
        if details is None or not self.block_button.isEnabled():
            return
        dialog = BlockDialog(self._desk, details.login_id, details.person_name, details.phone,
                             details.status, details.version, self)
        self._show_child(dialog)

    def _show_child(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.child_dialog = dialog
        dialog.open()

    def _on_reissue(self) -> None:
        details = self.details
        if details is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("New login ID"), self.tr(
            "Retire account %1 for good and issue a new login ID and first password for "
            "%2? The letter opens in the print preview.").replace(
            "%1", format_login_id(details.login_id)).replace("%2", details.person_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        box.finished.connect(lambda result: self._reissue(details.version)
                             if result == QMessageBox.StandardButton.Yes else None)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.child_dialog = box
        box.open()

    def _reissue(self, version: int) -> None:
        self.error.clear()
        desk, login = self._desk, self.login_id
        desk.ops.run(lambda _job: with_letter_in_memory(
            lambda deliver: accounts.reissue_account(desk.db, desk.actor, login,
                                                     expected_version=version,
                                                     deliver=deliver)),
                     self.show_issued, owner=self, on_failure=self._on_failed)

    def _open_new_password(self) -> None:
        if self.details is not None and self.new_password_button.isEnabled():
            self._show_child(NewPasswordDialog(self._desk, self.details, self))

    def show_issued(self, issued: WithLetter[IssueResult]) -> None:
        """A new letter: after a reissue follow the person to the new account; units whose
        title ended were not carried over, and the clerk is told which."""
        result = issued.result
        self.login_id = result.login_id
        self.setWindowTitle(self.tr("Account %1").replace("%1", format_login_id(
            result.login_id)))
        if result.dropped_units:
            self.error.setText(self.tr(
                "Not carried over to the new account — the legal title has ended: %1.")
                .replace("%1", ", ".join(result.dropped_units)))
        if issued.letter is not None and issued.pdf is not None:
            show_issued_letter(self._desk, issued.letter, issued.pdf, self)

    def _on_failed(self, error: IokError) -> None:
        show_error(self.error, error)

    def _open_revoke(self, whole: bool) -> None:
        if self.details is None:
            return
        dialog = RevokeDialog(self._desk, self.details, None if whole
                              else self._selected_live_unit(), self)
        self._show_child(dialog)

    def _open_add_unit(self) -> None:
        if self.details is None:
            return
        self._show_child(AddUnitDialog(self._desk, self.details, self))


class _AccountActionDialog(QDialog):
    """A dialog that does one thing to one account: its form (with ``account``, ``error`` and
    ``buttons``), the action button and Cancel; after a conflict it takes the account's fresh
    details so that a second try compares against them."""

    def __init__(self, desk: DeskContext, details: AccountDetails, form_name: str,
                 parent: QWidget | None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._details = details
        self.form = load_form(form_name, self)
        child(self.form, QLabel, "account").setText(
            f"{format_login_id(details.login_id)} — {details.person_name}")
        self.error = child(self.form, QLabel, "error")
        buttons = child(self.form, QDialogButtonBox, "buttons")
        self.action_button = buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(QCoreApplication.translate("AccountDialog", "Cancel"))
        cancel.setDefault(True)  # the safe one: Enter never acts (issue 13)
        self.action_button.clicked.connect(self._act)
        cancel.clicked.connect(self.reject)

    def _act(self) -> None:
        raise NotImplementedError

    def _run(self, work: Callable[[Job], object], on_done: Callable[[Any], None]) -> None:
        clear_error(self.error)
        self.action_button.setEnabled(False)
        self._desk.ops.run(work, on_done, owner=self, on_failure=self._on_failed)

    def _fields(self) -> dict[str, QWidget]:
        return {}

    def _on_failed(self, error: IokError) -> None:
        show_error(self.error, error, self._fields())
        self.action_button.setEnabled(True)
        if isinstance(error, ConflictError):
            refresh_details(self._desk, self._details.login_id, self, self._set_details)

    def _set_details(self, details: AccountDetails) -> None:
        self._details = details


class RevokeDialog(_AccountActionDialog):
    """Revoke one unit or the whole account, with a reason."""

    def __init__(self, desk: DeskContext, details: AccountDetails, unit: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(desk, details, "revoke_dialog", parent)
        self.setWindowTitle(self.tr("Revoke access"))
        self.revoke_button = self.action_button
        self.revoke_button.setText(self.tr("&Revoke"))
        self.scope = child(self.form, QComboBox, "scope")
        self.reason = child(self.form, QComboBox, "reason")
        self.warning = child(self.form, QLabel, "warning")
        self.scope.addItem(self.tr("the whole account (final)"), "")
        for access in details.units:
            if access.revoked_at is None:
                self.scope.addItem(access.unit_address, access.unit_address)
        if unit:
            self.scope.setCurrentIndex(max(0, self.scope.findData(unit)))
        self._live_units = sum(access.revoked_at is None for access in details.units)
        for reason in CLERK_REVOKE_REASONS:
            self.reason.addItem(label(reason.value), reason.value)
        self.scope.currentIndexChanged.connect(self._on_scope)
        self._on_scope()

    def _on_scope(self) -> None:
        revoked = self._live_units if not self.scope.currentData() else 1
        self.warning.setText(self.tr("The login ID is never given to anyone again.")
                             if revoking_closes_account(self._live_units, revoked) else "")

    def _fields(self) -> dict[str, QWidget]:
        return {"unit": self.scope, "reason": self.reason}

    def _act(self) -> None:
        desk, details = self._desk, self._details
        unit = str(self.scope.currentData()) or None
        reason = str(self.reason.currentData())
        self._run(lambda _job: accounts.revoke_access(
            desk.db, desk.actor, details.login_id, reason=reason, unit=unit,
            expected_version=details.version), self._on_done)

    def _on_done(self, _result: RevokeResult) -> None:
        self.accept()


class AddUnitDialog(_AccountActionDialog):
    """Give a live account one more unit (the person's title to it is checked)."""

    def __init__(self, desk: DeskContext, details: AccountDetails,
                 parent: QWidget | None = None) -> None:
        super().__init__(desk, details, "add_unit_dialog", parent)
        self.setWindowTitle(self.tr("Add a unit"))
        self.add_button = self.action_button
        self.add_button.setText(self.tr("&Add"))
        self.unit = child(self.form, QLineEdit, "unit")
        desk.ops.run(lambda _job: browse.unit_addresses(desk.db), self._on_addresses,
                     owner=self)

    def _on_addresses(self, addresses: list[str]) -> None:
        completer = QCompleter(addresses, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.unit.setCompleter(completer)

    def _fields(self) -> dict[str, QWidget]:
        return {"unit": self.unit}

    def _act(self) -> None:
        desk, details, unit = self._desk, self._details, self.unit.text()
        self._run(lambda _job: accounts.add_unit(desk.db, desk.actor, details.login_id, unit,
                                                 expected_version=details.version),
                  lambda _units: self.accept())


class NewPasswordDialog(_AccountActionDialog):
    """A new first password for the same login ID (a spoiled or lost letter of an account
    nobody has used yet); the old letter is voided, the reason audited."""

    def __init__(self, desk: DeskContext, details: AccountDetails,
                 parent: AccountDialog) -> None:
        super().__init__(desk, details, "new_password_dialog", parent)
        self._account_view = parent
        self.setWindowTitle(self.tr("New first password"))
        self.issue_button = self.action_button
        self.issue_button.setText(self.tr("&Issue new password"))
        self.reason = child(self.form, QLineEdit, "reason")
        self.resize(620, self.sizeHint().height())

    def _fields(self) -> dict[str, QWidget]:
        return {"reason": self.reason}

    def _act(self) -> None:
        desk, details, reason = self._desk, self._details, self.reason.text()
        self._run(lambda _job: with_letter_in_memory(
            lambda deliver: accounts.new_first_password(
                desk.db, desk.actor, details.login_id, reason=reason,
                expected_version=details.version, deliver=deliver)), self._on_done)

    def _on_done(self, issued: WithLetter[IssueResult]) -> None:
        self.accept()
        self._account_view.show_issued(issued)
