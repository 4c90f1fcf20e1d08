"""The one letterhead and style every printed document shares.

Geometry follows DIN 5008 form B (the layout Polish offices use for window envelopes): the
address field starts 45 mm from the top and 20 mm from the left, 85 × 45 mm, so it shows in the
left window of a DL or C5 envelope; fold marks at 105 and 210 mm, hole mark at 148.5 mm; the
information block (place, date, reference) at 125 mm from the left.

Fonts are DejaVu (iok_desk/resources/fonts, with their licence), embedded as subsets: reportlab's
built-in Type 1 fonts cannot print ą ć ę ł ń ó ś ź ż.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from iok_desk.domain.dates import format_date
from iok_desk.domain.letterhead import Letterhead
from iok_desk.package_data import package_path

FONTS_DIR = package_path("resources", "fonts")

SANS = "DejaVuSans"
SANS_BOLD = "DejaVuSans-Bold"
MONO = "DejaVuSansMono"
MONO_BOLD = "DejaVuSansMono-Bold"

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT = 25 * mm
MARGIN_RIGHT = 20 * mm
TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT

# DIN 5008 form B.
ADDRESS_LEFT = 20 * mm
ADDRESS_TOP = 45 * mm
ADDRESS_WIDTH = 85 * mm
ADDRESS_HEIGHT = 45 * mm
RETURN_ZONE_HEIGHT = 17.7 * mm
ADDRESS_LINES = 6
INFO_LEFT = 125 * mm
INFO_TOP = 50 * mm
FOLD_MARKS = (105 * mm, 210 * mm)
HOLE_MARK = 148.5 * mm

INK = colors.HexColor("#1a1a1a")
ACCENT = colors.HexColor("#1f4e79")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#9aa7b4")
SHADE = colors.HexColor("#eef3f8")


@cache
def register_fonts() -> None:
    """Register the DejaVu family once per process (bold via ``<b>`` in paragraphs)."""
    for name, file_name in ((SANS, "DejaVuSans.ttf"), (SANS_BOLD, "DejaVuSans-Bold.ttf"),
                            (MONO, "DejaVuSansMono.ttf"), (MONO_BOLD, "DejaVuSansMono-Bold.ttf")):
        pdfmetrics.registerFont(TTFont(name, str(FONTS_DIR / file_name)))
    pdfmetrics.registerFontFamily(SANS, normal=SANS, bold=SANS_BOLD, italic=SANS,
                                  boldItalic=SANS_BOLD)
    pdfmetrics.registerFontFamily(MONO, normal=MONO, bold=MONO_BOLD, italic=MONO,
                                  boldItalic=MONO_BOLD)


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    tiny: ParagraphStyle
    subject: ParagraphStyle
    heading: ParagraphStyle
    bullet: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    title: ParagraphStyle


@cache
def styles() -> Styles:
    register_fonts()
    body = ParagraphStyle("body", fontName=SANS, fontSize=9, leading=11.6, textColor=INK,
                          alignment=TA_LEFT, spaceAfter=3.5)
    return Styles(
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=8.3, leading=10.6, spaceAfter=2),
        tiny=ParagraphStyle("tiny", parent=body, fontSize=7, leading=8.6, spaceAfter=0,
                            textColor=MUTED),
        subject=ParagraphStyle("subject", parent=body, fontName=SANS_BOLD, fontSize=10.5,
                               leading=13.5, spaceAfter=5),
        heading=ParagraphStyle("heading", parent=body, fontName=SANS_BOLD, fontSize=9,
                               leading=11.5, textColor=ACCENT, spaceBefore=1, spaceAfter=1.5),
        # reportlab draws bullets in Helvetica (not embedded, no "•") unless told otherwise.
        bullet=ParagraphStyle("bullet", parent=body, leftIndent=11, bulletIndent=1,
                              bulletFontName=SANS, spaceAfter=1.8),
        cell=ParagraphStyle("cell", parent=body, fontSize=7.8, leading=9.4, spaceAfter=0),
        cell_head=ParagraphStyle("cell_head", parent=body, fontName=SANS_BOLD, fontSize=7.8,
                                 leading=9.4, spaceAfter=0, textColor=colors.white),
        title=ParagraphStyle("title", parent=body, fontName=SANS_BOLD, fontSize=14, leading=18,
                             textColor=ACCENT, spaceAfter=4),
    )


def escape(text: str) -> str:
    """Plain text for a Paragraph's mini-markup."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def plural(count: int, one: str, few: str, many: str) -> str:
    """Polish plural: 1 lokal, 2–4 lokale (but 12–14 lokali), 5 lokali, 22 lokale."""
    if count == 1:
        return one
    if count % 10 in (2, 3, 4) and count % 100 not in (12, 13, 14):
        return few
    return many


def fit_font_size(text: str, font: str, size: float, width: float, minimum: float = 5) -> float:
    """The largest size up to ``size`` at which one line of text fits ``width``."""
    while size > minimum and pdfmetrics.stringWidth(text, font, size) > width:
        size -= 0.25
    return size


