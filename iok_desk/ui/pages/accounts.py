"""Every account, paged from the database; sorting and filtering happen in SQL."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QTableView, QWidget

from iok_desk.domain.credentials import format_login_id
from iok_desk.domain.dates import format_date
from iok_desk.domain.states import AccountStatus
from iok_desk.services import accounts, browse
from iok_desk.services.browse import AccountQuery, AccountRow

from ..changes import Changed
from ..context import DeskContext
from ..forms import child
from ..labels import label, phone_text
from ..models import PAGE_SIZE, Column, KeysetModel, account_mark
from .base import FILTER_DELAY_MS, Page


class AccountsPage(Page):
    """The accounts list: the first page in the chosen order at once, more as the clerk
    scrolls, the number of accounts apart. A change to accounts it shows redraws their rows
    only; the list is read again from its first page when accounts were added, or nobody
    knows what changed.

    Signals:
        sig_open_account(str): open the account with this login ID.
        sig_revoke_access(AccountDetails, str): revoke this account (the main window opens
            the revoke dialog; the empty unit chooses the whole account).
    """

    FORM = "accounts_page"
    KEY = "accounts"
    sig_open_account = Signal(str)
    sig_revoke_access = Signal(object, str)

    def __init__(self, desk: DeskContext, settings: QSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(desk, settings, parent)
        form = self.form
        self.filter = child(form, QLineEdit, "filter")
        self.status = child(form, QComboBox, "status")
        self.table = child(form, QTableView, "table")
        self.summary = child(form, QLabel, "summary")
        self.status.addItem(self.tr("all"), "")
        for status in AccountStatus:
            self.status.addItem(label(status.value), status.value)
        db = desk.db
        self.model = KeysetModel[AccountRow](desk.ops, [
            Column(self.tr("Login ID"), lambda row: format_login_id(row.login_id), "login_id"),
            Column(self.tr("Name"), lambda row: row.person_name, "name"),
            Column(self.tr("Status"), lambda row: label(row.status), "status", marked=True),
            Column(self.tr("Issued"), lambda row: format_date(row.issued_at), "issued_at"),
            Column(self.tr("Units"), lambda row: ", ".join(row.units)),
            Column(self.tr("Phone"), lambda row: phone_text(row.phone)),
        ], lambda key, descending, after: browse.account_page(
            db, self._query(key, descending), after=after, limit=PAGE_SIZE),
            lambda: browse.account_count(db, self._query(None, False)),
            lambda ids: browse.account_rows(db, ids), lambda row: row.id, self,
            marks=account_mark)
        self.table.setModel(self.model)
        self.remember("filter", self.filter)
        self.remember("status", self.status)
        if self.setting("columns") is None:
            self.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.AscendingOrder)
        self.remember_table(self.table, (13, 30, 13, 12, 34))
        self.table.setSortingEnabled(True)
        self.model.dataChanged.connect(lambda *_: self.fit_columns_once())
        self.model.modelReset.connect(self.fit_columns_once)  # the first page: "zablokowane"
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FILTER_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        self.filter.textChanged.connect(self._timer.start)
        self.status.currentIndexChanged.connect(self.reload)
        self.model.sig_loaded.connect(lambda count: self.summary.setText(
            self.tr("%n account(s)", "", count)))
        child(form, QPushButton, "openButton").clicked.connect(self.open_selected)
        self.table.activated.connect(lambda _index: self.open_selected())
        self.reload()

    def _query(self, key: str | None, descending: bool) -> AccountQuery:
        return AccountQuery(text=self.filter.text(), status=str(self.status.currentData()),
                            sort_key=key or "name", descending=descending)

    def reload(self) -> None:
        self.model.reload()

    def on_changed(self, changes: Changed) -> None:
        if changes.account_list:
            self.reload()
        elif changes.accounts:
            self.model.refresh_rows(lambda row: row.login_id in changes.accounts)

    def open_selected(self) -> None:
        row = self.model.row_at(self.table.currentIndex().row())
        if row is not None:
            self.sig_open_account.emit(row.login_id)

    def delete_selected(self) -> str:
        """Delete: the revoke dialog for the selected account, the whole account chosen;
        nothing changes until the clerk picks a reason and presses Revoke."""
        row = self.model.row_at(self.table.currentIndex().row())
        if row is None:
            return self.tr("Select the account to revoke.")
        if row.status == AccountStatus.REVOKED:
            return self.tr("Account %1 is already revoked.").replace(
                "%1", format_login_id(row.login_id))
        desk, login_id = self._desk, row.login_id
        desk.ops.run(lambda _job: accounts.account_details(desk.db, login_id),
                     lambda details: self.sig_revoke_access.emit(details, ""), owner=self)
        return ""
