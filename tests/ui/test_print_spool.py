"""What printing a credential letter sends (issue 13 "Printing"), measured with Qt's PDF
printer: to a PDF file the letter itself (vector, byte for byte); to a printer each page as a
greyscale picture at the printer's resolution (at most 300 dpi) instead of a colour one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from iok_desk.db.engine import Database
from iok_desk.letters import produce
from iok_desk.services import accounts, requests, settings
from iok_desk.services.context import Actor
from iok_desk.ui.preview import PreviewDialog

COLOUR_PAGE = 12_800_000  # a one-page letter as a 300-dpi colour picture (issue 13)
GREY_PAGE_LIMIT = 3_000_000


def _letter_pdf(db: Database, admin: Actor) -> bytes:
    number = requests.register_request(db, admin, requests.NewRequest(
        kind="grant", channel="paper", first_name="Jan", last_name="Kowalski",
        unit="Paprykowa 12/5")).number
    requests.approve_request(db, admin, number)
    letter = accounts.issue_credentials(db, admin, number).letter
    assert letter is not None
    return produce.credential_letters_pdf(settings.get_letterhead(db), [letter])


def _pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_printing_a_letter_spools_a_fraction_of_a_colour_picture(
        qtbot: QtBot, db: Database, admin: Actor, register: dict[str, object],
        tmp_path: Path) -> None:
    pdf = _letter_pdf(db, admin)
    preview = PreviewDialog(pdf, "pismo", "pismo.pdf", "", None, credential=True)
    qtbot.waitUntil(lambda: preview.document.status() == QPdfDocument.Status.Ready)
    pages = preview.document.pageCount()

    to_file = tmp_path / "do-pliku.pdf"
    assert preview.print_to(_pdf_printer(to_file)) == pages
    assert to_file.read_bytes() == pdf  # vector: the letter itself
    assert preview.handed_out

    spooled = tmp_path / "drukarka.pdf"
    printer = _pdf_printer(spooled)
    assert preview.draw_pages(printer) == pages
    per_page = spooled.stat().st_size / pages
    print(f"\nletter: vector {len(pdf) / pages / 1000:.0f} kB/page, "
          f"to a printer {per_page / 1000:.0f} kB/page (greyscale, "
          f"{min(printer.resolution(), 300)} dpi)")
    assert per_page < GREY_PAGE_LIMIT < COLOUR_PAGE
    preview.close()
