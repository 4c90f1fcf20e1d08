"""Two clerks at two workstations: a second connection pool to the same database, a second
clerk, and a way to start their actions at the same moment."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import select

from iok_desk.db.engine import Database
from iok_desk.db.models import Account, Person
from iok_desk.domain.states import LIVE_ACCOUNT_STATUSES
from iok_desk.services import accounts, clerks, requests
from iok_desk.services.context import Actor


@pytest.fixture
def other_db(database_url: str) -> Iterator[Database]:
    """The same database seen from a second workstation (its own engine and connections)."""
    database = Database(database_url)
    yield database
    database.dispose()


@pytest.fixture
def ewa(db: Database, admin: Actor) -> Actor:
    """A second clerk, a supervisor (she may block for abuse too)."""
    clerks.add_clerk(db, admin, "ewa", "Ewa Kowalczyk", "supervisor")
    return Actor("ewa", workstation="desk-2")


@dataclass
class Outcome:
    """What one side of a race got: a result or an exception."""

    result: Any = None
    error: BaseException | None = None

    @property
    def won(self) -> bool:
        return self.error is None


def race(*calls: Callable[[], Any]) -> list[Outcome]:
    """Run the calls in threads released together by a barrier; every call is given the
    time to finish (the use cases run into locks, never into each other's sleeps)."""
    barrier = threading.Barrier(len(calls))
    outcomes = [Outcome() for _ in calls]

    def run(index: int) -> None:
        barrier.wait()
        try:
            outcomes[index].result = calls[index]()
        except BaseException as error:
            outcomes[index].error = error

    threads = [threading.Thread(target=run, args=(index,)) for index in range(len(calls))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
        assert not thread.is_alive(), "a racing use case hangs"
    return outcomes


def live_accounts(db: Database, last_name: str = "Kowalski") -> list[str]:
    """The login IDs of the person's live accounts."""
    with db.reading() as session:
        return list(session.scalars(select(Account.login_id).join(Person).where(
            Person.last_name == last_name, Account.status.in_(LIVE_ACCOUNT_STATUSES))))


def fresh_account(db: Database, actor: Actor, unit: str = "Paprykowa 12/5") -> str:
    """Jan Kowalski with a new account seeing only ``unit`` (his older ones revoked)."""
    for login_id in live_accounts(db):
        accounts.revoke_access(db, actor, login_id, reason="request")
    info = requests.register_request(db, actor, requests.NewRequest(
        kind="grant", channel="paper", first_name="Jan", last_name="Kowalski", unit=unit))
    requests.approve_request(db, actor, info.number)
    return accounts.issue_credentials(db, actor, info.number).login_id


