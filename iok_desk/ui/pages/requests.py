"""The request queue: filter by status, kind and age; overdue ones stand out."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from iok_desk.domain.credentials import format_login_id
from iok_desk.domain.dates import format_date, now_utc
from iok_desk.domain.errors import IokError
from iok_desk.domain.states import REQUEST_TRANSITIONS, RequestKind, RequestStatus
from iok_desk.services import browse, requests
from iok_desk.services.browse import RequestQuery
from iok_desk.services.dto import RequestInfo

from ..changes import Changed
from ..context import DeskContext, clear_error, show_error
from ..empty_state import EmptyState
from ..forms import child, load_form
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
                           (browse.OVERDUE_DAYS, self.tr("overdue (over the office's 14 days)")),
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
        self.reject_dialog: RejectRequestDialog | None = None
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

    def delete_selected(self) -> str:
        """Delete: reject the selected request, in a dialog that asks for the reason and
        whose default button is Cancel. A request past its decision cannot be rejected."""
        info = self.model.row_at(self.table.currentIndex().row())
        if info is None:
            return self.tr("Select the request to reject.")
        if RequestStatus.REJECTED not in REQUEST_TRANSITIONS[RequestStatus(info.status)]:
            return self.tr("Request %1 is %2 and can no longer be rejected.").replace(
                "%1", info.number).replace("%2", label(info.status))
        dialog = self.reject_dialog = RejectRequestDialog(self._desk, info, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return ""


class RejectRequestDialog(QDialog):
    """Reject one request with a reason (what Delete means in the queue). Cancel is the
    default button; Enter in the reason starts a new line and never rejects."""

    def __init__(self, desk: DeskContext, info: RequestInfo,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._info = info
        self.setWindowTitle(self.tr("Reject request %1").replace("%1", info.number))
        form = load_form("reject_request_dialog", self)
        unit = info.unit_address or info.unit_text or (
            format_login_id(info.login_id) if info.login_id else "—")
        child(form, QLabel, "request").setText(self.tr(
            "Reject request %1 of %2 (%3, %4, received %5)?").replace("%1", info.number)
            .replace("%2", f"{info.applicant_first_name} {info.applicant_last_name}")
            .replace("%3", label(info.kind)).replace("%4", unit)
            .replace("%5", format_date(info.received_at)))
        self.reason = child(form, QPlainTextEdit, "reason")
        self.error = child(form, QLabel, "error")
        buttons = child(form, QDialogButtonBox, "buttons")
        self.reject_button = buttons.addButton(self.tr("Re&ject the request"),
                                               QDialogButtonBox.ButtonRole.DestructiveRole)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Cancel"))
        self.reject_button.setAutoDefault(False)
        self.cancel_button.setDefault(True)
        self.reject_button.clicked.connect(self._on_reject)
        self.cancel_button.clicked.connect(self.reject)
        self.reason.setFocus()
        self.resize(460, 240)

    def _on_reject(self) -> None:
        desk, info, reason = self._desk, self._info, self.reason.toPlainText()
        clear_error(self.error, {"reason": self.reason})
        self.reject_button.setEnabled(False)
        desk.ops.run(lambda _job: requests.reject_request(
            desk.db, desk.actor, info.number, reason, expected_version=info.version),
            lambda _result: self.accept(), owner=self, on_failure=self._on_failed)

    def _on_failed(self, error: IokError) -> None:
        show_error(self.error, error, {"reason": self.reason})
        self.reject_button.setEnabled(True)
