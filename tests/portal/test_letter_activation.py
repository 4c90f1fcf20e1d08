"""Activation on handover, played from the portal's side (issue 18): on PostgreSQL the portal is
its own login role in the portal group and the desk a clerk's login role; on SQLite the file.

The resident's first password works only once the letter is handed over or posted, for 7 or
14 days from that moment; the database refuses the first change otherwise, even for a portal
that skips the contract's expiry step."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import DateTime, text
from sqlalchemy.exc import DBAPIError

from iok_desk.db.engine import Database
from iok_desk.domain.credentials import hash_password, new_security_stamp
from iok_desk.portal import LoginRefused, Portal
from iok_desk.services import accounts, letter_register

from .conftest import ClerkDesk, credentials_from_letter, issued_account, owner_execute


def _fresh(desk: ClerkDesk, first: str = "Jan", last: str = "Kowalski",
           unit: str = "Paprykowa 12/5") -> tuple[str, str, str]:
    """An account whose letter is printed and still in the office: (number, login, password)."""
    result = issued_account(desk.db, desk.actor, first, last, unit, hand_over=False)
    assert result.letter is not None
    login_id, password = credentials_from_letter(desk.db, result.letter)
    return result.letter.letter_number, login_id, password


def _expires(db: Database, login_id: str) -> datetime:
    with db.engine.connect() as connection:
        value = connection.execute(text(
            "SELECT first_password_expires_at FROM account WHERE login_id = :login_id")
            .columns(first_password_expires_at=DateTime(timezone=True)),
            {"login_id": login_id}).scalar_one()
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value


def _skip_step_four(portal: Portal, login_id: str) -> None:
    """What a careless portal would do: read the row and write the first change at once."""
    with portal.engine.begin() as connection:
        stamp = connection.execute(text(
            "SELECT security_stamp FROM portal_account WHERE login_id = :login_id"),
            {"login_id": login_id}).scalar_one()
        connection.execute(text(
            "UPDATE portal_account SET password_hash = :hash, must_change_password = FALSE, "
            "password_changed_at = :now, security_stamp = :new WHERE login_id = :login_id "
            "AND security_stamp = :stamp"),
            {"hash": hash_password("Gdynia1926"), "now": datetime.now(UTC)
             if portal.engine.dialect.name == "postgresql"
             else datetime.now(UTC).replace(tzinfo=None),
             "new": new_security_stamp(), "login_id": login_id, "stamp": stamp})


def test_a_letter_still_in_the_office_opens_nothing_and_handover_starts_seven_days(
        db: Database, register: dict[str, str], clerk_desk: ClerkDesk, portal: Portal) -> None:
    number, login_id, password = _fresh(clerk_desk)
    with pytest.raises(LoginRefused) as refused:
        portal.login(login_id, password)
    assert refused.value.code == "login_first_password_expired"
    with pytest.raises(DBAPIError):  # stolen from the tray: the database refuses the change
        _skip_step_four(portal, login_id)

    before = datetime.now(UTC)
    letter_register.hand_over(clerk_desk.db, clerk_desk.actor, number,
                              received_by="Jan Kowalski")
    expires = _expires(db, login_id)
    assert before + timedelta(days=7) <= expires <= datetime.now(UTC) + timedelta(days=7)
    session = portal.login(login_id, password)
    assert session.must_change_password
    portal.change_password(session, password, "Gdynia1926")


def test_posting_gives_fourteen_days_and_a_returned_letter_stops_working(
        db: Database, register: dict[str, str], clerk_desk: ClerkDesk, portal: Portal) -> None:
    number, login_id, password = _fresh(clerk_desk)
    before = datetime.now(UTC)
    letter_register.post(clerk_desk.db, clerk_desk.actor, number, tracking_number="rr1234PL")
    assert _expires(db, login_id) >= before + timedelta(days=14)
    assert portal.login(login_id, password).must_change_password

    letter_register.mark_returned(clerk_desk.db, clerk_desk.actor, number)
    with pytest.raises(LoginRefused) as refused:
        portal.login(login_id, password)
    assert refused.value.code == "login_first_password_expired"
    with pytest.raises(DBAPIError):
        _skip_step_four(portal, login_id)


def test_after_its_channels_days_the_first_password_is_refused(
        db: Database, register: dict[str, str], clerk_desk: ClerkDesk, portal: Portal) -> None:
    number, login_id, password = _fresh(clerk_desk)
    letter_register.hand_over(clerk_desk.db, clerk_desk.actor, number,
                              received_by="Jan Kowalski")
    past = datetime.now(UTC) - timedelta(minutes=1)
    owner_execute(db, "UPDATE account SET first_password_expires_at = :moment "
                  "WHERE login_id = :login_id", login_id=login_id,
                  moment=past.replace(tzinfo=None) if db.dialect == "sqlite" else past)
    with pytest.raises(LoginRefused) as refused:
        portal.login(login_id, password)
    assert refused.value.code == "login_first_password_expired"
    with pytest.raises(DBAPIError):
        _skip_step_four(portal, login_id)


def test_expired_is_told_only_to_whoever_knows_the_first_password(
        db: Database, register: dict[str, str], clerk_desk: ClerkDesk, portal: Portal) -> None:
    _, login_id, password = _fresh(clerk_desk)  # not handed over: expired for the portal
    with pytest.raises(LoginRefused) as stranger:
        portal.login(login_id, "zgadywanie123")
    with pytest.raises(LoginRefused) as unknown:
        portal.login("12345674", "zgadywanie123")
    assert stranger.value.code == "login_bad_password" and unknown.value.code == "login_unknown"
    assert str(stranger.value) == str(unknown.value)
    with pytest.raises(LoginRefused) as resident:
        portal.login(login_id, password)
    assert resident.value.code == "login_first_password_expired"
    assert str(resident.value) != str(stranger.value)
    with db.engine.connect() as connection:
        failed = connection.execute(text(
            "SELECT failed_login_count FROM account WHERE login_id = :login_id"),
            {"login_id": login_id}).scalar_one()
    assert failed == 1


def test_a_batch_of_new_first_passwords_opens_the_portal_only_after_handover(
        db: Database, register: dict[str, str], clerk_desk: ClerkDesk, portal: Portal) -> None:
    returned = []
    for first, last, unit in (("Jan", "Kowalski", "Paprykowa 12/5"),
                              ("Anna", "Żółkiewska", register["flat7"])):
        number, login_id, password = _fresh(clerk_desk, first, last, unit)
        letter_register.post(clerk_desk.db, clerk_desk.actor, number, tracking_number="RR1PL")
        letter_register.mark_returned(clerk_desk.db, clerk_desk.actor, number)
        returned.append((login_id, password))
    renewed = accounts.new_first_passwords(clerk_desk.db, clerk_desk.actor,
                                           [login for login, _ in returned],
                                           reason="Zwrot z poczty.").letters
    for (login_id, old_password), letter in zip(returned, renewed, strict=True):
        _, new_password = credentials_from_letter(db, letter)
        with pytest.raises(LoginRefused):  # the old letter's password opens nothing
            portal.login(login_id, old_password)
        with pytest.raises(LoginRefused) as refused:  # the new one waits for its letter
            portal.login(login_id, new_password)
        assert refused.value.code == "login_first_password_expired"
        letter_register.hand_over(clerk_desk.db, clerk_desk.actor, letter.letter_number,
                                  received_by=f"{letter.first_name} {letter.last_name}")
        assert portal.login(login_id, new_password).must_change_password
