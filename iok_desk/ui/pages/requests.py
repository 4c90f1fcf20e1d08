"""The request queue: filter by status, kind and age; overdue ones stand out."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QTableView, QWidget

from iok_desk.domain.credentials import format_login_id
from iok_desk.domain.dates import format_date, now_utc
from iok_desk.domain.states import RequestKind, RequestStatus
from iok_desk.services import browse
from iok_desk.services.browse import RequestQuery
from iok_desk.services.dto import RequestInfo

from ..changes import Changed
from ..context import DeskContext
from ..empty_state import EmptyState
from ..forms import child
from ..labels import label
from ..models import Column, ListTableModel
from .base import Page


def request_age_days(info: RequestInfo) -> int:
    return (now_utc() - info.received_at).days


class RequestsPage(Page):
    """The request queue.

    Signals:
        sig_new_request(): the clerk wants to log a request.
        sig_open_request(str): open the request with this number.
        sig_loaded(int): the queue was (re)loaded; the number of rows.
    """

    FORM = "requests_page"
    KEY = "requests"
    LIST_STEM = "wnioski"
    sig_new_request = Signal()
    sig_open_request = Signal(str)
    sig_loaded = Signal(int)

    def __init__(self, desk: DeskContext, settings: QSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(desk, settings, parent)
        form = self.form
        self.status = child(form, QComboBox, "status")
        self.kind = child(form, QComboBox, "kind")
        self.age = child(form, QComboBox, "age")
        self.table = child(form, QTableView, "table")
        self.summary = child(form, QLabel, "summary")
        self._generation = 0
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
            Column(self.tr("Received"), lambda row: format_date(row.received_at),
                   sort_value=lambda row: row.received_at),
            Column(self.tr("Days"), lambda row: ("⚠ " if browse.is_overdue(row) else "")
                   + str(request_age_days(row)), sort_value=request_age_days),
            Column(self.tr("Kind"), lambda row: label(row.kind)),
            Column(self.tr("Channel"), lambda row: label(row.channel)),
            Column(self.tr("Applicant"),
                   lambda row: f"{row.applicant_first_name} {row.applicant_last_name}"),
            # The register's address of the unit when it is known, else what was typed.
            Column(self.tr("Unit / login ID"), lambda row: row.unit_address or row.unit_text or (
                format_login_id(row.login_id) if row.login_id else "")),
            Column(self.tr("Status"), lambda row: label(row.status), marked=True),
        ], self, flag=browse.is_overdue,
            marks=lambda row: "overdue" if browse.is_overdue(row) else None)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Request queue"))
        self.remember_table(self.table)
        self.sort_in_memory(self.table)
        self._loaded = False
        self.empty = EmptyState(self.table, lambda: self.tr(
            "No request matches the filter. Choose “all” or another status, kind or age.")
            if self._loaded else "")
        for name, combo in (("status", self.status), ("kind", self.kind), ("age", self.age)):
            self.remember(name, combo)
            combo.currentIndexChanged.connect(self.reload)
        new_button = child(form, QPushButton, "newButton")
        new_button.clicked.connect(self.sig_new_request)
        new_button.setToolTip(self.tr("Log a request (Insert, Ctrl+N)"))
        open_button = child(form, QPushButton, "openButton")
        open_button.clicked.connect(self.open_selected)
        open_button.setToolTip(self.tr("Verify the selected request (Enter, F2)"))
        self.table.activated.connect(lambda _index: self.open_selected())
        self.reload()

    def on_changed(self, changes: Changed) -> None:
        if changes.request_list:
            self.reload()

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
        self._loaded = True
        self.model.set_rows(rows)
        self.fit_columns_once()
        overdue = sum(1 for row in rows if browse.is_overdue(row))
        self.summary.setText(self.tr("%n request(s)", "", len(rows)) + (
            " · " + self.tr("%n overdue", "", overdue) if overdue else ""))
        self.sig_loaded.emit(len(rows))

    def open_selected(self) -> None:
        info = self.model.row_at(self.table.currentIndex().row())
        if info is not None:
            self.sig_open_request.emit(info.number)
