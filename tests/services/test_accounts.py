from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select
from support.rows import row_counts

from iok_desk.db.engine import Database
from iok_desk.db.models import Account, AccountUnit, AuditEvent, Base, LetterRecord, Title, Unit
from iok_desk.domain.credentials import normalize_login_id, verify_password
from iok_desk.domain.errors import NotAllowed, NotFound, ValidationError
from iok_desk.services import accounts, clerks, requests, search
from iok_desk.services.context import Actor

from .helpers import grant, issued_account


def _account(db: Database, login_id: str) -> Account:
    with db.reading() as session:
        account = session.scalar(select(Account).where(Account.login_id == login_id))
        assert account is not None
        session.expunge(account)
        return account


def _dump(db: Database) -> str:
    """Every value in every table, as text: where a leaked password would show."""
    chunks = []
    with db.reading() as session:
        for table in Base.metadata.sorted_tables:
            for row in session.execute(table.select()):
                chunks.append(repr(tuple(row)))
    return "\n".join(chunks)


def test_issuing_stores_only_the_hash_and_hands_the_password_back_once(
        db: Database, admin: Actor, register: dict[str, str]) -> None:
    number = grant(db, admin)
    requests.approve_request(db, admin, number)
    result = accounts.issue_credentials(db, admin, number)
    letter = result.letter
    assert letter is not None and not result.added_to_existing_account
    assert normalize_login_id(result.login_id) == result.login_id
    assert (letter.first_name, letter.last_name) == ("Jan", "Kowalski")
    assert letter.register_number == number
    assert letter.address_lines == ["ul. Paprykowa 12/5", "81-198 Gdynia"]
    assert letter.expires_on - letter.issued_on == timedelta(days=30)
    assert letter.password not in repr(result)

    account = _account(db, result.login_id)
    assert account.status == "issued" and account.must_change_password
    with db.reading() as session:  # the desk never loads the hash; the owner may select it
        stored_hash = session.scalar(select(Account.password_hash).where(
            Account.login_id == result.login_id))
    assert stored_hash is not None and stored_hash.startswith("$argon2id$")
    assert verify_password(stored_hash, letter.password)
    assert account.first_password_expires_at is not None
    assert letter.password not in _dump(db)

    info = requests.get_request(db, number)
    assert (info.status, info.account_login_id) == ("done", result.login_id)
    with db.reading() as session:
        assert session.scalar(select(LetterRecord.kind).where(
            LetterRecord.account_id == account.id)) == "credential"
        units = session.scalars(select(AccountUnit.unit_id).where(
            AccountUnit.account_id == account.id)).all()
        assert len(units) == 1
        event = session.scalar(select(AuditEvent).where(AuditEvent.action == "account.issue"))
        assert event is not None and event.account_id == account.id
    with pytest.raises(NotAllowed) as error:
        accounts.issue_credentials(db, admin, number)
    assert error.value.code == "request_not_approved"


def test_only_an_approved_grant_gets_credentials(db: Database, admin: Actor,
                                                 register: dict[str, str]) -> None:
    number = grant(db, admin)
    before = row_counts(db)
    with pytest.raises(NotAllowed) as error:
        accounts.issue_credentials(db, admin, number)
    assert error.value.code == "request_not_approved"
    assert row_counts(db) == before


def test_a_second_grant_for_the_same_person_adds_the_unit_to_the_account(
        db: Database, admin: Actor, register: dict[str, str]) -> None:
    first = issued_account(db, admin)
    number = grant(db, admin, unit="Śliwkowa 3")
    requests.approve_request(db, admin, number)
    second = accounts.issue_credentials(db, admin, number)
    assert second.added_to_existing_account and second.letter is None
    assert second.login_id == first.login_id
    details = accounts.account_details(db, first.login_id)
    assert [unit.unit_address for unit in details.units] == ["Paprykowa 12/5", "Śliwkowa 3"]


