"""The supervisor's retention button: what is past its period (a dry run), then the run."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iok_desk.domain.errors import IokError
from iok_desk.services import retention
from iok_desk.services.retention import RetentionReport

from .context import DeskContext, show_error


class RetentionDialog(QDialog):
    """Shows the dry run's report; "Erase now" runs it for real (after a question).

    Signals:
        sig_reported(): a report arrived.
    """

    sig_reported = Signal()

    def __init__(self, desk: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self.report: RetentionReport | None = None
        self.setObjectName("retentionDialog")
        self.setWindowTitle(self.tr("Retention of personal data"))
        intro = QLabel(self.tr("Data past its retention period: attachments are erased, "
                               "persons and requests pseudonymised. Register numbers and "
                               "audit events stay. Periods are set by the administrator "
                               "(iok-desk retention set)."))
        intro.setWordWrap(True)
        self.summary = QPlainTextEdit()
        self.summary.setReadOnly(True)
        self.summary.setObjectName("summary")
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.run_button = QPushButton(self.tr("&Erase now…"))
        self.run_button.setObjectName("runButton")
        self.run_button.setEnabled(False)
        self.run_button.clicked.connect(self.confirm_run)
        close = QPushButton(self.tr("&Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.summary, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.resize(620, 420)
        self._run(dry_run=True)

    def _run(self, *, dry_run: bool) -> None:
        desk = self._desk
        self.run_button.setEnabled(False)
        desk.ops.run(lambda _job: retention.run_retention(desk.db, desk.actor, dry_run=dry_run),
                     self._on_report, owner=self, on_failure=self._on_failed)

    def _on_failed(self, error: IokError) -> None:
        show_error(self.error, error)

    def _on_report(self, report: RetentionReport) -> None:
        self.report = report
        lines = [self.tr("Dry run: nothing was changed.") if report.dry_run
                 else self.tr("Done."),
                 self.tr("Attachments: %1").replace("%1", str(len(report.attachments))),
                 self.tr("Requests: %1").replace("%1", ", ".join(report.requests) or "—"),
                 self.tr("Persons: %1").replace(
                     "%1", ", ".join(f"#{person}" for person in report.persons) or "—"),
                 self.tr("Audit details: %1").replace("%1", str(report.audit_details)),
                 self.tr("Dismissed messages and forms: %1").replace(
                     "%1", str(len(report.dismissed)))]
        self.summary.setPlainText("\n".join(lines))
        work = bool(report.attachments or report.requests or report.persons
                    or report.audit_details or report.dismissed)
        self.run_button.setEnabled(report.dry_run and work)
        self.sig_reported.emit()

    def confirm_run(self) -> None:
        answer = QMessageBox.question(self, self.tr("Erase now?"), self.tr(
            "The data listed will be erased or pseudonymised for good. Continue?"))
        if answer == QMessageBox.StandardButton.Yes:
            self._run(dry_run=False)
