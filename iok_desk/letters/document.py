"""Multi-page documents on the shared letterhead: letters that may run over one page, and
table documents (registers, extracts) with ``strona X z Y`` on every page."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import date
from typing import Any

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from iok_desk.domain.letterhead import Letterhead

from .style import (
    ACCENT,
    BODY_TOP,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MUTED,
    PAGE_HEIGHT,
    RULE,
    SANS,
    SANS_BOLD,
    SHADE,
    draw_letter_frame,
    escape,
    fit_font_size,
    place_and_date,
    styles,
)

FOOTER_Y = 10 * mm


class NumberedCanvas(Canvas):
    """Holds every page back until the end, so each can print ``strona X z Y``.

    ``footer_left`` names the document in the footer; ``number_single_page`` decides whether a
    one-page document gets a page number at all (a one-page letter does not need it).
    """

    footer_left = ""
    number_single_page = True

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._held_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._held_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held_pages)
        for state in self._held_pages:
            self.__dict__.update(state)
            if total > 1 or self.number_single_page:
                self._draw_footer(total)
            super().showPage()
        super().save()

    def _draw_footer(self, total: int) -> None:
        width = self._pagesize[0]
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.4)
        self.line(MARGIN_LEFT, FOOTER_Y + 4 * mm, width - MARGIN_RIGHT, FOOTER_Y + 4 * mm)
        self.setFont(SANS, 7.5)
        self.setFillColor(MUTED)
        self.drawString(MARGIN_LEFT, FOOTER_Y, self.footer_left)
        self.drawRightString(width - MARGIN_RIGHT, FOOTER_Y,
                             f"strona {self.getPageNumber()} z {total}")
        self.restoreState()


def _canvas_class(footer_left: str, number_single_page: bool) -> type[NumberedCanvas]:
    return type("DocumentCanvas", (NumberedCanvas,),
                {"footer_left": footer_left, "number_single_page": number_single_page})


def _draw_running_head(canvas: Canvas, letterhead: Letterhead, title: str) -> None:
    """The slim head of a continuation page: who writes, and what."""
    width, height = canvas._pagesize
    canvas.saveState()
    canvas.setFont(SANS_BOLD, 8.5)
    canvas.setFillColor(MUTED)
    canvas.drawString(MARGIN_LEFT, height - 14 * mm, letterhead.organisation)
    canvas.setFont(SANS, 8)
    canvas.drawRightString(width - MARGIN_RIGHT, height - 14 * mm, title)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.4)
    canvas.line(MARGIN_LEFT, height - 16.5 * mm, width - MARGIN_RIGHT, height - 16.5 * mm)
    canvas.restoreState()


def _metadata(document: BaseDocTemplate, letterhead: Letterhead, title: str) -> None:
    document.title = title
    document.author = letterhead.organisation
    document.creator = "IOK Desk"


def _document(buffer: io.BytesIO, letterhead: Letterhead, title: str,
              pagesize: tuple[float, float], bottom_margin: float) -> BaseDocTemplate:
    """The PDF of a letter or a report with the margins of every document of the desk."""
    styles()
    document = BaseDocTemplate(buffer, pagesize=pagesize, leftMargin=MARGIN_LEFT,
                               rightMargin=MARGIN_RIGHT, topMargin=22 * mm,
                               bottomMargin=bottom_margin)
    _metadata(document, letterhead, title)
    return document


def render_request_letter(letterhead: Letterhead, *, name: str, address_lines: Sequence[str],
                          written_on: date, number: str, title: str,
                          story: list[Flowable]) -> bytes:
    """A letter about one request (receipt, decision): to the applicant, with the request's
    number beside the date, ``title`` and the number as its running head."""
    heading = f"{title} {number}"
    return render_letter(letterhead, address=[name, *address_lines],
                         info=[("", place_and_date(letterhead, written_on)),
                               ("Nr wniosku", number)],
                         story=story, title=heading, reference=heading)


def render_letter(letterhead: Letterhead, *, address: Sequence[str],
                  info: Sequence[tuple[str, str]], story: list[Flowable], title: str,
                  reference: str) -> bytes:
    """A letter in the window-envelope layout; a long text continues on further pages under a
    running head, then every page is numbered."""
    buffer = io.BytesIO()
    document = _document(buffer, letterhead, title, A4, 20 * mm)
    width = A4[0] - MARGIN_LEFT - MARGIN_RIGHT
    first = Frame(MARGIN_LEFT, 20 * mm, width, BODY_TOP - 20 * mm, id="first",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    later = Frame(MARGIN_LEFT, 20 * mm, width, PAGE_HEIGHT - 42 * mm, id="later",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    document.addPageTemplates([
        PageTemplate(id="first", frames=[first], onPage=lambda canvas, _doc:
                     draw_letter_frame(canvas, letterhead, address, info)),
        PageTemplate(id="later", frames=[later], onPage=lambda canvas, _doc:
                     _draw_running_head(canvas, letterhead, reference)),
    ])
    document.build([NextPageTemplate("later"), *story],
                   canvasmaker=_canvas_class(reference, number_single_page=False))
    return buffer.getvalue()


def render_table_document(letterhead: Letterhead, *, title: str, story: list[Flowable],
                          footer: str, wide: bool = False) -> bytes:
    """A report (register, extract): letterhead on the first page, a running head on the
    rest, ``strona X z Y`` on all. ``wide`` turns the page to landscape."""
    pagesize = landscape(A4) if wide else A4
    buffer = io.BytesIO()
    document = _document(buffer, letterhead, title, pagesize, 18 * mm)
    width = pagesize[0] - MARGIN_LEFT - MARGIN_RIGHT
    height = pagesize[1]

    def head_first(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(SANS_BOLD, 11)
        canvas.setFillColor(styles().title.textColor)
        canvas.drawString(MARGIN_LEFT, height - 15 * mm, letterhead.organisation)
        line = (f"{letterhead.department} · {letterhead.street}, {letterhead.city_line} · "
                f"tel. {letterhead.phone}")
        canvas.setFont(SANS, fit_font_size(line, SANS, 8, width))
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN_LEFT, height - 19.5 * mm, line)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_LEFT, height - 22.5 * mm, pagesize[0] - MARGIN_RIGHT,
                    height - 22.5 * mm)
        canvas.restoreState()

    first = Frame(MARGIN_LEFT, 18 * mm, width, height - 45 * mm, id="first",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    later = Frame(MARGIN_LEFT, 18 * mm, width, height - 40 * mm, id="later",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    document.addPageTemplates([
        PageTemplate(id="first", frames=[first], pagesize=pagesize, onPage=head_first),
        PageTemplate(id="later", frames=[later], pagesize=pagesize, onPage=lambda canvas, _d:
                     _draw_running_head(canvas, letterhead, title)),
    ])
    document.build([NextPageTemplate("later"), *story],
                   canvasmaker=_canvas_class(footer, number_single_page=True))
    return buffer.getvalue()


def key_value_table(rows: Sequence[tuple[str, str]], label_width: float = 42 * mm) -> Table:
    """Label–value lines in a light table (values are plain text, escaped here)."""
    style = styles()
    data = [[Paragraph(escape(label), style.small), Paragraph(escape(value), style.body)]
            for label, value in rows]
    table = Table(data, colWidths=[label_width, None], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TEXTCOLOR", (0, 0), (0, -1), MUTED),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ]))
    return table


def signature(letterhead: Letterhead) -> list[Flowable]:
    """``Z poważaniem`` and the department, set to the right."""
    style = styles()
    indent = 100 * mm
    return [Spacer(1, 5 * mm),
            Paragraph("Z poważaniem", ParagraphStyle("closing", parent=style.body,
                                                     leftIndent=indent)),
            Paragraph(f"{escape(letterhead.department)}<br/>{escape(letterhead.organisation)}",
                      ParagraphStyle("signature", parent=style.small, leftIndent=indent,
                                     textColor=MUTED))]


def contact_line(letterhead: Letterhead) -> str:
    """Where to ask, as one sentence of markup."""
    return (f"W razie pytań prosimy o kontakt: tel. {escape(letterhead.phone)}, e-mail "
            f"{escape(letterhead.email)}, albo osobiście — {escape(letterhead.department)}, "
            f"{escape(letterhead.street)} ({escape(letterhead.office_hours)}).")


def data_table(header: Sequence[str], rows: Sequence[Sequence[str]],
               widths: Sequence[float]) -> Table:
    """A report table: the header repeats on every page, rows are striped, cells wrap (and
    break at a newline)."""
    style = styles()
    data = [[Paragraph(escape(text), style.cell_head) for text in header]]
    data += [[Paragraph(escape(text).replace("\n", "<br/>"), style.cell) for text in row]
             for row in rows]
    table = Table(data, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    commands += [("BACKGROUND", (0, index), (-1, index), SHADE)
                 for index in range(2, len(data), 2)]
    table.setStyle(TableStyle(commands))
    return table


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_text(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """CSV as Polish Excel opens it (semicolons, UTF-8 BOM; write with ``encoding="utf-8"``).
    A cell that a spreadsheet would run as a formula is prefixed with an apostrophe."""
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow(["'" + cell if cell.startswith(_FORMULA_START) else cell
                         for cell in row])
    return buffer.getvalue()
