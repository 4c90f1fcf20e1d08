"""Carrying out approved requests, the title re-checked on every grant path (a reissue drops the
units whose title ended), and a new first password for an issued account nobody has used."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select, update
from support.rows import row_counts

from iok_desk.db.engine import Database
from iok_desk.db.models import Account, AccountUnit, AuditEvent, LetterRecord, Title, Unit
from iok_desk.domain.credentials import verify_password
from iok_desk.domain.dates import now_utc, office_date
from iok_desk.domain.errors import ConflictError, NotAllowed, ValidationError
from iok_desk.domain.letterhead import Letterhead
from iok_desk.services import accounts, requests
from iok_desk.services.context import Actor
from iok_desk.services.dto import CredentialLetterData
from iok_desk.services.lookups import TitleVerdict

from .helpers import grant, issued_account


def _end_title(db: Database, street: str) -> None:
    """The title to the unit on ``street`` ended yesterday (a sale)."""
    with db.transaction() as session:
        unit_id = session.scalar(select(Unit.id).where(Unit.street == street))
        session.execute(update(Title).where(Title.unit_id == unit_id).values(
            valid_to=office_date(now_utc()) - timedelta(days=1)))


def _request(db: Database, admin: Actor, kind: str, **fields: str) -> str:
    number = requests.register_request(db, admin, requests.NewRequest(
        kind=kind, channel="paper", first_name="Jan", last_name="Kowalski", **fields)).number
    requests.approve_request(db, admin, number)
    return number


def _stored(db: Database, login_id: str) -> Account:
    with db.reading() as session:
        account = session.scalar(select(Account).where(Account.login_id == login_id))
        assert account is not None
        session.expunge(account)
        return account


def _stored_hash(db: Database, login_id: str) -> str:
    """The hash as the test's own login (the schema owner) reads it; the desk never loads it."""
    with db.reading() as session:
        return session.execute(select(Account.password_hash).where(
            Account.login_id == login_id)).scalar_one()


def test_a_reissue_leaves_out_the_units_whose_title_ended_and_says_which(
        db: Database, admin: Actor, register: dict[str, str]) -> None:
    old = issued_account(db, admin).login_id
    accounts.add_unit(db, admin, old, register["garage"])
    accounts.block_account(db, admin, old, reason="lost-password", caller_name="Jan Kowalski")
    _end_title(db, "Śliwkowa")
    new = accounts.reissue_account(db, admin, old)
    assert new.dropped_units == [register["garage"]]
    assert new.letter is not None and new.letter.unit_addresses == [register["flat5"]]
    assert [unit.unit_address for unit in accounts.account_details(db, new.login_id).units] \
        == [register["flat5"]]
    retired = {unit.unit_address: unit.revoke_reason
               for unit in accounts.account_details(db, old).units}
    assert retired == {register["flat5"]: "reissue", register["garage"]: "title-ended"}
    assert new.changes.accounts == {old, new.login_id}
    with db.reading() as session:
        event = session.scalar(select(AuditEvent).where(AuditEvent.action == "account.reissue"))
        assert event is not None and event.details["dropped_units"] == [register["garage"]]


def test_no_reissue_when_every_title_has_ended(db: Database, admin: Actor,
                                              register: dict[str, str]) -> None:
    old = issued_account(db, admin).login_id
    accounts.block_account(db, admin, old, reason="lost-password", caller_name="Jan Kowalski")
    _end_title(db, "Paprykowa")
    before = row_counts(db)
    with pytest.raises(NotAllowed) as error:
        accounts.reissue_account(db, admin, old)
    assert error.value.code == "reissue_no_valid_title" and register["flat5"] in error.value.message
    assert row_counts(db) == before
    assert accounts.account_details(db, old).status == "blocked"


