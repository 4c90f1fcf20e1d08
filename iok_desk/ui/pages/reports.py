"""Figures of the day and the overdue list; the batch print of today's letters; the request
register and an account's audit extract saved as PDF or CSV."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QDateEdit, QFileDialog, QLabel, QLineEdit, QPushButton, QWidget

from iok_desk.domain.dates import now_utc, office_date
from iok_desk.services import browse, requests
from iok_desk.services.browse import RequestQuery

from .. import actions
from ..changes import Changed
from ..context import DeskContext
from ..forms import child
from ..operations import Job
from .base import Page, day_of, qdate


class ReportsPage(Page):
    """The supervisor's figures and the reports.

    Signals:
        sig_print_today(): print every letter issued today at this desk.
        sig_show_overdue(): show the overdue requests in the queue.
        sig_saved(str): a report was saved to this path.
    """

    FORM = "reports_page"
    KEY = "reports"
    sig_print_today = Signal()
    sig_show_overdue = Signal()
    sig_saved = Signal(str)

    def __init__(self, desk: DeskContext, settings: QSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(desk, settings, parent)
        form = self.form
        self.open_count = child(form, QLabel, "openCount")
        self.overdue_count = child(form, QLabel, "overdueCount")
        self.letters_count = child(form, QLabel, "lettersCount")
        self.session_count = child(form, QLabel, "sessionCount")
        child(form, QPushButton, "overdueButton").clicked.connect(self.sig_show_overdue)
        child(form, QPushButton, "printButton").clicked.connect(self.sig_print_today)
        self.register_from = child(form, QDateEdit, "registerFrom")
        self.register_to = child(form, QDateEdit, "registerTo")
        today = office_date(now_utc())
        self.register_from.setDate(qdate(today.replace(day=1)))
        self.register_to.setDate(qdate(today))
        self.extract_login = child(form, QLineEdit, "extractLogin")
        self.outcome = child(form, QLabel, "reportOutcome")
        self.report_buttons = {
            ("register", actions.Format.PDF): child(form, QPushButton, "registerPdfButton"),
            ("register", actions.Format.CSV): child(form, QPushButton, "registerCsvButton"),
            ("extract", actions.Format.PDF): child(form, QPushButton, "extractPdfButton"),
            ("extract", actions.Format.CSV): child(form, QPushButton, "extractCsvButton")}
        for (report, kind), button in self.report_buttons.items():
            button.clicked.connect(lambda _checked=False, r=report, k=kind: self.save(r, k))
        # Asks where to save (caption, suggested name, filter); the tests replace it.
        self.ask_path = lambda caption, name, filters: QFileDialog.getSaveFileName(
            self, caption, name, filters)[0]
        self.reload()

    def on_changed(self, changes: Changed) -> None:
        """Open and overdue requests, letters issued today."""
        if changes.request_list or changes.new_accounts:
            self.reload()

    def save(self, report: actions.Report, kind: actions.Format) -> None:
        """The request register or an account's audit extract as PDF or CSV, saved where the
        clerk says."""
        self.outcome.setStyleSheet("")
        self.outcome.clear()
        day_from, day_to = day_of(self.register_from.date()), day_of(self.register_to.date())
        login = "".join(self.extract_login.text().split())
        if report == "register":
            name = f"rejestr-wnioskow-{day_from.isoformat()}-{day_to.isoformat()}.{kind}"
            caption = self.tr("Save the request register")
        else:
            if not login:
                self._on_report_failed(self.tr("Type the login ID of the account."))
                self.extract_login.setFocus()
                return
            name = f"wyciag-dziennika-{login}.{kind}"
            caption = self.tr("Save the audit extract")
        filters = self.tr("PDF files (*.pdf)") if kind == actions.Format.PDF else self.tr(
            "CSV files (*.csv)")
        path_text = self.ask_path(caption, name, filters)
        if not path_text:
            return
        path = Path(path_text)
        actions.save_report(self._desk, report, kind, path, day_from=day_from, day_to=day_to,
                            login_id=login, owner=self,
                            done=lambda count: self._on_saved(report, path, count),
                            failed=lambda error: self._on_report_failed(error.message),
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
