"""The short letter to the resident's address after a block: what was blocked, when, at whose
call and how the caller was verified, and how to get a new login (the rules page: a new login
ID and password are issued in person at the cooperative)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from iok_desk.domain.credentials import format_login_id
from iok_desk.domain.dates import format_datetime
from iok_desk.domain.letterhead import Letterhead
from iok_desk.domain.states import LABELS_PL
from iok_desk.services.dto import BlockConfirmationData

from .document import contact_line, key_value_table, render_letter, signature
from .style import escape, place_and_date, styles


def _facts(data: BlockConfirmationData) -> list[tuple[str, str]]:
    rows = [("Identyfikator logowania", format_login_id(data.login_id)),
            ("Lokal" if len(data.unit_addresses) == 1 else "Lokale",
             ", ".join(f"ul. {unit}" for unit in data.unit_addresses)),
            ("Zablokowano", format_datetime(data.blocked_at)),
            ("Powód", LABELS_PL.get(data.reason, data.reason))]
    if data.caller:
        rows.append(("Na zgłoszenie", data.caller))
    if data.verification:
        rows.append(("Sprawdzenie zgłaszającego",
                     LABELS_PL.get(data.verification, data.verification)))
    return rows


def render_block_confirmation(letterhead: Letterhead, data: BlockConfirmationData) -> bytes:
    style = styles()
    name = f"{data.first_name} {data.last_name}"
    shown = format_login_id(data.login_id)
    story: list[Flowable] = [
        Paragraph("Potwierdzenie zablokowania konta IOK", style.subject),
        Paragraph("Szanowni Państwo,", style.body),
        Paragraph(f"potwierdzamy, że konto Internetowej Obsługi Kontrahenta o identyfikatorze "
                  f"<b>{escape(shown)}</b> zostało zablokowane. Zalogowanie się tym "
                  "identyfikatorem nie jest już możliwe, a otwarte sesje zostały zakończone.",
                  style.body),
        key_value_table(_facts(data), label_width=52 * mm),
        Spacer(1, 3 * mm),
        Paragraph("Jak otrzymać nowy dostęp", style.heading),
        Paragraph("Zablokowanego konta nie odblokowuje się. W celu nadania nowego "
                  "identyfikatora oraz hasła należy zgłosić się osobiście: "
                  f"{escape(letterhead.department)}, {escape(letterhead.street)}, "
                  f"{escape(letterhead.city)} ({escape(letterhead.office_hours)}).",
                  style.bullet, bulletText="•"),
        Paragraph("Jeżeli nie zgłaszali Państwo blokady, prosimy o pilny kontakt ze "
                  "Spółdzielnią.", style.bullet, bulletText="•"),
        KeepTogether([Paragraph(contact_line(letterhead), style.body), *signature(letterhead)]),
    ]
    return render_letter(
        letterhead, address=[name, *data.address_lines],
        info=[("", place_and_date(letterhead, data.issued_on)), ("Konto", shown)],
        story=story, title=f"Potwierdzenie zablokowania konta {shown}",
        reference=f"Potwierdzenie zablokowania konta {shown}")
