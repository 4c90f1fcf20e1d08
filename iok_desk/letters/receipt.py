"""The request receipt (potwierdzenie przyjęcia wniosku): register number, date, what was
asked and what happens next."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Paragraph

from iok_desk.domain.addresses import street_line
from iok_desk.domain.credentials import format_login_id
from iok_desk.domain.dates import format_date, format_datetime
from iok_desk.domain.letterhead import Letterhead
from iok_desk.domain.rodo import PROXY_LABELS_PL, ProxyKind
from iok_desk.domain.states import Channel, RequestKind, RequestStatus, label_pl
from iok_desk.services.reports import RequestLetterData

from .document import contact_line, key_value_table, render_request_letter, signature
from .proxy import handover
from .style import escape, styles


def _next_steps(letterhead: Letterhead, kind: RequestKind, login_id: str) -> list[str]:
    office = escape(f"{letterhead.department}, {letterhead.street}")
    account = f" {format_login_id(login_id)}" if login_id else ""
    if kind == RequestKind.GRANT:
        return [
            "Sprawdzimy, czy wnioskodawca ma tytuł prawny do wskazanego lokalu.",
            "Po pozytywnej weryfikacji przygotujemy pismo z <b>identyfikatorem logowania</b> i "
            f"<b>hasłem do pierwszego logowania</b> — do odbioru osobiście ({office}) albo "
            "wysyłane pocztą.",
            "Przy pierwszym logowaniu hasło trzeba zmienić na własne: co najmniej 6 znaków, "
            "w tym co najmniej 4 cyfry.",
        ]
    if kind == RequestKind.ADD_UNIT:
        return [
            "Sprawdzimy tytuł prawny do wskazanego lokalu.",
            f"Po pozytywnej weryfikacji dodamy lokal do istniejącego konta{account}; "
            "identyfikator logowania i hasło pozostają bez zmian.",
        ]
    if kind == RequestKind.BLOCK:
        return [
            f"Konto{account} zostanie niezwłocznie zablokowane; zalogowanie się nim nie będzie "
            "już możliwe.",
            "Zablokowanego konta nie odblokowuje się. Nowy identyfikator logowania i hasło "
            f"wydajemy osobiście ({office}).",
        ]
    return [
        "Odbierzemy dostęp do wskazanego lokalu. Konto, któremu nie zostanie żaden lokal, "
        "zostaje zamknięte na stałe; jego identyfikator nie będzie ponownie wydany.",
        "Dostęp do innych lokali na tym samym koncie pozostaje bez zmian.",
    ]


def render_request_receipt(letterhead: Letterhead, data: RequestLetterData) -> bytes:
    """A one-page receipt addressed to the applicant."""
    request = data.request
    style = styles()
    kind = RequestKind(request.kind)
    name = f"{request.applicant_first_name} {request.applicant_last_name}"
    rows = [("Numer wniosku", request.number),
            ("Data wpływu", format_datetime(request.received_at)),
            ("Sposób złożenia", label_pl(Channel(request.channel))),
            ("Wnioskodawca", name),
            ("Czego dotyczy", f"{label_pl(kind)} do serwisu IOK" if kind in
             (RequestKind.GRANT, RequestKind.REVOKE) else label_pl(kind))]
    unit = request.unit_address or request.unit_text
    if unit:
        rows.append(("Lokal", street_line(unit)))
    if request.login_id:
        rows.append(("Identyfikator logowania", format_login_id(request.login_id)))
    contact = ", ".join(value for value in (request.applicant_email, request.applicant_phone)
                        if value)
    if contact:
        rows.append(("Kontakt", contact))
    rows.append(("Stan wniosku", label_pl(RequestStatus(request.status))))
    if request.proxy_kind:
        rows.append(("Pełnomocnik", f"{request.proxy_name} — "
                     f"{PROXY_LABELS_PL[ProxyKind(request.proxy_kind)]} "
                     f"{request.proxy_reference}"
                     + (f" z {format_date(request.proxy_date)}" if request.proxy_date else "")))
    if request.rules_version:
        rows.append(("Zaakceptowane zasady", f"„Zasady korzystania z serwisu IOK”, wersja "
                     f"{request.rules_version}"))
    if request.clause_version:
        rows.append(("Klauzula informacyjna", f"wersja {request.clause_version}"))

    story: list[Flowable] = [
        Paragraph(f"Potwierdzenie przyjęcia wniosku nr {escape(request.number)}",
                  style.subject),
        Paragraph("Szanowni Państwo,", style.body),
        Paragraph("potwierdzamy przyjęcie wniosku dotyczącego serwisu Internetowej Obsługi "
                  f"Kontrahenta (IOK) z dnia {format_date(request.received_at)}. Prosimy "
                  "powoływać się na jego numer w kontaktach ze Spółdzielnią.", style.body),
        key_value_table(rows),
        Paragraph("Co dalej", style.heading),
    ]
    story += [Paragraph(step, style.bullet, bulletText="•")
              for step in _next_steps(letterhead, kind, request.login_id)]
    if request.rules_version:
        story.append(Paragraph(
            "Złożenie wniosku jest jednoznaczne z zaakceptowaniem „Zasad korzystania z "
            f"serwisu IOK” w wersji {escape(request.rules_version)}.", style.body))
    story.append(KeepTogether([Paragraph(contact_line(letterhead), style.body),
                               *signature(letterhead)]))
    story += handover(request)
    return render_request_letter(letterhead, name=name, address_lines=data.address_lines,
                                 written_on=data.written_on, number=request.number,
                                 title="Potwierdzenie przyjęcia wniosku", story=story)
