"""What printing a credential letter sends (issue 13 "Printing"), measured with Qt's PDF
printer: to a PDF file the letter itself (vector, byte for byte); to a printer each page as a
greyscale picture at the printer's resolution (at most 300 dpi) instead of a colour one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from iok_desk.db.engine import Database
from iok_desk.letters import produce
from iok_desk.services import accounts, requests, settings
from iok_desk.services.context import Actor
from iok_desk.ui.preview import PreviewDialog

COLOUR_PAGE = 12_800_000  # a one-page letter as a 300-dpi colour picture (issue 13)
GREY_PAGE_LIMIT = 3_000_000


def _letters(db: Database, admin: Actor, *people: tuple[str, str, str]) -> list[object]:
    found = []
    for first, last, unit in people:
        number = requests.register_request(db, admin, requests.NewRequest(
            kind="grant", channel="paper", first_name=first, last_name=last,
            unit=unit)).number
        requests.approve_request(db, admin, number)
        letter = accounts.issue_credentials(db, admin, number).letter
        assert letter is not None
        found.append(letter)
    return found


def _letter_pdf(db: Database, admin: Actor, *people: tuple[str, str, str]) -> bytes:
    return produce.credential_letters_pdf(settings.get_letterhead(db), _letters(  # type: ignore[arg-type]
        db, admin, *(people or (("Jan", "Kowalski", "Paprykowa 12/5"),))))


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


def test_the_preview_zooms_and_turns_pages(qtbot: QtBot, db: Database, admin: Actor,
                                           register: dict[str, object]) -> None:
    two = _letter_pdf(db, admin, ("Jan", "Kowalski", "Paprykowa 12/5"),
                      ("Anna", "Żółkiewska", "Paprykowa 12/7"))
    preview = PreviewDialog(two, "pisma", "pisma.pdf", "", None)
    preview.show()
    qtbot.waitUntil(lambda: preview.document.status() == QPdfDocument.Status.Ready)
    pages = preview.document.pageCount()
    assert pages >= 2 and preview.page_box.maximum() == pages
    before = preview.view.zoomFactor()
    preview.findChild(QToolButton, "zoomIn").click()
    assert preview.view.zoomMode() == QPdfView.ZoomMode.Custom
    assert preview.view.zoomFactor() > before
    preview.findChild(QToolButton, "fitWidth").click()
    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    preview.findChild(QToolButton, "nextPage").click()
    qtbot.waitUntil(lambda: preview.view.pageNavigator().currentPage() == 1)
    assert preview.page_box.value() == 2
    preview.close()
