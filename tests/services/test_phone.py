"""The phone clerk's services: what the portal sees, the failed-logins list, the verified
block, the confirmation letter, and separation of duties as the services enforce it."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select, update

from iok_desk.db.engine import Database
from iok_desk.db.models import Account, AuditEvent, LetterRecord
from iok_desk.domain.dates import now_utc
from iok_desk.domain.errors import NotAllowed, ValidationError
from iok_desk.services import accounts, clerks, letter_register, phone, requests, settings
from iok_desk.services.context import Actor

from .helpers import grant, issued_account

EWA, HALINA, OLGA = Actor("ewa"), Actor("halina"), Actor("olga")


def _set(db: Database, login_id: str, **values: object) -> None:
    with db.transaction() as session:
        session.execute(update(Account).where(Account.login_id == login_id).values(**values))


def _actions(db: Database, login_id: str) -> list[str]:
    with db.reading() as session:
        account_id = session.scalar(select(Account.id).where(Account.login_id == login_id))
        return list(session.scalars(select(AuditEvent.action).where(
            AuditEvent.account_id == account_id).order_by(AuditEvent.id)))


def test_account_details_carry_what_the_portal_sees_and_a_diagnosis(
        db: Database, admin: Actor, register: dict[str, str]) -> None:
    login = issued_account(db, admin).login_id
    view = accounts.account_details(db, login).portal
    assert view is not None and view.diagnosis_code == "letter_not_delivered"
    assert view.first_password_pending and view.letter_state == "printed"
    (letter,) = letter_register.list_letters(db)
    letter_register.hand_over(db, admin, letter.number, received_by="Jan Kowalski")
    view = accounts.account_details(db, login).portal
    assert view is not None and view.diagnosis_code == "never_logged_in"
    assert view.letter_state == "handed_over" and view.letter_delivered_at is not None
    expired = now_utc() - timedelta(days=1)
    _set(db, login, first_password_expires_at=expired)
    view = accounts.account_details(db, login).portal
    assert view is not None and view.diagnosis_code == "first_password_expired"
    assert view.diagnosis.startswith("Hasło do pierwszego logowania wygasło")
    assert view.diagnosis_en.startswith("The first password expired on")
    yesterday = now_utc() - timedelta(days=1)
    _set(db, login, status="active", last_login_at=yesterday, must_change_password=False,
         password_changed_at=yesterday, failed_login_count=5)
    view = accounts.account_details(db, login).portal
    assert view is not None and view.many_failed and view.failed_logins == 5
    assert view.diagnosis_code == "many_failed" and view.diagnosis_count == 5
    assert "zaproponuj blokadę" in view.diagnosis


def test_failed_logins_list_follows_the_threshold_setting(
        db: Database, admin: Actor, register: dict[str, str]) -> None:
    jan = issued_account(db, admin).login_id
    anna = issued_account(db, admin, "Anna", "Żółkiewska", "Paprykowa 12/7").login_id
    _set(db, jan, failed_login_count=3)
    _set(db, anna, failed_login_count=6)
    assert [row.login_id for row in phone.failed_logins_review(db)] == [anna]
    with pytest.raises(ValidationError):
        settings.update_settings(db, admin, failed_logins=0)
    assert settings.update_settings(db, admin, failed_logins=3) == ["failed_login_threshold"]
    rows = phone.failed_logins_review(db)
    assert [(row.login_id, row.failed_logins) for row in rows] == [(anna, 6), (jan, 3)]
    assert rows[1].units == ["Paprykowa 12/5"]
    accounts.block_account(db, admin, anna, reason="lost-password", caller_name="Anna")
    assert [row.login_id for row in phone.failed_logins_review(db)] == [jan]


def test_the_block_records_how_the_caller_was_verified(
        db: Database, admin: Actor, register: dict[str, str]) -> None:
    login = issued_account(db, admin).login_id
    for bad in ("", "guessed"):
        with pytest.raises(ValidationError) as raised:
            accounts.block_account(db, admin, login, reason="lost-password",
                                   caller_name="Jan Kowalski", verification=bad)
        assert raised.value.field == "verification"
    assert _actions(db, login) == ["account.issue"]
    accounts.block_account(db, admin, login, reason="lost-password", caller_name="Jan Kowalski",
                           caller_phone="600100200", verification="call-back")
    with db.reading() as session:
        event = session.scalars(select(AuditEvent).where(
            AuditEvent.action == "account.block")).one()
        assert event.details["verification"] == "call-back"
        assert event.details["caller_phone"] == "+48 600100200"


def test_confirmation_letter_is_recorded_only_for_a_blocked_account(
        db: Database, admin: Actor, register: dict[str, str]) -> None:
    login = issued_account(db, admin).login_id
    with pytest.raises(NotAllowed):
        phone.send_block_confirmation(db, admin, login)
    accounts.block_account(db, admin, login, reason="unauthorised-use",
                           caller_name="Jan Kowalski", verification="phone-of-record")
    delivered = []

    def broken(_letterhead: object, _data: object) -> None:
        raise OSError("disk full")

    with pytest.raises(OSError):
        phone.send_block_confirmation(db, admin, login, deliver=broken)
    assert "letter.block_confirmation" not in _actions(db, login)
    data = phone.send_block_confirmation(
        db, admin, login, deliver=lambda letterhead, data: delivered.append(data))
    assert delivered == [data]
    assert data.address_lines == ["ul. Paprykowa 12/5", "81-198 Gdynia"]
    assert (data.caller, data.verification, data.reason) == (
        "Jan Kowalski", "phone-of-record", "unauthorised-use")
    assert _actions(db, login)[-1] == "letter.block_confirmation"
    with db.reading() as session:
        kinds = session.scalars(select(LetterRecord.kind)).all()
    assert kinds.count("block-confirmation") == 1


def _staff(db: Database, admin: Actor) -> None:
    clerks.add_clerk(db, admin, "ewa", "Ewa Kowalczyk", "clerk")
    clerks.add_clerk(db, admin, "halina", "Halina Mazur", "supervisor")
    clerks.add_clerk(db, admin, "olga", "Olga Nowak", "supervisor")


def test_separation_of_duties_is_off_by_default(
        db: Database, admin: Actor, register: dict[str, str]) -> None:
    _staff(db, admin)
    assert not settings.get_separation_of_duties(db)
    number = grant(db, admin)
    requests.approve_request(db, HALINA, number)
    login = accounts.issue_credentials(db, HALINA, number).login_id  # the approver prints
    with pytest.raises(NotAllowed):  # abuse stays a supervisor's block, at once
        accounts.block_account(db, EWA, login, reason="abuse", caller_name="Ewa")
    result = accounts.block_account(db, HALINA, login, reason="abuse", caller_name="Halina")
    assert not result.pending_countersign and result.blocked_at is not None


def test_with_separation_the_approver_does_not_print_the_letter(
        db: Database, admin: Actor, register: dict[str, str]) -> None:
    _staff(db, admin)
    assert settings.update_settings(db, admin, separate_duties=True) == [
        "separation_of_duties"]
    number = grant(db, admin)
    requests.approve_request(db, HALINA, number)
    with pytest.raises(NotAllowed) as raised:
        accounts.issue_credentials(db, HALINA, number)
    assert raised.value.code == "duties_approver_prints"
    assert accounts.issue_credentials(db, EWA, number).letter is not None


def test_with_separation_an_abuse_block_needs_another_supervisor(
        db: Database, admin: Actor, register: dict[str, str]) -> None:
    _staff(db, admin)
    login = issued_account(db, admin).login_id
    halina_proposes = issued_account(db, admin, "Anna", "Żółkiewska", "Paprykowa 12/7").login_id
    settings.update_settings(db, admin, separate_duties=True)
    proposed = accounts.block_account(db, EWA, login, reason="abuse", caller_name="Ewa",
                                      verification="name-and-address", note="spam")
    assert proposed.pending_countersign and proposed.blocked_at is None
    details = accounts.account_details(db, login)
    assert details.status == "issued" and details.block_proposed_by == "ewa"
    with pytest.raises(NotAllowed) as raised:  # a clerk cannot countersign
        phone.countersign_block(db, EWA, login)
    assert raised.value.code == "duties_same_clerk"
    accounts.block_account(db, HALINA, halina_proposes, reason="abuse", caller_name="Halina")
    with pytest.raises(NotAllowed) as raised:
        phone.countersign_block(db, HALINA, halina_proposes)
    assert raised.value.code == "duties_same_clerk"
    result = phone.countersign_block(db, HALINA, login)
    assert not result.pending_countersign and result.blocked_at is not None
    assert accounts.account_details(db, login).status == "blocked"
    assert _actions(db, login)[-2:] == ["account.block_propose", "account.block"]
    with db.reading() as session:
        recorded = dict(session.scalars(select(AuditEvent).where(
            AuditEvent.action == "account.block")).one().details)
    assert recorded["proposed_by"] == "ewa" and recorded["countersigned_by"] == "halina"
    assert recorded["verification"] == "name-and-address" and recorded["note"] == "spam"
    # other reasons are not held back
    other = accounts.block_account(db, EWA, halina_proposes, reason="lost-password",
                                   caller_name="Anna Żółkiewska")
    assert other.blocked_at is not None and not other.pending_countersign


def test_a_proposed_abuse_block_is_withdrawn_by_its_proposer_or_a_supervisor(
        db: Database, admin: Actor, register: dict[str, str]) -> None:
    _staff(db, admin)
    clerks.add_clerk(db, admin, "piotr", "Piotr Wiśniewski", "clerk")
    login = issued_account(db, admin).login_id
    settings.update_settings(db, admin, separate_duties=True)
    with pytest.raises(NotAllowed) as raised:  # nothing proposed yet
        phone.withdraw_block_proposal(db, EWA, login, reason="pomyłka")
    assert raised.value.code == "duties_no_proposal_to_withdraw"
    accounts.block_account(db, EWA, login, reason="abuse", caller_name="Ewa",
                           verification="call-back")
    with pytest.raises(ValidationError):  # a reason is required
        phone.withdraw_block_proposal(db, EWA, login, reason="  ")
    with pytest.raises(NotAllowed) as raised:  # another plain clerk may not
        phone.withdraw_block_proposal(db, Actor("piotr"), login, reason="nie moja sprawa")
    assert raised.value.code == "duties_withdraw_role"
    assert accounts.account_details(db, login).block_proposed_by == "ewa"
    changes = phone.withdraw_block_proposal(db, EWA, login, reason="dzwonił sam mieszkaniec")
    assert changes.accounts == frozenset({login})
    details = accounts.account_details(db, login)
    assert details.block_proposed_by is None and details.block_proposed_at is None
    assert details.status == "issued"
    with pytest.raises(NotAllowed) as raised:  # withdrawn: nothing left to countersign
        phone.countersign_block(db, HALINA, login)
    assert raised.value.code == "duties_no_proposal"
    with db.reading() as session:
        who, recorded = session.execute(select(AuditEvent.clerk_login, AuditEvent.details)
                                        .where(AuditEvent.action == "account.block_withdraw")
                                        ).one()
    assert who == "ewa" and recorded["proposed_by"] == "ewa"
    assert recorded["reason"] == "dzwonił sam mieszkaniec"
    # proposed again, a supervisor withdraws it; a blocked account's proposal stays history
    accounts.block_account(db, EWA, login, reason="abuse", caller_name="Ewa")
    phone.withdraw_block_proposal(db, HALINA, login, reason="zgłoszenie nieprawdziwe")
    accounts.block_account(db, EWA, login, reason="abuse", caller_name="Ewa")
    phone.countersign_block(db, OLGA, login)
    with pytest.raises(NotAllowed) as raised:
        phone.withdraw_block_proposal(db, HALINA, login, reason="za późno")
    assert raised.value.code == "duties_no_proposal_to_withdraw"
    assert _actions(db, login)[-5:] == [
        "account.block_withdraw", "account.block_propose", "account.block_withdraw",
        "account.block_propose", "account.block"]