def test_a_grant_served_by_the_existing_account_checks_the_title_again(
        db: Database, admin: Actor, register: dict[str, str]) -> None:
    issued_account(db, admin)
    number = grant(db, admin, unit=register["garage"])
    requests.approve_request(db, admin, number)
    _end_title(db, "Śliwkowa")
    with pytest.raises(ValidationError) as error:
        accounts.issue_credentials(db, admin, number)
    assert error.value.code == "check_title_not_valid"
    assert requests.get_request(db, number).status == "approved"


def test_a_new_first_password_for_the_same_login_id_voids_the_old_letter(
        db: Database, admin: Actor, register: dict[str, str]) -> None:
    first = issued_account(db, admin)
    assert first.letter is not None
    before = _stored(db, first.login_id)
    renewed = accounts.new_first_password(db, admin, first.login_id,
                                          reason="Pismo zniszczone przy drukowaniu.")
    assert renewed.login_id == first.login_id and renewed.letter is not None
    assert renewed.letter.password != first.letter.password
    after = _stored(db, first.login_id)
    assert verify_password(_stored_hash(db, first.login_id), renewed.letter.password)
    assert not verify_password(_stored_hash(db, first.login_id), first.letter.password)
    assert after.security_stamp != before.security_stamp and after.must_change_password
    assert after.first_password_expires_at is not None
    assert after.status == "issued" and renewed.changes.accounts == {first.login_id}
    with db.reading() as session:
        kinds = session.scalars(select(LetterRecord.kind).where(
            LetterRecord.account_id == after.id).order_by(LetterRecord.id)).all()
        details = session.scalar(select(AuditEvent.details).where(
            AuditEvent.action == "account.new_first_password"))
    assert kinds == ["credential", "credential"]  # the first one numbered and voided
    assert details is not None and details["reason"] == "Pismo zniszczone przy drukowaniu."


def test_a_used_or_blocked_account_gets_no_new_first_password(
        db: Database, admin: Actor, register: dict[str, str]) -> None:
    login_id = issued_account(db, admin).login_id
    with pytest.raises(ValidationError):
        accounts.new_first_password(db, admin, login_id, reason="  ")
    with db.transaction() as session:  # the resident logged in to the portal once
        session.execute(update(Account).values(last_login_at=now_utc()))
    before = row_counts(db)
    with pytest.raises(NotAllowed) as error:
        accounts.new_first_password(db, admin, login_id, reason="zgubione")
    assert error.value.code == "new_password_not_allowed"
    accounts.block_account(db, admin, login_id, reason="lost-password",
                           caller_name="Jan Kowalski")
    with pytest.raises(NotAllowed) as error:
        accounts.new_first_password(db, admin, login_id, reason="zgubione")
    assert "nowy identyfikator" in error.value.message
    assert row_counts(db)["letter"] == before["letter"]


def test_a_failing_delivery_leaves_the_old_password(db: Database, admin: Actor,
                                                    register: dict[str, str]) -> None:
    login_id = issued_account(db, admin).login_id
    before = _stored_hash(db, login_id)
    counts = row_counts(db)

    def deliver(_letterhead: Letterhead, _letter: CredentialLetterData) -> None:
        raise OSError("the printer's disk is full")

    with pytest.raises(OSError):
        accounts.new_first_password(db, admin, login_id, reason="zgubione", deliver=deliver)
    assert _stored_hash(db, login_id) == before
    assert row_counts(db) == counts


