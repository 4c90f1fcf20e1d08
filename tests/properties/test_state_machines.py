"""The life cycles of requests and accounts, driven through the real use cases on SQLite in
random order: no sequence of actions reaches a forbidden state, every refused action leaves
nothing behind, and every successful one leaves exactly one audit event."""

from __future__ import annotations

import shutil
import tempfile
from datetime import date, timedelta
from functools import cache
from pathlib import Path

from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    rule,
)
from sqlalchemy import func, select

from iok_desk.db import migrations
from iok_desk.db.engine import Database
from iok_desk.db.models import Account, AccountUnit, AuditEvent, Request
from iok_desk.domain.errors import IokError
from iok_desk.domain.states import (
    ACCOUNT_TRANSITIONS,
    LIVE_ACCOUNT_STATUSES,
    REQUEST_TRANSITIONS,
    AccountStatus,
    RequestStatus,
    TitleKind,
)
from iok_desk.services import accounts, registry, requests
from iok_desk.services.clerks import bootstrap_first_admin
from iok_desk.services.context import Actor

PEOPLE = [("Jan", "Kowalski"), ("Anna", "Żółkiewska")]
UNITS = ["Paprykowa 12/5", "Paprykowa 12/7", "Śliwkowa 3/1"]
# Jan holds titles to the first and the last unit, Anna to the second and the last.
TITLES = {0: [0, 2], 1: [1, 2]}
ACTOR = Actor("admin", workstation="hypothesis")


@cache
def _template() -> Path:
    """One migrated SQLite file with a clerk and a small register, copied for every run."""
    path = Path(tempfile.mkdtemp(prefix="iok-states-")) / "template.sqlite3"
    database = Database(f"sqlite:///{path}")
    migrations.upgrade(database.engine)
    bootstrap_first_admin(database, ACTOR)
    with database.transaction() as session:
        estate = registry.get_or_create_estate(session, "MSM-01", "Zasób własny")
        units = []
        for index, text in enumerate(UNITS):
            street, rest = text.rsplit(" ", 1)
            building, unit_no = rest.split("/")
            units.append(registry.create_unit(session, estate, f"L-{index}", street, building,
                                              unit_no))
        for index, (first, last) in enumerate(PEOPLE):
            person = registry.create_person(session, first, last)
            for unit_index in TITLES[index]:
                registry.create_title(session, person, units[unit_index], TitleKind.OWNERSHIP,
                                      date.today() - timedelta(days=100))
    database.dispose()
    return path


