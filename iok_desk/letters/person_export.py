"""The Art. 15 letter (kopia danych osobowych): every category of data held on the person, its
source, purpose, recipients and retention, the data itself, and the information clause.
Only the person's own data (``services.persons.record_of``); never a password or its hash."""

from __future__ import annotations

import json
from datetime import date, datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph

from iok_desk.domain.credentials import format_login_id
from iok_desk.domain.dates import format_date, format_datetime
from iok_desk.domain.letterhead import Letterhead
from iok_desk.domain.rodo import CATEGORIES
from iok_desk.domain.states import AccountStatus, Channel, RequestKind, RequestStatus, label_pl
from iok_desk.services.persons import PersonExport
from iok_desk.services.retention import LABELS_PL

from .document import contact_line, data_table, key_value_table, render_letter, signature
from .style import escape, place_and_date, styles

LETTER_KINDS_PL = {"receipt": "potwierdzenie przyjęcia wniosku",
                   "decision": "pismo o odmowie realizacji wniosku",
                   "credential": "pismo z danymi do pierwszego logowania",
                   "person_export": "kopia danych osobowych"}


def _when(value: str | None) -> str:
    if not value:
        return "—"
    return format_datetime(datetime.fromisoformat(value)) if "T" in value else \
        format_date(date.fromisoformat(value))


def _years(days: int) -> str:
    if days % 365 == 0 and days >= 365:
        years = days // 365
        return f"{years} " + ("rok" if years == 1 else "lata" if 2 <= years % 10 <= 4
                              and not 12 <= years % 100 <= 14 else "lat")
    return f"{days} dni"


def render_person_export(letterhead: Letterhead, export: PersonExport) -> bytes:
    style = styles()
    record = export.record
    person = record.person
    name = record.full_name
    story: list[Flowable] = [
        Paragraph("Kopia danych osobowych (art. 15 RODO)", style.subject),
        Paragraph("Szanowni Państwo,", style.body),
        Paragraph("zgodnie z art. 15 RODO i pkt III.5 „Zasad korzystania z serwisu IOK” "
                  "przekazujemy informację o danych osobowych, które Spółdzielnia przetwarza "
                  "w związku z serwisem Internetowej Obsługi Kontrahenta, oraz ich kopię. Dane "
                  "zapisujemy w takiej postaci, w jakiej je podano; jeśli są nieaktualne, "
                  "prosimy o wniosek o sprostowanie.", style.body),
        Paragraph("Kategorie danych", style.heading),
        data_table(["Kategoria", "Źródło", "Cel", "Odbiorcy", "Okres przechowywania"],
                   [[c.name, c.source, c.purpose, c.recipients, c.retention]
                    for c in CATEGORIES], [34 * mm, 33 * mm, 33 * mm, 30 * mm, 35 * mm]),
        Paragraph("Okresy przechowywania: " + "; ".join(
            f"{LABELS_PL[key]} — {_years(days)}" for key, days in export.retention_days.items())
            + ".", style.small),
        Paragraph("Dane identyfikacyjne i kontaktowe", style.heading),
        key_value_table([("Imię i nazwisko", name), ("E-mail", person["email"] or "—"),
                         ("Telefon", person["phone"] or "—"),
                         ("Numer osoby w IOK Desk", f"#{person['id']}"),
                         ("W ewidencji od", _when(person["registered_at"]))]),
    ]
    if record.titles:
        story += [Paragraph("Tytuły prawne do lokali", style.heading),
                  data_table(["Lokal", "Tytuł", "Od", "Do"],
                             [[t["unit"], t["kind_pl"], _when(t["valid_from"]),
                               _when(t["valid_to"])] for t in record.titles],
                             [55 * mm, 60 * mm, 25 * mm, 25 * mm])]
    if record.accounts:
        story += [Paragraph("Konta IOK", style.heading),
                  data_table(["Identyfikator", "Stan", "Wydano", "Ostatnie logowanie", "Lokale"],
                             [[format_login_id(a["login_id"]),
                               label_pl(AccountStatus(a["status"])), _when(a["issued_at"]),
                               _when(a["last_login_at"]),
                               ", ".join(u["unit"] + ("" if not u["revoked_at"] else
                                                      " (odebrany)") for u in a["units"])]
                              for a in record.accounts],
                             [25 * mm, 22 * mm, 30 * mm, 30 * mm, 58 * mm])]
    if record.requests:
        rows = []
        for r in record.requests:
            extra = [f"{len(r['attachments'])} zał."] if r["attachments"] else []
            if r["proxy"]:
                extra.append(f"pełnomocnik: {r['proxy']['name']}")
            if r["rules_version"]:
                extra.append(f"zasady: {r['rules_version']}")
            rows.append([r["number"], label_pl(RequestKind(r["kind"])),
                         label_pl(Channel(r["channel"])), _when(r["received_at"]),
                         label_pl(RequestStatus(r["status"])), "; ".join(extra)])
        story += [Paragraph("Wnioski", style.heading),
                  data_table(["Numer", "Rodzaj", "Złożony", "Wpływ", "Stan", "Uwagi"], rows,
                             [27 * mm, 27 * mm, 22 * mm, 27 * mm, 22 * mm, 40 * mm])]
    if record.letters:
        story += [Paragraph("Wydane pisma", style.heading),
                  Paragraph(", ".join(
                      f"{escape(LETTER_KINDS_PL.get(letter['kind'], letter['kind']))} "
                      f"({_when(letter['created_at'])})" for letter in record.letters),
                      style.small)]
    if record.audit:
        story += [Paragraph("Zdarzenia w dzienniku", style.heading),
                  data_table(["Kiedy", "Pracownik", "Zdarzenie"],
                             [[_when(e["occurred_at"]), e["clerk"], e["summary"]]
                              for e in record.audit], [28 * mm, 22 * mm, 115 * mm])]
    story += [
        Paragraph(f"Klauzula informacyjna (wersja {escape(export.clause_version)})",
                  style.heading),
        Paragraph(escape(export.clause_text), style.body),
        Paragraph("Dane w postaci do odczytu maszynowego (JSON) wydajemy na życzenie w pliku; "
                  "hasło do serwisu IOK przechowujemy wyłącznie jako skrót, którego nie "
                  "ujawniamy nikomu.", style.small),
        KeepTogether([Paragraph(contact_line(letterhead), style.body),
                      *signature(letterhead)]),
    ]
    return render_letter(
        letterhead, address=[name, *export.address_lines],
        info=[("", place_and_date(letterhead, export.written_on)),
              ("Dotyczy", f"osoby #{person['id']}")],
        story=story, title="Kopia danych osobowych (art. 15 RODO)",
        reference=f"Kopia danych osobowych — {name}")


def person_export_json(export: PersonExport) -> bytes:
    return json.dumps(export.as_json(), ensure_ascii=False, indent=2).encode("utf-8")
