"""E-mail dropped on the desk: one .eml file opens the request form pre-filled from it, a
folder (or several files) is imported in one go with progress, then summarised."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iok_desk.services import intake

EMAIL_SUFFIX = ".eml"
DUPLICATE = "duplicate_message"


def dropped_paths(mime: QMimeData) -> list[Path]:
    """The local files and folders a drag carries."""
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


def email_files(paths: Iterable[Path]) -> list[Path]:
    """The .eml files among ``paths``, a folder's own .eml files included (sorted by name)."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(item for item in path.iterdir()
                                if item.is_file() and item.suffix.lower() == EMAIL_SUFFIX))
        elif path.suffix.lower() == EMAIL_SUFFIX:
            found.append(path)
    return found


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
        layout = QVBoxLayout(self)
        summary = self.tr("Registered: %1. Need attention: %2. Already registered: %3.")
        for index, count in enumerate(self.counts, start=1):
            summary = summary.replace(f"%{index}", str(count))
        if result.cancelled:
            summary += " " + self.tr("Cancelled: the remaining files were not imported.")
        self.summary = QLabel(summary)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.outcomes = QListWidget()
        for item in registered:
            self._add(self.tr("✓ %1 → %2").replace("%1", Path(item.path).name)
                      .replace("%2", item.number or ""), item.number)
        for item in attention:
            self._add(self.tr("✗ %1: %2").replace("%1", Path(item.path).name)
                      .replace("%2", item.error), None)
        for item in duplicates:
            self._add(self.tr("= %1: %2").replace("%1", Path(item.path).name)
                      .replace("%2", item.error), None)
        self.outcomes.itemActivated.connect(self._on_activated)
        layout.addWidget(self.outcomes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        layout.addWidget(buttons)
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
