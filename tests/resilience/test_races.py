"""Two clerks at two workstations act on the same account or request at the same moment, on
SQLite and PostgreSQL, many times over. Exactly one wins; the other is told what changed;
nothing is lost or doubled, and the audit trail tells what really happened."""

from __future__ import annotations

from sqlalchemy import func, select

from iok_desk.db.engine import Database
from iok_desk.db.models import Account, AccountUnit, AuditEvent, Request
from iok_desk.domain.errors import ConflictError, NotAllowed
from iok_desk.domain.states import AccountStatus
from iok_desk.services import accounts, audit, requests
from iok_desk.services.context import Actor

from .conftest import Outcome, fresh_account, live_accounts, race

ROUNDS = 6


def _actions(db: Database, login_id: str) -> list[str]:
    """The account's audit actions, oldest first."""
    events = audit.audit_trail(db, audit.AuditFilter(login_id=login_id))
    return [event.action for event in reversed(events)]


def _one_winner(outcomes: list[Outcome]) -> tuple[Outcome, Outcome]:
    winners = [outcome for outcome in outcomes if outcome.won]
    losers = [outcome for outcome in outcomes if not outcome.won]
    assert len(winners) == 1, [repr(outcome.error) for outcome in outcomes]
    return winners[0], losers[0]


def test_approve_against_reject(db: Database, other_db: Database, admin: Actor, ewa: Actor,
                                register: dict[str, str]) -> None:
    for _ in range(ROUNDS):
        info = requests.register_request(db, admin, requests.NewRequest(
            kind="grant", channel="paper", first_name="Jan", last_name="Kowalski",
            unit=register["flat5"]))
        seen = requests.get_request(db, info.number).version  # both clerks have it on screen
        winner, loser = _one_winner(race(
            lambda number=info.number, seen=seen: requests.approve_request(
                db, admin, number, expected_version=seen),
            lambda number=info.number, seen=seen: requests.reject_request(
                other_db, ewa, number, "Brak podpisu.", expected_version=seen)))
        assert isinstance(loser.error, ConflictError)
        final = requests.get_request(db, info.number)
        assert final.status == winner.result.status
        assert loser.error.details["status"] == final.status  # the loser is told what it is
        trail = [event.action for event in audit.audit_trail(db, limit=5)
                 if event.request_number == info.number]
        assert trail == [{"approved": "request.approve",
                          "rejected": "request.reject"}[final.status], "request.register"]


def test_two_issues_of_the_same_request(db: Database, other_db: Database, admin: Actor,
                                        ewa: Actor, register: dict[str, str]) -> None:
    for _ in range(ROUNDS):
        for login_id in live_accounts(db):
            accounts.revoke_access(db, admin, login_id, reason="request")
        info = requests.register_request(db, admin, requests.NewRequest(
            kind="grant", channel="paper", first_name="Jan", last_name="Kowalski",
            unit=register["flat5"]))
        seen = requests.approve_request(db, admin, info.number).version  # both have it on screen
        winner, loser = _one_winner(race(
            lambda number=info.number, seen=seen: accounts.issue_credentials(
                db, admin, number, expected_version=seen),
            lambda number=info.number, seen=seen: accounts.issue_credentials(
                other_db, ewa, number, expected_version=seen)))
        # The loser is told another clerk got there first and what the request is now.
        assert isinstance(loser.error, ConflictError)
        assert loser.error.details["status"] == "done"
        assert "zrealizowany" in loser.error.message
        live = live_accounts(db)
        assert live == [winner.result.login_id]
        with db.reading() as session:
            request = session.scalar(select(Request).where(Request.number == info.number))
            assert request is not None and request.account is not None
            assert request.account.login_id == live[0]
            issued = session.scalar(select(func.count()).select_from(AuditEvent).where(
                AuditEvent.request_id == request.id, AuditEvent.action == "account.issue"))
        assert issued == 1


def test_two_grants_of_one_person_issued_at_once_give_one_account(
        db: Database, other_db: Database, admin: Actor, ewa: Actor,
        register: dict[str, str]) -> None:
    """Jan's flat and garage, two requests, two clerks: one account seeing both units."""
    for _ in range(ROUNDS):
        for login_id in live_accounts(db):
            accounts.revoke_access(db, admin, login_id, reason="request")
        numbers = []
        for unit in (register["flat5"], register["garage"]):
            info = requests.register_request(db, admin, requests.NewRequest(
                kind="grant", channel="paper", first_name="Jan", last_name="Kowalski",
                unit=unit))
            requests.approve_request(db, admin, info.number)
            numbers.append(info.number)
        outcomes = race(
            lambda first=numbers[0]: accounts.issue_credentials(db, admin, first),
            lambda second=numbers[1]: accounts.issue_credentials(other_db, ewa, second))
        assert all(outcome.won for outcome in outcomes), [o.error for o in outcomes]
        assert sorted(outcome.result.added_to_existing_account for outcome in outcomes) == [
            False, True]
        live = live_accounts(db)
        assert len(live) == 1
        details = accounts.account_details(db, live[0])
        assert sorted(unit.unit_address for unit in details.units) == sorted(
            [register["flat5"], register["garage"]])
        assert sorted(_actions(db, live[0])) == ["account.add_unit", "account.issue"]


