"""The batch new first password of the unused-letters list (issue 18), on SQLite and
PostgreSQL: one transaction for all the selected accounts — every account checked first,
all refusals named at once, nothing written when any is refused or the letters fail."""

from __future__ import annotations

import pytest
from sqlalchemy import select, update

from iok_desk.db.engine import Database
from iok_desk.db.models import Account, AuditEvent, LetterRecord, Request
from iok_desk.domain.credentials import verify_password
from iok_desk.domain.dates import now_utc
from iok_desk.domain.errors import NotAllowed, ValidationError
from iok_desk.domain.letterhead import Letterhead
from iok_desk.services import accounts, clerks, letter_register, requests, settings
from iok_desk.services.context import Actor
from iok_desk.services.dto import CredentialLetterData

from .helpers import grant, issued_account


def _state(db: Database) -> tuple[list[tuple[str, str]], list[tuple[str | None, str]], int]:
    """Every account's hash, every letter's number and state, and the audit's length."""
    with db.reading() as session:
        hashes = session.execute(select(Account.login_id, Account.password_hash)
                                 .order_by(Account.id)).all()
        letters = session.execute(select(LetterRecord.number, LetterRecord.state)
                                  .order_by(LetterRecord.id)).all()
        events = len(session.scalars(select(AuditEvent.id)).all())
    return ([tuple(row) for row in hashes], [tuple(row) for row in letters], events)


def _returned(db: Database, admin: Actor, *people: tuple[str, str, str]) -> list[str]:
    """Accounts whose letters came back from the post: on the unused list."""
    logins = []
    for first, last, unit in people:
        issued = issued_account(db, admin, first, last, unit)
        assert issued.letter is not None
        letter_register.post(db, admin, issued.letter.letter_number, tracking_number="RR1PL")
        letter_register.mark_returned(db, admin, issued.letter.letter_number)
        logins.append(issued.login_id)
    return logins


def test_a_batch_renews_every_selected_account_in_one_letter_run(
        db: Database, admin: Actor, register: dict[str, str]) -> None:
    jan, anna = _returned(db, admin, ("Jan", "Kowalski", "Paprykowa 12/5"),
                          ("Anna", "Żółkiewska", register["flat7"]))
    delivered: list[list[CredentialLetterData]] = []

    def deliver(_letterhead: Letterhead, letters: list[CredentialLetterData]) -> None:
        delivered.append(letters)

    result = accounts.new_first_passwords(db, admin, [anna, jan, anna],
                                          reason="Zwrot z poczty.", deliver=deliver)
    assert result.login_ids == [anna, jan]  # in the order asked, once each
    assert delivered == [result.letters]  # one call: one document with all the letters
    assert result.changes.accounts == frozenset({jan, anna})
    numbers = [letter.letter_number for letter in result.letters]
    assert [int(number.rsplit("/", 1)[1]) for number in numbers] == [3, 4]  # no gap
    with db.reading() as session:
        for letter in result.letters:
            stored = session.scalar(select(Account.password_hash).where(
                Account.login_id == letter.login_id))
            assert stored is not None and verify_password(stored, letter.password)
        events = session.execute(select(AuditEvent.details).where(
            AuditEvent.action == "account.new_first_password").order_by(AuditEvent.id)).all()
    assert [details["letter_number"] for (details,) in events] == numbers
    assert all(details["reason"] == "Zwrot z poczty." for (details,) in events)
    assert {info.state for info in letter_register.list_letters(db)} == {"voided", "printed"}
    assert letter_register.unused_accounts(db) == []


def test_one_refused_account_stops_the_batch_and_is_named(
        db: Database, admin: Actor, register: dict[str, str]) -> None:
    jan, anna = _returned(db, admin, ("Jan", "Kowalski", "Paprykowa 12/5"),
                          ("Anna", "Żółkiewska", register["flat7"]))
    with db.transaction() as session:  # Anna logged in meanwhile
        session.execute(update(Account).where(Account.login_id == anna).values(
            status="active", last_login_at=now_utc()))
    before = _state(db)
    with pytest.raises(NotAllowed) as raised:
        accounts.new_first_passwords(db, admin, [jan, anna, "1234-5678"], reason="Zwrot.")
    assert raised.value.code == "batch_refused"
    assert [item["login_id"] for item in raised.value.details["refused"]] == [
        anna, "1234-5678"]
    assert "new_password_not_allowed" in [item["code"] for item in
                                          raised.value.details["refused"]]
    assert _state(db) == before  # Jan's renewal was not written either

    def broken(_letterhead: Letterhead, _letters: list[CredentialLetterData]) -> None:
        raise OSError("disk full")

    with pytest.raises(OSError):
        accounts.new_first_passwords(db, admin, [jan], reason="Zwrot.", deliver=broken)
    assert _state(db) == before
    with pytest.raises(ValidationError):
        accounts.new_first_passwords(db, admin, [jan], reason=" ")
    with pytest.raises(ValidationError):
        accounts.new_first_passwords(db, admin, [" "], reason="Zwrot.")
    assert _state(db) == before


def test_with_separation_the_grants_approver_gets_no_new_password_letter(
        db: Database, admin: Actor, register: dict[str, str]) -> None:
    clerks.add_clerk(db, admin, "halina", "Halina Mazur", "supervisor")
    clerks.add_clerk(db, admin, "ewa", "Ewa Kowalczyk", "clerk")
    settings.update_settings(db, admin, separate_duties=True)
    number = grant(db, admin)
    requests.approve_request(db, Actor("halina"), number)
    login = accounts.issue_credentials(db, Actor("ewa"), number).login_id
    for attempt in (lambda: accounts.new_first_passwords(db, Actor("halina"), [login],
                                                         reason="Zgubione."),
                    lambda: accounts.new_first_password(db, Actor("halina"), login,
                                                        reason="Zgubione.")):
        with pytest.raises(NotAllowed) as raised:
            attempt()
        refused = raised.value.details.get("refused")
        assert (refused[0]["code"] if refused else raised.value.code) == \
            "duties_approver_prints"
    (renewed,) = accounts.new_first_passwords(db, Actor("ewa"), [login],
                                              reason="Zgubione.").letters
    with db.reading() as session:  # the letter names the grant: PostgreSQL's guard sees it
        request_id = session.scalar(select(LetterRecord.request_id).where(
            LetterRecord.number == renewed.letter_number))
        assert request_id == session.scalar(select(Request.id).where(Request.number == number))
