"""In-app print preview of a letter (QtPdf). The PDF lives in memory: a credential letter
holds a first password, so it reaches the disk only when the clerk clicks Save (a private file,
never through a link), and closing it before it was printed or saved asks first."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from iok_desk.domain.errors import IokError
from iok_desk.private_files import write_private

from .forms import child, load_form
from .labels import error_text
from .list_output import documents_folder

PRINT_DPI = 300
ZOOM_STEP = 1.25


class PreviewDialog(QDialog):
    """Shows PDF bytes; Print sends them to a printer, Save writes them where the clerk says."""

    def __init__(self, pdf: bytes, title: str, file_name: str, info: str,
                 parent: QWidget | None = None, *, credential: bool = False) -> None:
        """``credential``: the PDF holds a first password that exists nowhere else."""
        super().__init__(parent)
        self.setWindowTitle(title)
        self._file_name = file_name
        self.credential = credential
        self.handed_out = False
        """Printed or saved: closing no longer asks."""
        self.close_question: QMessageBox | None = None
        form = load_form("preview", self)
        self.info_label = info_label = child(form, QLabel, "info")
        info_label.setText(info)
        info_label.setVisible(bool(info))
        self.pages_label = child(form, QLabel, "pages")
        self.print_button = child(form, QPushButton, "printButton")
        self.save_button = child(form, QPushButton, "saveButton")
        close_button = child(form, QPushButton, "closeButton")
        self._data = QByteArray(pdf)
        self._buffer = QBuffer(self._data, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.statusChanged.connect(self._on_status)
        view_host = child(form, QWidget, "viewHost")
        self.view = QPdfView(view_host)
        QVBoxLayout(view_host).addWidget(self.view)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self._build_view_controls(child(form, QHBoxLayout, "actions"))
        self.document.load(self._buffer)  # reports Ready at once: the controls are there
        self.print_button.clicked.connect(self._on_print)
        self.save_button.clicked.connect(self._on_save)
        close_button.clicked.connect(self.accept)
        QShortcut(QKeySequence.StandardKey.Print, self, self._on_print)
        QShortcut(QKeySequence.StandardKey.Save, self, self._on_save)
        self.resize(720, 860)

    def _build_view_controls(self, actions: QHBoxLayout) -> None:
        """Zoom and pages: −, +, fit the width, the whole page; the page shown, ◀ ▶."""
        self.page_box = QSpinBox(self)
        self.page_box.setObjectName("pageBox")
        self.page_box.setAccessibleName(self.tr("Page shown"))
        self.page_box.setMinimum(1)
        self.page_box.setMaximum(1)
        self.page_box.valueChanged.connect(self.go_to_page)
        self.view.pageNavigator().currentPageChanged.connect(
            lambda page: self._show_page_number(page + 1))
        controls: list[tuple[str, str, str, object]] = [
            ("zoomOut", "−", self.tr("Zoom out (Ctrl+−)"), lambda: self.zoom_by(1 / ZOOM_STEP)),
            ("zoomIn", "+", self.tr("Zoom in (Ctrl++)"), lambda: self.zoom_by(ZOOM_STEP)),
            ("fitWidth", "↔", self.tr("Fit the width"),
             lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)),
            ("fitPage", "▯", self.tr("Whole page"),
             lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitInView)),
            ("previousPage", "◀", self.tr("Previous page (PgUp)"),
             lambda: self.page_box.setValue(self.page_box.value() - 1)),
            ("nextPage", "▶", self.tr("Next page (PgDn)"),
             lambda: self.page_box.setValue(self.page_box.value() + 1)),
        ]
        position = 1
        for name, text, tip, slot in controls:
            button = QToolButton(self)
            button.setObjectName(name)
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            button.clicked.connect(slot)
            actions.insertWidget(position, button)
            position += 1
            if name == "previousPage":
                actions.insertWidget(position, self.page_box)
                position += 1
        for keys, slot in ((QKeySequence.StandardKey.ZoomIn, lambda: self.zoom_by(ZOOM_STEP)),
                           (QKeySequence.StandardKey.ZoomOut,
                            lambda: self.zoom_by(1 / ZOOM_STEP))):
            QShortcut(keys, self, slot)

    def zoom_by(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(4.0, self.view.zoomFactor() * factor)))

    def go_to_page(self, number: int) -> None:
        """Show page ``number`` (1-based)."""
        if 1 <= number <= self.document.pageCount():
            self.view.pageNavigator().jump(number - 1, QPointF(), self.view.zoomFactor())

    def _show_page_number(self, number: int) -> None:
        self.page_box.blockSignals(True)
        self.page_box.setValue(number)
        self.page_box.blockSignals(False)

    def _on_status(self, status: QPdfDocument.Status) -> None:
        if status == QPdfDocument.Status.Ready:
            self.pages_label.setText(self.tr("%n page(s)", "", self.document.pageCount()))
            self.page_box.setMaximum(max(1, self.document.pageCount()))

    def print_to(self, printer: QPrinter) -> int:
        """Print every page; returns the pages printed. Printing to a PDF file writes the
        letter itself (exactly as saved); a printer gets the pages drawn as vectors — text
        as text, lines as lines (``ui/pdf_vector.py``) — and, should a page hold what that
        does not draw, as greyscale pictures at the printer's resolution (at most 300 dpi).
        The figures: ``tests/ui/test_print_spool.py``."""
        if (printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
                and printer.outputFileName()):
            if not self.save_to(printer.outputFileName()):
                return 0
            return self.document.pageCount()
        return self.draw_pages(printer)

    def draw_pages(self, printer: QPrinter) -> int:
        """Draw every page onto the printer, as vectors when every page can be; the pages
        drawn."""
        import pypdfium2

        from . import pdf_vector

        document = pypdfium2.PdfDocument(bytes(self._data.data()))  # in memory, as the PDF
        try:
            pdf_vector.check_document(document)
        except pdf_vector.Unsupported:
            document.close()
            return self.draw_pictures(printer)
        painter = QPainter()
        try:
            if not painter.begin(printer):
                return 0
            for page in range(len(document)):
                if page:
                    printer.newPage()
                pdf_vector.draw_page(painter, document, page, QRectF(painter.viewport()))
            self.handed_out = True
            return len(document)
        finally:
            if painter.isActive():
                painter.end()
            document.close()

    def draw_pictures(self, printer: QPrinter) -> int:
        """Draw every page onto the printer as a greyscale picture; the pages drawn."""
        painter = QPainter()
        if not painter.begin(printer):
            return 0
        dpi = min(printer.resolution(), PRINT_DPI)
        try:
            for page in range(self.document.pageCount()):
                if page:
                    printer.newPage()
                size = self.document.pagePointSize(page)
                image = self.document.render(page, QSize(int(size.width() * dpi / 72),
                                                         int(size.height() * dpi / 72)))
                image = image.convertToFormat(QImage.Format.Format_Grayscale8)
                target = painter.viewport()
                scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRect(target.topLeft(), scaled), image)
            self.handed_out = True
            return self.document.pageCount()
        finally:
            painter.end()

    def _on_print(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        # Should the clerk print to a file: the letter's own name in their Documents folder.
        printer.setDocName(Path(self._file_name).stem)
        printer.setOutputFileName(str(documents_folder() / Path(self._file_name).name))
        dialog = QPrintDialog(printer, self)
        dialog.accepted.connect(lambda: self.print_to(printer))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()

    def _on_save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save letter as PDF"),
                                              str(documents_folder() / self._file_name),
                                              self.tr("PDF files (*.pdf)"))
        if path:
            self.save_to(path)

    def save_to(self, path: str) -> bool:
        """Write the PDF privately (0600, complete or not at all). The file dialog has already
        asked before replacing an existing file."""
        try:
            write_private(path, bytes(self._data.data()), overwrite=True)
        except IokError as error:
            self.info_label.setText(error_text(error))
            self.info_label.setStyleSheet("color: #b00020;")
            self.info_label.show()
            return False
        self.handed_out = True
        return True

    def done(self, result: int) -> None:
        """Closing a credential letter that was neither printed nor saved asks first: its
        password cannot be shown again."""
        if not self.credential or self.handed_out:
            super().done(result)
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Close the letter?"), self.tr(
            "This credential letter has not been printed or saved. Its first password cannot "
            "be shown again: closing it means a new first password later. Close anyway?"),
            QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel, self)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda answer: self._closed_anyway(result)
                             if answer == QMessageBox.StandardButton.Close else None)
        self.close_question = box
        box.open()

    def _closed_anyway(self, result: int) -> None:
        self.handed_out = True
        super().done(result)
