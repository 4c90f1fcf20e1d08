"""What printing a credential letter sends (issue 13 "Printing"), measured with Qt's PDF
printer: to a PDF file the letter itself (byte for byte); to a printer its pages drawn as
vectors (text as text, ``ui/pdf_vector.py``), and what cannot be drawn so as a greyscale
picture at the printer's resolution (at most 300 dpi) instead of a colour one."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot
from reportlab.pdfgen.canvas import Canvas

from iok_desk.db.engine import Database
from iok_desk.letters import produce, style
from iok_desk.services import accounts, requests, settings
from iok_desk.services.context import Actor
from iok_desk.ui.preview import PreviewDialog

COLOUR_PAGE = 12_800_000  # a one-page letter as a 300-dpi colour picture (issue 13)
GREY_PAGE_LIMIT = 3_000_000
VECTOR_PAGE_LIMIT = 150_000


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


def _grey(pdf: Path, page: int, dpi: int = 40) -> QImage:
    document = QPdfDocument()
    document.load(str(pdf))
    size = document.pagePointSize(page)
    image = document.render(page, QSize(int(size.width() * dpi / 72),
                                        int(size.height() * dpi / 72)))
    return image.convertToFormat(QImage.Format.Format_Grayscale8)


def _difference(first: QImage, second: QImage) -> float:
    """The mean difference of two grey pictures of one size, 0 (same) to 255."""
    assert first.size() == second.size()
    total = 0
    for y in range(first.height()):
        one, two = first.constScanLine(y), second.constScanLine(y)
        total += sum(abs(a - b) for a, b in zip(bytes(one)[:first.width()],
                                                  bytes(two)[:first.width()], strict=True))
    return total / (first.width() * first.height())


def test_printing_a_letter_spools_vector_text(
        qtbot: QtBot, db: Database, admin: Actor, register: dict[str, object],
        tmp_path: Path) -> None:
    pdf = _letter_pdf(db, admin)
    preview = PreviewDialog(pdf, "pismo", "pismo.pdf", "", None, credential=True)
    qtbot.waitUntil(lambda: preview.document.status() == QPdfDocument.Status.Ready)
    pages = preview.document.pageCount()

    to_file = tmp_path / "do-pliku.pdf"
    assert preview.print_to(_pdf_printer(to_file)) == pages
    assert to_file.read_bytes() == pdf  # the letter itself
    assert preview.handed_out

    letter = tmp_path / "pismo.pdf"
    letter.write_bytes(pdf)
    spooled, pictures = tmp_path / "drukarka.pdf", tmp_path / "obrazy.pdf"
    printer = _pdf_printer(spooled)
    printer.setFullPage(True)  # the page as the letter has it, to compare them
    assert preview.draw_pages(printer) == pages
    picture_printer = _pdf_printer(pictures)
    assert preview.draw_pictures(picture_printer) == pages
    vector, grey = spooled.stat().st_size / pages, pictures.stat().st_size / pages
    print(f"\nletter: {len(pdf) / pages / 1000:.0f} kB/page; to a printer as vectors "
          f"{vector / 1000:.0f} kB/page, as pictures {grey / 1000:.0f} kB/page (greyscale, "
          f"{min(picture_printer.resolution(), 300)} dpi)")
    assert vector < VECTOR_PAGE_LIMIT and grey < GREY_PAGE_LIMIT < COLOUR_PAGE

    def words(path: Path) -> list[str]:
        return " ".join(PdfReader(path).pages[0].extract_text().split()).split()

    printed = words(spooled)  # text, not a picture of it: the login ID, Polish letters
    assert "Młodzieżowa" in printed and "Spółdzielnia" in printed
    original = words(letter)
    assert len(set(original) - set(printed)) <= len(original) // 20
    assert words(pictures) == []
    for page in range(pages):  # and it looks like the letter
        assert _difference(_grey(letter, page), _grey(spooled, page)) < 6
    preview.close()


def _foreign_pdf(*, field: bool) -> bytes:
    """A page in Helvetica (no font of the desk's), or in DejaVu with a form field."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    if field:
        style.register_fonts()
        canvas.setFont(style.SANS, 14)
        canvas.acroForm.textfield(name="unit", x=72, y=650, width=200, height=20)
    else:
        canvas.setFont("Helvetica", 14)
    canvas.drawString(72, 720, "Obce pismo")
    canvas.save()
    return buffer.getvalue()


@pytest.mark.parametrize("field", [False, True], ids=["foreign font", "form field"])
def test_a_page_the_vector_drawing_does_not_know_prints_as_a_picture(
        qtbot: QtBot, tmp_path: Path, field: bool) -> None:
    """The whole document then goes as greyscale pictures, the field's box on them."""
    preview = PreviewDialog(_foreign_pdf(field=field), "obce", "obce.pdf", "", None)
    qtbot.waitUntil(lambda: preview.document.status() == QPdfDocument.Status.Ready)
    spooled = tmp_path / "drukarka.pdf"
    assert preview.draw_pages(_pdf_printer(spooled)) == 1
    assert PdfReader(spooled).pages[0].extract_text().strip() == ""  # a picture
    assert min(bytes(_grey(spooled, 0).constBits())) < 128  # the text is on it, dark
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
