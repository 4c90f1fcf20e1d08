"""Figures of the day and the overdue list; the batch print of today's letters; the request
register and an account's audit extract saved as PDF or CSV; the month's overview as charts
and as the monthly PDF report (services.overview)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from iok_desk.domain.dates import now_utc, office_date
from iok_desk.services import browse, overview, requests
from iok_desk.services.browse import RequestQuery
from iok_desk.services.overview import MonthlyFigures

from .. import actions
from ..changes import Changed
from ..context import DeskContext
from ..forms import child
from ..operations import Job
from ..overview_charts import OverviewCharts
from .base import Page, day_of, qdate

OVERVIEW_MONTHS = 24


class ReportsPage(Page):
    """The supervisor's figures and the reports.

    Signals:
        sig_print_today(): print every letter issued today at this desk.
        sig_show_overdue(): show the overdue requests in the queue.
        sig_saved(str): a report was saved to this path.
        sig_overview_shown(): the month's charts show the figures just read.
    """

    FORM = "reports_page"
    KEY = "reports"
    sig_print_today = Signal()
    sig_show_overdue = Signal()
    sig_saved = Signal(str)
    sig_overview_shown = Signal()

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
        self.month = child(form, QComboBox, "overviewMonth")
        self.overview_summary = child(form, QLabel, "overviewSummary")
        self.charts = OverviewCharts()
        holder = child(form, QWidget, "overviewCharts")
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        # On a low screen the charts scroll; they keep a readable size.
        scroll = QScrollArea(holder)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.charts)
        holder_layout.addWidget(scroll)
        self.figures: MonthlyFigures | None = None
        self._fill_months(today)
        self.month.currentIndexChanged.connect(lambda _index: self.reload_overview())
        child(form, QPushButton, "overviewPdfButton").clicked.connect(self.save_monthly)
        self.reload()

    def on_changed(self, changes: Changed) -> None:
        """Open and overdue requests and letters issued today follow the requests and new
        accounts; the month's charts also count accounts by status and blocks."""
        if changes.request_list or changes.new_accounts:
            self.reload()
        elif changes.accounts:
            self.reload_overview()

    def _fill_months(self, today: date) -> None:
        """This month and the ones before it, newest first, named in the desk's language."""
        locale = QLocale()
        year, month = today.year, today.month
        for _ in range(OVERVIEW_MONTHS):
            name = locale.standaloneMonthName(month, QLocale.FormatType.LongFormat)
            self.month.addItem(f"{name} {year}", date(year, month, 1).isoformat())
            year, month = (year, month - 1) if month > 1 else (year - 1, 12)

    def chosen_month(self) -> date:
        value = self.month.currentData()  # an ISO day: Qt finds strings, not Python dates
        return (date.fromisoformat(value) if isinstance(value, str)
                else office_date(now_utc()).replace(day=1))

    def choose_month(self, month: date) -> None:
        """Show ``month``'s overview (added to the list when it is older than the list)."""
        first = month.replace(day=1)
        index = self.month.findData(first.isoformat())
        if index < 0:
            locale = QLocale()
            self.month.addItem(f"{locale.standaloneMonthName(first.month)} {first.year}",
                               first.isoformat())
            index = self.month.count() - 1
        if index == self.month.currentIndex():
            self.reload_overview()
        self.month.setCurrentIndex(index)

    def reload_overview(self) -> None:
        desk, month = self._desk, self.chosen_month()
        desk.ops.run(lambda _job: overview.monthly_figures(desk.db, month),
                     self._on_overview, owner=self,
                     on_failure=lambda error: self._on_report_failed(error.message))

    def _on_overview(self, figures: MonthlyFigures) -> None:
        if figures.month != self.chosen_month():
            return  # an older choice's answer
        self.figures = figures
        self.charts.show_figures(figures)
        lead, locale = figures.lead_times, QLocale()

        def days(value: float | None) -> str:
            return "—" if value is None else locale.toString(value, "f", 1)

        summary = self.tr("%n request(s) received", "", figures.requests_total)
        if lead.count:
            summary += "; " + self.tr(
                "median %1 days, 90th percentile %2 days to the letter (the office's own "
                "target: %3 days); %4 of %5 within the target").replace(
                "%1", days(lead.median_days)).replace("%2", days(lead.p90_days)).replace(
                "%3", locale.toString(lead.target_days)).replace(
                "%4", locale.toString(lead.within_target)).replace(
                "%5", locale.toString(lead.count))
        self.overview_summary.setText(summary + ".")
        self.sig_overview_shown.emit()

    def save_monthly(self) -> None:
        """The monthly report as PDF, saved where the clerk says (the reading is audited)."""
        self.outcome.setStyleSheet("")
        self.outcome.clear()
        month = self.chosen_month()
        path_text = self.ask_path(self.tr("Save the monthly report"),
                                  f"raport-miesieczny-{month:%Y-%m}.pdf",
                                  self.tr("PDF files (*.pdf)"))
        if not path_text:
            return
        path = Path(path_text)
        actions.save_monthly_report(
            self._desk, month, path, owner=self,
            done=lambda _count: self._on_monthly_saved(path),
            failed=lambda error: self._on_report_failed(error.message),
            progress_parent=self, label=self.tr("Preparing the report…"))

    def _on_monthly_saved(self, path: Path) -> None:
        self.outcome.setStyleSheet("color: #1b5e20;")
        self.outcome.setText(self.tr("Saved the monthly report: %1").replace("%1", str(path)))
        self.sig_saved.emit(str(path))

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
        self.reload_overview()

    def _on_figures(self, open_count: int, overdue: int, letters: int) -> None:
        self.open_count.setText(str(open_count))
        self.overdue_count.setText(str(overdue))
        self.overdue_count.setStyleSheet("color: #b00020; font-weight: bold;" if overdue
                                         else "")
        self.letters_count.setText(str(letters))
        today = office_date(now_utc())
        self.session_count.setText(str(sum(1 for letter in self._desk.letters_today
                                           if letter.issued_on == today)))