class DeskMachine(RuleBasedStateMachine):
    """Clerks clicking anything in any order."""

    def __init__(self) -> None:
        super().__init__()
        self.directory = Path(tempfile.mkdtemp(prefix="iok-state-"))
        path = self.directory / "iok.sqlite3"
        shutil.copy(_template(), path)
        self.db = Database(f"sqlite:///{path}")
        self.numbers: list[str] = []
        self.logins: list[str] = []
        self.audited = self._audit_count()
        self.requests_seen: dict[str, RequestStatus] = {}
        self.accounts_seen: dict[str, AccountStatus] = {}

    def teardown(self) -> None:
        self.db.dispose()
        shutil.rmtree(self.directory, ignore_errors=True)

    def _audit_count(self) -> int:
        with self.db.reading() as session:
            return session.scalar(select(func.count()).select_from(AuditEvent)) or 0

    def _attempt(self, action, *args, **kwargs):  # type: ignore[no-untyped-def]
        """Run a use case; a typed refusal is fine, anything else is a bug."""
        before = self._audit_count()
        try:
            result = action(self.db, ACTOR, *args, **kwargs)
        except IokError as error:
            assert self._audit_count() == before, "a refused action left an audit event"
            event(f"{action.__name__}: refused ({error.code})")
            return None
        event(f"{action.__name__}: done")
        # A reissue is audited on both accounts: the retired one and the new one.
        self.audited += 2 if action is accounts.reissue_account else 1
        return result

    def _pick(self, items: list[str], data: st.DataObject) -> str:
        return data.draw(st.sampled_from(items))

    @initialize()
    def first_account(self) -> None:
        """Jan already has an account, so account actions have something to act on."""
        info = self._attempt(requests.register_request, requests.NewRequest(
            kind="grant", channel="paper", first_name="Jan", last_name="Kowalski",
            unit=UNITS[0]))
        self._attempt(requests.approve_request, info.number)
        self.logins.append(self._attempt(accounts.issue_credentials, info.number).login_id)
        self.numbers.append(info.number)

    @rule(person=st.integers(0, 1), titled=st.booleans(), data=st.data(),
          kind=st.sampled_from(["grant", "grant", "add-unit", "block", "revoke"]))
    def register(self, person: int, titled: bool, kind: str, data: st.DataObject) -> None:
        first, last = PEOPLE[person]
        unit = data.draw(st.sampled_from(TITLES[person] if titled else range(len(UNITS))))
        login = self._pick(self.logins, data) if kind != "grant" else None
        info = self._attempt(requests.register_request, requests.NewRequest(
            kind=kind, channel="paper", first_name=first, last_name=last,
            unit=UNITS[unit] if kind in ("grant", "add-unit") else "",
            login_id=login or ""))
        if info is not None:
            self.numbers.append(info.number)

    @rule(data=st.data(), action=st.sampled_from(["approve", "reject", "needs_info", "resume"]))
    def decide(self, data: st.DataObject, action: str) -> None:
        number = self._pick(self.numbers, data)
        if action == "approve":
            self._attempt(requests.approve_request, number)
        elif action == "reject":
            self._attempt(requests.reject_request, number, "Brak tytułu prawnego.")
        elif action == "needs_info":
            self._attempt(requests.ask_for_information, number, "Brak podpisu.")
        else:
            self._attempt(requests.resume_request, number, "Podpisano.")

    @rule(data=st.data())
    def issue(self, data: st.DataObject) -> None:
        number = self._pick(self.numbers, data)
        result = self._attempt(accounts.issue_credentials, number)
        if result is not None and result.login_id not in self.logins:
            self.logins.append(result.login_id)

    @rule(data=st.data(), with_request=st.booleans())
    def block(self, data: st.DataObject, with_request: bool) -> None:
        login = self._pick(self.logins, data)
        number = self._pick(self.numbers, data) if with_request else None
        self._attempt(accounts.block_account, login, reason="lost-password",
                      caller_name="Jan Kowalski", request_number=number)

    @rule(data=st.data())
    def reissue(self, data: st.DataObject) -> None:
        login = self._pick(self.logins, data)
        result = self._attempt(accounts.reissue_account, login)
        if result is not None:
            self.logins.append(result.login_id)

    @rule(data=st.data(), unit=st.one_of(st.none(), st.integers(0, 2)), with_request=st.booleans())
    def revoke(self, data: st.DataObject, unit: int | None, with_request: bool) -> None:
        login = self._pick(self.logins, data)
        number = self._pick(self.numbers, data) if with_request else None
        self._attempt(accounts.revoke_access, login, reason="sale",
                      unit=UNITS[unit] if unit is not None else None, request_number=number)

    @rule(data=st.data(), unit=st.integers(0, 2), with_request=st.booleans())
    def add_unit(self, data: st.DataObject, unit: int, with_request: bool) -> None:
        login = self._pick(self.logins, data)
        number = self._pick(self.numbers, data) if with_request else None
        self._attempt(accounts.add_unit, login, UNITS[unit], request_number=number)

    @invariant()
    def every_successful_use_case_is_audited(self) -> None:
        assert self._audit_count() == self.audited

    @invariant()
    def only_allowed_transitions(self) -> None:
        with self.db.reading() as session:
            for number, status in session.execute(select(Request.number, Request.status)):
                previous = self.requests_seen.get(number, RequestStatus.RECEIVED)
                assert status == previous or status in _reachable(REQUEST_TRANSITIONS,
                                                                  previous), (number, status)
                self.requests_seen[number] = status
            for login, status in session.execute(select(Account.login_id, Account.status)):
                previous = self.accounts_seen.get(login, AccountStatus.ISSUED)
                assert status == previous or status in _reachable(ACCOUNT_TRANSITIONS,
                                                                  previous), (login, status)
                self.accounts_seen[login] = status

    @invariant()
    def accounts_are_consistent(self) -> None:
        with self.db.reading() as session:
            live_per_person: dict[int, int] = {}
            for account in session.scalars(select(Account)):
                live_units = [access for access in account.unit_access
                              if access.revoked_at is None]
                if account.status in LIVE_ACCOUNT_STATUSES:
                    live_per_person[account.person_id] = \
                        live_per_person.get(account.person_id, 0) + 1
                    assert live_units, f"live account {account.login_id} with no unit"
                if account.status == AccountStatus.REVOKED:
                    assert account.revoked_at is not None and not live_units
                if account.status == AccountStatus.BLOCKED:
                    assert account.blocked_at is not None
                if account.replaced_by_id is not None:
                    assert account.status == AccountStatus.REVOKED
            assert all(count == 1 for count in live_per_person.values()), live_per_person
            unit_pairs = session.execute(select(AccountUnit.account_id, AccountUnit.unit_id)
                                         .where(AccountUnit.revoked_at.is_(None))).all()
            assert len(unit_pairs) == len(set(unit_pairs)), "a unit twice on one account"
            for request in session.scalars(select(Request).where(
                    Request.status == RequestStatus.DONE)):
                assert request.account_id is not None, request.number
            sequences = session.scalars(select(Request.sequence).order_by(Request.sequence)).all()
            assert list(sequences) == list(range(1, len(sequences) + 1)), "register has a gap"


def _reachable(transitions: dict, start) -> set:  # type: ignore[type-arg,no-untyped-def]
    seen, todo = set(), [start]
    while todo:
        for target in transitions[todo.pop()]:
            if target not in seen:
                seen.add(target)
                todo.append(target)
    return seen


DeskMachine.TestCase.settings = settings(
    max_examples=25, stateful_step_count=40, deadline=None,
    suppress_health_check=[HealthCheck.too_slow])
test_desk_state_machine = DeskMachine.TestCase
