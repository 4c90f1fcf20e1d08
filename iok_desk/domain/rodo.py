"""The resident's rights (RODO/GDPR): what the desk holds on a person, why, for how long; the
proxies who may file a request; the rules and the information clause an applicant accepts."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from .audit import AuditAction
from .errors import ValidationError

REDACTED = "[dane usunięte]"
"""What replaces personal data in the audit trail (the same text as revision 0008's SQL)."""

PSEUDONYM_FIRST_NAME = "Osoba"

TYPED_ABOUT_A_PERSON: dict[str, tuple[str, ...]] = {
    AuditAction.ACCOUNT_BLOCK: ("caller", "caller_phone", "note"),
    AuditAction.ACCOUNT_BLOCK_REPEATED: ("caller", "caller_phone", "note"),
    AuditAction.ACCOUNT_BLOCK_PROPOSE: ("caller", "caller_phone", "note"),
    AuditAction.EXPORT_SEARCH: ("text",),
    AuditAction.REQUEST_REGISTER: ("sender", "subject", "attachments", "skipped"),
    AuditAction.REQUEST_NEEDS_INFO: ("what",),
}
"""Details of audit events that hold what a clerk typed or heard about a person — a caller's
name, phone and the clerk's note on a block, what a request lacks, the words of an exported
search — or what came with an e-mail (its sender, subject and file names), which no record of
the person's own data can find. When the person or request the event is linked to (its
account or request, or ``details.person_ids`` of a search export) is pseudonymised, each of
these values is replaced whole (a list: each of its items), and where the summary quotes it.
Revision 0011 writes the same table into ``iok_redact_personal_data()``: a change here needs a
new revision."""


TYPED_IN_A_DISMISSAL: dict[str, tuple[str, ...]] = {
    AuditAction.MAIL_DISMISS: ("sender", "subject", "reason"),
    AuditAction.WEB_FORM_DISMISS: ("reason",),
}
"""Details of the events of a message the desk dismissed (an e-mail from the Poczta page, an
electronic form): linked to no person or request, they fall under the ``email`` period and are
replaced whole, and where the summary quotes them; a dismissed form's own row gives the names
its event's summary quotes. Revision 0013 writes the same table into
``iok_redact_personal_data()``: a change here needs a new revision."""

DISMISSED_FORM_COLUMNS = ("first_name", "last_name", "email", "phone", "note",
                          "processed_reason")
"""The columns of a dismissed ``web_form_submission`` that its pseudonymisation replaces
(its kind, unit and login ID stay, as a request's do)."""


def dismissed_form_last_name(form_id: int) -> str:
    """The last name a pseudonymised dismissed form keeps: its number, nothing else."""
    return f"formularza nr {form_id}"


def pseudonym_last_name(person_id: int) -> str:
    """The name a pseudonymised person keeps: their key, nothing else."""
    return f"nr {person_id}"


def names_person(details: dict[str, object], person_id: int) -> bool:
    """An audit event's details name the person: ``person_id`` (a correction, an export of
    the person's record) or among ``person_ids`` (a search export that listed them)."""
    listed = details.get("person_ids")
    return details.get("person_id") == person_id or (
        isinstance(listed, list) and person_id in listed)


class ProxyKind(StrEnum):
    """How a proxy is authorised (``pełnomocnik`` / ``osoba upoważniona``)."""

    NOTARIAL = "notarial"
    WRITTEN = "written"


PROXY_LABELS_PL = {
    ProxyKind.NOTARIAL: "pełnomocnictwo notarialne",
    ProxyKind.WRITTEN: "upoważnienie pisemne podpisane w obecności pracownika",
}


class LettersTo(StrEnum):
    """Whom a request's letters are addressed to: the resident always; ``proxy``: handed to
    the proxy against the proxy's signature."""

    RESIDENT = "resident"
    PROXY = "proxy"


class PolicyKind(StrEnum):
    RULES = "rules"
    CLAUSE = "clause"


POLICY_LABELS_PL = {PolicyKind.RULES: "Zasady korzystania z serwisu IOK",
                    PolicyKind.CLAUSE: "klauzula informacyjna"}

DEFAULT_RULES_VERSION = "Uchwała nr 29/2013 z 12.09.2013"
DEFAULT_CLAUSE_VERSION = "1"
DEFAULT_CLAUSE = (
    "Administratorem danych osobowych jest Młodzieżowa Spółdzielnia Mieszkaniowa w Gdyni, "
    "ul. Paprykowa 12, 81-198 Gdynia. Dane przetwarzamy wyłącznie do celów statutowych: "
    "w celu udostępnienia serwisu Internetowej Obsługi Kontrahenta (IOK) osobom mającym tytuł "
    "prawny do lokalu (art. 6 ust. 1 lit. b i c RODO). Przysługuje Pani/Panu prawo dostępu do "
    "swoich danych i otrzymania ich kopii (art. 15 RODO), ich sprostowania (art. 16), "
    "usunięcia (art. 17) lub ograniczenia przetwarzania (art. 18), sprzeciwu (art. 21) oraz "
    "wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych (ul. Stawki 2, 00-193 "
    "Warszawa). Podanie danych jest warunkiem nadania dostępu do IOK. Nie przetwarzamy numeru "
    "PESEL ani numeru dowodu osobistego; dane nie są przekazywane poza Europejski Obszar "
    "Gospodarczy ani wykorzystywane do zautomatyzowanego podejmowania decyzji.")


@dataclass(frozen=True)
class DataCategory:
    """One category of personal data, as the Art. 15 letter lists it."""

    key: str
    name: str
    source: str
    purpose: str
    recipients: str
    retention: str


PORTAL = "serwis IOK (wyłącznie Pani/Pana konto); pracownicy działu księgowości Spółdzielni"

CATEGORIES = (
    DataCategory("contact", "Dane identyfikacyjne i kontaktowe (imię, nazwisko, e-mail, "
                 "telefon)", "rejestr lokali prowadzony przez księgowość Spółdzielni; "
                 "sprostowania na Pani/Pana wniosek", "identyfikacja osoby i kontakt w "
                 "sprawach IOK", PORTAL, "do upływu okresu przechowywania danych byłych "
                 "użytkowników po wygaśnięciu ostatniego tytułu i konta"),
    DataCategory("titles", "Tytuły prawne do lokali", "rejestr lokali Spółdzielni",
                 "sprawdzenie uprawnienia do dostępu do IOK", PORTAL,
                 "jak dane identyfikacyjne"),
    DataCategory("requests", "Wnioski i załączniki (skany, wiadomości e-mail, upoważnienia "
                 "pełnomocników)", "Pani/Pan albo Pani/Pana pełnomocnik",
                 "rozpatrzenie wniosku i rejestr wniosków", "pracownicy działu księgowości",
                 "wnioski odrzucone: do upływu okresu dla wniosków odrzuconych; wiadomości "
                 "e-mail: do upływu okresu po rejestracji; pozostałe jak dane "
                 "identyfikacyjne"),
    DataCategory("accounts", "Konta IOK i lokale, które widzą (identyfikator logowania, "
                 "stan, daty)", "Spółdzielnia przy wydaniu konta; serwis IOK (logowania)",
                 "świadczenie usługi IOK i jej bezpieczeństwo", PORTAL,
                 "jak dane identyfikacyjne; hasło przechowujemy wyłącznie jako skrót "
                 "(nie pokazujemy go nikomu)"),
    DataCategory("letters", "Wydane pisma (rodzaj i data, bez treści)", "Spółdzielnia",
                 "rozliczalność korespondencji", "pracownicy działu księgowości",
                 "jak dane identyfikacyjne"),
    DataCategory("audit", "Dziennik zdarzeń dotyczących Pani/Pana (kto i kiedy coś zmienił)",
                 "Spółdzielnia", "rozliczalność i bezpieczeństwo (art. 5 ust. 2 RODO)",
                 "pracownicy działu księgowości",
                 "zdarzenia pozostają, dane osobowe w nich są pseudonimizowane razem z "
                 "Pani/Pana danymi; szczegóły sprostowań do upływu okresu dla szczegółów "
                 "dziennika"),
)


def validate_version_label(value: str, field: str = "version") -> str:
    label = " ".join((value or "").split())
    if not label or len(label) > 32:
        raise ValidationError("Wersja ma od 1 do 32 znaków.", field=field, code="bad_version")
    return label
