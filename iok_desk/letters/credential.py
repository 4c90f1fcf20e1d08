"""The credential letter: login ID and first password on one A4 sheet for a window envelope,
with a detachable acknowledgement of receipt that the office keeps.

The letter is drawn straight onto the canvas (paragraphs placed by hand) rather than through
platypus: the layout is fixed by the envelope window and the tear-off strip, and a batch of
hundreds of letters stays fast.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable, Sequence

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from iok_desk.domain.addresses import street_line
from iok_desk.domain.credentials import format_login_id, group_password
from iok_desk.domain.dates import format_date
from iok_desk.domain.letter_numbers import receipt_code
from iok_desk.domain.letterhead import Letterhead
from iok_desk.services.dto import CredentialLetterData

from .style import (
    ACCENT,
    BODY_TOP,
    INK,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MONO_BOLD,
    MUTED,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE,
    SANS,
    SANS_BOLD,
    SHADE,
    TEXT_WIDTH,
    draw_letter_frame,
    escape,
    fit_text,
    place_and_date,
    plural,
    styles,
)

CUT_LINE_FROM_BOTTOM = 54 * mm
STRIP_CODE_SIZE = 17 * mm
QR_SIZE = 24 * mm

Progress = Callable[[int, int], None]


class LetterOverflow(RuntimeError):
    """The letter's text would run into the acknowledgement strip (a layout bug)."""


def _qr_drawing(url: str, size: float = QR_SIZE) -> Drawing:
    widget = QrCodeWidget(url, barLevel="M", barBorder=2)
    left, bottom, right, top = widget.getBounds()
    drawing = Drawing(size, size,
                      transform=[size / (right - left), 0, 0, size / (top - bottom), 0, 0])
    drawing.add(widget)
    return drawing


def _draw_qr(canvas: Canvas, url: str, left: float, bottom: float) -> None:
    """The QR code of the portal address: encoded and drawn once per PDF as a form XObject,
    then placed on every page (it is the same on all of them, and encoding it is slow)."""
    name = "qr" + hashlib.sha1(url.encode()).hexdigest()[:12]
    if not canvas.hasForm(name):
        canvas.beginForm(name, 0, 0, QR_SIZE, QR_SIZE)
        renderPDF.draw(_qr_drawing(url), canvas, 0, 0)
        canvas.endForm()
    canvas.saveState()
    canvas.translate(left, bottom)
    canvas.doForm(name)
    canvas.restoreState()


def _units_text(units: Sequence[str]) -> str:
    shown = ", ".join(street_line(unit).replace(" ", "\u00a0", 1) for unit in units)
    return ("lokalu: " if len(units) == 1 else "lokali: ") + shown


def _fitting_units(units: Sequence[str], width: float) -> str:
    """The units for the one line of the strip: as many as fit, then how many more."""
    for count in range(len(units), 0, -1):
        shown = ", ".join(street_line(unit) for unit in units[:count])
        if count < len(units):
            rest = len(units) - count
            shown += f" i {rest} {plural(rest, 'inny', 'inne', 'innych')}"
        if stringWidth(shown, SANS, 6.5) <= width:
            return shown
    return f"{len(units)} {plural(len(units), 'lokal', 'lokale', 'lokali')}"


def _laid_out(text: str, style_name: str, width: float, bullet: str | None,
              max_lines: int | None) -> tuple[Paragraph, float]:
    """A paragraph broken into lines, and its height."""
    style: ParagraphStyle = getattr(styles(), style_name)
    paragraph = Paragraph(text, style, bulletText=bullet)
    _, height = paragraph.wrap(width, PAGE_HEIGHT)
    if max_lines is not None:
        limit = max_lines * style.leading
        size = style.fontSize
        while height > limit and size > 7:
            size -= 0.5
            smaller = ParagraphStyle(f"{style.name}-{size}", parent=style, fontSize=size,
                                     leading=size * style.leading / style.fontSize)
            paragraph = Paragraph(text, smaller, bulletText=bullet)
            _, height = paragraph.wrap(width, PAGE_HEIGHT)
    return paragraph, height


LayoutCache = dict[tuple[str, str, float, str | None, int | None], tuple[Paragraph, float]]


