"""In-app print preview of a letter (QtPdf). The PDF lives in memory: a credential letter
holds a first password, so it reaches the disk only when the clerk clicks Save."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from .forms import child, load_form

PRINT_DPI = 300


class PreviewDialog(QDialog):
    """Shows PDF bytes; Print sends them to a printer, Save writes them where the clerk says."""

    def __init__(self, pdf: bytes, title: str, file_name: str, info: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._file_name = file_name
        form = load_form("preview", self)
        info_label = child(form, QLabel, "info")
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
        self.document.load(self._buffer)
        self.print_button.clicked.connect(self._on_print)
        self.save_button.clicked.connect(self._on_save)
        close_button.clicked.connect(self.accept)
        QShortcut(QKeySequence.StandardKey.Print, self, self._on_print)
        QShortcut(QKeySequence.StandardKey.Save, self, self._on_save)
        self.resize(720, 860)

    def _on_status(self, status: QPdfDocument.Status) -> None:
        if status == QPdfDocument.Status.Ready:
            self.pages_label.setText(self.tr("%n page(s)", "", self.document.pageCount()))

    def print_to(self, printer: QPrinter) -> int:
        """Render every page onto the printer; returns the pages printed."""
        painter = QPainter()
        if not painter.begin(printer):
            return 0
        try:
            for page in range(self.document.pageCount()):
                if page:
                    printer.newPage()
                size = self.document.pagePointSize(page)
                image = self.document.render(page, QSize(int(size.width() * PRINT_DPI / 72),
                                                         int(size.height() * PRINT_DPI / 72)))
                target = painter.viewport()
                scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(target.x(), target.y(), image.scaled(
                    scaled, Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation))
            return self.document.pageCount()
        finally:
            painter.end()

    def _on_print(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.accepted.connect(lambda: self.print_to(printer))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()

    def _on_save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save letter as PDF"),
                                              self._file_name, self.tr("PDF files (*.pdf)"))
        if path:
            with open(path, "wb") as file:
                file.write(bytes(self._data.data()))
