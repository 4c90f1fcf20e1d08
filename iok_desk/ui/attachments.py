"""A request's attachments: add files (button or drag and drop), list them, preview one.

Before its request is registered, a form keeps the files in memory (checked at once, so a
refused file is said at once) and attaches them right after registering."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from iok_desk.domain.dates import format_datetime
from iok_desk.domain.errors import IokError
from iok_desk.intake.incoming import read_incoming
from iok_desk.intake.msg import OUTLOOK_MESSAGE_TYPE
from iok_desk.intake.photos import heic_as_png
from iok_desk.services import browse, intake

from . import actions
from .changes import Changed
from .context import DeskContext
from .email_import import dropped_paths
from .forms import child, load_form
from .labels import error_text, skipped_text
from .operations import Job

Files = list[tuple[str, bytes]]


class AttachmentsPanel(QWidget):
    """The files of one request (or of a request not registered yet).

    Signals:
        sig_listed(): the list shows what is stored and pending now.
    """

    sig_listed = Signal()

    def __init__(self, desk: DeskContext, number: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self.number = number
        self.pending: Files = []
        self.stored: list[intake.AttachmentInfo] = []
        self.preview_dialog: AttachmentPreviewDialog | None = None
        form = load_form("attachments_panel", self)
        self.files = child(form, QListWidget, "files")
        self.refused = child(form, QLabel, "refused")
        self.add_button = child(form, QPushButton, "addButton")
        self.preview_button = child(form, QPushButton, "previewButton")
        self.add_button.clicked.connect(self.choose_files)
        self.preview_button.clicked.connect(self.preview_selected)
        self.files.itemActivated.connect(lambda _item: self.preview_selected())
        self.files.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.setAcceptDrops(True)
        self._update_buttons()
        if number is not None:
            self.reload()

    # -- listing --------------------------------------------------------------------------

    def reload(self) -> None:
        desk, number = self._desk, self.number
        if number is None:
            self._show()
            return
        desk.ops.run(lambda _job: intake.list_attachments(desk.db, number), self._on_listed,
                     owner=self, on_failure=self._on_failed)

    def _on_listed(self, stored: list[intake.AttachmentInfo]) -> None:
        self.stored = stored
        self._show()

    def _show(self) -> None:
        row = self.files.currentRow()
        self.files.clear()
        for info in self.stored:
            item = QListWidgetItem(self.tr("%1 (%2, added %3)").replace(
                "%1", info.file_name).replace("%2", intake.size_text(info.size_bytes))
                .replace("%3", format_datetime(info.created_at)))
            item.setData(Qt.ItemDataRole.UserRole, ("stored", info.id))
            self.files.addItem(item)
        for index, (name, content) in enumerate(self.pending):
            item = QListWidgetItem(self.tr("%1 (%2, attached when the request is "
                                           "registered)").replace("%1", name).replace(
                "%2", intake.size_text(len(content))))
            item.setData(Qt.ItemDataRole.UserRole, ("pending", index))
            self.files.addItem(item)
        if self.files.count():
            self.files.setCurrentRow(min(max(row, 0), self.files.count() - 1))
        self._update_buttons()
        self.sig_listed.emit()

    def _update_buttons(self) -> None:
        self.preview_button.setEnabled(self.files.currentRow() >= 0)

    # -- adding ---------------------------------------------------------------------------

    def choose_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Attach files"), "",
            self.tr("Scans and messages (*.pdf *.jpg *.jpeg *.png *.eml);;All files (*)"))
        if names:
            self.add_paths([Path(name) for name in names])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(path.is_file() for path in dropped_paths(event.mimeData())):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [path for path in dropped_paths(event.mimeData()) if path.is_file()]
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.add_paths(paths)

    def add_paths(self, paths: list[Path]) -> None:
        """Read the files on the worker; attach them (or keep them until registering)."""
        self.refused.clear()
        desk, number = self._desk, self.number
        unreadable = self.tr("Cannot read %1: %2")

        def work(_job: Job) -> tuple[Files, list[str], Changed]:
            files: Files = []
            problems: list[str] = []
            for path in paths:
                try:
                    files.append((path.name, path.read_bytes()))
                except OSError as error:
                    problems.append(unreadable.replace("%1", path.name)
                                    .replace("%2", str(error)))
            if number is None:
                accepted: Files = []
                for name, content in files:
                    refusal = browse.attachment_refusal(content)
                    if refusal:
                        problems.append(skipped_text(name, refusal.code, refusal.reason,
                                                     refusal.details))
                    else:
                        accepted.append((name, content))
                return accepted, problems, Changed()
            changes = Changed()
            for name, content in files:
                try:
                    attached = intake.attach_files(desk.db, desk.actor, number,
                                                   [(name, content)])
                except IokError as error:
                    problems.append(error_text(error))
                else:
                    changes = changes | attached.changes
                    problems.extend(skipped_text(item.file_name, item.code, item.reason,
                                                 item.details) for item in attached.skipped)
            # What the attachments changed (Operations finds it in the tuple).
            return [], problems, changes

        desk.ops.run(work, lambda result: self._on_added(*result[:2]), owner=self,
                     on_failure=self._on_failed)

    def _on_added(self, pending: Files, problems: list[str]) -> None:
        self.pending.extend(pending)
        self.refused.setText("\n".join(problems))
        self.reload()

    def set_number(self, number: str) -> None:
        """The request is registered: attach the files kept so far, then list what it has."""
        self.number = number
        pending, self.pending = self.pending, []
        if not pending:
            self.reload()
            return

        def done(skipped: list[intake.SkippedFile]) -> None:
            self.refused.setText("\n".join(skipped_text(item.file_name, item.code,
                                                        item.reason, item.details)
                                           for item in skipped))
            self.reload()

        actions.attach_files(self._desk, number, pending, owner=self, done=done,
                             failed=self._on_failed)

    def _on_failed(self, error: IokError) -> None:
        self.refused.setText(error_text(error))
        self._show()

    # -- preview --------------------------------------------------------------------------

    def preview_selected(self) -> None:
        item = self.files.currentItem()
        if item is None:
            return
        where, key = item.data(Qt.ItemDataRole.UserRole)
        if where == "pending":
            name, content = self.pending[int(key)]
            self._open_preview(name, content)
            return
        desk = self._desk
        desk.ops.run(lambda _job: intake.attachment_content(desk.db, int(key)),
                     lambda result: self._open_preview(result[0].file_name, result[1]),
                     owner=self, on_failure=self._on_failed)

    def _open_preview(self, name: str, content: bytes) -> None:
        dialog = AttachmentPreviewDialog(name, content, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview_dialog = dialog
        dialog.show()


class AttachmentPreviewDialog(QDialog):
    """One attachment shown from memory: a PDF page by page, an image, an e-mail as text."""

    def __init__(self, name: str, content: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Attachment %1").replace("%1", name))
        self.content_type = intake.sniff_content_type(content)
        form = load_form("attachment_preview_dialog", self)
        pages = child(form, QStackedWidget, "pages")
        self.document: QPdfDocument | None = None
        self.image: QLabel | None = None
        self.text: QPlainTextEdit | None = None
        if self.content_type == "application/pdf":
            self._data = QByteArray(content)
            self._buffer = QBuffer(self._data, self)
            self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self.document = QPdfDocument(self)
            page = child(form, QWidget, "pdfPage")
            # QtPdf's view is no Designer widget: the form keeps its place, the code fills it.
            view = QPdfView(page)
            view.setPageMode(QPdfView.PageMode.MultiPage)
            view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            view.setDocument(self.document)
            self.document.load(self._buffer)
            layout = page.layout()
            assert layout is not None  # the form gives the page its layout
            layout.addWidget(view)
            pages.setCurrentWidget(page)
        elif self.content_type in ("image/jpeg", "image/png"):
            pixmap = QPixmap()
            pixmap.loadFromData(content)
            self.image = child(form, QLabel, "image")
            if pixmap.isNull():
                self.image.setText(self.tr("The image cannot be shown."))
            else:
                self.image.setPixmap(pixmap)
            pages.setCurrentWidget(child(form, QScrollArea, "imagePage"))
        elif self.content_type == "image/heic":
            # Qt reads no HEIC: the preview shows it converted; the stored file is as it came.
            pixmap = QPixmap()
            converted = heic_as_png(content)
            if converted is not None:
                pixmap.loadFromData(converted)
            self.image = child(form, QLabel, "image")
            if pixmap.isNull():
                self.image.setText(self.tr("An iPhone photo (HEIC) the desk cannot decode. "
                                           "Save it and open it in the system's photo viewer."))
                self.image.setWordWrap(True)
            else:
                self.image.setPixmap(pixmap)
            pages.setCurrentWidget(child(form, QScrollArea, "imagePage"))
        else:
            self.text = child(form, QPlainTextEdit, "text")
            self.text.setPlainText(self._message_text(content))
            pages.setCurrentWidget(self.text)
        buttons = child(form, QDialogButtonBox, "buttons")
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        self.resize(720, 820)

    def _message_text(self, content: bytes) -> str:
        if self.content_type not in ("message/rfc822", OUTLOOK_MESSAGE_TYPE):
            return content.decode("utf-8", "replace")
        try:
            message = read_incoming(content)
        except (IokError, ValueError) as error:
            return str(error)
        lines = [self.tr("From: %1").replace(
                     "%1", f"{message.sender_name} <{message.sender_email}>".strip()),
                 self.tr("Subject: %1").replace("%1", message.subject)]
        if message.sent_at is not None:
            lines.append(self.tr("Sent: %1").replace("%1", format_datetime(message.sent_at)))
        lines += [self.tr("Attachment %1: %2").replace("%1", item.file_name).replace(
            "%2", intake.size_text(len(item.content))) for item in message.attachments]
        return "\n".join(lines) + "\n\n" + message.body_text