class _Cursor:
    """Places paragraphs one below the other from a top edge.

    ``cache`` keeps laid-out paragraphs for one batch: most of a letter's text is the same on
    every sheet, and a laid-out paragraph can be drawn again and again.
    """

    def __init__(self, canvas: Canvas, top: float, floor: float, cache: LayoutCache) -> None:
        self.canvas = canvas
        self.y = top
        self.floor = floor
        self.cache = cache

    def paragraph(self, text: str, style_name: str, *, left: float = MARGIN_LEFT,
                  width: float = TEXT_WIDTH, bullet: str | None = None,
                  max_lines: int | None = None) -> None:
        """Draw a paragraph; with ``max_lines`` its type shrinks (to 7 pt at least) until it
        takes no more height than that many lines of its style."""
        style: ParagraphStyle = getattr(styles(), style_name)
        key = (text, style_name, width, bullet, max_lines)
        if key not in self.cache:
            self.cache[key] = _laid_out(*key)
        paragraph, height = self.cache[key]
        self.y -= style.spaceBefore
        if self.y - height < self.floor:
            raise LetterOverflow(text[:60])
        paragraph.drawOn(self.canvas, left, self.y - height)
        self.y -= height + style.spaceAfter

    def gap(self, amount: float) -> None:
        self.y -= amount


def _subject_and_opening(cursor: _Cursor, letter: CredentialLetterData) -> None:
    units = escape(_units_text(letter.unit_addresses))
    if letter.reissue:
        cursor.paragraph("Nowy identyfikator logowania i hasło do serwisu IOK", "subject")
        cursor.paragraph("Szanowni Państwo,", "body")
        request = (f" (wniosek nr {escape(letter.register_number)})"
                   if letter.register_number else "")
        cursor.paragraph(
            f"w związku z zablokowaniem Państwa dotychczasowego konta w serwisie IOK{request} "
            "przekazujemy <b>nowy identyfikator logowania</b> i nowe hasło do pierwszego "
            "logowania. <b>Nowy identyfikator zastępuje zablokowany</b> — dotychczasowy "
            f"identyfikator i hasło już nie działają. Dostęp obejmuje {units}.", "body",
            max_lines=4)
    else:
        cursor.paragraph("Dane do pierwszego logowania w serwisie IOK", "subject")
        cursor.paragraph("Szanowni Państwo,", "body")
        request = (f"na podstawie wniosku nr {escape(letter.register_number)} "
                   if letter.register_number else "")
        cursor.paragraph(
            f"{request}nadaliśmy Państwu dostęp do serwisu Internetowej Obsługi Kontrahenta "
            f"(IOK) dla {units}. Poniżej przekazujemy identyfikator logowania i hasło do "
            "pierwszego logowania.", "body", max_lines=3)


def _credential_box(canvas: Canvas, cursor: _Cursor, letter: CredentialLetterData) -> None:
    height = 29 * mm
    top = cursor.y - 1 * mm
    bottom = top - height
    canvas.setFillColor(SHADE)
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(1.2)
    canvas.roundRect(MARGIN_LEFT, bottom, TEXT_WIDTH, height, 2.5 * mm, stroke=1, fill=1)
    left = MARGIN_LEFT + 6 * mm
    for label, value, label_y in (("Identyfikator logowania", format_login_id(letter.login_id),
                                   5 * mm),
                                  ("Hasło do pierwszego logowania",
                                   group_password(letter.password), 16.5 * mm)):
        canvas.setFillColor(MUTED)
        canvas.setFont(SANS, 7.5)
        canvas.drawString(left, top - label_y, label)
        canvas.setFillColor(INK)
        canvas.setFont(MONO_BOLD, 19)
        canvas.drawString(left, top - label_y - 6.8 * mm, value)

    side = MARGIN_LEFT + 98 * mm
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(side - 4 * mm, bottom + 4 * mm, side - 4 * mm, top - 4 * mm)
    canvas.setFillColor(MUTED)
    canvas.setFont(SANS, 7.5)
    if letter.valid_days is None:
        canvas.drawString(side, top - 5 * mm, "Hasło ważne do")
        canvas.setFillColor(INK)
        canvas.setFont(SANS_BOLD, 12)
        canvas.drawString(side, top - 10.5 * mm, format_date(letter.expires_on))
    else:  # activation on delivery: the days run from handover or posting
        in_person, by_post = letter.valid_days
        canvas.drawString(side, top - 5 * mm, "Hasło działa od wydania pisma przez")
        canvas.setFillColor(INK)
        canvas.setFont(SANS_BOLD, 9.5)
        canvas.drawString(side, top - 9.3 * mm, f"{in_person} dni — odebrane osobiście")
        canvas.drawString(side, top - 13.3 * mm, f"{by_post} dni — wysłane pocztą")
    note = Paragraph("Identyfikator i hasło wpisuje się <b>bez spacji</b>. W haśle rozróżnia "
                     "się wielkie i małe litery; nie ma w nim znaków łatwych do pomylenia "
                     "(0, O, 1, l, I).", styles().tiny)
    width = MARGIN_LEFT + TEXT_WIDTH - side - 4 * mm
    _, note_height = note.wrap(width, height)
    note_top = 13 * mm if letter.valid_days is None else 15.5 * mm
    note.drawOn(canvas, side, top - note_top - note_height)
    cursor.y = bottom - 3 * mm