def test_block_against_reissue(db: Database, other_db: Database, admin: Actor, ewa: Actor,
                               register: dict[str, str]) -> None:
    """The person is at the desk for a new login while a caller reports the old one. If the
    reissue commits first, the block is refused as a conflict naming the new state; if the
    block comes first, it is only a repeated report, and the reissue goes ahead."""
    login = fresh_account(db, admin)
    for _ in range(ROUNDS):
        accounts.block_account(db, admin, login, reason="lost-password",
                               caller_name="Jan Kowalski")
        seen = accounts.account_details(db, login).version
        reissue, block = race(
            lambda login=login, seen=seen: accounts.reissue_account(
                db, admin, login, expected_version=seen),
            lambda login=login, seen=seen: accounts.block_account(
                other_db, ewa, login, reason="unauthorised-use", caller_name="Jan Kowalski",
                expected_version=seen))
        assert reissue.won, reissue.error
        old = accounts.account_details(db, login)
        assert old.status == "revoked" and old.replaced_by_login_id == reissue.result.login_id
        trail = _actions(db, login)
        assert _actions(db, reissue.result.login_id) == ["account.issue"]
        if block.won:
            assert block.result.already_blocked
            assert trail[-3:] == ["account.block", "account.block_repeated", "account.reissue"]
        else:
            assert isinstance(block.error, ConflictError)
            assert block.error.details["status"] == "revoked"
            assert trail[-2:] == ["account.block", "account.reissue"]
        assert live_accounts(db) == [reissue.result.login_id]
        login = reissue.result.login_id


def test_revoke_against_add_unit(db: Database, other_db: Database, admin: Actor, ewa: Actor,
                                 register: dict[str, str]) -> None:
    for _ in range(ROUNDS):
        login = fresh_account(db, admin)
        seen = accounts.account_details(db, login).version
        _, loser = _one_winner(race(
            lambda login=login, seen=seen: accounts.revoke_access(
                db, admin, login, reason="sale", expected_version=seen),
            lambda login=login, seen=seen: accounts.add_unit(
                other_db, ewa, login, register["garage"], expected_version=seen)))
        assert isinstance(loser.error, ConflictError)
        details = accounts.account_details(db, login)
        assert loser.error.details["status"] == details.status
        live_units = [unit.unit_address for unit in details.units if unit.revoked_at is None]
        if details.status == "revoked":
            assert live_units == []
            assert _actions(db, login)[-1] == "account.revoke"
        else:
            assert sorted(live_units) == sorted([register["flat5"], register["garage"]])
            assert _actions(db, login)[-1] == "account.add_unit"


def test_revoke_against_add_unit_without_versions_never_leaves_a_unit_behind(
        db: Database, other_db: Database, admin: Actor, ewa: Actor,
        register: dict[str, str]) -> None:
    """From the command line there is no version to compare: the two run one after the
    other, and a revoked account never keeps a unit added in the meantime."""
    for _ in range(ROUNDS):
        login = fresh_account(db, admin)
        revoke, add = race(
            lambda login=login: accounts.revoke_access(db, admin, login, reason="sale"),
            lambda login=login: accounts.add_unit(other_db, ewa, login, register["garage"]))
        assert revoke.won, revoke.error
        details = accounts.account_details(db, login)
        assert details.status == "revoked"
        assert all(unit.revoked_at is not None for unit in details.units)
        if add.won:  # the unit was added first, then the whole account revoked with it
            assert sorted(revoke.result.revoked_units) == sorted(
                [register["flat5"], register["garage"]])
        else:
            assert isinstance(add.error, NotAllowed) and add.error.code == "account_not_live"
            assert revoke.result.revoked_units == [register["flat5"]]
        with db.reading() as session:
            account = session.scalar(select(Account).where(Account.login_id == login))
            assert account is not None and account.status == AccountStatus.REVOKED
            assert not session.scalars(select(AccountUnit).where(
                AccountUnit.account_id == account.id,
                AccountUnit.revoked_at.is_(None))).all()


def test_many_clerks_register_at_once_without_duplicate_numbers(
        db: Database, other_db: Database, admin: Actor, ewa: Actor) -> None:
    def register_many(database: Database, actor: Actor) -> list[str]:
        return [requests.register_request(database, actor, requests.NewRequest(
            kind="block", channel="phone", first_name="Jan", last_name="Kowalski",
            login_id="4821 0934")).number for _ in range(5)]

    outcomes = race(lambda: register_many(db, admin), lambda: register_many(other_db, ewa),
                    lambda: register_many(db, ewa), lambda: register_many(other_db, admin))
    numbers = [number for outcome in outcomes for number in outcome.result]
    assert len(numbers) == len(set(numbers)) == 20
    sequences = sorted(int(number.rsplit("/", 1)[1]) for number in numbers)
    assert sequences == list(range(1, 21))  # no duplicate, no gap
    assert len(audit.audit_trail(db, audit.AuditFilter(action="request.register"))) == 20
