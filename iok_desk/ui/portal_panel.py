"""What the portal sees, in the account view: the facts the phone clerk needs for "I can't log
in" and the one-line diagnosis with the next step (``domain.diagnosis``); and the list of
accounts with many failed logins."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iok_desk.domain.credentials import format_login_id
from iok_desk.domain.dates import format_date, format_datetime
from iok_desk.domain.diagnosis import (
    LETTER_HANDED_OVER,
    LETTER_POSTED,
    LETTER_PRINTED,
    LETTER_RETURNED,
    LETTER_VOIDED,
    render,
)
from iok_desk.domain.errors import IokError
from iok_desk.services import phone
from iok_desk.services.dto import AccountDetails, BlockResult, FailedLoginsRow, PortalView

from .context import DeskContext, show_error

DIAGNOSIS_STYLE = ("QLabel { background: #fff4e5; border-left: 4px solid #b45309; "
                   "padding: 6px; color: #1f2937; font-weight: bold; }")
WORKING_STYLE = ("QLabel { background: #e8f5e9; border-left: 4px solid #1b5e20; "
                 "padding: 6px; color: #1f2937; font-weight: bold; }")


def _language() -> str:
    return "pl" if QLocale().language() == QLocale.Language.Polish else "en"


def diagnosis_text(view: PortalView) -> str:
    """The diagnosis in the window's language, from the one table of ``domain.diagnosis``."""
    return render(view.diagnosis_code, view.diagnosis_params, view.diagnosis_count,
                  _language())


class PortalPanel(QGroupBox):
    """The account view's "What the portal sees" box.

    Signals:
        sig_countersigned(): a supervisor put a proposed abuse block in force.

    ``ask_reason`` asks why a proposal is withdrawn (the tests replace it).
    """

    sig_countersigned = Signal()

    def __init__(self, desk: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._details: AccountDetails | None = None
        self.setObjectName("portalPanel")
        self.setTitle(self.tr("What the portal sees"))
        layout = QVBoxLayout(self)
        self.diagnosis = QLabel()
        self.diagnosis.setObjectName("diagnosis")
        self.diagnosis.setWordWrap(True)
        self.diagnosis.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.diagnosis)
        form = QFormLayout()
        self.values: dict[str, QLabel] = {}
        for name, text in (("lastGoodLogin", self.tr("Last successful login:")),
                           ("failedLogins", self.tr("Failed logins since then:")),
                           ("firstPassword", self.tr("First password:")),
                           ("letter", self.tr("Credential letter:"))):
            value = QLabel()
            value.setObjectName(name)
            value.setWordWrap(True)
            self.values[name] = value
            form.addRow(text, value)
        layout.addLayout(form)
        self.proposal = QLabel()
        self.proposal.setObjectName("blockProposal")
        self.proposal.setWordWrap(True)
        self.countersign_button = QPushButton(self.tr("Countersi&gn the block"))
        self.countersign_button.setObjectName("countersignButton")
        self.countersign_button.setAutoDefault(False)
        self.countersign_button.clicked.connect(self.countersign)
        self.withdraw_button = QPushButton(self.tr("&Withdraw the proposal…"))
        self.withdraw_button.setObjectName("withdrawProposalButton")
        self.withdraw_button.setAutoDefault(False)
        self.withdraw_button.setToolTip(self.tr(
            "The clerk who proposed the block, or a supervisor, takes it back with a reason."))
        self.withdraw_button.clicked.connect(self.withdraw)
        self.ask_reason: Callable[[], str | None] = self._ask_reason
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        proposal_actions = QHBoxLayout()
        proposal_actions.addWidget(self.countersign_button)
        proposal_actions.addWidget(self.withdraw_button)
        proposal_actions.addStretch()
        layout.addWidget(self.proposal)
        layout.addLayout(proposal_actions)
        layout.addWidget(self.error)
        for widget in (self.proposal, self.countersign_button, self.withdraw_button,
                       self.error):
            widget.hide()

    def show_details(self, details: AccountDetails) -> None:
        self._details = details
        view = details.portal
        if view is None:
            self.hide()
            return
        self.diagnosis.setText(diagnosis_text(view))
        self.diagnosis.setStyleSheet(WORKING_STYLE if view.diagnosis_code == "working"
                                     else DIAGNOSIS_STYLE)
        values = self.values
        values["lastGoodLogin"].setText(format_datetime(view.last_login_at)
                                        if view.last_login_at else self.tr("never"))
        values["failedLogins"].setText(str(view.failed_logins) + (
            "  " + self.tr("(many: check who is calling)") if view.many_failed else ""))
        values["failedLogins"].setStyleSheet("color: #b00020; font-weight: bold;"
                                             if view.many_failed else "")
        if view.first_password_pending:
            until = (format_date(view.first_password_expires_at)
                     if view.first_password_expires_at else "—")
            values["firstPassword"].setText(
                self.tr("still to be changed, valid until %1").replace("%1", until))
        else:
            changed = (format_date(view.password_changed_at) if view.password_changed_at
                       else "—")
            values["firstPassword"].setText(
                self.tr("changed by the resident on %1").replace("%1", changed))
        values["letter"].setText(self._letter_text(view))
        # A proposal waits only while the account is live; once blocked it is history.
        proposed = details.block_proposed_by if details.status in ("issued", "active") \
            else None
        self.proposal.setVisible(bool(proposed))
        self.countersign_button.setVisible(bool(proposed))
        self.withdraw_button.setVisible(bool(proposed))
        if proposed:
            when = format_datetime(details.block_proposed_at) if details.block_proposed_at \
                else "—"
            self.proposal.setText(self.tr(
                "Block for abuse proposed by %1 on %2: it takes effect when another clerk, a "
                "supervisor, countersigns it.").replace("%1", proposed).replace("%2", when))
        self.error.hide()

    def _letter_text(self, view: PortalView) -> str:
        when = format_date(view.letter_delivered_at) if view.letter_delivered_at else ""
        texts = {
            LETTER_PRINTED: self.tr("printed, not handed over yet"),
            LETTER_HANDED_OVER: self.tr("handed over %1").replace("%1", when),
            LETTER_POSTED: self.tr("posted %1").replace("%1", when),
            LETTER_RETURNED: self.tr("returned undelivered"),
            LETTER_VOIDED: self.tr("voided"),
        }
        if view.letter_state is None:
            return self.tr("not recorded")
        return texts.get(view.letter_state, view.letter_state).strip()

    def countersign(self) -> None:
        details = self._details
        if details is None:
            return
        desk, login, version = self._desk, details.login_id, details.version
        self.countersign_button.setEnabled(False)

        def failed(error: IokError) -> None:
            self.countersign_button.setEnabled(True)
            self.error.show()
            show_error(self.error, error)

        def done(_result: BlockResult) -> None:
            self.countersign_button.setEnabled(True)
            self.sig_countersigned.emit()

        desk.ops.run(lambda _job: phone.countersign_block(desk.db, desk.actor, login,
                                                          expected_version=version),
                     done, owner=self, on_failure=failed)


    def _ask_reason(self) -> str | None:
        from .reason_dialog import ask_reason

        return ask_reason(self, self.tr("Withdraw the proposed block"),
                          self.tr("Why is the proposed block withdrawn?"), multi_line=True)

    def withdraw(self) -> None:
        """Take the proposed abuse block back (its proposer or a supervisor), with a reason;
        the account view redraws from what the withdrawal changed."""
        details = self._details
        if details is None:
            return
        reason = self.ask_reason()
        if reason is None:
            return
        desk, login, version = self._desk, details.login_id, details.version
        self.withdraw_button.setEnabled(False)

        def failed(error: IokError) -> None:
            self.withdraw_button.setEnabled(True)
            self.error.show()
            show_error(self.error, error)

        desk.ops.run(lambda _job: phone.withdraw_block_proposal(
            desk.db, desk.actor, login, reason=reason, expected_version=version),
            lambda _changes: self.withdraw_button.setEnabled(True), owner=self,
            on_failure=failed)


