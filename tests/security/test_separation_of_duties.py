"""Separation of duties on PostgreSQL, played as the real clerk logins (migration 0007): with
the setting on, the approver of a grant cannot record its credential letter, and an abuse
block takes a proposal and another clerk's — a supervisor's — countersignature, whatever a
desk login sends."""

from __future__ import annotations

import psycopg
import pytest

from iok_desk.db.engine import Database
from iok_desk.domain.errors import NotAllowed
from iok_desk.services import accounts, phone, requests, settings
from iok_desk.services.context import Actor

from .conftest import Logins, sqlstate

pytestmark = pytest.mark.postgres
on_postgres = pytest.mark.parametrize("database_url", ["postgres"], indirect=True)

BLOCK = ("UPDATE account SET status = 'blocked', blocked_at = now(), block_reason = 'abuse', "
         "security_stamp = md5(random()::text) || md5(random()::text) WHERE login_id = %s")


def refused(connection: psycopg.Connection[tuple[object, ...]], statement: str,
            *params: object) -> str:
    with pytest.raises(psycopg.Error) as error:
        connection.execute(statement, params or None)  # type: ignore[arg-type]
    return sqlstate(error.value)


def _grant(db: Database, actor: Actor, first: str, last: str, unit: str) -> str:
    return requests.register_request(db, actor, requests.NewRequest(
        kind="grant", channel="paper", first_name=first, last_name=last, unit=unit)).number


def _ids(connection: psycopg.Connection[tuple[object, ...]], number: str,
         login: str) -> tuple[int, int]:
    row = connection.execute("SELECT r.id, c.id FROM request r, clerk c WHERE r.number = %s "
                             "AND c.login = %s", (number, login)).fetchone()
    assert row is not None
    return int(row[0]), int(row[1])  # type: ignore[call-overload]


@on_postgres
def test_the_approver_cannot_record_the_credential_letter(
        db: Database, admin: Actor, register: dict[str, str], logins: Logins) -> None:
    anna, boss = logins.clerk("anna", "clerk", admin), logins.clerk("ewa", "supervisor", admin)
    settings.update_settings(db, admin, separate_duties=True)
    desk_anna, desk_boss = logins.connect(anna), logins.connect(boss)
    number = _grant(desk_anna, anna.actor(), "Jan", "Kowalski", "Paprykowa 12/5")
    requests.approve_request(desk_anna, anna.actor(), number)
    with pytest.raises(NotAllowed):
        accounts.issue_credentials(desk_anna, anna.actor(), number)
    with anna.psql() as attacker:
        request_id, anna_id = _ids(attacker, number, anna.name)
        _, boss_id = _ids(attacker, number, boss.name)
        for clerk_id in (anna_id, boss_id):  # in her own name or in another's
            assert refused(attacker, "INSERT INTO letter (kind, request_id, clerk_id, "
                           "created_at) VALUES ('credential', %s, %s, now())",
                           request_id, clerk_id) == "IK007"
        # nor by making the decision someone else's afterwards
        assert refused(attacker, "UPDATE request SET decided_by_id = %s WHERE id = %s",
                       boss_id, request_id) == "IK007"
    with boss.psql() as attacker:  # another clerk may not record her letter in her name
        assert refused(attacker, "INSERT INTO letter (kind, request_id, clerk_id, created_at) "
                       "VALUES ('credential', %s, %s, now())", request_id, anna_id) == "IK007"
    # a decision is recorded only in the deciding login's name
    other = _grant(desk_anna, anna.actor(), "Anna", "Żółkiewska", "Paprykowa 12/7")
    with anna.psql() as attacker:
        other_id, _ = _ids(attacker, other, anna.name)
        assert refused(attacker, "UPDATE request SET status = 'approved', decided_at = now(), "
                       "decided_by_id = %s WHERE id = %s", boss_id, other_id) == "IK007"
    # another clerk prints it: the letter is recorded
    assert accounts.issue_credentials(desk_boss, boss.actor(), number).letter is not None


@on_postgres
def test_an_abuse_block_needs_a_proposal_and_another_supervisor(
        db: Database, admin: Actor, register: dict[str, str], logins: Logins) -> None:
    anna = logins.clerk("anna", "clerk", admin)
    ewa, olga = (logins.clerk(name, "supervisor", admin) for name in ("ewa", "olga"))
    number = _grant(db, admin, "Jan", "Kowalski", "Paprykowa 12/5")
    requests.approve_request(db, admin, number)
    login_id = accounts.issue_credentials(db, admin, number).login_id
    settings.update_settings(db, admin, separate_duties=True)
    for attacker_login in (anna, ewa):  # no proposal yet: nobody blocks for abuse alone
        with attacker_login.psql() as attacker:
            assert refused(attacker, BLOCK, login_id) == "IK007"
    with ewa.psql() as attacker:  # a proposal in another's name, or backdated to none
        assert refused(attacker, "UPDATE account SET block_proposed_by = %s, "
                       "block_proposed_at = now() WHERE login_id = %s",
                       anna.name, login_id) == "IK007"
        # her own proposal, then her own countersignature
        attacker.execute("UPDATE account SET block_proposed_by = %s, block_proposed_at = now() "
                         "WHERE login_id = %s", (ewa.name, login_id))
        assert refused(attacker, BLOCK, login_id) == "IK007"
    with anna.psql() as attacker:  # the proposal is not wiped or taken over
        assert refused(attacker, "UPDATE account SET block_proposed_by = NULL, "
                       "block_proposed_at = NULL WHERE login_id = %s", login_id) == "IK007"
        assert refused(attacker, "UPDATE account SET block_proposed_by = %s "
                       "WHERE login_id = %s", anna.name, login_id) == "IK007"
        assert refused(attacker, BLOCK, login_id) == "IK007"  # a clerk does not countersign
    with olga.psql() as countersigner:  # another supervisor does
        countersigner.execute(BLOCK, (login_id,))
    with anna.psql() as attacker:  # and the block's reason stays
        assert refused(attacker, "UPDATE account SET block_reason = 'other' "
                       "WHERE login_id = %s", login_id) == "IK007"


