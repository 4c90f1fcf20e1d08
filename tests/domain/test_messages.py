"""Messages from services carry a code and parameters, so both languages render them: every
code the desk raises has an English text, every audit action a label in both languages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from iok_desk.domain import messages
from iok_desk.domain.audit import AUDIT_LABELS, AuditAction
from iok_desk.domain.credentials import format_login_id
from iok_desk.domain.errors import ConflictError, IokError, NotAllowed, NotFound, ValidationError
from iok_desk.domain.validation import clean_text, validate_phone

PACKAGE = Path(__file__).resolve().parents[2] / "iok_desk"
POLISH = re.compile(r"[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]|\b(?:Pole|wniosku|konta|jest|nie)\b")


def raised_codes() -> set[str]:
    """Every ``code="…"`` an error of the desk's window can show is raised with, and every
    error class's own (the CLI speaks Polish; the portal's reference is not the desk's)."""
    found: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        if path.parent.name in ("cli", "portal"):
            continue
        text = path.read_text(encoding="utf-8")
        found |= set(re.findall(r'\bcode="([a-z_]+)"', text))
        found |= set(re.findall(r'^\s+code = "([a-z_]+)"$', text, re.MULTILINE))
    return found - {"error"}


def test_every_code_the_desk_raises_has_an_english_text() -> None:
    missing = sorted(raised_codes() - messages.ERRORS_EN.keys())
    assert missing == []


def test_every_english_text_is_english() -> None:
    assert [code for code, text in messages.ERRORS_EN.items() if POLISH.search(text)] == []


def test_every_audit_action_has_a_polish_and_an_english_label() -> None:
    assert set(AUDIT_LABELS) == set(AuditAction)
    for polish, english in AUDIT_LABELS.values():
        assert polish and english and polish != english
    assert messages.label("account.block", "pl") == "blokada konta"
    assert messages.label("account.block", "en") == "account blocked"


def test_a_validation_error_in_both_languages() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_phone("12 34", field="phone", label="Telefon")
    error = caught.value
    assert messages.render_error(error, "pl") == error.message
    assert "polski numer telefonu ma 9 cyfr" in error.message
    english = messages.render_error(error, "en")
    assert english.startswith("“Phone”: a Polish phone number has 9 digits")
    assert not POLISH.search(english)


def test_parameters_fill_the_english_text() -> None:
    error = NotFound("Nie ma konta o identyfikatorze 4821-0937.", code="account_not_found",
                     login_id="48210937")
    assert messages.render_error(error, "en") == (
        f"There is no account {format_login_id('48210937')}.")
    role = NotAllowed("Ta czynność wymaga roli: kierownik albo administrator.",
                      code="role_required", roles=["supervisor", "admin"])
    assert messages.render_error(role, "en") == ("This needs the role: supervisor, "
                                                 "administrator.")


@pytest.mark.parametrize(("error", "english"), [
    (ValidationError("Pole „Uwagi”: coś nowego.", code="brand_new", field="note"),
     "“Note”: the value is not accepted."),
    (ConflictError("Ktoś zmienił.", code="brand_new"),
     "Someone else changed this meanwhile; look at it again and retry."),
    (NotFound("Nie ma wniosku IOK/2026/00001.", code="request_not_found"),  # no number
     "Not found."),
    (IokError("Błąd.", code="brand_new"), "The desk could not do this."),
])
def test_an_error_without_its_english_text_is_told_by_its_kind(error: IokError,
                                                                english: str) -> None:
    assert messages.render_error(error, "en") == english


def test_a_long_text_error_keeps_its_field_in_english() -> None:
    with pytest.raises(ValidationError) as caught:
        clean_text("x" * 30, "last_name", "Nazwisko", max_length=20)
    assert messages.render_error(caught.value, "en") == "“Surname” is too long."


def test_the_english_audit_summary_names_the_action_request_and_account() -> None:
    stored = "Zablokowano konto 4821-0937 (utrata hasła) — zgłaszający: Bożena Krawczyk."
    assert messages.render_audit_summary("account.block", stored, "IOK/2026/00007", "48210937",
                                         "pl") == stored
    assert messages.render_audit_summary("account.block", stored, "IOK/2026/00007", "48210937",
                                         "en") == (
        "account blocked · request IOK/2026/00007 · account " + format_login_id("48210937"))
    assert messages.render_audit_summary(
        "account.block", stored, None, "48210937", "en",
        {"reason": "lost-password", "unit": "Paprykowa 12/5"}) == (
        "account blocked · account " + format_login_id("48210937")
        + " · unit Paprykowa 12/5 · lost password")


def test_problems_of_a_file_render_with_their_parameters() -> None:
    assert messages.render_problem("last_name", "missing", "Brak nazwiska.", "en") == (
        "“Surname” could not be filled in from the message.")
    assert messages.render_problem(None, "duplicate_message", "Ta wiadomość …", "en",
                                   {"number": "IOK/2026/00003"}) == (
        "This message is already registered as request IOK/2026/00003.")
    assert messages.render_problem(None, "duplicate_message", "Ta wiadomość …", "pl",
                                   {"number": "IOK/2026/00003"}) == "Ta wiadomość …"