def _instructions(canvas: Canvas, cursor: _Cursor, letterhead: Letterhead) -> None:
    qr_left = PAGE_WIDTH - MARGIN_RIGHT - QR_SIZE
    qr_bottom = cursor.y - QR_SIZE
    _draw_qr(canvas, letterhead.portal_url, qr_left, qr_bottom)
    width = TEXT_WIDTH - QR_SIZE - 6 * mm
    url = escape(letterhead.portal_url)
    cursor.paragraph("Jak się zalogować", "heading", width=width)
    steps = [
        f"Otworzyć stronę <b>{url}</b> i wybrać panel IOK („Zaloguj się do IOK”) — albo "
        "zeskanować kod QR obok aparatem telefonu.",
        "Wpisać identyfikator logowania i hasło z ramki powyżej.",
        "Serwis poprosi o zmianę hasła na własne. <b>Nowe hasło musi mieć co najmniej "
        "6 znaków, w tym co najmniej 4 cyfry.</b>",
    ]
    for number, step in enumerate(steps, start=1):
        cursor.paragraph(step, "bullet", width=width, bullet=f"{number}.")
    cursor.y = min(cursor.y, qr_bottom - 2 * mm)  # the steps may be shorter than the QR code


def _duties(cursor: _Cursor, letterhead: Letterhead) -> None:
    place = escape(f"{letterhead.department}, {letterhead.street}")
    cursor.paragraph("Bezpieczeństwo i obowiązki użytkownika", "heading")
    duties = [
        "Z konta korzysta wyłącznie osoba, dla której je utworzono. <b>Identyfikatora i hasła "
        "nie wolno udostępniać osobom trzecim</b>; użytkownik odpowiada za operacje wykonane z "
        "jego konta. Po zmianie hasła prosimy zniszczyć to pismo.",
        "Utratę hasła albo użycie konta przez osobę nieupoważnioną należy <b>natychmiast "
        f"zgłosić: tel. {escape(letterhead.phone)}</b> lub osobiście ({place}), "
        f"{escape(letterhead.office_hours)}. Konto zostanie niezwłocznie zablokowane; nowy "
        "identyfikator i hasło wydajemy osobiście.",
        "<b>Sprzedaż, zamiana lub darowizna lokalu</b> zobowiązuje użytkownika do niezwłocznego "
        "złożenia wniosku o odebranie dostępu do IOK w Dziale Księgowości.",
    ]
    for duty in duties:
        cursor.paragraph(duty, "bullet", bullet="•")


def _closing(canvas: Canvas, cursor: _Cursor, letterhead: Letterhead) -> None:
    cursor.gap(1 * mm)
    top = cursor.y
    cursor.paragraph("Korzystanie z IOK oznacza akceptację „Zasad korzystania z serwisu IOK” "
                     f"({escape(letterhead.website)}). Pytania i uwagi: "
                     f"{escape(letterhead.email)}.", "tiny", width=95 * mm)
    right = PAGE_WIDTH - MARGIN_RIGHT
    canvas.setFillColor(INK)
    canvas.setFont(SANS, 9)
    canvas.drawRightString(right, top - 3 * mm, "Z poważaniem")
    department, size = fit_text(letterhead.department, SANS, 7.5, 62 * mm)
    canvas.setFont(SANS, size)
    canvas.setFillColor(MUTED)
    canvas.drawRightString(right, top - 7 * mm, department)
    canvas.setFillColor(INK)