def test_blocking_changes_the_stamp_and_blocking_again_is_harmless(
        db: Database, admin: Actor, register: dict[str, str]) -> None:
    login_id = issued_account(db, admin).login_id
    stamp = _account(db, login_id).security_stamp
    shown = f"{login_id[:4]} {login_id[4:]}"
    result = accounts.block_account(db, admin, shown, reason="lost-password",
                                    caller_name="Jan Kowalski", caller_phone="601 234 567",
                                    note="Dzwonił z pracy.")
    assert not result.already_blocked
    blocked = _account(db, login_id)
    assert blocked.status == "blocked" and blocked.block_reason == "lost-password"
    assert blocked.security_stamp != stamp
    again = accounts.block_account(db, admin, login_id, reason="other", caller_name="Jan Kowalski")
    assert again.already_blocked and again.blocked_at == result.blocked_at
    assert _account(db, login_id).security_stamp == blocked.security_stamp
    details = accounts.account_details(db, login_id)
    actions = [event.action for event in details.events]
    assert actions[:2] == ["account.block_repeated", "account.block"]
    assert details.events[1].details["caller_phone"] == "+48 601234567"


def test_a_block_for_abuse_is_decided_by_a_supervisor(db: Database, admin: Actor,
                                                      register: dict[str, str]) -> None:
    login_id = issued_account(db, admin).login_id
    clerks.add_clerk(db, admin, "ewa", "Ewa Kowalczyk", "clerk")
    clerks.add_clerk(db, admin, "halina", "Halina Mazur", "supervisor")
    with pytest.raises(NotAllowed) as error:
        accounts.block_account(db, Actor("ewa"), login_id, reason="abuse", caller_name="Jan Nowak")
    assert error.value.code == "role_required"
    assert _account(db, login_id).status == "issued"
    accounts.block_account(db, Actor("halina"), login_id, reason="abuse", caller_name="Jan Nowak")
    assert _account(db, login_id).status == "blocked"


def test_block_refuses_bad_input_and_unknown_accounts(db: Database, admin: Actor,
                                                      register: dict[str, str]) -> None:
    login_id = issued_account(db, admin).login_id
    before = row_counts(db)
    with pytest.raises(ValidationError) as error:
        accounts.block_account(db, admin, login_id, reason="bored", caller_name="Jan")
    assert error.value.field == "reason"
    with pytest.raises(ValidationError) as error:
        accounts.block_account(db, admin, login_id, reason="other", caller_name="Jan",
                               caller_phone="123")
    assert error.value.field == "caller_phone"
    with pytest.raises(ValidationError) as error:
        accounts.block_account(db, admin, login_id[:-1] + str((int(login_id[-1]) + 1) % 10),
                               reason="other", caller_name="Jan")
    assert error.value.code == "login_id_check_digit"
    with pytest.raises(NotFound):
        accounts.block_account(db, admin, "12345671", reason="other", caller_name="Jan")
    assert row_counts(db) == before


def test_reissue_retires_the_blocked_account_for_a_new_one_with_the_same_units(
        db: Database, admin: Actor, register: dict[str, str]) -> None:
    old = issued_account(db, admin)
    with pytest.raises(NotAllowed) as error:
        accounts.reissue_account(db, admin, old.login_id)
    assert error.value.code == "reissue_not_blocked"
    accounts.block_account(db, admin, old.login_id, reason="unauthorised-use",
                           caller_name="Jan Kowalski")
    new = accounts.reissue_account(db, admin, old.login_id)
    assert new.letter is not None and new.letter.reissue
    assert new.login_id != old.login_id
    assert old.letter is not None and new.letter.password != old.letter.password
    retired = accounts.account_details(db, old.login_id)
    assert (retired.status, retired.revoke_reason) == ("revoked", "reissue")
    assert retired.replaced_by_login_id == new.login_id
    assert all(unit.revoked_at is not None for unit in retired.units)
    fresh = accounts.account_details(db, new.login_id)
    assert fresh.status == "issued" and fresh.must_change_password
    assert [unit.unit_address for unit in fresh.units] == ["Paprykowa 12/5"]
    with pytest.raises(NotAllowed):
        accounts.block_account(db, admin, old.login_id, reason="other", caller_name="Jan")


