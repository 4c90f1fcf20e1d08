"""The blank request form (wniosek o nadanie / zablokowanie / odebranie dostępu do IOK), for
paper — and the same page as a fillable PDF form whose fields carry the stable names of
``iok_desk.domain.request_form``, which the intake reads back from a form sent by e-mail.

AcroForm fields can only use the 14 standard PDF fonts, so a viewer draws typed Polish letters
with its own font; the values themselves are Unicode and read back intact.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from iok_desk.domain import request_form as fields
from iok_desk.domain.letterhead import Letterhead
from iok_desk.domain.states import RequestKind

from .style import (
    ACCENT,
    INK,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MUTED,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE,
    SANS,
    SANS_BOLD,
    SHADE,
    TEXT_WIDTH,
    draw_letterhead,
    escape,
    styles,
)

BOX_HEIGHT = 9 * mm
COLUMN_GAP = 6 * mm
HALF = (TEXT_WIDTH - COLUMN_GAP) / 2

ACTIONS: list[tuple[RequestKind, str, str]] = [
    (RequestKind.GRANT, "nadanie dostępu do IOK", "nowe konto: identyfikator i hasło"),
    (RequestKind.ADD_UNIT, "dodanie lokalu do mojego konta", "podać identyfikator logowania"),
    (RequestKind.BLOCK, "zablokowanie dostępu", "np. utrata hasła, użycie przez inną osobę"),
    (RequestKind.REVOKE, "odebranie dostępu", "np. sprzedaż, zamiana, darowizna lokalu"),
]


@dataclass
class _Form:
    """Draws the page; with ``fillable`` also puts an AcroForm field on every box."""

    canvas: Canvas
    fillable: bool
    y: float = PAGE_HEIGHT

    def section(self, title: str) -> None:
        self.y -= 6.5 * mm
        self.canvas.setFillColor(ACCENT)
        self.canvas.setFont(SANS_BOLD, 9.5)
        self.canvas.drawString(MARGIN_LEFT, self.y, title)
        self.canvas.setStrokeColor(ACCENT)
        self.canvas.setLineWidth(0.6)
        self.canvas.line(MARGIN_LEFT, self.y - 1.5 * mm, PAGE_WIDTH - MARGIN_RIGHT,
                         self.y - 1.5 * mm)
        self.canvas.setFillColor(INK)
        self.y -= 2 * mm

    def box(self, x: float, top: float, width: float, label: str, name: str, *,
            height: float = BOX_HEIGHT, hint: str = "", tooltip: str = "",
            max_length: int = 120) -> float:
        """A labelled box; returns its bottom edge."""
        canvas = self.canvas
        canvas.setFont(SANS, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(x, top - 3 * mm, label)
        if hint:
            canvas.setFont(SANS, 6.3)
            canvas.drawRightString(x + width, top - 3 * mm, hint)
        bottom = top - 4.2 * mm - height
        canvas.setFillColor(SHADE)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.rect(x, bottom, width, height, stroke=1, fill=1)
        canvas.setFillColor(INK)
        if self.fillable:
            multiline = height > BOX_HEIGHT
            canvas.acroForm.textfield(
                name=name, tooltip=tooltip or label, x=x + 0.4, y=bottom + 0.4,
                width=width - 0.8, height=height - 0.8, borderWidth=0,
                fillColor=colors.Color(1, 1, 1, alpha=0), textColor=INK, fontName="Helvetica",
                fontSize=0 if multiline else 10, maxlen=max_length,
                fieldFlags="multiline" if multiline else "", annotationFlags="print")
        return bottom

    def check(self, x: float, top: float, kind: RequestKind, label: str, hint: str) -> None:
        canvas = self.canvas
        size = 4.2 * mm
        canvas.setFillColor(colors.white)
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.7)
        canvas.rect(x, top - size, size, size, stroke=1, fill=1)
        if self.fillable:
            canvas.acroForm.checkbox(
                name=fields.ACTION_FIELDS[kind], tooltip=label, x=x, y=top - size,
                size=size, buttonStyle="cross", borderWidth=0, fillColor=colors.white,
                textColor=INK, fieldFlags="", annotationFlags="print")
        canvas.setFillColor(INK)
        canvas.setFont(SANS_BOLD, 9)
        canvas.drawString(x + size + 2.5 * mm, top - 3.3 * mm, label)
        canvas.setFont(SANS, 7)
        canvas.setFillColor(MUTED)
        canvas.drawString(x + size + 2.5 * mm, top - 7 * mm, hint)
        canvas.setFillColor(INK)

    def paragraph(self, markup: str, style_name: str, *, left: float = MARGIN_LEFT,
                  width: float = TEXT_WIDTH, gap: float = 1.5 * mm) -> None:
        paragraph = Paragraph(markup, getattr(styles(), style_name))
        _, height = paragraph.wrap(width, PAGE_HEIGHT)
        paragraph.drawOn(self.canvas, left, self.y - height)
        self.y -= height + gap


def _office_box(canvas: Canvas) -> None:
    """``Wypełnia Spółdzielnia``: register number and date of receipt."""
    left, top, width = 128 * mm, PAGE_HEIGHT - 41 * mm, PAGE_WIDTH - MARGIN_RIGHT - 128 * mm
    canvas.setStrokeColor(RULE)
    canvas.setDash(2, 1.5)
    canvas.setLineWidth(0.6)
    canvas.rect(left, top - 17 * mm, width, 17 * mm, stroke=1, fill=0)
    canvas.setDash()
    canvas.setFont(SANS, 6.5)
    canvas.setFillColor(MUTED)
    canvas.drawString(left + 2 * mm, top - 3.5 * mm, "WYPEŁNIA SPÓŁDZIELNIA")
    canvas.setFont(SANS, 7.5)
    canvas.drawString(left + 2 * mm, top - 9 * mm, "Nr wniosku: IOK/ ........ / ...........")
    canvas.drawString(left + 2 * mm, top - 14.5 * mm, "Data wpływu: ......................")
    canvas.setFillColor(INK)


def _rodo_clause(letterhead: Letterhead) -> str:
    """The GDPR information clause (art. 13 RODO), from the letterhead's data."""
    who = escape(f"{letterhead.organisation}, {letterhead.street}, {letterhead.city_line}")
    return (
        "<b>Informacja o przetwarzaniu danych osobowych (art. 13 RODO).</b> Administratorem "
        f"danych jest {who}. Dane z wniosku (imię, nazwisko, adres lokalu, tytuł prawny, "
        "identyfikator logowania, e-mail, telefon) przetwarzamy w celu rozpatrzenia wniosku "
        "oraz prowadzenia konta w serwisie IOK (art. 6 ust. 1 lit. b i c RODO), a także w celu "
        "ochrony przed nadużyciami i dochodzenia roszczeń (art. 6 ust. 1 lit. f RODO). Dane "
        "przechowujemy przez czas korzystania z IOK, a potem przez okres wymagany przepisami "
        "albo do przedawnienia roszczeń. Odbiorcami danych mogą być wyłącznie podmioty "
        "obsługujące systemy informatyczne Spółdzielni na podstawie umowy powierzenia. "
        "Przysługuje Pani/Panu prawo dostępu do danych, ich sprostowania, usunięcia lub "
        "ograniczenia przetwarzania, prawo sprzeciwu oraz skargi do Prezesa Urzędu Ochrony "
        "Danych Osobowych. Podanie danych jest dobrowolne, ale bez nich wniosku nie można "
        f"rozpatrzyć. Kontakt w sprawach danych: {escape(letterhead.email)}.")