class FailedLoginsDialog(QDialog):
    """Accounts with at least the setting's number of failed logins since their last good
    one, most first; Enter or a double click opens the account."""

    sig_loaded = Signal()

    def __init__(self, desk: DeskContext, open_account: Callable[[str], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._open_account = open_account
        self.rows: list[FailedLoginsRow] = []
        self.setWindowTitle(self.tr("Accounts with many failed logins"))
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("failedLogins")
        self.table.setAccessibleName(self.tr("Accounts with many failed logins"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Login ID"), self.tr("Failed"), self.tr("Resident"), self.tr("Units"),
            self.tr("Last successful login")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(
            3, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.activated.connect(lambda _index: self.open_selected())
        layout.addWidget(self.table)
        buttons = QDialogButtonBox()
        self.open_button = buttons.addButton(self.tr("&Open account"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(self.open_selected)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        close.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(820, 420)
        self.reload()

    def reload(self) -> None:
        desk = self._desk
        desk.ops.run(lambda _job: (phone.failed_logins_review(desk.db),
                                   phone.failed_login_threshold_of(desk.db)),
                     lambda result: self._on_rows(*result), owner=self)

    def _on_rows(self, rows: list[FailedLoginsRow], threshold: int) -> None:
        self.rows = rows
        if rows:
            self.summary.setText(self.tr(
                "%n account(s) with %1 or more failed logins since their last successful "
                "one. Check who calls before anything else; offer a block.", "",
                len(rows)).replace("%1", str(threshold)))
        else:
            self.summary.setText(self.tr(
                "No account has %1 or more failed logins since its last successful one (the "
                "threshold is a setting).").replace("%1", str(threshold)))
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            last = format_datetime(row.last_login_at) if row.last_login_at else self.tr("never")
            for column, text in enumerate((format_login_id(row.login_id),
                                           str(row.failed_logins), row.person_name,
                                           ", ".join(row.units), last)):
                item = QTableWidgetItem(text)
                if column == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(index, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(
            3, QHeaderView.ResizeMode.Stretch)
        if rows:
            self.table.selectRow(0)
        self.open_button.setEnabled(bool(rows))
        self.sig_loaded.emit()

    def open_selected(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.rows):
            self._open_account(self.rows[row].login_id)
