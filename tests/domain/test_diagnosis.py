"""The phone clerk's one-line diagnosis: every account state, letter state and expiry case,
rendered in both languages from the one table."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from iok_desk.domain.diagnosis import (
    LETTER_STATES,
    TEXTS,
    PortalFacts,
    diagnose,
    polish_plural_index,
)

NOW = datetime(2026, 12, 2, 10, 0, tzinfo=UTC)
ISSUED = NOW - timedelta(days=20)


def facts(**changes: object) -> PortalFacts:
    values: dict[str, object] = dict(
        status="issued", must_change_password=True,
        first_password_expires_at=NOW + timedelta(days=10), last_login_at=None,
        failed_logins=0, issued_at=ISSUED)
    values.update(changes)
    return PortalFacts(**values)  # type: ignore[arg-type]


def test_revoked_and_replaced_name_the_new_login() -> None:
    result = diagnose(facts(status="revoked", revoked_at=NOW, replaced_by_login_id="12345678"),
                      NOW)
    assert result.code == "revoked_replaced"
    assert "1234 5678" in result.text("pl") or "12345678" in result.text("pl")
    assert diagnose(facts(status="revoked", revoked_at=NOW), NOW).code == "revoked"


def test_blocked_wins_over_everything_else() -> None:
    result = diagnose(facts(status="blocked", blocked_at=NOW, failed_logins=50,
                            letter_state="printed"), NOW)
    assert result.code == "blocked"
    assert "osobiście" in result.text("pl")
    assert "in person" in result.text("en")


@pytest.mark.parametrize(("state", "code"), [
    ("printed", "letter_not_delivered"), ("returned", "letter_returned"),
    ("voided", "letter_voided"), ("handed_over", "never_logged_in"),
    ("posted", "never_logged_in"), (None, "never_logged_in")])
def test_every_letter_state(state: str | None, code: str) -> None:
    assert state is None or state in LETTER_STATES
    assert diagnose(facts(letter_state=state, letter_delivered_at=None), NOW).code == code


def test_letter_state_does_not_matter_once_the_resident_logged_in() -> None:
    result = diagnose(facts(status="active", last_login_at=NOW - timedelta(hours=2),
                            letter_state="printed"), NOW)
    assert result.code == "must_change"


def test_expired_first_password_names_its_day_and_the_next_step() -> None:
    expired = datetime(2026, 11, 12, 9, 0, tzinfo=UTC)
    result = diagnose(facts(first_password_expires_at=expired, letter_state="handed_over"),
                      NOW)
    assert result.code == "first_password_expired"
    assert result.text("pl") == "Hasło do pierwszego logowania wygasło 12.11.2026: wydaj nowe."
    assert result.text("en") == "The first password expired on 12.11.2026: issue a new one."


def test_expiring_soon() -> None:
    result = diagnose(facts(first_password_expires_at=NOW + timedelta(days=2)), NOW)
    assert result.code == "first_password_expires_soon"
    assert "04.12.2026" in result.text("pl")


def test_failed_logins_at_the_threshold_offer_a_block() -> None:
    yesterday = NOW - timedelta(days=1)
    many = facts(status="active", must_change_password=False, last_login_at=yesterday,
                 failed_logins=5)
    result = diagnose(many, NOW, failed_threshold=5)
    assert result.code == "many_failed"
    assert result.text("pl").startswith("5 nieudanych logowań od 01.12.2026")
    assert "offer a block" in result.text("en")
    assert diagnose(many, NOW, failed_threshold=6).code == "some_failed"


def test_many_failed_comes_before_an_expired_first_password() -> None:
    result = diagnose(facts(failed_logins=7,
                            first_password_expires_at=NOW - timedelta(days=1)), NOW)
    assert result.code == "many_failed"
    assert "od " + ISSUED.strftime("%d.%m.%Y") in result.text("pl")


def test_working_account() -> None:
    result = diagnose(facts(status="active", must_change_password=False,
                            last_login_at=NOW - timedelta(days=3)), NOW)
    assert result.code == "working"
    assert "29.11.2026" in result.text("pl")


@pytest.mark.parametrize(("n", "polish", "english"), [
    (1, "1 nieudane logowanie", "1 failed login since"),
    (2, "2 nieudane logowania", "2 failed logins"),
    (4, "4 nieudane logowania", "4 failed logins"),
    (12, "12 nieudanych logowań", "12 failed logins"),
    (22, "22 nieudane logowania", "22 failed logins"),
    (25, "25 nieudanych logowań", "25 failed logins")])
def test_plural_forms(n: int, polish: str, english: str) -> None:
    result = diagnose(facts(status="active", must_change_password=False,
                            last_login_at=NOW, failed_logins=n), NOW, failed_threshold=100)
    assert result.text("pl").startswith(polish)
    assert result.text("en").startswith(english)
    assert polish_plural_index(n) in (0, 1, 2)


def test_the_table_has_both_languages_with_the_same_parameters() -> None:
    for code, (polish, english) in TEXTS.items():
        assert polish and english, code
        names = {part.split("}")[0] for part in polish.split("{")[1:]}
        assert names == {part.split("}")[0] for part in english.split("{")[1:]}, code
        assert len(polish.split("|")) in (1, 3) and len(english.split("|")) in (1, 2), code


def test_odd_values_of_an_older_portal_still_give_a_line() -> None:
    far = datetime.max.replace(tzinfo=UTC)
    result = diagnose(facts(status="active", must_change_password=False, last_login_at=far,
                            failed_logins=-1000), NOW)
    assert result.code == "working" and "31.12.9999" in result.text("pl")
    assert diagnose(facts(first_password_expires_at=far), NOW).code == "never_logged_in"
