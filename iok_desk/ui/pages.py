"""The main window's pages: request queue, accounts, units, audit trail, reports. Each page
knows only the services and says what the clerk asked for through its signals."""

from __future__ import annotations

import csv
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from iok_desk.domain.credentials import format_login_id
from iok_desk.domain.dates import format_date, format_datetime, now_utc, office_date
from iok_desk.domain.errors import ValidationError
from iok_desk.domain.states import AccountStatus, RequestKind, RequestStatus
from iok_desk.letters.audit_extract import audit_extract_csv, render_audit_extract
from iok_desk.letters.register import render_request_register, request_register_csv
from iok_desk.services import accounts, audit, browse, clerks, reports, requests
from iok_desk.services.browse import AccountQuery, AccountRow, RequestQuery, UnitRow
from iok_desk.services.dto import (
    AccountDetails,
    AccountSummary,
    AuditEventInfo,
    RequestInfo,
    TitleInfo,
)
from iok_desk.services.settings import get_letterhead

from .account_view import RevokeDialog
from .context import DeskContext, clear_error, show_error
from .forms import child, load_form
from .labels import label
from .models import Column, LazyIdModel, ListTableModel
from .operations import Job
from .request_dialogs import VerifyRequestDialog

FILTER_DELAY_MS = 250
AUDIT_PAGE = 200


def _prepare_view(view: QTableView) -> None:
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    view.setAlternatingRowColors(True)


def _restore_header(settings: QSettings, key: str, view: QTableView,
                    widths: tuple[int, ...] = ()) -> None:
    """The clerk's column widths, or ``widths`` (in average characters) the first time."""
    state = settings.value(key)
    if state is not None:
        view.horizontalHeader().restoreState(state)
        return
    char = view.fontMetrics().averageCharWidth()
    for column, width in enumerate(widths):
        view.horizontalHeader().resizeSection(column, width * char)


def _restore_combo(settings: QSettings, key: str, combo: QComboBox) -> None:
    index = combo.findData(settings.value(key))
    if index >= 0:
        combo.setCurrentIndex(index)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def request_age_days(info: RequestInfo) -> int:
    return (now_utc() - info.received_at).days