def _acknowledgement(canvas: Canvas, letterhead: Letterhead,
                     letter: CredentialLetterData) -> None:
    cut = CUT_LINE_FROM_BOTTOM
    canvas.setStrokeColor(MUTED)
    canvas.setLineWidth(0.6)
    canvas.setDash(3, 2)
    canvas.line(10 * mm, cut, PAGE_WIDTH - 10 * mm, cut)
    canvas.setDash()
    canvas.setFillColor(MUTED)
    canvas.setFont(SANS, 9)
    canvas.drawString(12 * mm, cut + 1.2 * mm, "✂")
    canvas.setFont(SANS, 6.5)
    canvas.drawRightString(PAGE_WIDTH - 12 * mm, cut + 1.3 * mm,
                           "odciąć wzdłuż linii i oddać w Dziale Księgowości")

    top = cut - 6.5 * mm
    canvas.setFillColor(ACCENT)
    canvas.setFont(SANS_BOLD, 9.5)
    canvas.drawString(MARGIN_LEFT, top, "POTWIERDZENIE ODBIORU DANYCH DO LOGOWANIA W IOK")

    y = top - 6.5 * mm
    for column, (label, value, font) in enumerate((
            ("Nr pisma", letter.letter_number or "—", SANS_BOLD),
            ("Nr wniosku", letter.register_number or "—", SANS_BOLD),
            ("Identyfikator logowania", format_login_id(letter.login_id), MONO_BOLD),
            ("Data wydruku", format_date(letter.issued_on), SANS_BOLD))):
        x = MARGIN_LEFT + column * 44 * mm
        canvas.setFillColor(MUTED)
        canvas.setFont(SANS, 7)
        canvas.drawString(x, y, label)
        canvas.setFillColor(INK)
        canvas.setFont(font, 10)
        canvas.drawString(x, y - 4.3 * mm, value)
    y -= 10 * mm
    value_left = MARGIN_LEFT + 26 * mm
    value_width = TEXT_WIDTH - 26 * mm
    if letter.letter_number:  # the code a scanner reads off the signed strip
        value_width -= STRIP_CODE_SIZE + 4 * mm
        renderPDF.draw(_qr_drawing(receipt_code(letter.letter_number, letter.login_id),
                                   STRIP_CODE_SIZE), canvas,
                       PAGE_WIDTH - MARGIN_RIGHT - STRIP_CODE_SIZE,
                       y + 3.5 * mm - STRIP_CODE_SIZE)
    units = _units_text(letter.unit_addresses)
    rows = (("Imię i nazwisko", f"{letter.first_name} {letter.last_name}", SANS_BOLD, 9.5),
            ("Dostęp do " + units.split(": ")[0],
             _fitting_units(letter.unit_addresses, value_width), SANS, 8.5))
    for label, value, font, size in rows:
        canvas.setFillColor(MUTED)
        canvas.setFont(SANS, 7.5)
        canvas.drawString(MARGIN_LEFT, y, label)
        canvas.setFillColor(INK)
        shown, fitted = fit_text(value, font, size, value_width, minimum=6.5)
        canvas.setFont(font, fitted)
        canvas.drawString(value_left, y, shown)
        y -= 5.5 * mm
    y -= 0.5 * mm
    canvas.setFont(SANS, 8.5)
    canvas.drawString(MARGIN_LEFT, y, "Potwierdzam odbiór identyfikatora logowania i hasła do "
                      "pierwszego logowania do serwisu IOK.")
    y -= 9.5 * mm
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(0.4)
    canvas.setDash(1, 1.5)
    canvas.line(MARGIN_LEFT, y, MARGIN_LEFT + 45 * mm, y)
    canvas.line(MARGIN_LEFT + 88 * mm, y, PAGE_WIDTH - MARGIN_RIGHT, y)
    canvas.setDash()
    canvas.setFillColor(MUTED)
    canvas.setFont(SANS, 7)
    canvas.drawString(MARGIN_LEFT, y - 3.2 * mm, "data odbioru")
    canvas.drawString(MARGIN_LEFT + 88 * mm, y - 3.2 * mm, "czytelny podpis odbierającego")
    canvas.setFillColor(INK)


def draw_credential_letter(canvas: Canvas, letterhead: Letterhead,
                           letter: CredentialLetterData,
                           cache: LayoutCache | None = None) -> None:
    """One credential letter on the current page (the caller ends the page). Pass the same
    ``cache`` for every letter of a batch on one thread."""
    name = f"{letter.first_name} {letter.last_name}"
    info = [("", place_and_date(letterhead, letter.issued_on))]
    if letter.letter_number:
        info.append(("Nr pisma", letter.letter_number))
    if letter.register_number:
        info.append(("Nr wniosku", letter.register_number))
    info.append(("Dotyczy", "nowy identyfikator" if letter.reissue else "nadanie dostępu"))
    draw_letter_frame(canvas, letterhead, [name, *letter.address_lines], info)
    cursor = _Cursor(canvas, BODY_TOP, CUT_LINE_FROM_BOTTOM + 3 * mm,
                     {} if cache is None else cache)
    _subject_and_opening(cursor, letter)
    _credential_box(canvas, cursor, letter)
    _instructions(canvas, cursor, letterhead)
    _duties(cursor, letterhead)
    _closing(canvas, cursor, letterhead)
    _acknowledgement(canvas, letterhead, letter)


def render_credential_letters(letterhead: Letterhead, letters: Sequence[CredentialLetterData],
                              progress: Progress | None = None) -> bytes:
    """One PDF with every letter on its own sheet; ``progress(done, total)`` after each.

    To cancel a batch, let ``progress`` raise: the exception propagates and no PDF is made.
    """
    styles()
    cache: LayoutCache = {}
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), pageCompression=1)
    canvas.setTitle("Dane do logowania w IOK")
    canvas.setAuthor(letterhead.organisation)
    canvas.setSubject("Identyfikator logowania i hasło do pierwszego logowania")
    total = len(letters)
    for done, letter in enumerate(letters, start=1):
        draw_credential_letter(canvas, letterhead, letter, cache)
        canvas.showPage()
        if progress is not None:
            progress(done, total)
    canvas.save()
    return buffer.getvalue()
