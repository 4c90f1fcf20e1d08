"""Any list of the desk to a CSV file or to the printer, as the clerk sees it: the columns
and the row order shown. Printing lays the list out as a text document, so the printer gets
vector text (a few kilobytes a page), never a picture of the screen."""

from __future__ import annotations

import csv
import html
import io
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QStandardPaths, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QWidget

from iok_desk.domain.dates import format_datetime, now_utc, office_date
from iok_desk.private_files import write_private

from .context import DeskContext
from .models import KeysetModel, LazyIdModel
from .operations import Job

Table = tuple[list[str], list[list[str]]]


def documents_folder() -> Path:
    """Where the desk proposes to save: the clerk's Documents folder (never a root's home)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def proposed_path(stem: str, suffix: str) -> Path:
    return documents_folder() / f"{stem}-{office_date(now_utc()).isoformat()}.{suffix}"


def headers_of(model: QAbstractItemModel) -> list[str]:
    return [str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            for column in range(model.columnCount())]


def shown_rows(model: QAbstractItemModel) -> list[list[str]]:
    """Every row as the list shows it (a short list holds all its rows)."""
    return [[str(model.data(model.index(row, column)) or "")
             for column in range(model.columnCount())] for row in range(model.rowCount())]


def collect(model: QAbstractItemModel) -> tuple[list[str], object]:
    """The headers, and what gives the rows: the rows themselves for a list held in memory,
    a worker function for a lazy list (its rows are fetched from the database, all of them)."""
    headers = headers_of(model)
    if isinstance(model, (LazyIdModel, KeysetModel)):
        columns, fetch = model.columns, model.fetch_all

        def work(_job: Job) -> list[list[str]]:
            return [[column.text(row) for column in columns] for row in fetch()]

        return headers, work
    return headers, shown_rows(model)


def csv_bytes(headers: list[str], rows: list[list[str]]) -> bytes:
    """A CSV file Excel opens as it is: UTF-8 with BOM, semicolons."""
    text = io.StringIO(newline="")
    writer = csv.writer(text, delimiter=";")
    writer.writerow(headers)
    writer.writerows(rows)
    return text.getvalue().encode("utf-8-sig")


def list_document(title: str, headers: list[str], rows: list[list[str]]) -> QTextDocument:
    """The list laid out for paper: a heading with the time it was printed, then the table."""
    printed = QCoreApplication.translate("ListOutput", "Printed %1 · rows: %2").replace(
        "%1", format_datetime(now_utc())).replace("%2", str(len(rows)))
    cells = "".join(f"<th>{html.escape(text)}</th>" for text in headers)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(text)}</td>" for text in row) + "</tr>"
                   for row in rows)
    document = QTextDocument()
    document.setDefaultStyleSheet("th { background: #e6e6e6; text-align: left; }"
                                  "td, th { padding: 2px 4px; }")
    document.setHtml(f"<h3>{html.escape(title)}</h3><p>{html.escape(printed)}</p>"
                     f"<table border='1' cellspacing='0' width='100%'><thead><tr>{cells}"
                     f"</tr></thead><tbody>{body}</tbody></table>")
    return document


def office_printer(stem: str) -> QPrinter:
    """A printer set up as the office prints: A4, its own margins, a file name under the
    clerk's Documents folder should they choose a PDF file."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    printer.setDocName(stem)
    printer.setOutputFileName(str(proposed_path(stem, "pdf")))
    return printer


def export_csv(desk: DeskContext, parent: QWidget, model: QAbstractItemModel, stem: str,
               done: object = None) -> None:
    """Ask where, then write the list there (privately, replacing what the clerk confirmed)."""
    path, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("ListOutput", "Export the list to CSV"),
        str(proposed_path(stem, "csv")),
        QCoreApplication.translate("ListOutput", "CSV files (*.csv)"))
    if path:
        save_csv(desk, parent, model, Path(path), done)


def save_csv(desk: DeskContext, owner: QWidget, model: QAbstractItemModel, path: Path,
             done: object = None) -> None:
    headers, rows = collect(model)

    def write(found: list[list[str]]) -> None:
        write_private(path, csv_bytes(headers, found), overwrite=True)
        if callable(done):
            done(path)

    if callable(rows):
        desk.ops.run(rows, write, owner=owner)
    else:
        assert isinstance(rows, list)
        write(rows)


def print_list(desk: DeskContext, parent: QWidget, model: QAbstractItemModel, title: str,
               stem: str) -> QPrintPreviewDialog | None:
    """The print preview of the list (zoom, pages, printer choice are Qt's own); None while a
    lazy list's rows are still being fetched (the preview opens when they are in)."""
    headers, rows = collect(model)

    def preview(found: list[list[str]]) -> QPrintPreviewDialog:
        document = list_document(title, headers, found)
        dialog = QPrintPreviewDialog(office_printer(stem), parent)
        dialog.setObjectName("listPreview")
        dialog.setWindowTitle(title)
        dialog.paintRequested.connect(document.print_)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.document = document  # type: ignore[attr-defined]  # kept alive with it
        dialog.resize(1000, 680)
        dialog.open()
        return dialog

    if callable(rows):
        def show(found: list[list[str]]) -> None:
            preview(found)

        desk.ops.run(rows, show, owner=parent)
        return None
    assert isinstance(rows, list)
    return preview(rows)


def print_to_pdf(document: QTextDocument, path: Path) -> int:
    """Print ``document`` through a PDF printer (what a spooler would get); its page count."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    printer.setOutputFileName(str(path))
    document.print_(printer)
    return document.pageCount()
