"""E-mail dropped on the desk: one file (an .eml or Outlook .msg message, a filled-in PDF
form, a scan) opens the request form pre-filled from it, a folder (or several files) is
imported in one go with progress, then summarised."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from .context import DeskContext
from .forms import child, load_form
from .labels import problem_text
from .operations import Job

if TYPE_CHECKING:  # the e-mail parser is imported when the first message comes in
    from iok_desk.services import intake

# What a request arrives as; the file's content decides how it is read.
EMAIL_SUFFIXES = frozenset({".eml", ".msg", ".pdf", ".jpg", ".jpeg", ".png", ".heic"})
DUPLICATE = "duplicate_message"


def dropped_paths(mime: QMimeData) -> list[Path]:
    """The local files and folders a drag carries."""
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


def email_files(paths: Iterable[Path]) -> list[Path]:
    """The messages, forms and scans among ``paths``, a folder's own included (sorted by
    name)."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(item for item in path.iterdir()
                                if item.is_file() and item.suffix.lower() in EMAIL_SUFFIXES))
        elif path.suffix.lower() in EMAIL_SUFFIXES:
            found.append(path)
    return found


class EmailIntake(QObject):
    """Takes e-mails dropped on the desk or chosen; asks for the dialogs by signal.

    Signals:
        sig_draft(str, bytes, EmailPreview): one message read: the request form should open
            pre-filled from it (file name, raw message, what it says).
        sig_imported(BatchResult): many messages imported: the summary should show.
        sig_problem(str): nothing was imported; why.
    """

    sig_draft = Signal(str, bytes, object)
    sig_imported = Signal(object)
    sig_problem = Signal(str)

    def __init__(self, desk: DeskContext, window: QWidget) -> None:
        super().__init__(window)
        self._desk = desk
        self._window = window
        self.last_import: Job | None = None  # the latest batch import

    @staticmethod
    def accepts(mime: QMimeData) -> bool:
        """The drag carries a folder, a message, a form or a scan."""
        return any(path.is_dir() or path.suffix.lower() in EMAIL_SUFFIXES
                   for path in dropped_paths(mime))

    def import_emails(self, paths: list[Path]) -> None:
        """One file: the request form pre-filled from it. A folder or several files:
        all imported, each on its own, then a summary."""
        files = email_files(paths)
        if not files:
            self.sig_problem.emit(self.tr("No e-mail, Outlook message, PDF form or scan "
                                          "among the dropped files."))
        elif len(files) == 1 and not any(path.is_dir() for path in paths):
            self._preview(files[0])
        else:
            from . import actions

            self.last_import = actions.import_emails(
                self._desk, files, owner=self, done=self.sig_imported.emit,
                progress_parent=self._window,
                label=self.tr("Importing %n e-mail(s)…", "", len(files)))

    def _preview(self, path: Path) -> None:
        desk = self._desk
        unreadable = self.tr("Cannot read %1: %2")

        def work(_job: Job) -> tuple[bytes, intake.EmailPreview] | str:
            try:
                raw = path.read_bytes()
            except OSError as error:
                return unreadable.replace("%1", path.name).replace("%2", str(error))
            from iok_desk.services import intake

            return raw, intake.preview_email(desk.db, raw, path.name)

        def shown(result: tuple[bytes, intake.EmailPreview] | str) -> None:
            if isinstance(result, str):
                self.sig_problem.emit(result)
            else:
                self.sig_draft.emit(path.name, *result)

        desk.ops.run(work, shown, owner=self)


class ImportSummaryDialog(QDialog):
    """What a batch import did: registered requests, messages needing attention, duplicates.

    Signals:
        sig_open_request(str): the clerk asked to open a registered request.
    """

    sig_open_request = Signal(str)

    def __init__(self, result: intake.BatchResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("E-mail import"))
        self.batch = result
        registered = [item for item in result.outcomes if item.number]
        duplicates = [item for item in result.outcomes if item.code == DUPLICATE]
        attention = [item for item in result.outcomes
                     if not item.number and item.code != DUPLICATE]
        self.counts = (len(registered), len(attention), len(duplicates))
        form = load_form("import_summary_dialog", self)
        summary = self.tr("Registered: %1. Need attention: %2. Already registered: %3.")
        for index, count in enumerate(self.counts, start=1):
            summary = summary.replace(f"%{index}", str(count))
        if result.cancelled:
            summary += " " + self.tr("Cancelled: the remaining files were not imported.")
        self.summary = child(form, QLabel, "summary")
        self.summary.setText(summary)
        self.outcomes = child(form, QListWidget, "outcomes")
        for item in registered:
            self._add(self.tr("✓ %1 → %2").replace("%1", Path(item.path).name)
                      .replace("%2", item.number or ""), item.number)
        for item in attention:
            self._add(self.tr("✗ %1: %2").replace("%1", Path(item.path).name)
                      .replace("%2", problem_text(None, item.code, item.error, item.details)), None)
        for item in duplicates:
            self._add(self.tr("= %1: %2").replace("%1", Path(item.path).name)
                      .replace("%2", problem_text(None, item.code, item.error, item.details)), None)
        self.outcomes.itemActivated.connect(self._on_activated)
        buttons = child(form, QDialogButtonBox, "buttons")
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.resize(640, 360)

    def _add(self, text: str, number: str | None) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, number)
        item.setToolTip(text)
        self.outcomes.addItem(item)

    def _on_activated(self, item: QListWidgetItem) -> None:
        number = item.data(Qt.ItemDataRole.UserRole)
        if number:
            self.sig_open_request.emit(str(number))