def test_revoking_units_one_by_one_ends_the_account_with_the_last(
        db: Database, admin: Actor, register: dict[str, str]) -> None:
    login_id = issued_account(db, admin).login_id
    added = accounts.add_unit(db, admin, login_id, "Śliwkowa 3")
    assert added.units == ["Paprykowa 12/5", "Śliwkowa 3"]
    assert added.changes.accounts == {login_id} and added.changes.units == {"Śliwkowa 3"}
    stamp = _account(db, login_id).security_stamp
    first = accounts.revoke_access(db, admin, login_id, reason="sale", unit="Paprykowa 12/5")
    assert (first.account_status, first.revoked_units) == ("issued", ["Paprykowa 12/5"])
    with pytest.raises(ValidationError) as error:
        accounts.revoke_access(db, admin, login_id, reason="sale", unit="Paprykowa 12/5")
    assert error.value.code == "unit_not_on_account"
    last = accounts.revoke_access(db, admin, login_id, reason="gift", unit="Śliwkowa 3")
    assert last.account_status == "revoked"
    account = _account(db, login_id)
    assert account.revoke_reason == "gift" and account.security_stamp != stamp
    with pytest.raises(NotAllowed):
        accounts.revoke_access(db, admin, login_id, reason="sale")
    with pytest.raises(NotAllowed):
        accounts.add_unit(db, admin, login_id, "Śliwkowa 3")


def test_revoking_the_whole_account(db: Database, admin: Actor,
                                    register: dict[str, str]) -> None:
    login_id = issued_account(db, admin).login_id
    with pytest.raises(ValidationError) as error:
        accounts.revoke_access(db, admin, login_id, reason="reissue")
    assert error.value.field == "reason"
    result = accounts.revoke_access(db, admin, login_id, reason="decision")
    assert result.account_status == "revoked"
    assert accounts.account_details(db, login_id).events[0].action == "account.revoke"


def test_adding_a_unit_needs_a_valid_title(db: Database, admin: Actor,
                                           register: dict[str, str]) -> None:
    login_id = issued_account(db, admin, first="Anna", last="Żółkiewska",
                              unit="Paprykowa 12/7").login_id
    before = row_counts(db)
    with pytest.raises(ValidationError) as error:
        accounts.add_unit(db, admin, login_id, "Paprykowa 12/5")  # her title ended
    assert error.value.code == "check_no_title"
    with pytest.raises(ValidationError) as error:
        accounts.add_unit(db, admin, login_id, "Paprykowa 12/7")
    assert error.value.code == "unit_already_on_account"
    with pytest.raises(NotFound):
        accounts.add_unit(db, admin, login_id, "Paprykowa 99/9")
    assert row_counts(db) == before


def test_approved_block_request_is_done_by_the_block(db: Database, admin: Actor,
                                                     register: dict[str, str]) -> None:
    login_id = issued_account(db, admin).login_id
    number = requests.register_request(db, admin, requests.NewRequest(
        kind="block", channel="e-mail", first_name="Jan", last_name="Kowalski",
        login_id=login_id)).number
    requests.approve_request(db, admin, number)
    accounts.block_account(db, admin, login_id, reason="lost-password", caller_name="Jan Kowalski",
                           request_number=number)
    info = requests.get_request(db, number)
    assert (info.status, info.account_login_id) == ("done", login_id)


