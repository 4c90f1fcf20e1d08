"""The audit trail with filters by clerk, action, account and days; CSV export."""

from __future__ import annotations

import csv
import io
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from iok_desk.domain.credentials import format_login_id
from iok_desk.domain.dates import format_datetime, now_utc, office_date
from iok_desk.private_files import write_private
from iok_desk.services import audit, browse, clerks
from iok_desk.services.dto import AuditEventInfo

from ..changes import Changed
from ..context import DeskContext, clear_error, show_error
from ..empty_state import EmptyState
from ..forms import child
from ..labels import audit_summary, label
from ..models import Column, ListTableModel
from ..operations import Job
from .base import Page, day_of, qdate

AUDIT_PAGE = 200


class AuditPage(Page):
    """The audit trail, a page of events at a time; redrawn when an action wrote an event.

    Signals:
        sig_open_account(str): open the account with this login ID.
        sig_loaded(int): rows shown after a (re)load or a further page.
        sig_exported(str): the events were exported to this path.
    """

    FORM = "audit_page"
    KEY = "audit"
    LIST_STEM = "dziennik-iok"
    sig_open_account = Signal(str)
    sig_loaded = Signal(int)
    sig_exported = Signal(str)

    def __init__(self, desk: DeskContext, settings: QSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(desk, settings, parent)
        form = self.form
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
        self.day_from.setDate(qdate(today - timedelta(days=30)))
        self.day_to.setDate(qdate(today))
        self.model = ListTableModel[AuditEventInfo]([
            Column(self.tr("When"), lambda row: format_datetime(row.occurred_at),
                   sort_value=lambda row: row.occurred_at),
            Column(self.tr("Clerk"), lambda row: row.who),
            Column(self.tr("Workstation"), lambda row: row.workstation),
            Column(self.tr("Action"), lambda row: label(row.action)),
            Column(self.tr("Account"), lambda row: format_login_id(row.account_login_id)
                   if row.account_login_id else ""),
            Column(self.tr("Request"), lambda row: row.request_number or ""),
            Column(self.tr("What happened"), audit_summary),
        ], self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Audit trail events"))
        self.remember_table(self.table, (17, 16, 14, 20, 11, 16))
        self.sort_in_memory(self.table)
        self._why_empty = ""
        self.empty = EmptyState(self.table, lambda: self._why_empty)
        self.remember("login", self.login)
        # The clerks and actions to choose from come with the first load.
        self.remember("clerk", self.clerk, restore=False)
        self.remember("action", self.action, restore=False)
        child(form, QPushButton, "applyButton").clicked.connect(self.show_events)
        child(form, QPushButton, "exportButton").clicked.connect(self.export_csv)
        self.login.returnPressed.connect(self.show_events)
        self.more_button.clicked.connect(self._load_more)
        self.table.activated.connect(self._on_activated)
        self._first_load = True
        self._generation = 0
        self.reload()

    def on_changed(self, changes: Changed) -> None:
        if changes.audit_trail:
            self.reload()

    def reload(self) -> None:
        """Refresh the clerks and actions to choose from, then the events."""
        desk = self._desk

        def work(_job: Job) -> tuple[list[clerks.ClerkInfo], list[str]]:
            return clerks.list_clerks(desk.db), browse.audit_actions(desk.db)

        desk.ops.run(work, lambda result: self._on_choices(*result), owner=self)

    def _on_choices(self, staff: list[clerks.ClerkInfo], actions: list[str]) -> None:
        chosen_clerk, chosen_action = self.clerk.currentData(), self.action.currentData()
        if self._first_load:
            chosen_clerk = self.setting("clerk", "")
            chosen_action = self.setting("action", "")
            self._first_load = False
        for combo, items in ((self.clerk, [(f"{clerk.login} ({clerk.full_name})", clerk.login)
                                           for clerk in staff]),
                             (self.action, [(label(action), action) for action in actions])):
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
            day_from=day_of(self.day_from.date()), day_to=day_of(self.day_to.date()),
            outside_desk=True)

    def show_events(self) -> None:
        self._fetch(0)

    def _load_more(self) -> None:
        self._fetch(self.model.rowCount())

    def _fetch(self, offset: int) -> None:
        clear_error(self.error, {"login_id": self.login})
        where, desk = self.current_filter(), self._desk
        if where.day_from is not None and where.day_to is not None \
                and where.day_from > where.day_to:
            self._generation += 1  # whatever was asked before is not shown now
            self._why_empty = self.tr("The From day is after the To day: no day lies between "
                                      "them. Swap the days or choose others.")
            self.model.set_rows([])
            self.more_button.setEnabled(False)
            self.summary.setText(self._why_empty)
            self.sig_loaded.emit(0)
            return
        self._why_empty = self.tr("No event matches the filter on these days.")
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
        self.fit_columns_once()
        self.more_button.setEnabled(len(rows) == AUDIT_PAGE)
        self.summary.setText(self.tr("%n event(s) shown", "", self.model.rowCount()))
        self.sig_loaded.emit(self.model.rowCount())

    def open_selected(self) -> None:
        self._on_activated()

    def delete_selected(self) -> str:
        """Delete: nothing — the trail is kept whole (retention pseudonymises, never deletes)."""
        return self.tr("The audit trail keeps every event: nothing in it can be deleted.")

    def export_list(self) -> None:
        """F6: every event the filter matches (not only the pages shown)."""
        self.export_csv()

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
    """Every matching event, page by page, into a CSV file Excel opens (UTF-8 with BOM, ;),
    written privately and whole (the clerk confirmed replacing it)."""
    count = 0
    text = io.StringIO(newline="")
    writer = csv.writer(text, delimiter=";")
    writer.writerow(headers)
    while True:
        rows = audit.audit_trail(desk.db, where, limit=1000, offset=count)
        for row in rows:
            writer.writerow([format_datetime(row.occurred_at), row.who,
                             row.workstation, row.action, row.account_login_id or "",
                             row.request_number or "", row.summary])
        count += len(rows)
        job.progress(count, count + (1000 if len(rows) == 1000 else 0))
        if len(rows) < 1000:
            write_private(path, text.getvalue().encode("utf-8-sig"), overwrite=True)
            return count
