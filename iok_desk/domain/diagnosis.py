"""Why a resident cannot log in: what the portal sees of an account, and a one-line diagnosis
with the next step for the clerk on the phone (issue 18).

A pure function of the account's facts and the moment. The texts, Polish and English, are one
table (``TEXTS``) keyed by a code; a diagnosis carries the code and its parameters, so either
language renders it (``Diagnosis.text``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from .credentials import format_login_id
from .dates import format_date, format_datetime
from .states import AccountStatus

EXPIRING_SOON = timedelta(days=3)
"""A first password this close to its expiry is named as expiring."""

DEFAULT_FAILED_LOGIN_THRESHOLD = 5

# Letter states of the letter register (domain.states.LetterState once it exists), as strings.
LETTER_PRINTED = "printed"
LETTER_HANDED_OVER = "handed_over"
LETTER_POSTED = "posted"
LETTER_RETURNED = "returned"
LETTER_VOIDED = "voided"
LETTER_STATES = (LETTER_PRINTED, LETTER_HANDED_OVER, LETTER_POSTED, LETTER_RETURNED,
                 LETTER_VOIDED)


@dataclass(frozen=True)
class PortalFacts:
    """What the portal sees of one account, as the desk reads it."""

    status: str
    must_change_password: bool
    first_password_expires_at: datetime | None
    last_login_at: datetime | None
    failed_logins: int
    """Failed logins since the last successful one (the portal's counter)."""
    issued_at: datetime
    blocked_at: datetime | None = None
    revoked_at: datetime | None = None
    replaced_by_login_id: str | None = None
    letter_state: str | None = None
    """The state of the account's latest credential letter; None when the desk does not know."""
    letter_delivered_at: datetime | None = None


@dataclass(frozen=True)
class Diagnosis:
    code: str
    params: dict[str, str] = field(default_factory=dict)
    count: int | None = None
    """The number a plural form depends on (``%n`` of the text), if any."""

    def text(self, language: str = "pl") -> str:
        return render(self.code, self.params, self.count, language)


# code: (Polish, English). {name} are parameters; a text with a count has one Polish form per
# plural form (1; 2–4, 22–24…; 5–21, 25…) and two English ones, joined with "|".
TEXTS: dict[str, tuple[str, str]] = {
    "revoked_replaced": (
        "Konto odebrane {revoked}, zastąpione kontem {new_login}: mieszkaniec loguje się nowym "
        "identyfikatorem z nowego pisma.",
        "Account revoked on {revoked}, replaced by {new_login}: the resident logs in with the "
        "new login ID from the new letter."),
    "revoked": (
        "Konto odebrane {revoked}: dostępu nie ma; potrzebny nowy wniosek o nadanie dostępu.",
        "Account revoked on {revoked}: no access; a new request for access is needed."),
    "blocked": (
        "Konto zablokowane {blocked}: nowy identyfikator i hasło wydaje się mieszkańcowi "
        "osobiście w Spółdzielni (wydaj nowy identyfikator).",
        "Account blocked on {blocked}: a new login ID and password are handed to the resident "
        "in person at the cooperative (issue a new login ID)."),
    "many_failed": (
        "{n} nieudane logowanie od {since}: sprawdź, kto dzwoni; zaproponuj blokadę."
        "|{n} nieudane logowania od {since}: sprawdź, kto dzwoni; zaproponuj blokadę."
        "|{n} nieudanych logowań od {since}: sprawdź, kto dzwoni; zaproponuj blokadę.",
        "{n} failed login since {since}: check who is calling, offer a block."
        "|{n} failed logins since {since}: check who is calling, offer a block."),
    "letter_not_delivered": (
        "Pismo z hasłem jest jeszcze w biurze (wydrukowane, nie wydane): przekaż je "
        "mieszkańcowi osobiście albo wyślij pocztą.",
        "The letter with the password is still at the office (printed, not handed over): hand "
        "it to the resident in person or post it."),
    "letter_returned": (
        "Pismo z hasłem wróciło niedoręczone: wydaj nowe hasło do pierwszego logowania i "
        "sprawdź adres.",
        "The letter with the password came back undelivered: issue a new first password and "
        "check the address."),
    "letter_voided": (
        "Pismo z hasłem unieważniono: wydaj nowe hasło do pierwszego logowania.",
        "The letter with the password was voided: issue a new first password."),
    "first_password_expired": (
        "Hasło do pierwszego logowania wygasło {expired}: wydaj nowe.",
        "The first password expired on {expired}: issue a new one."),
    "first_password_expires_soon": (
        "Hasło do pierwszego logowania wygasa {expires}: mieszkaniec musi zalogować się do tego "
        "dnia i zmienić hasło na własne.",
        "The first password expires on {expires}: the resident must log in by then and set "
        "a password of their own."),
    "never_logged_in": (
        "Mieszkaniec jeszcze się nie logował; hasło z pisma jest ważne do {expires}: niech "
        "wpisze identyfikator i hasło dokładnie jak w piśmie (wielkość liter).",
        "The resident has not logged in yet; the password from the letter is valid until "
        "{expires}: have them type the login ID and password exactly as in the letter "
        "(letter case)."),
    "must_change": (
        "Mieszkaniec logował się, ale nie zmienił jeszcze hasła z pisma (ważne do {expires}): "
        "przy logowaniu portal poprosi o nowe hasło.",
        "The resident logged in but has not yet changed the letter's password (valid until "
        "{expires}): the portal asks for a new one at login."),
    "some_failed": (
        "{n} nieudane logowanie od {since}: mieszkaniec wpisuje złe hasło; jeśli je zgubił, "
        "zablokuj konto (nowy identyfikator osobiście)."
        "|{n} nieudane logowania od {since}: mieszkaniec wpisuje złe hasło; jeśli je zgubił, "
        "zablokuj konto (nowy identyfikator osobiście)."
        "|{n} nieudanych logowań od {since}: mieszkaniec wpisuje złe hasło; jeśli je zgubił, "
        "zablokuj konto (nowy identyfikator osobiście).",
        "{n} failed login since {since}: the resident types a wrong password; if it is lost, "
        "block the account (a new login ID in person)."
        "|{n} failed logins since {since}: the resident types a wrong password; if it is lost, "
        "block the account (a new login ID in person)."),
    "working": (
        "Ostatnie udane logowanie {last_login}, od tego czasu bez błędów: konto działa; "
        "sprawdź adres portalu i identyfikator, którym loguje się mieszkaniec.",
        "Last successful login {last_login}, no failures since: the account works; check the "
        "portal's address and the login ID the resident uses."),
}

DIAGNOSIS_CODES = tuple(TEXTS)


def polish_plural_index(n: int) -> int:
    """0: 1; 1: 2–4, 22–24, …; 2: 0, 5–21, 25–31, … (Polish plural forms)."""
    if n == 1:
        return 0
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return 1
    return 2


def render(code: str, params: dict[str, str], count: int | None = None,
           language: str = "pl") -> str:
    polish, english = TEXTS[code]
    template = polish if language == "pl" else english
    forms = template.split("|")
    if count is not None and len(forms) > 1:
        index = polish_plural_index(count) if language == "pl" else int(count != 1)
        template = forms[index]
    return template.format(n=count, **params)


def _when(moment: datetime) -> str:
    try:
        return format_datetime(moment)
    except (OverflowError, ValueError):  # 'infinity' of an older portal: shown as stored
        return moment.strftime("%d.%m.%Y %H:%M")


def _day(moment: datetime) -> str:
    try:
        return format_date(moment)
    except (OverflowError, ValueError):
        return moment.strftime("%d.%m.%Y")


def diagnose(facts: PortalFacts, now: datetime, *,
             failed_threshold: int = DEFAULT_FAILED_LOGIN_THRESHOLD) -> Diagnosis:
    """The first thing in the way of a login, in the order a clerk checks it: the account's
    state, a run of failed logins, the letter, the first password's expiry, then the rest."""
    status = AccountStatus(facts.status)
    if status == AccountStatus.REVOKED:
        revoked = _day(facts.revoked_at) if facts.revoked_at else "—"
        if facts.replaced_by_login_id:
            return Diagnosis("revoked_replaced", {"revoked": revoked, "new_login":
                                                  format_login_id(facts.replaced_by_login_id)})
        return Diagnosis("revoked", {"revoked": revoked})
    if status == AccountStatus.BLOCKED:
        return Diagnosis("blocked", {"blocked": _when(facts.blocked_at)
                                     if facts.blocked_at else "—"})
    since = _when(facts.last_login_at or facts.issued_at)
    failed = max(0, facts.failed_logins)  # an older portal may have written odd counts
    if is_many_failed(failed, failed_threshold):
        return Diagnosis("many_failed", {"since": since}, failed)
    first_password_pending = facts.must_change_password
    if first_password_pending and facts.last_login_at is None:
        if facts.letter_state == LETTER_PRINTED:
            return Diagnosis("letter_not_delivered")
        if facts.letter_state == LETTER_RETURNED:
            return Diagnosis("letter_returned")
        if facts.letter_state == LETTER_VOIDED:
            return Diagnosis("letter_voided")
    expires = facts.first_password_expires_at
    if first_password_pending and expires is not None:
        if expires <= now:
            return Diagnosis("first_password_expired", {"expired": _day(expires)})
        if expires - now <= EXPIRING_SOON:
            return Diagnosis("first_password_expires_soon", {"expires": _day(expires)})
    if failed > 0:
        return Diagnosis("some_failed", {"since": since}, failed)
    if first_password_pending:
        shown = _day(expires) if expires else "—"
        code = "never_logged_in" if facts.last_login_at is None else "must_change"
        return Diagnosis(code, {"expires": shown})
    last = _when(facts.last_login_at) if facts.last_login_at else "—"
    return Diagnosis("working", {"last_login": last})


def is_many_failed(failed_logins: int, threshold: int) -> bool:
    return failed_logins >= max(1, threshold)