def test_a_failure_inside_a_use_case_leaves_nothing_behind(
        db: Database, admin: Actor, register: dict[str, str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    number = grant(db, admin)
    requests.approve_request(db, admin, number)
    before = row_counts(db)

    def broken_audit(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(accounts, "record_event", broken_audit)
    with pytest.raises(RuntimeError):
        accounts.issue_credentials(db, admin, number)
    assert row_counts(db) == before
    assert requests.get_request(db, number).status == "approved"


def test_login_ids_are_never_given_again(db: Database, admin: Actor,
                                         register: dict[str, str]) -> None:
    login_id = issued_account(db, admin).login_id
    accounts.revoke_access(db, admin, login_id, reason="sale")
    with db.reading() as session:
        existing = set(session.scalars(select(Account.login_id)))
    assert login_id in existing  # revoked accounts stay, so unused_login_id never picks it
    with db.transaction() as session:
        for _ in range(50):
            assert accounts.unused_login_id(session) not in existing


def test_contact_data_taken_over_at_issue_is_searchable(db: Database, admin: Actor,
                                                        register: dict[str, str]) -> None:
    number = grant(db, admin, first="Anna", last="Żółkiewska", unit="Paprykowa 12/7",
                   email="anna.z@example.pl")
    requests.approve_request(db, admin, number)
    login_id = accounts.issue_credentials(db, admin, number).login_id
    assert [found.login_id for found in search.search_accounts(db, "anna.z@example")] == [
        login_id]


def test_issuing_checks_the_title_again(db: Database, admin: Actor,
                                        register: dict[str, str]) -> None:
    number = grant(db, admin)
    requests.approve_request(db, admin, number)
    with db.transaction() as session:  # the flat is sold after the approval
        title = session.scalar(select(Title).join(Unit).where(Unit.unit_no == "5",
                                                              Title.valid_to.is_(None)))
        assert title is not None
        title.valid_to = date.today() - timedelta(days=1)
    before = row_counts(db)
    with pytest.raises(ValidationError) as error:
        accounts.issue_credentials(db, admin, number)
    assert error.value.code == "check_title_not_valid"
    assert row_counts(db) == before


def test_a_person_with_a_blocked_account_gets_a_reissue_not_a_second_account(
        db: Database, admin: Actor, register: dict[str, str]) -> None:
    login_id = issued_account(db, admin).login_id
    accounts.block_account(db, admin, login_id, reason="lost-password", caller_name="Jan Kowalski")
    number = grant(db, admin, unit="Śliwkowa 3")
    requests.approve_request(db, admin, number)
    with pytest.raises(NotAllowed) as error:
        accounts.issue_credentials(db, admin, number)
    assert error.value.code == "person_has_blocked_account"
    assert requests.get_request(db, number).status == "approved"


def test_reissue_carries_out_only_this_persons_approved_request(
        db: Database, admin: Actor, register: dict[str, str]) -> None:
    login_id = issued_account(db, admin).login_id
    accounts.block_account(db, admin, login_id, reason="lost-password", caller_name="Jan Kowalski")
    rejected = grant(db, admin)
    requests.reject_request(db, admin, rejected, "Duplikat.")
    with pytest.raises(NotAllowed):
        accounts.reissue_account(db, admin, login_id, request_number=rejected)
    someone_else = grant(db, admin, first="Anna", last="Żółkiewska", unit="Paprykowa 12/7")
    requests.approve_request(db, admin, someone_else)
    with pytest.raises(ValidationError) as error:
        accounts.reissue_account(db, admin, login_id, request_number=someone_else)
    assert error.value.code == "request_other_account"
    assert accounts.account_details(db, login_id).status == "blocked"
    own = grant(db, admin, unit="Śliwkowa 3")
    requests.approve_request(db, admin, own)
    new = accounts.reissue_account(db, admin, login_id, request_number=own)
    info = requests.get_request(db, own)
    assert (info.status, info.account_login_id) == ("done", new.login_id)


def test_a_revoke_request_is_carried_out_on_its_own_unit_only(
        db: Database, admin: Actor, register: dict[str, str]) -> None:
    login_id = issued_account(db, admin).login_id
    accounts.add_unit(db, admin, login_id, "Śliwkowa 3")
    number = requests.register_request(db, admin, requests.NewRequest(
        kind="revoke", channel="paper", first_name="Jan", last_name="Kowalski",
        unit="Śliwkowa 3")).number
    approved = requests.approve_request(db, admin, number)
    assert approved.login_id == login_id  # found through the unit the applicant named
    before = row_counts(db)
    with pytest.raises(ValidationError) as error:
        accounts.revoke_access(db, admin, login_id, reason="sale", unit="Paprykowa 12/5",
                               request_number=number)
    assert error.value.code == "request_other_unit"
    assert row_counts(db) == before
    accounts.revoke_access(db, admin, approved.login_id, reason="sale", unit="Śliwkowa 3",
                           request_number=number)
    assert requests.get_request(db, number).status == "done"
    assert [unit.unit_address for unit in accounts.account_details(db, login_id).units
            if unit.revoked_at is None] == ["Paprykowa 12/5"]


def test_a_revoke_request_for_a_unit_nobody_sees_cannot_be_approved(
        db: Database, admin: Actor, register: dict[str, str]) -> None:
    number = requests.register_request(db, admin, requests.NewRequest(
        kind="revoke", channel="paper", first_name="Jan", last_name="Kowalski",
        unit="Śliwkowa 3")).number
    with pytest.raises(ValidationError) as error:
        requests.approve_request(db, admin, number)
    assert error.value.code == "check_no_account"
    assert requests.get_request(db, number).status == "received"


def test_the_clerk_login_is_matched_without_regard_to_case(db: Database, admin: Actor,
                                                          register: dict[str, str]) -> None:
    assert grant(db, Actor("Admin")).endswith("/00001")