def test_carrying_out_each_kind_of_approved_request(db: Database, admin: Actor,
                                                   register: dict[str, str]) -> None:
    number = _request(db, admin, "grant", unit=register["flat5"])
    with pytest.raises(ValidationError) as error:
        requests.carry_out(db, admin, number)
    assert error.value.code == "letter_required"
    delivered: list[CredentialLetterData] = []
    granted = requests.carry_out(db, admin, number,
                                 deliver=lambda _head, letter: delivered.append(letter))
    login_id = granted.login_id
    assert [letter.login_id for letter in delivered] == [login_id]
    assert granted.changes.requests == {number}
    with pytest.raises(NotAllowed) as error:
        requests.carry_out(db, admin, number)
    assert error.value.code == "request_not_approved"

    added = requests.carry_out(db, admin, _request(db, admin, "add-unit", login_id=login_id,
                                                   unit=register["garage"]))
    assert added.changes.units == {register["garage"]}
    revoke_number = _request(db, admin, "revoke", unit=register["garage"])
    revoked = requests.carry_out(db, admin, revoke_number)
    assert revoked.changes.units == {register["garage"]}
    units = {unit.unit_address: unit.revoke_reason
             for unit in accounts.account_details(db, login_id).units}
    assert units == {register["flat5"]: None, register["garage"]: "request"}

    block_number = _request(db, admin, "block", login_id=login_id, note="Zgubiłem pismo.")
    requests.carry_out(db, admin, block_number)
    details = accounts.account_details(db, login_id)
    assert (details.status, details.block_reason) == ("blocked", "other")
    assert requests.get_request(db, block_number).status == "done"
    with db.reading() as session:
        note = session.scalar(select(AuditEvent.details).where(
            AuditEvent.action == "account.block"))
    assert note is not None and "Zgubiłem pismo." in note["note"]


def test_carrying_out_a_request_someone_changed_since_is_a_conflict(
        db: Database, admin: Actor, register: dict[str, str]) -> None:
    number = _request(db, admin, "grant", unit=register["flat5"])
    seen = requests.get_request(db, number).version
    with pytest.raises(ConflictError) as error:
        requests.carry_out(db, admin, number, expected_version=seen - 1,
                           deliver=lambda _head, _letter: None)
    assert error.value.code == "conflict_stale"
    assert requests.get_request(db, number).status == "approved"


def test_verification_shows_the_titles_and_the_verdict_of_the_title_check(
        db: Database, admin: Actor, register: dict[str, str]) -> None:
    jan = requests.verification(db, grant(db, admin, unit=register["flat5"]))
    assert jan.verdict == TitleVerdict.HOLDS
    assert {(item.title.person_name, item.applicants) for item in jan.titles} == {
        ("Jan Kowalski", True), ("Anna Żółkiewska", False)}
    anna = requests.verification(db, grant(db, admin, "Anna", "Żółkiewska", register["flat5"]))
    assert anna.verdict == TitleVerdict.NOT_VALID_TODAY and "wygasł" in anna.message
    nobody = requests.verification(db, grant(db, admin, "Ewa", "Nowak", register["flat5"]))
    assert nobody.verdict == TitleVerdict.NO_TITLE
    unknown = requests.verification(db, grant(db, admin, unit="Paprykowa 99/1"))
    assert unknown.verdict == TitleVerdict.UNIT_UNKNOWN and unknown.titles == []
    block = requests.register_request(db, admin, requests.NewRequest(
        kind="block", channel="phone", first_name="Jan", last_name="Kowalski",
        login_id="4821 0934")).number
    assert requests.verification(db, block).verdict == TitleVerdict.NO_UNIT


def test_access_rows_are_revoked_by_the_life_cycle_only(db: Database, admin: Actor,
                                                        register: dict[str, str]) -> None:
    login_id = issued_account(db, admin).login_id
    accounts.revoke_access(db, admin, login_id, reason="sale")
    with db.reading() as session:
        access = session.scalar(select(AccountUnit))
        assert access is not None and access.revoke_reason == "sale"
        assert access.revoked_at is not None


def test_each_request_decision_says_what_it_changed(db: Database, admin: Actor,
                                                    register: dict[str, str]) -> None:
    registered = requests.register_request(db, admin, requests.NewRequest(
        kind="grant", channel="paper", first_name="Jan", last_name="Kowalski",
        unit=register["flat5"]))
    number = registered.number
    assert registered.changes.requests == {number} and registered.changes.audit
    for result in (requests.ask_for_information(db, admin, number, "Brak podpisu."),
                   requests.resume_request(db, admin, number),
                   requests.approve_request(db, admin, number)):
        assert result.changes.requests == {number} and result.changes.accounts == frozenset()
    assert not requests.get_request(db, number).changes  # a read changes nothing
