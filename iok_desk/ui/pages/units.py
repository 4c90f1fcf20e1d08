"""The unit register: a unit's titles, and the accounts that still see it — listed for
revocation after a sale."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from iok_desk.domain.credentials import format_login_id
from iok_desk.domain.dates import format_date
from iok_desk.services import accounts, browse
from iok_desk.services.browse import UnitRow
from iok_desk.services.dto import AccountDetails, AccountSummary, TitleInfo

from ..changes import Changed
from ..context import DeskContext, clear_error, show_error
from ..empty_state import EmptyState
from ..forms import child
from ..labels import label
from ..models import Column, LazyIdModel
from ..operations import Job
from .base import FILTER_DELAY_MS, Page


class UnitsPage(Page):
    """The units list and the selected unit's side panel.

    Signals:
        sig_open_account(str): open the account with this login ID.
        sig_revoke_access(AccountDetails, str): revoke this account's access to the unit at
            this address (the main window opens the dialog).
        sig_unit_loaded(): the side panel shows the selected unit.
    """

    FORM = "units_page"
    KEY = "units"
    LIST_STEM = "lokale"
    sig_open_account = Signal(str)
    sig_revoke_access = Signal(object, str)
    sig_unit_loaded = Signal()

    def __init__(self, desk: DeskContext, settings: QSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(desk, settings, parent)
        form = self.form
        self.filter = child(form, QLineEdit, "filter")
        self.table = child(form, QTableView, "table")
        self.heading = child(form, QLabel, "unitHeading")
        self.titles = child(form, QTableWidget, "titles")
        self.accounts = child(form, QTableWidget, "accounts")
        self.error = child(form, QLabel, "error")
        self.summary = child(form, QLabel, "summary")
        self.revoke_button = child(form, QPushButton, "revokeButton")
        self.open_button = child(form, QPushButton, "openAccountButton")
        self._unit: UnitRow | None = None
        self._holders: list[AccountSummary] = []
        db = desk.db
        self.model = LazyIdModel[UnitRow](desk.ops, [
            Column(self.tr("Address"), lambda row: row.address, "address"),
            Column(self.tr("Estate"), lambda row: row.estate, "estate"),
            Column(self.tr("Key"), lambda row: row.accounting_key, "accounting_key"),
            Column(self.tr("Accounts"), lambda row: str(row.live_accounts), "live_accounts"),
        ], lambda key, descending: browse.unit_ids(db, self.filter.text(),
                                                   sort_key=key or "address",
                                                   descending=descending),
            lambda ids: browse.unit_rows(db, ids), self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Units"))
        self.titles.setAccessibleName(self.tr("Legal titles to the unit"))
        self.accounts.setAccessibleName(self.tr("Accounts that still see the unit"))
        if self.setting("columns") is None:
            self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.remember_table(self.table, (24, 30, 14))
        self.table.setSortingEnabled(True)  # sorted in the database (``browse.unit_ids``)
        self._units_loaded = False
        self.empty = EmptyState(self.table, self._why_no_units)
        self.empty_titles = EmptyState(self.titles, lambda: self.tr(
            "Choose a unit in the list to see its legal titles.") if self._unit is None
            else self.tr("The register holds no legal title to this unit."))
        self.empty_accounts = EmptyState(self.accounts, lambda: self.tr(
            "Choose a unit in the list to see the accounts that see it.")
            if self._unit is None else self.tr("No account sees this unit."))
        self.remember("filter", self.filter)
        for table, headers in ((self.titles, [self.tr("Person"), self.tr("Title"),
                                              self.tr("From"), self.tr("To")]),
                               (self.accounts, [self.tr("Login ID"), self.tr("Name"),
                                                self.tr("Status")])):
            table.setColumnCount(len(headers))
            table.setHorizontalHeaderLabels(headers)
            table.verticalHeader().hide()
            table.horizontalHeader().setStretchLastSection(True)
        self.model.dataChanged.connect(lambda *_: self.fit_columns_once())
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FILTER_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        self.filter.textChanged.connect(self._timer.start)
        self.model.sig_loaded.connect(self._on_loaded)
        self.table.clicked.connect(lambda index: self._select(index.row()))
        self.table.activated.connect(lambda index: self._select(index.row()))
        self.accounts.itemSelectionChanged.connect(self._update_buttons)
        self.revoke_button.clicked.connect(self._on_revoke)
        self.open_button.clicked.connect(self._on_open)
        # The person's record (RODO): of the selected title's holder, else of the account's.
        self.person_button = QPushButton(self.tr("Person's re&cord…"), form)
        self.person_button.setObjectName("personButton")
        for row_of_buttons in form.findChildren(QBoxLayout):
            if row_of_buttons.indexOf(self.open_button) >= 0:
                row_of_buttons.insertWidget(row_of_buttons.indexOf(self.open_button) + 1,
                                            self.person_button)
        self.person_button.clicked.connect(self._on_person)
        self.titles.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()
        self.reload()

    def reload(self) -> None:
        self.model.reload()

    def _on_loaded(self, count: int) -> None:
        self._units_loaded = True
        self.summary.setText(self.tr("%n unit(s)", "", count))
        self.empty.update()

    def _why_no_units(self) -> str:
        if not self._units_loaded:
            return ""
        if self.filter.text().strip():
            return self.tr("No unit matches the filter.")
        return self.tr("The unit register is empty: import it from accounting (Desk ▸ Import "
                       "the unit register…).")

    def on_changed(self, changes: Changed) -> None:
        """The list counts live accounts per unit; the panel lists the selected unit's
        titles and accounts."""
        if changes.everything:
            self.reload()
        elif changes.unit_list:
            self.reload()
        elif changes.units:
            self.model.refresh_rows(lambda row: row.address in changes.units)
        unit = self._unit
        if unit is not None and (changes.everything or changes.new_accounts
                                 or unit.address in changes.units
                                 or changes.touches_accounts(
                                     holder.login_id for holder in self._holders)):
            self._reload_unit()

    def _select(self, row: int) -> None:
        unit = self.model.row_at(row)
        if unit is not None:
            self._unit = unit
            self._reload_unit()

    def _reload_unit(self) -> None:
        unit, desk = self._unit, self._desk
        if unit is None:
            return

        def work(_job: Job) -> tuple[list[TitleInfo], list[AccountSummary]]:
            return (browse.unit_title_holders(desk.db, unit.id),
                    browse.accounts_seeing_unit(desk.db, unit.id))

        desk.ops.run(work, lambda result: self._on_unit(unit, *result), owner=self)

    def _on_unit(self, unit: UnitRow, titles: list[TitleInfo],
                 holders: list[AccountSummary]) -> None:
        self.heading.setText(f"{unit.address} ({unit.estate})")
        self.titles.setRowCount(len(titles))
        for row, title in enumerate(titles):
            for column, text in enumerate((title.person_name, label(title.kind),
                                           format_date(title.valid_from),
                                           format_date(title.valid_to) if title.valid_to
                                           else "—")):
                self.titles.setItem(row, column, QTableWidgetItem(text))
        self.titles.resizeColumnsToContents()
        self._holders = holders
        self.accounts.setRowCount(len(holders))
        for row, holder in enumerate(holders):
            for column, text in enumerate((format_login_id(holder.login_id),
                                           holder.person_name, label(holder.status))):
                self.accounts.setItem(row, column, QTableWidgetItem(text))
        self.accounts.resizeColumnsToContents()
        self.empty_titles.update()
        self.empty_accounts.update()
        if holders:
            self.accounts.selectRow(0)
        self._update_buttons()
        self.sig_unit_loaded.emit()

    def _selected_holder(self) -> AccountSummary | None:
        row = self.accounts.currentRow()
        return self._holders[row] if 0 <= row < len(self._holders) else None

    def person_spec(self) -> str | None:
        """The person of the selected title ("Name, unit"), else of the selected account."""
        item = self.titles.item(self.titles.currentRow(), 0)
        if self._unit is not None and item is not None and self.titles.selectedItems():
            return f"{item.text()}, {self._unit.address}"
        holder = self._selected_holder()
        return holder.login_id if holder is not None else None

    def _on_person(self) -> None:
        from ..person_dialog import PersonDialog

        spec = self.person_spec()
        if spec is not None:
            dialog = PersonDialog(self._desk, spec, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.show()

    def _update_buttons(self) -> None:
        if hasattr(self, "person_button"):
            self.person_button.setEnabled(self.person_spec() is not None)
        chosen = self._selected_holder() is not None
        self.open_button.setEnabled(chosen)
        self.revoke_button.setEnabled(chosen)
        self.revoke_button.setToolTip("" if chosen else self.tr(
            "Select an account that still sees the unit."))

    def open_selected(self) -> None:
        self._on_open()

    def delete_selected(self) -> str:
        """Delete: revoke the selected account's access to this unit (the revoke dialog)."""
        if self._selected_holder() is None or self._unit is None:
            return self.tr("Select an account that still sees the unit.")
        self._on_revoke()
        return ""

    def _on_open(self) -> None:
        holder = self._selected_holder()
        if holder is not None:
            self.sig_open_account.emit(holder.login_id)

    def _on_revoke(self) -> None:
        holder, unit, desk = self._selected_holder(), self._unit, self._desk
        if holder is None or unit is None:
            return
        clear_error(self.error)

        def ask(details: AccountDetails) -> None:
            self.sig_revoke_access.emit(details, unit.address)

        desk.ops.run(lambda _job: accounts.account_details(desk.db, holder.login_id), ask,
                     owner=self, on_failure=lambda error: show_error(self.error, error))
