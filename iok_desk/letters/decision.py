"""The decision letter for a rejected request, quoting the reason the clerk recorded."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table, TableStyle

from iok_desk.domain.addresses import street_line
from iok_desk.domain.dates import format_date
from iok_desk.domain.letterhead import Letterhead
from iok_desk.domain.states import RequestKind, label_pl
from iok_desk.services.reports import RequestLetterData

from .document import contact_line, render_request_letter, signature
from .proxy import handover
from .style import ACCENT, SHADE, TEXT_WIDTH, escape, styles


def _quoted(reason: str) -> Table:
    """The reason, verbatim, in a shaded box with a rule on its left (one row per line, so a
    long reason may continue on the next page)."""
    rows = [[Paragraph(escape(line) or "&nbsp;", styles().body)]
            for line in reason.splitlines() or [""]]
    table = Table(rows, colWidths=[TEXT_WIDTH - 6 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), SHADE),
        ("LINEBEFORE", (0, 0), (0, -1), 2, ACCENT),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, 0), 5),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 4),
    ]))
    return table


def render_decision_letter(letterhead: Letterhead, data: RequestLetterData) -> bytes:
    """The refusal of a request, with its reason; continues on a second page if the reason is
    long."""
    request = data.request
    style = styles()
    name = f"{request.applicant_first_name} {request.applicant_last_name}"
    unit = request.unit_address or request.unit_text
    about = label_pl(RequestKind(request.kind)) + (f" (lokal: {street_line(unit)})" if unit else "")
    decided = format_date(request.decided_at) if request.decided_at else None
    story: list[Flowable] = [
        Paragraph(f"Odmowa realizacji wniosku nr {escape(request.number)}", style.subject),
        Paragraph("Szanowni Państwo,", style.body),
        Paragraph(f"uprzejmie informujemy, że wniosek nr <b>{escape(request.number)}</b> z dnia "
                  f"{format_date(request.received_at)} o {escape(about)} nie może zostać "
                  "zrealizowany" + (f" (decyzja z dnia {decided})." if decided else "."),
                  style.body),
        Paragraph("Uzasadnienie", style.heading),
        _quoted(request.decision_reason),
        Paragraph("Co można zrobić", style.heading),
        Paragraph("Po usunięciu wskazanej przyczyny można złożyć nowy wniosek. Formularz jest "
                  f"dostępny na stronie {escape(letterhead.website)} oraz w Dziale Księgowości; "
                  f"wypełniony wniosek można przesłać na adres {escape(letterhead.email)} albo "
                  f"złożyć osobiście ({escape(letterhead.department)}, "
                  f"{escape(letterhead.street)}).", style.bullet, bulletText="•"),
        Paragraph("Informacje podane we wniosku są weryfikowane z danymi Spółdzielni; podanie "
                  "niepełnych lub niepoprawnych danych wydłuża wydanie danych do logowania albo "
                  "powoduje odmowę nadania uprawnień.", style.bullet, bulletText="•"),
        KeepTogether([Paragraph(contact_line(letterhead), style.body), *signature(letterhead)]),
        *handover(request),
    ]
    return render_request_letter(letterhead, name=name, address_lines=data.address_lines,
                                 written_on=data.written_on, number=request.number,
                                 title="Odmowa realizacji wniosku", story=story)