class RequestsPage(QWidget):
    """The request queue: filter by status, kind and age; overdue ones stand out.

    Signals:
        sig_new_request(): the clerk wants to log a request.
        sig_loaded(int): the queue was (re)loaded; the number of rows.
    """

    sig_new_request = Signal()
    sig_loaded = Signal(int)

    def __init__(self, desk: DeskContext, settings: QSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._settings = settings
        form = load_form("requests_page", self)
        self.status = child(form, QComboBox, "status")
        self.kind = child(form, QComboBox, "kind")
        self.age = child(form, QComboBox, "age")
        self.table = child(form, QTableView, "table")
        self.summary = child(form, QLabel, "summary")
        self.verify_dialog: VerifyRequestDialog | None = None
        self._generation = 0
        self._sized = settings.value("requests/columns") is not None
        self.status.addItem(self.tr("open"), "open")
        for status in RequestStatus:
            self.status.addItem(label(status.value), status.value)
        self.status.addItem(self.tr("all"), "")
        self.kind.addItem(self.tr("all"), "")
        for kind in RequestKind:
            self.kind.addItem(label(kind.value), kind.value)
        for days, text in ((0, self.tr("any")), (7, self.tr("older than 7 days")),
                           (browse.OVERDUE_DAYS, self.tr("overdue (over 14 days)")),
                           (30, self.tr("older than 30 days"))):
            self.age.addItem(text, days)
        self.model = ListTableModel[RequestInfo]([
            Column(self.tr("Number"), lambda row: row.number),
            Column(self.tr("Received"), lambda row: format_date(row.received_at)),
            Column(self.tr("Days"), lambda row: ("⚠ " if browse.is_overdue(row) else "")
                   + str(request_age_days(row))),
            Column(self.tr("Kind"), lambda row: label(row.kind)),
            Column(self.tr("Channel"), lambda row: label(row.channel)),
            Column(self.tr("Applicant"),
                   lambda row: f"{row.applicant_first_name} {row.applicant_last_name}"),
            Column(self.tr("Unit / login ID"), lambda row: row.unit_text or (
                format_login_id(row.login_id) if row.login_id else "")),
            Column(self.tr("Status"), lambda row: label(row.status)),
        ], self, flag=browse.is_overdue)
        self.table.setModel(self.model)
        _prepare_view(self.table)
        _restore_header(settings, "requests/columns", self.table)
        _restore_combo(settings, "requests/status", self.status)
        _restore_combo(settings, "requests/kind", self.kind)
        _restore_combo(settings, "requests/age", self.age)
        for combo in (self.status, self.kind, self.age):
            combo.currentIndexChanged.connect(self.reload)
        child(form, QPushButton, "newButton").clicked.connect(self.sig_new_request)
        child(form, QPushButton, "openButton").clicked.connect(self.open_selected)
        self.table.activated.connect(lambda _index: self.open_selected())
        desk.ops.sig_changed.connect(self.reload)
        self.reload()

    def save_state(self) -> None:
        self._settings.setValue("requests/columns", self.table.horizontalHeader().saveState())
        self._settings.setValue("requests/status", self.status.currentData())
        self._settings.setValue("requests/kind", self.kind.currentData())
        self._settings.setValue("requests/age", self.age.currentData())

    def show_overdue(self) -> None:
        self.status.setCurrentIndex(self.status.findData("open"))
        self.age.setCurrentIndex(self.age.findData(browse.OVERDUE_DAYS))

    def reload(self) -> None:
        query = RequestQuery(status=str(self.status.currentData()),
                             kind=str(self.kind.currentData()),
                             older_than_days=int(self.age.currentData()))
        desk = self._desk
        self._generation += 1
        generation = self._generation
        desk.ops.run(lambda _job: browse.request_queue(desk.db, query),
                     lambda rows: self._on_rows(generation, rows), owner=self)

    def _on_rows(self, generation: int, rows: list[RequestInfo]) -> None:
        if generation != self._generation:
            return  # a newer filter was asked for meanwhile
        self.model.set_rows(rows)
        if not self._sized and rows:
            # Columns fit their contents once; after that the clerk's widths are kept.
            self._sized = True
            self.table.resizeColumnsToContents()
        overdue = sum(1 for row in rows if browse.is_overdue(row))
        self.summary.setText(self.tr("%n request(s)", "", len(rows)) + (
            " · " + self.tr("%n overdue", "", overdue) if overdue else ""))
        self.sig_loaded.emit(len(rows))

    def open_selected(self) -> None:
        info = self.model.row_at(self.table.currentIndex().row())
        if info is None:
            return
        dialog = VerifyRequestDialog(self._desk, info.number, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.verify_dialog = dialog
        dialog.open()


class AccountsPage(QWidget):
    """Every account, paged from the database; sorting and filtering happen in SQL.

    Signals:
        sig_open_account(str): open the account with this login ID.
    """

    sig_open_account = Signal(str)

    def __init__(self, desk: DeskContext, settings: QSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._settings = settings
        form = load_form("accounts_page", self)
        self.filter = child(form, QLineEdit, "filter")
        self.status = child(form, QComboBox, "status")
        self.table = child(form, QTableView, "table")
        self.summary = child(form, QLabel, "summary")
        self.status.addItem(self.tr("all"), "")
        for status in AccountStatus:
            self.status.addItem(label(status.value), status.value)
        db = desk.db
        self.model = LazyIdModel[AccountRow](desk.ops, [
            Column(self.tr("Login ID"), lambda row: format_login_id(row.login_id), "login_id"),
            Column(self.tr("Name"), lambda row: row.person_name, "name"),
            Column(self.tr("Status"), lambda row: label(row.status), "status"),
            Column(self.tr("Issued"), lambda row: format_date(row.issued_at), "issued_at"),
            Column(self.tr("Units"), lambda row: ", ".join(row.units)),
            Column(self.tr("Phone"), lambda row: row.phone),
        ], lambda key, descending: browse.account_ids(db, AccountQuery(
            text=self.filter.text(), status=str(self.status.currentData()),
            sort_key=key or "name", descending=descending)),
            lambda ids: browse.account_rows(db, ids), self)
        self.table.setModel(self.model)
        _prepare_view(self.table)
        self.filter.setText(str(settings.value("accounts/filter", "")))
        _restore_combo(settings, "accounts/status", self.status)
        if settings.value("accounts/columns") is None:
            self.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.AscendingOrder)
        _restore_header(settings, "accounts/columns", self.table, (13, 30, 13, 12, 34))
        self.table.setSortingEnabled(True)
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
        desk.ops.sig_changed.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        self.model.reload()

    def save_state(self) -> None:
        self._settings.setValue("accounts/columns", self.table.horizontalHeader().saveState())
        self._settings.setValue("accounts/filter", self.filter.text())
        self._settings.setValue("accounts/status", self.status.currentData())

    def open_selected(self) -> None:
        row = self.model.row_at(self.table.currentIndex().row())
        if row is not None:
            self.sig_open_account.emit(row.login_id)


class UnitsPage(QWidget):
    """The unit register: a unit's titles, and the accounts that still see it — listed for
    revocation after a sale.

    Signals:
        sig_open_account(str): open the account with this login ID.
        sig_unit_loaded(): the side panel shows the selected unit.
    """

    sig_open_account = Signal(str)
    sig_unit_loaded = Signal()

    def __init__(self, desk: DeskContext, settings: QSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._settings = settings
        form = load_form("units_page", self)
        self.filter = child(form, QLineEdit, "filter")
        self.table = child(form, QTableView, "table")
        self.heading = child(form, QLabel, "unitHeading")
        self.titles = child(form, QTableWidget, "titles")
        self.accounts = child(form, QTableWidget, "accounts")
        self.error = child(form, QLabel, "error")
        self.summary = child(form, QLabel, "summary")
        self.revoke_button = child(form, QPushButton, "revokeButton")
        self.open_button = child(form, QPushButton, "openAccountButton")
        self.revoke_dialog: RevokeDialog | None = None
        self._unit: UnitRow | None = None
        self._holders: list[AccountSummary] = []
        db = desk.db
        self.model = LazyIdModel[UnitRow](desk.ops, [
            Column(self.tr("Address"), lambda row: row.address),
            Column(self.tr("Estate"), lambda row: row.estate),
            Column(self.tr("Key"), lambda row: row.accounting_key),
            Column(self.tr("Accounts"), lambda row: str(row.live_accounts)),
        ], lambda _key, _descending: browse.unit_ids(db, self.filter.text()),
            lambda ids: browse.unit_rows(db, ids), self)
        self.table.setModel(self.model)
        _prepare_view(self.table)
        _restore_header(settings, "units/columns", self.table, (24, 30, 14))
        self.filter.setText(str(settings.value("units/filter", "")))
        for table, headers in ((self.titles, [self.tr("Person"), self.tr("Title"),
                                              self.tr("From"), self.tr("To")]),
                               (self.accounts, [self.tr("Login ID"), self.tr("Name"),
                                                self.tr("Status")])):
            table.setColumnCount(len(headers))
            table.setHorizontalHeaderLabels(headers)
            table.verticalHeader().hide()
            table.horizontalHeader().setStretchLastSection(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FILTER_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        self.filter.textChanged.connect(self._timer.start)
        self.model.sig_loaded.connect(lambda count: self.summary.setText(
            self.tr("%n unit(s)", "", count)))
        self.table.clicked.connect(lambda index: self._select(index.row()))
        self.table.activated.connect(lambda index: self._select(index.row()))
        self.accounts.itemSelectionChanged.connect(self._update_buttons)
        self.revoke_button.clicked.connect(self._on_revoke)
        self.open_button.clicked.connect(self._on_open)
        desk.ops.sig_changed.connect(self._reload_unit)
        self._update_buttons()
        self.reload()

    def reload(self) -> None:
        self.model.reload()

    def save_state(self) -> None:
        self._settings.setValue("units/columns", self.table.horizontalHeader().saveState())
        self._settings.setValue("units/filter", self.filter.text())

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
        if holders:
            self.accounts.selectRow(0)
        self._update_buttons()
        self.sig_unit_loaded.emit()

    def _selected_holder(self) -> AccountSummary | None:
        row = self.accounts.currentRow()
        return self._holders[row] if 0 <= row < len(self._holders) else None

    def _update_buttons(self) -> None:
        chosen = self._selected_holder() is not None
        self.open_button.setEnabled(chosen)
        self.revoke_button.setEnabled(chosen)
        self.revoke_button.setToolTip("" if chosen else self.tr(
            "Select an account that still sees the unit."))

    def _on_open(self) -> None:
        holder = self._selected_holder()
        if holder is not None:
            self.sig_open_account.emit(holder.login_id)

    def _on_revoke(self) -> None:
        holder, unit, desk = self._selected_holder(), self._unit, self._desk
        if holder is None or unit is None:
            return
        clear_error(self.error)
        desk.ops.run(lambda _job: accounts.account_details(desk.db, holder.login_id),
                     lambda details: self._open_revoke(details, unit.address), owner=self,
                     on_failure=lambda error: show_error(self.error, error))

    def _open_revoke(self, details: AccountDetails, address: str) -> None:
        dialog = RevokeDialog(self._desk, details, address, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.revoke_dialog = dialog
        dialog.open()


class AuditPage(QWidget):
    """The audit trail with filters by clerk, action, account and days; CSV export.

    Signals:
        sig_open_account(str): open the account with this login ID.
        sig_loaded(int): rows shown after a (re)load or a further page.
    """

    sig_open_account = Signal(str)
    sig_loaded = Signal(int)
    sig_exported = Signal(str)

    def __init__(self, desk: DeskContext, settings: QSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._settings = settings
        form = load_form("audit_page", self)
        self.clerk = child(form, QComboBox, "clerk")
        self.action = child(form, QComboBox, "action")
        self.login = child(form, QLineEdit, "login")
        self.day_from = child(form, QDateEdit, "dayFrom")
        self.day_to = child(form, QDateEdit, "dayTo")
        self.table = child(form, QTableView, "table")
        self.summary = child(form, QLabel, "summary")
        self.error = child(form, QLabel, "error")
        self.more_button = child(form, QPushButton, "moreButton")
        self.clerk.addItem(self.tr("all"), "")
        self.action.addItem(self.tr("all"), "")
        today = office_date(now_utc())
        self.day_from.setDate(_qdate(today - timedelta(days=30)))
        self.day_to.setDate(_qdate(today))
        self.model = ListTableModel[AuditEventInfo]([
            Column(self.tr("When"), lambda row: format_datetime(row.occurred_at)),
            Column(self.tr("Clerk"), lambda row: row.clerk_login),
            Column(self.tr("Workstation"), lambda row: row.workstation),
            Column(self.tr("Action"), lambda row: row.action),
            Column(self.tr("Account"), lambda row: format_login_id(row.account_login_id)
                   if row.account_login_id else ""),
            Column(self.tr("Request"), lambda row: row.request_number or ""),
            Column(self.tr("What happened"), lambda row: row.summary),
        ], self)
        self.table.setModel(self.model)
        _prepare_view(self.table)
        _restore_header(settings, "audit/columns", self.table, (17, 16, 14, 20, 11, 16))
        self.login.setText(str(settings.value("audit/login", "")))
        child(form, QPushButton, "applyButton").clicked.connect(self.show_events)
        child(form, QPushButton, "exportButton").clicked.connect(self.export_csv)
        self.login.returnPressed.connect(self.show_events)
        self.more_button.clicked.connect(self._load_more)
        self.table.activated.connect(self._on_activated)
        self._first_load = True
        self._generation = 0
        desk.ops.sig_changed.connect(self.reload)
        self.reload()

    def save_state(self) -> None:
        self._settings.setValue("audit/columns", self.table.horizontalHeader().saveState())
        self._settings.setValue("audit/clerk", self.clerk.currentData())
        self._settings.setValue("audit/action", self.action.currentData())
        self._settings.setValue("audit/login", self.login.text())

    def reload(self) -> None:
        """Refresh the clerks and actions to choose from, then the events."""
        desk = self._desk

        def work(_job: Job) -> tuple[list[clerks.ClerkInfo], list[str]]:
            return clerks.list_clerks(desk.db), browse.audit_actions(desk.db)

        desk.ops.run(work, lambda result: self._on_choices(*result), owner=self)

    def _on_choices(self, staff: list[clerks.ClerkInfo], actions: list[str]) -> None:
        chosen_clerk, chosen_action = self.clerk.currentData(), self.action.currentData()
        if self._first_load:
            chosen_clerk = self._settings.value("audit/clerk", "")
            chosen_action = self._settings.value("audit/action", "")
            self._first_load = False
        for combo, items in ((self.clerk, [(f"{clerk.login} ({clerk.full_name})", clerk.login)
                                           for clerk in staff]),
                             (self.action, [(action, action) for action in actions])):
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for text, value in items:
                combo.addItem(text, value)
            combo.blockSignals(False)
        self.clerk.setCurrentIndex(max(0, self.clerk.findData(chosen_clerk)))
        self.action.setCurrentIndex(max(0, self.action.findData(chosen_action)))
        self.show_events()

    def current_filter(self) -> audit.AuditFilter:
        return audit.AuditFilter(
            clerk=str(self.clerk.currentData()) or None,
            action=str(self.action.currentData()) or None,
            login_id=self.login.text().strip() or None,
            day_from=_day(self.day_from.date()), day_to=_day(self.day_to.date()))

    def show_events(self) -> None:
        self._fetch(0)

    def _load_more(self) -> None:
        self._fetch(self.model.rowCount())

    def _fetch(self, offset: int) -> None:
        clear_error(self.error, {"login_id": self.login})
        where, desk = self.current_filter(), self._desk
        self._generation += 1
        generation = self._generation
        desk.ops.run(lambda _job: audit.audit_trail(desk.db, where, limit=AUDIT_PAGE,
                                                    offset=offset),
                     lambda rows: self._on_rows(generation, offset, rows), owner=self,
                     on_failure=lambda error: show_error(self.error, error,
                                                         {"login_id": self.login}))

    def _on_rows(self, generation: int, offset: int, rows: list[AuditEventInfo]) -> None:
        if generation != self._generation:
            return  # a newer filter was asked for meanwhile
        if offset == 0:
            self.model.set_rows(rows)
        else:
            self.model.append_rows(rows)
        self.more_button.setEnabled(len(rows) == AUDIT_PAGE)
        self.summary.setText(self.tr("%n event(s) shown", "", self.model.rowCount()))
        self.sig_loaded.emit(self.model.rowCount())

    def _on_activated(self) -> None:
        row = self.model.row_at(self.table.currentIndex().row())
        if row is not None and row.account_login_id:
            self.sig_open_account.emit(row.account_login_id)

    def export_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export audit trail"),
                                              "dziennik-iok.csv", self.tr("CSV files (*.csv)"))
        if not path:
            return
        where, desk = self.current_filter(), self._desk
        headers = [column.title for column in self.model.columns]

        def work(job: Job) -> int:
            return _write_audit_csv(desk, where, Path(path), headers, job)

        desk.ops.run(work, lambda count: self._on_exported(path, count), owner=self,
                     label=self.tr("Exporting the audit trail…"), progress_parent=self,
                     on_failure=lambda error: show_error(self.error, error,
                                                         {"login_id": self.login}))

    def _on_exported(self, path: str, count: int) -> None:
        self.summary.setText(self.tr("Exported %1 event(s) to %2").replace(
            "%1", str(count)).replace("%2", path))
        self.sig_exported.emit(path)


def _write_audit_csv(desk: DeskContext, where: audit.AuditFilter, path: Path,
                     headers: list[str], job: Job) -> int:
    """Every matching event, page by page, into a CSV file Excel opens (UTF-8 with BOM, ;)."""
    count = 0
    with path.open("w", newline="", encoding="utf-8-sig") as file:
        writer = csv.writer(file, delimiter=";")
        writer.writerow(headers)
        while True:
            rows = audit.audit_trail(desk.db, where, limit=1000, offset=count)
            for row in rows:
                writer.writerow([format_datetime(row.occurred_at), row.clerk_login,
                                 row.workstation, row.action, row.account_login_id or "",
                                 row.request_number or "", row.summary])
            count += len(rows)
            job.progress(count, count + (1000 if len(rows) == 1000 else 0))
            if len(rows) < 1000:
                return count


class ReportsPage(QWidget):
    """Figures of the day and the overdue list; the batch print of today's letters; the
    request register and an account's audit extract saved as PDF or CSV.

    Signals:
        sig_print_today(): print every letter issued today at this desk.
        sig_show_overdue(): show the overdue requests in the queue.
        sig_saved(str): a report was saved to this path.
    """

    sig_print_today = Signal()
    sig_show_overdue = Signal()
    sig_saved = Signal(str)

    def __init__(self, desk: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        form = load_form("reports_page", self)
        self.open_count = child(form, QLabel, "openCount")
        self.overdue_count = child(form, QLabel, "overdueCount")
        self.letters_count = child(form, QLabel, "lettersCount")
        self.session_count = child(form, QLabel, "sessionCount")
        child(form, QPushButton, "overdueButton").clicked.connect(self.sig_show_overdue)
        child(form, QPushButton, "printButton").clicked.connect(self.sig_print_today)
        self.register_from = child(form, QDateEdit, "registerFrom")
        self.register_to = child(form, QDateEdit, "registerTo")
        today = office_date(now_utc())
        self.register_from.setDate(_qdate(today.replace(day=1)))
        self.register_to.setDate(_qdate(today))
        self.extract_login = child(form, QLineEdit, "extractLogin")
        self.outcome = child(form, QLabel, "reportOutcome")
        self.report_buttons = {
            ("register", "pdf"): child(form, QPushButton, "registerPdfButton"),
            ("register", "csv"): child(form, QPushButton, "registerCsvButton"),
            ("extract", "pdf"): child(form, QPushButton, "extractPdfButton"),
            ("extract", "csv"): child(form, QPushButton, "extractCsvButton")}
        for (report, kind), button in self.report_buttons.items():
            button.clicked.connect(lambda _checked=False, r=report, k=kind: self.save(r, k))
        # Asks where to save (caption, suggested name, filter); the tests replace it.
        self.ask_path = lambda caption, name, filters: QFileDialog.getSaveFileName(
            self, caption, name, filters)[0]
        desk.ops.sig_changed.connect(self.reload)
        self.reload()

    def save(self, report: str, kind: str) -> None:
        """Produce the request register or an account's audit extract as PDF or CSV and save
        it where the clerk says."""
        desk = self._desk
        self.outcome.setStyleSheet("")
        self.outcome.clear()
        if report == "register":
            day_from, day_to = _day(self.register_from.date()), _day(self.register_to.date())
            name = f"rejestr-wnioskow-{day_from.isoformat()}-{day_to.isoformat()}.{kind}"
            caption = self.tr("Save the request register")
        else:
            login = "".join(self.extract_login.text().split())
            if not login:
                self._on_report_failed(self.tr("Type the login ID of the account."))
                self.extract_login.setFocus()
                return
            name = f"wyciag-dziennika-{login}.{kind}"
            caption = self.tr("Save the audit extract")
        filters = self.tr("PDF files (*.pdf)") if kind == "pdf" else self.tr(
            "CSV files (*.csv)")
        path_text = self.ask_path(caption, name, filters)
        if not path_text:
            return
        path = Path(path_text)
        unwritable = self.tr("Cannot write %1: %2")

        def work(_job: Job) -> int:
            letterhead = get_letterhead(desk.db)
            content: bytes
            if report == "register":
                register = reports.request_register(desk.db, desk.actor, day_from, day_to,
                                                    file_name=path.name)
                count = len(register.rows)
                content = (render_request_register(letterhead, register) if kind == "pdf"
                           else request_register_csv(register).encode("utf-8"))
            else:
                extract = reports.audit_extract(desk.db, desk.actor, login, file_name=path.name)
                count = len(extract.events)
                content = (render_audit_extract(letterhead, extract) if kind == "pdf"
                           else audit_extract_csv(extract).encode("utf-8"))
            try:
                path.write_bytes(content)
            except OSError as error:
                raise ValidationError(unwritable.replace("%1", str(path)).replace(
                    "%2", str(error)), code="file_unwritable") from error
            return count

        desk.ops.run(work, lambda count: self._on_saved(report, path, count), owner=self,
                     on_failure=lambda error: self._on_report_failed(error.message),
                     progress_parent=self, label=self.tr("Preparing the report…"))

    def _on_saved(self, report: str, path: Path, count: int) -> None:
        text = (self.tr("Saved %1: %n request(s).", "", count) if report == "register"
                else self.tr("Saved %1: %n event(s).", "", count))
        self.outcome.setStyleSheet("color: #1b5e20;")
        self.outcome.setText(text.replace("%1", str(path)))
        self.sig_saved.emit(str(path))

    def _on_report_failed(self, message: str) -> None:
        self.outcome.setStyleSheet("color: #b00020;")
        self.outcome.setText(message)

    def reload(self) -> None:
        desk = self._desk

        def work(_job: Job) -> tuple[int, int, int]:
            overdue = browse.request_queue(desk.db, RequestQuery(
                status="open", older_than_days=browse.OVERDUE_DAYS))
            return (requests.count_open_requests(desk.db), len(overdue),
                    browse.letters_issued_on(desk.db))

        desk.ops.run(work, lambda figures: self._on_figures(*figures), owner=self)

    def _on_figures(self, open_count: int, overdue: int, letters: int) -> None:
        self.open_count.setText(str(open_count))
        self.overdue_count.setText(str(overdue))
        self.overdue_count.setStyleSheet("color: #b00020; font-weight: bold;" if overdue
                                         else "")
        self.letters_count.setText(str(letters))
        today = office_date(now_utc())
        self.session_count.setText(str(sum(1 for letter in self._desk.letters_today
                                           if letter.issued_on == today)))