@on_postgres
def test_the_desk_proposes_and_countersigns_through_the_guards(
        db: Database, admin: Actor, register: dict[str, str], logins: Logins) -> None:
    anna, ewa = logins.clerk("anna", "clerk", admin), logins.clerk("ewa", "supervisor", admin)
    number = _grant(db, admin, "Jan", "Kowalski", "Paprykowa 12/5")
    requests.approve_request(db, admin, number)
    login_id = accounts.issue_credentials(db, admin, number).login_id
    settings.update_settings(db, admin, separate_duties=True)
    proposed = accounts.block_account(logins.connect(anna), anna.actor(), login_id,
                                      reason="abuse", caller_name="Anna",
                                      verification="call-back")
    assert proposed.pending_countersign
    result = phone.countersign_block(logins.connect(ewa), ewa.actor(), login_id)
    assert result.blocked_at is not None
    assert accounts.account_details(db, login_id).status == "blocked"


@on_postgres
def test_off_by_default_a_supervisor_blocks_for_abuse_at_once(
        db: Database, admin: Actor, register: dict[str, str], logins: Logins) -> None:
    ewa = logins.clerk("ewa", "supervisor", admin)
    number = _grant(db, admin, "Jan", "Kowalski", "Paprykowa 12/5")
    requests.approve_request(db, admin, number)
    login_id = accounts.issue_credentials(db, admin, number).login_id
    with ewa.psql() as supervisor:
        supervisor.execute(BLOCK, (login_id,))
    assert accounts.account_details(db, login_id).status == "blocked"


WITHDRAW = ("UPDATE account SET block_proposed_by = NULL, block_proposed_at = NULL "
            "WHERE login_id = %s")


@on_postgres
def test_a_proposal_is_withdrawn_only_by_its_proposer_or_a_supervisor(
        db: Database, admin: Actor, register: dict[str, str], logins: Logins) -> None:
    anna, piotr = (logins.clerk(name, "clerk", admin) for name in ("anna", "piotr"))
    ewa, olga = (logins.clerk(name, "supervisor", admin) for name in ("ewa", "olga"))
    number = _grant(db, admin, "Jan", "Kowalski", "Paprykowa 12/5")
    requests.approve_request(db, admin, number)
    login_id = accounts.issue_credentials(db, admin, number).login_id
    settings.update_settings(db, admin, separate_duties=True)
    desk_anna = logins.connect(anna)

    def propose() -> None:
        assert accounts.block_account(desk_anna, anna.actor(), login_id, reason="abuse",
                                      caller_name="Anna").pending_countersign

    propose()
    with pytest.raises(NotAllowed):  # the service refuses another clerk
        phone.withdraw_block_proposal(logins.connect(piotr), piotr.actor(), login_id,
                                      reason="pomyłka")
    with piotr.psql() as attacker:  # and so does the database, whatever he sends
        assert refused(attacker, WITHDRAW, login_id) == "IK007"
    with anna.psql() as attacker:  # nor is a withdrawal a way to change anything else
        assert refused(attacker, "UPDATE account SET block_proposed_by = NULL, "
                       "block_proposed_at = NULL, status = 'blocked', blocked_at = now(), "
                       "block_reason = 'abuse', security_stamp = md5(random()::text) "
                       "|| md5(random()::text) WHERE login_id = %s", login_id) == "IK007"
        assert refused(attacker, "UPDATE account SET block_proposed_at = NULL "
                       "WHERE login_id = %s", login_id) == "IK007"
    phone.withdraw_block_proposal(desk_anna, anna.actor(), login_id, reason="pomyłka")
    assert accounts.account_details(db, login_id).block_proposed_by is None
    propose()
    with ewa.psql() as supervisor:  # a supervisor withdraws another's proposal
        supervisor.execute(WITHDRAW, (login_id,))
    propose()
    phone.countersign_block(logins.connect(olga), olga.actor(), login_id)
    for login in (anna, ewa):  # once blocked, the proposal is history
        with login.psql() as attacker:
            assert refused(attacker, WITHDRAW, login_id) == "IK007"
    assert accounts.account_details(db, login_id).status == "blocked"
