"""The audit extract (wyciąg z dziennika zdarzeń) of one account: what happened to it, when,
by whom and from which workstation — as a table document and as CSV."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from iok_desk.domain.credentials import format_login_id
from iok_desk.domain.dates import format_date, format_datetime
from iok_desk.domain.letterhead import Letterhead
from iok_desk.domain.states import AccountStatus, label_pl
from iok_desk.services.dto import AuditEventInfo
from iok_desk.services.reports import AuditExtract

from .document import csv_text, data_table, key_value_table, render_table_document
from .style import plural, styles

HEADER = ["Lp.", "Data i godzina", "Pracownik", "Stanowisko", "Zdarzenie", "Opis", "Wniosek",
          "Login bazy"]
PRINTED_HEADER = ["Lp.", "Data i godzina", "Pracownik / stanowisko", "Zdarzenie", "Opis",
                  "Wniosek"]
WIDTHS = [8, 20, 28, 26, 57, 26]


def _values(event: AuditEventInfo) -> list[str]:
    return [format_datetime(event.occurred_at), event.clerk_login or event.who,
            event.workstation, event.action, event.summary, event.request_number or "",
            event.db_user]


def _count(count: int) -> str:
    return f"{count} {plural(count, 'zdarzenie', 'zdarzenia', 'zdarzeń')}"


def render_audit_extract(letterhead: Letterhead, extract: AuditExtract) -> bytes:
    style = styles()
    shown = format_login_id(extract.login_id)
    facts = [("Identyfikator logowania", shown), ("Osoba", extract.person_name),
             ("Stan konta", label_pl(AccountStatus(extract.status))),
             ("Wydane", format_date(extract.issued_at))]
    if extract.replaced_by_login_id:
        facts.append(("Zastąpione kontem", format_login_id(extract.replaced_by_login_id)))
    facts.append(("Lokale", ", ".join(extract.units) or "—"))
    facts.append(("Sporządzono", format_datetime(extract.produced_at)))
    story: list[Flowable] = [
        Paragraph(f"Wyciąg z dziennika zdarzeń konta IOK {shown}", style.title),
        key_value_table(facts),
        Spacer(1, 4 * mm),
    ]
    if extract.events:
        rows = [[str(number), format_datetime(event.occurred_at),
                 f"{event.who}\n{event.workstation}", event.action, event.summary,
                 event.request_number or ""]
                for number, event in enumerate(extract.events, 1)]
        story.append(data_table(PRINTED_HEADER, rows, [width * mm for width in WIDTHS]))
    else:
        story.append(Paragraph("Dziennik nie zawiera zdarzeń tego konta.", style.body))
    story.append(Spacer(1, 3 * mm))
    story.append(Paragraph(f"Razem: <b>{_count(len(extract.events))}</b>.", style.body))
    return render_table_document(letterhead, title=f"Dziennik zdarzeń konta {shown}",
                                 story=story, footer=f"Wyciąg z dziennika zdarzeń · {shown}")


def audit_extract_csv(extract: AuditExtract) -> str:
    """The events as CSV for a spreadsheet (see ``csv_text``)."""
    return csv_text(HEADER, [[str(number), *_values(event)]
                             for number, event in enumerate(extract.events, 1)])