def render_request_form(letterhead: Letterhead, *, fillable: bool = False) -> bytes:
    """The one-page request form; ``fillable`` adds the AcroForm fields."""
    styles()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), pageCompression=1)
    canvas.setTitle("Wniosek o nadanie, zablokowanie lub odebranie dostępu do IOK")
    canvas.setAuthor(letterhead.organisation)
    draw_letterhead(canvas, letterhead)
    _office_box(canvas)
    form = _Form(canvas, fillable, y=PAGE_HEIGHT - 45 * mm)

    canvas.setFillColor(ACCENT)
    canvas.setFont(SANS_BOLD, 15)
    canvas.drawString(MARGIN_LEFT, form.y, "WNIOSEK")
    form.y -= 2 * mm
    form.paragraph("o nadanie, zablokowanie lub odebranie dostępu do serwisu <b>Internetowej "
                   "Obsługi Kontrahenta (IOK)</b>", "body", width=95 * mm, gap=0)
    form.y = min(form.y, PAGE_HEIGHT - 60 * mm)

    form.section("1. Czego dotyczy wniosek — proszę zaznaczyć jedno pole")
    top = form.y - 2 * mm
    for index, (kind, label, hint) in enumerate(ACTIONS):
        column, row = index % 2, index // 2
        form.check(MARGIN_LEFT + column * (HALF + COLUMN_GAP), top - row * 10 * mm, kind,
                   label, hint)
    form.y = top - 20 * mm

    form.section("2. Wnioskodawca")
    top = form.y
    form.box(MARGIN_LEFT, top, HALF, "Imię", fields.FIELD_FIRST_NAME, max_length=60)
    form.y = form.box(MARGIN_LEFT + HALF + COLUMN_GAP, top, HALF, "Nazwisko",
                      fields.FIELD_LAST_NAME, max_length=60)

    form.section("3. Lokal i konto")
    form.y = form.box(MARGIN_LEFT, form.y, TEXT_WIDTH, "Adres lokalu",
                      fields.FIELD_UNIT, hint="ulica, numer budynku / numer lokalu, "
                      "np. Paprykowa 12/5", max_length=120)
    top = form.y
    form.box(MARGIN_LEFT, top, HALF, "Tytuł prawny do lokalu", fields.FIELD_TITLE_KIND,
             hint="np. własność, spółdzielcze prawo, najem", max_length=120)
    form.y = form.box(MARGIN_LEFT + HALF + COLUMN_GAP, top, HALF, "Identyfikator logowania",
                      fields.FIELD_LOGIN_ID, hint="8 cyfr, jeśli konto już istnieje",
                      max_length=9)

    form.section("4. Kontakt")
    top = form.y
    form.box(MARGIN_LEFT, top, HALF, "Adres e-mail", fields.FIELD_EMAIL, max_length=254)
    form.y = form.box(MARGIN_LEFT + HALF + COLUMN_GAP, top, HALF, "Telefon",
                      fields.FIELD_PHONE, max_length=40)
    form.y = form.box(MARGIN_LEFT, form.y, TEXT_WIDTH, "Uwagi", fields.FIELD_NOTE,
                      height=14 * mm, hint="np. powód blokady, data sprzedaży lokalu",
                      max_length=2000)

    form.y -= 4 * mm
    form.paragraph(
        "Oświadczam, że posiadam tytuł prawny do wskazanego lokalu, a dane podane we wniosku są "
        "zgodne z prawdą. Złożenie wniosku oznacza akceptację „Zasad korzystania z serwisu IOK” "
        f"({escape(letterhead.website)}). W razie sprzedaży, zamiany lub darowizny lokalu "
        "zobowiązuję się niezwłocznie złożyć wniosek o odebranie dostępu.", "small")
    top = form.y + 1 * mm
    form.box(MARGIN_LEFT, top, 60 * mm, "Miejscowość i data", fields.FIELD_PLACE_DATE,
             max_length=60)
    signature_left = MARGIN_LEFT + HALF + COLUMN_GAP
    line_y = top - 4.2 * mm - BOX_HEIGHT
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(0.4)
    canvas.setDash(1, 1.5)
    canvas.line(signature_left, line_y, PAGE_WIDTH - MARGIN_RIGHT, line_y)
    canvas.setDash()
    canvas.setFont(SANS, 7.5)
    canvas.setFillColor(MUTED)
    canvas.drawString(signature_left, line_y - 3.2 * mm, "czytelny podpis wnioskodawcy")
    form.y = line_y - 7 * mm

    form.paragraph(
        f"<b>Jak złożyć wniosek:</b> wypełniony i podpisany wniosek (skan lub ten plik "
        f"wypełniony na komputerze) prosimy przesłać na adres <b>{escape(letterhead.email)}</b> "
        f"albo złożyć osobiście: {escape(letterhead.department)}, {escape(letterhead.street)}, "
        f"{escape(letterhead.city_line)}. Pytania: tel. {escape(letterhead.phone)}.", "small")
    form.y -= 1 * mm
    form.paragraph(_rodo_clause(letterhead), "tiny")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
