"""Importing the unit and owner register (a CSV from the accounting system), all or nothing,
with progress and Cancel; then what changed, and the accounts that still see a unit whose
title has ended — revoked in one batch for the rows the clerk ticks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from iok_desk.domain.credentials import format_login_id
from iok_desk.domain.dates import format_date
from iok_desk.domain.errors import IokError
from iok_desk.domain.messages import render_register_change, render_register_problem
from iok_desk.intake.csv_register import RegisterFileError
from iok_desk.services import register_import
from iok_desk.services.register_import import (
    OrphanAccess,
    OrphanRevocation,
    RegisterImportResult,
)

from . import actions
from .context import DeskContext
from .forms import child, load_form
from .labels import error_text, label, language, problem_text
from .operations import Job

MAX_CHANGES_SHOWN = 500


class RegisterImportDialog(QDialog):
    """The register import and the orphaned access it reveals.

    Signals:
        sig_imported(): an import finished (the summary and the orphans are shown).
        sig_orphans(): the orphan list shows what the database holds now.
        sig_revoked(): a batch revocation finished (its outcome is shown).
    """

    sig_imported = Signal()
    sig_orphans = Signal()
    sig_revoked = Signal()

    def __init__(self, desk: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self.job: Job | None = None
        self.result_shown: RegisterImportResult | None = None
        self.orphans: list[OrphanAccess] = []
        self.setWindowTitle(self.tr("Import the unit register"))
        form = load_form("register_import_dialog", self)
        self.path = child(form, QLineEdit, "path")
        self.choose_button = child(form, QPushButton, "chooseButton")
        self.import_button = child(form, QPushButton, "importButton")
        self.error = child(form, QLabel, "error")
        self.summary = child(form, QLabel, "summary")
        self.changes = child(form, QListWidget, "changes")
        self.orphans_heading = child(form, QLabel, "orphansHeading")
        self.table = child(form, QTableWidget, "table")
        self.all_button = child(form, QPushButton, "allButton")
        self.revoke_button = child(form, QPushButton, "revokeButton")
        self.outcome = child(form, QLabel, "outcome")
        headers = [self.tr("Login ID"), self.tr("Person"), self.tr("Unit"),
                   self.tr("Account"), self.tr("Title ended")]
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        child(form, QPushButton, "closeButton").clicked.connect(self.reject)
        self.choose_button.clicked.connect(self.choose_file)
        self.import_button.clicked.connect(self.start_import)
        self.all_button.clicked.connect(self._tick_all)
        self.revoke_button.clicked.connect(self.revoke_ticked)
        self.table.itemChanged.connect(lambda _item: self._update_revoke())
        self.resize(900, 640)
        self.reload_orphans()

    # -- import ---------------------------------------------------------------------------

    def choose_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Unit register"), "", self.tr("CSV files (*.csv *.txt);;All files (*)"))
        if name:
            self.set_file(Path(name))

    def set_file(self, path: Path) -> None:
        self.path.setText(str(path))
        self.import_button.setEnabled(True)
        self.import_button.setFocus()

    def start_import(self) -> None:
        if not self.path.text():
            return
        self.error.clear()
        self.outcome.clear()
        self.import_button.setEnabled(False)
        self.job = actions.import_register(self._desk, Path(self.path.text()), owner=self,
                                           done=self._on_imported,
                                           failed=self._on_import_failed,
                                           label=self.tr("Importing the unit register…"),
                                           progress_parent=self)

    def _on_import_failed(self, error: IokError) -> None:
        self.error.setText(error_text(error))
        self.import_button.setEnabled(True)
        if isinstance(error, RegisterFileError):
            # Every bad value with its line and column, not just the first: one round of fixes.
            self.changes.clear()
            self.changes.addItems([render_register_problem(
                problem.line, problem.column, problem.code, problem.message, language(),
                problem.details) for problem in error.problems])

    def _on_imported(self, result: RegisterImportResult | str) -> None:
        self.import_button.setEnabled(True)
        if isinstance(result, str):
            self.error.setText(result)
            return
        self.result_shown = result
        lines = [self.tr("Imported %1 rows (encoding %2, separator „%3”).").replace(
            "%1", str(result.rows)).replace("%2", result.encoding).replace(
            "%3", result.separator)]
        for name, counts in ((self.tr("Estates"), result.estates),
                             (self.tr("Units"), result.units),
                             (self.tr("Persons"), result.persons),
                             (self.tr("Titles"), result.titles)):
            lines.append(self.tr("%1: %2 new, %3 changed, %4 unchanged.").replace(
                "%1", name).replace("%2", str(counts.added)).replace(
                "%3", str(counts.updated)).replace("%4", str(counts.unchanged)))
        if result.ignored_columns:
            lines.append(self.tr("Columns ignored: %1.").replace(
                "%1", ", ".join(result.ignored_columns)))
        self.summary.setText("\n".join(lines))
        self.changes.clear()
        self.changes.addItems([render_register_change(
            change.entity, change.key, change.action, change.fields, change.description,
            language(), change.subject) for change in result.changes[:MAX_CHANGES_SHOWN]])
        self._show_orphans(list(result.orphans))
        self.sig_imported.emit()

    # -- orphans --------------------------------------------------------------------------

    def reload_orphans(self) -> None:
        desk = self._desk
        desk.ops.run(lambda _job: register_import.find_orphans(desk.db), self._show_orphans,
                     owner=self, on_failure=lambda error: self.error.setText(error_text(error)))

    def _show_orphans(self, orphans: list[OrphanAccess]) -> None:
        self.orphans = orphans
        self.orphans_heading.setText(
            self.tr("%n account(s) still see a unit whose holder's title has ended; tick "
                    "those to revoke:", "", len(orphans)) if orphans
            else self.tr("No account sees a unit whose holder's title has ended."))
        self.table.blockSignals(True)
        self.table.setRowCount(len(orphans))
        for row, orphan in enumerate(orphans):
            values = (format_login_id(orphan.login_id), orphan.person_name,
                      orphan.unit_address, label(orphan.account_status),
                      format_date(orphan.title_ended_on))
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                if column == 0:
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(Qt.CheckState.Unchecked)
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        self.table.resizeColumnsToContents()
        self._update_revoke()
        self.sig_orphans.emit()

    def ticked(self) -> list[OrphanAccess]:
        return [orphan for row, orphan in enumerate(self.orphans)
                if (item := self.table.item(row, 0)) is not None
                and item.checkState() == Qt.CheckState.Checked]

    def set_ticked(self, row: int, ticked: bool = True) -> None:
        item = self.table.item(row, 0)
        if item is not None:
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def _tick_all(self) -> None:
        for row in range(self.table.rowCount()):
            self.set_ticked(row)

    def _update_revoke(self) -> None:
        count = len(self.ticked())
        self.revoke_button.setEnabled(count > 0)
        self.revoke_button.setText(self.tr("&Revoke ticked access (%n)…", "", count))

    def revoke_ticked(self) -> None:
        selection = [(orphan.login_id, orphan.unit_key) for orphan in self.ticked()]
        if not selection:
            return
        self.revoke_button.setEnabled(False)
        self.outcome.clear()
        self.job = actions.revoke_orphans(
            self._desk, selection, owner=self, done=self._on_revoked,
            failed=lambda error: self.error.setText(error_text(error)),
            label=self.tr("Revoking access…"), progress_parent=self)

    def _on_revoked(self, outcome: OrphanRevocation) -> None:
        lines = [self.tr("Access revoked: %1.").replace("%1", str(len(outcome.revoked)))]
        lines += [self.tr("Not revoked — %1, %2: %3").replace(
            "%1", format_login_id(item.login_id)).replace("%2", item.unit_address).replace(
            "%3", problem_text(None, item.code, item.message, item.details))
            for item in outcome.failed]
        if outcome.cancelled:
            lines.append(self.tr("Cancelled: the rest was not revoked."))
        self.outcome.setText("\n".join(lines))
        self.sig_revoked.emit()
        self.reload_orphans()
