"""The letter register (issue 18): numbers without gaps, the letter's life and its audit,
reconciliation, unused letters — on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from iok_desk.db.engine import Database
from iok_desk.db.models import Account, AuditEvent, LetterRecord
from iok_desk.domain.dates import now_utc, office_date
from iok_desk.domain.errors import NotAllowed, NotFound, ValidationError
from iok_desk.services import accounts, letter_register, requests, settings
from iok_desk.services.context import Actor

from .helpers import grant, issued_account


def _year() -> int:
    return office_date(now_utc()).year


def _actions(db: Database) -> list[str]:
    with db.reading() as session:
        return list(session.scalars(select(AuditEvent.action).where(
            AuditEvent.action.like("letter.%")).order_by(AuditEvent.id)))


def test_numbers_have_no_gaps_even_when_printing_fails(
        db: Database, admin: Actor, register: dict[str, str]) -> None:
    first = issued_account(db, admin)
    number = grant(db, admin, "Anna", "Żółkiewska", register["flat7"])
    requests.approve_request(db, admin, number)

    def broken_printer(*_: object) -> None:
        raise OSError("printer on fire")

    with pytest.raises(OSError):
        accounts.issue_credentials(db, admin, number, deliver=broken_printer)
    second = accounts.issue_credentials(db, admin, number)
    assert first.letter is not None and second.letter is not None
    year = _year()
    assert [first.letter.letter_number, second.letter.letter_number] == [
        f"PL/{year}/00001", f"PL/{year}/00002"]
    assert second.letter.valid_days == (7, 14)
    listed = letter_register.list_letters(db)
    assert [info.number for info in listed] == [f"PL/{year}/00002", f"PL/{year}/00001"]
    assert {info.state for info in listed} == {"printed"}
    assert listed[0].first_password_expires_at is None  # its days have not started


def test_each_step_is_audited_and_only_the_life_cycle_moves_are_allowed(
        db: Database, admin: Actor, register: dict[str, str]) -> None:
    jan = issued_account(db, admin).letter
    anna = issued_account(db, admin, "Anna", "Żółkiewska", register["flat7"]).letter
    assert jan is not None and anna is not None
    with pytest.raises(ValidationError):
        letter_register.hand_over(db, admin, jan.letter_number, received_by="  ")
    with pytest.raises(ValidationError):
        letter_register.hand_over(db, admin, jan.letter_number, received_by="Jan Kowalski",
                                  id_checked_by="nobody")
    handed = letter_register.hand_over(db, admin, jan.letter_number.lower(),
                                       received_by="Jan Kowalski", scan=b"%PDF-1.4 strip",
                                       scan_name="pokwitowanie.pdf")
    assert handed.letter.state == "handed_over" and handed.letter.has_scan
    assert handed.letter.id_checked_by == "admin" and handed.letter.received_by == "Jan Kowalski"
    assert letter_register.letter_scan(db, jan.letter_number) == ("pokwitowanie.pdf",
                                                                  b"%PDF-1.4 strip")
    with pytest.raises(NotAllowed):
        letter_register.post(db, admin, jan.letter_number, tracking_number="RR1PL")
    with pytest.raises(NotAllowed):
        letter_register.mark_returned(db, admin, jan.letter_number)
    posted = letter_register.post(db, admin, anna.letter_number, tracking_number="rr77pl")
    assert posted.letter.tracking_number == "RR77PL"
    letter_register.mark_returned(db, admin, anna.letter_number)
    with pytest.raises(ValidationError):
        letter_register.void(db, admin, anna.letter_number, reason=" ")
    voided = letter_register.void(db, admin, anna.letter_number, reason="Adres nieaktualny.")
    assert voided.letter.state == "voided" and voided.letter.void_reason == "Adres nieaktualny."
    with pytest.raises(NotAllowed):
        letter_register.void(db, admin, anna.letter_number, reason="Jeszcze raz.")
    with pytest.raises(NotFound):
        letter_register.hand_over(db, admin, f"PL/{_year()}/00099", received_by="Jan Kowalski")
    assert _actions(db) == ["letter.handed_over", "letter.posted", "letter.returned",
                            "letter.void"]
    assert [info.number for info in letter_register.list_letters(db, state="voided")] == [
        anna.letter_number]
    today = office_date(now_utc())
    assert letter_register.list_letters(db, day_from=today + timedelta(days=1)) == []
    with pytest.raises(ValidationError):
        letter_register.list_letters(db, state="lost")


def test_the_database_keeps_the_letters_life_cycle(
        db: Database, admin: Actor, register: dict[str, str]) -> None:
    letter = issued_account(db, admin).letter
    assert letter is not None
    letter_register.void(db, admin, letter.letter_number, reason="Błąd wydruku.")
    with pytest.raises(DBAPIError), db.engine.begin() as connection:
        connection.execute(text("UPDATE letter SET state = 'printed' WHERE number = :number"),
                           {"number": letter.letter_number})
    with pytest.raises(DBAPIError), db.engine.begin() as connection:
        connection.execute(text("UPDATE letter SET number = 'PL/2000/00001' "
                                "WHERE number = :number"), {"number": letter.letter_number})


def test_reconciliation_counts_match_the_letters(
        db: Database, admin: Actor, register: dict[str, str]) -> None:
    letters = [issued_account(db, admin).letter,
               issued_account(db, admin, "Anna", "Żółkiewska", register["flat7"]).letter]
    assert all(letters)
    numbers = [letter.letter_number for letter in letters if letter is not None]
    letter_register.post(db, admin, numbers[0], tracking_number="RR5PL")
    today = office_date(now_utc())
    rows = letter_register.reconciliation(db, today, today)
    assert len(rows) == 1
    row = rows[0]
    assert (row.day, row.clerk_login, row.printed, row.posted, row.handed_over, row.voided,
            row.in_office, row.open_numbers) == (today, "admin", 2, 1, 0, 0, 1, [numbers[1]])
    assert row.printed == (row.handed_over + row.posted + row.returned + row.voided
                           + row.in_office)
    dispatch = letter_register.dispatch_list(db, admin, today)
    assert [(entry.number, entry.tracking_number, entry.addressee) for entry in
            dispatch.entries] == [(numbers[0], "RR5PL", "Jan Kowalski")]
    assert dispatch.entries[0].address_lines[-1].startswith("81-198")
    with pytest.raises(ValidationError):
        letter_register.reconciliation(db, today, today - timedelta(days=1))


def test_unused_letters_lead_to_a_new_first_password_or_closing(
        db: Database, admin: Actor, register: dict[str, str]) -> None:
    jan = issued_account(db, admin)
    anna = issued_account(db, admin, "Anna", "Żółkiewska", register["flat7"])
    assert jan.letter is not None and anna.letter is not None
    assert letter_register.unused_accounts(db, within_days=30) == []  # both still in the office
    letter_register.post(db, admin, jan.letter.letter_number, tracking_number="RR9PL")
    letter_register.mark_returned(db, admin, jan.letter.letter_number)
    letter_register.hand_over(db, admin, anna.letter.letter_number,
                              received_by="Anna Żółkiewska")
    unused = letter_register.unused_accounts(db)
    assert [(item.login_id, item.letter_state, item.expired) for item in unused] == [
        (jan.login_id, "returned", True)]
    assert [item.login_id for item in letter_register.unused_accounts(db, within_days=8)] == [
        jan.login_id, anna.login_id]  # Anna's seven days end within eight

    renewed = accounts.new_first_password(db, admin, jan.login_id, reason="Zwrot z poczty.")
    assert renewed.letter is not None
    assert renewed.letter.letter_number == f"PL/{_year()}/00003"
    assert letter_register.get_letter(db, jan.letter.letter_number).state == "voided"
    assert letter_register.unused_accounts(db) == []

    letter_register.void(db, admin, anna.letter.letter_number, reason="Zgubione.")
    letter_register.close_unused_account(db, admin, anna.login_id,
                                         reason="Lokatorka wyprowadziła się.")
    with db.reading() as session:
        status = session.scalar(select(Account.status).where(
            Account.login_id == anna.login_id))
        kinds = session.scalars(select(LetterRecord.state).where(
            LetterRecord.number.is_not(None)).order_by(LetterRecord.id)).all()
    assert status == "revoked"
    assert kinds == ["voided", "voided", "printed"]
    with pytest.raises(NotAllowed):
        letter_register.close_unused_account(db, admin, anna.login_id, reason="Znowu.")


def test_the_settings_decide_activation_and_the_days(
        db: Database, admin: Actor, register: dict[str, str]) -> None:
    with pytest.raises(ValidationError):
        settings.update_settings(db, admin, days_in_person=0)
    assert settings.update_settings(db, admin, days_in_person=3, days_by_post=10) == [
        settings.IN_PERSON_DAYS_KEY, settings.BY_POST_DAYS_KEY]
    jan = issued_account(db, admin).letter
    assert jan is not None and jan.valid_days == (3, 10)
    handed = letter_register.hand_over(db, admin, jan.letter_number, received_by="Jan Kowalski")
    expires = handed.letter.first_password_expires_at
    assert expires is not None and timedelta(days=3) - timedelta(minutes=1) \
        < expires - handed.letter.delivered_at <= timedelta(days=3)  # type: ignore[operator]

    assert settings.update_settings(db, admin, activation=False) == [settings.ACTIVATION_KEY]
    anna = issued_account(db, admin, "Anna", "Żółkiewska", register["flat7"]).letter
    assert anna is not None and anna.valid_days is None  # the letter prints its expiry date
    info = letter_register.get_letter(db, anna.letter_number)
    assert not info.activates_on_delivery and info.first_password_expires_at is not None
    with db.engine.connect() as connection:  # what the portal reads: the account's own expiry
        shown = connection.execute(text(
            "SELECT first_password_expires_at FROM portal_account WHERE login_id = :login"),
            {"login": info.login_id}).scalar_one()
        stored = connection.execute(text(
            "SELECT first_password_expires_at FROM account WHERE login_id = :login"),
            {"login": info.login_id}).scalar_one()
    assert shown == stored


def test_a_handover_scan_is_checked_like_an_attachment(
        db: Database, admin: Actor, register: dict[str, str]) -> None:
    letter = issued_account(db, admin).letter
    assert letter is not None
    for content, code in ((b"MZ\x90\x00 not a scan", "scan_type"), (b"", "scan_size")):
        with pytest.raises(ValidationError) as raised:
            letter_register.hand_over(db, admin, letter.letter_number, received_by="Jan Kowalski",
                                      scan=content, scan_name="pokwitowanie.exe")
        assert raised.value.code == code
    assert letter_register.get_letter(db, letter.letter_number).state == "printed"
    tiff = b"II*\x00" + bytes(64)
    handed = letter_register.hand_over(db, admin, letter.letter_number,
                                       received_by="Jan Kowalski", scan=tiff,
                                       scan_name="skan.tif")
    assert handed.letter.has_scan
    assert letter_register.letter_scan(db, letter.letter_number) == ("skan.tif", tiff)
