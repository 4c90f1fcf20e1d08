"""The request register (rejestr wniosków) for a date range: a landscape table with page
numbers and totals, and the same rows as CSV."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from iok_desk.domain.credentials import format_login_id
from iok_desk.domain.dates import format_date, format_datetime
from iok_desk.domain.letterhead import Letterhead
from iok_desk.domain.states import Channel, RequestKind, RequestStatus, label_pl
from iok_desk.services.dto import RequestInfo
from iok_desk.services.reports import RequestRegister

from .document import csv_text, data_table, key_value_table, render_table_document
from .style import plural, styles

HEADER = ["Lp.", "Nr wniosku", "Data wpływu", "Rodzaj", "Sposób złożenia", "Wnioskodawca",
          "Lokal", "Identyfikator", "Stan", "Decyzja", "Uzasadnienie / uwagi"]
WIDTHS = [8, 25, 20, 22, 22, 30, 28, 23, 22, 18, 34]


def _period(register: RequestRegister) -> str:
    return f"{format_date(register.day_from)} – {format_date(register.day_to)}"


def _values(row: RequestInfo) -> list[str]:
    """One request as the register prints it (without the running number)."""
    login = row.account_login_id or row.login_id
    return [row.number, format_datetime(row.received_at), label_pl(RequestKind(row.kind)),
            label_pl(Channel(row.channel)), f"{row.applicant_first_name} "
            f"{row.applicant_last_name}", row.unit_address or row.unit_text,
            format_login_id(login) if login else "", label_pl(RequestStatus(row.status)),
            format_date(row.decided_at) if row.decided_at else "",
            row.decision_reason or row.note]


def _count(count: int) -> str:
    return f"{count} {plural(count, 'wniosek', 'wnioski', 'wniosków')}"


def render_request_register(letterhead: Letterhead, register: RequestRegister) -> bytes:
    style = styles()
    story: list[Flowable] = [
        Paragraph("Rejestr wniosków o dostęp do serwisu IOK", style.title),
        Paragraph(f"Okres: <b>{_period(register)}</b> (data wpływu) · sporządzono "
                  f"{format_datetime(register.produced_at)}", style.body),
        Spacer(1, 2 * mm),
    ]
    if register.rows:
        rows = [[str(number), *_values(row)] for number, row in enumerate(register.rows, 1)]
        story.append(data_table(HEADER, rows, [width * mm for width in WIDTHS]))
    else:
        story.append(Paragraph("W tym okresie nie zarejestrowano żadnego wniosku.", style.body))
    totals = [("Razem", _count(len(register.rows)))]
    totals += [(f"stan: {label_pl(RequestStatus(status))}", _count(count))
               for status, count in register.totals_by_status.items()]
    totals += [(f"rodzaj: {label_pl(RequestKind(kind))}", _count(count))
               for kind, count in register.totals_by_kind.items()]
    story.append(KeepTogether([Spacer(1, 4 * mm), Paragraph("Podsumowanie", style.heading),
                               key_value_table(totals, label_width=55 * mm)]))
    return render_table_document(
        letterhead, title=f"Rejestr wniosków IOK {_period(register)}", story=story,
        footer=f"Rejestr wniosków IOK · {_period(register)}", wide=True)


def request_register_csv(register: RequestRegister) -> str:
    """The register as CSV for a spreadsheet (see ``csv_text``)."""
    return csv_text(HEADER, [[str(number), *_values(row)]
                             for number, row in enumerate(register.rows, 1)])