def fit_text(text: str, font: str, size: float, width: float,
             minimum: float = 5) -> tuple[str, float]:
    """One line that fits ``width``: smaller type down to ``minimum``, then cut with "…"."""
    size = fit_font_size(text, font, size, width, minimum)
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text, size
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip(" ,·") + "…", size


def place_and_date(letterhead: Letterhead, day: date) -> str:
    """``Gdynia, 24.11.2026``."""
    return f"{letterhead.city}, {format_date(day)}"


def sender_line(letterhead: Letterhead) -> str:
    """The one-line return address printed above the addressee in the window."""
    return f"{letterhead.organisation}, {letterhead.street}, {letterhead.city_line}"


def draw_letterhead(canvas: Canvas, letterhead: Letterhead) -> None:
    """The cooperative's name and contact lines across the top 40 mm."""
    top = PAGE_HEIGHT - 14 * mm
    canvas.setFillColor(ACCENT)
    canvas.rect(MARGIN_LEFT, top - 13 * mm, 1.6 * mm, 15 * mm, stroke=0, fill=1)
    left = MARGIN_LEFT + 5 * mm
    width = PAGE_WIDTH - MARGIN_RIGHT - left
    name, size = fit_text(letterhead.organisation, SANS_BOLD, 13, width, minimum=8)
    canvas.setFont(SANS_BOLD, size)
    canvas.drawString(left, top - 2.5 * mm, name)
    canvas.setFillColor(MUTED)
    for line, y in ((f"{letterhead.department} · {letterhead.street}, {letterhead.city_line}",
                     top - 7.5 * mm),
                    (f"tel. {letterhead.phone} · {letterhead.email} · {letterhead.website}",
                     top - 11.5 * mm)):
        shown, size = fit_text(line, SANS, 8.5, width, minimum=6.5)
        canvas.setFont(SANS, size)
        canvas.drawString(left, y, shown)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN_LEFT, top - 17 * mm, PAGE_WIDTH - MARGIN_RIGHT, top - 17 * mm)
    canvas.setFillColor(INK)


def draw_fold_marks(canvas: Canvas) -> None:
    """Fold marks for a DL envelope and the hole-punch mark, at the left edge."""
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.4)
    for from_top in FOLD_MARKS:
        y = PAGE_HEIGHT - from_top
        canvas.line(4 * mm, y, 9 * mm, y)
    y = PAGE_HEIGHT - HOLE_MARK
    canvas.line(4 * mm, y, 7 * mm, y)


def draw_address(canvas: Canvas, letterhead: Letterhead, lines: Sequence[str]) -> None:
    """The return line and the addressee, inside the DIN 5008 form B address field."""
    left = ADDRESS_LEFT + 5 * mm
    width = ADDRESS_WIDTH - 5 * mm
    return_y = PAGE_HEIGHT - ADDRESS_TOP - RETURN_ZONE_HEIGHT + 2.5 * mm
    text, size = fit_text(sender_line(letterhead), SANS, 6.5, width, minimum=5.5)
    canvas.setFont(SANS, size)
    canvas.setFillColor(MUTED)
    canvas.drawString(left, return_y, text)
    canvas.setStrokeColor(MUTED)
    canvas.setLineWidth(0.3)
    canvas.line(left, return_y - 1, left + canvas.stringWidth(text, SANS, size), return_y - 1)
    canvas.setFillColor(INK)
    y = PAGE_HEIGHT - ADDRESS_TOP - RETURN_ZONE_HEIGHT - 4.5 * mm
    printed: list[tuple[str, str, float]] = []
    for index, line in enumerate(lines):
        font = SANS_BOLD if index == 0 else SANS
        size = fit_font_size(line, font, 10.5, width, minimum=8.5)
        printed += [(font, part, size) for part in simpleSplit(line, font, size, width)]
    for font, line, size in printed[:ADDRESS_LINES]:
        canvas.setFont(font, size)
        canvas.drawString(left, y, line)
        y -= 4.3 * mm


def draw_info_block(canvas: Canvas, rows: Sequence[tuple[str, str]]) -> None:
    """Place and date first, then reference lines (label, value), at 125 mm from the left."""
    y = PAGE_HEIGHT - INFO_TOP
    value_left = INFO_LEFT + 27 * mm
    for label, value in rows:
        if label:
            canvas.setFont(SANS, 8)
            canvas.setFillColor(MUTED)
            canvas.drawString(INFO_LEFT, y, label)
            canvas.setFont(SANS_BOLD, 9)
            canvas.setFillColor(INK)
            canvas.drawString(value_left, y, value)
        else:
            canvas.setFont(SANS, 9.5)
            canvas.setFillColor(INK)
            canvas.drawString(INFO_LEFT, y, value)
        y -= 5.2 * mm


def draw_letter_frame(canvas: Canvas, letterhead: Letterhead, address: Sequence[str],
                      info: Sequence[tuple[str, str]]) -> None:
    """Everything above the subject line of a letter."""
    draw_letterhead(canvas, letterhead)
    draw_fold_marks(canvas)
    draw_address(canvas, letterhead, address)
    draw_info_block(canvas, info)


BODY_TOP = PAGE_HEIGHT - 96 * mm
"""Where the subject line of a letter starts (below the address field)."""
