"""What docs/security.md says SQLite promises (it has no logins, so whoever has the file has
everything): the life cycle and the append-only audit trail still hold against a program that
writes past the desk's use cases — a bug, a script — and the desk never loads a hash."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.exc import InvalidRequestError

from iok_desk.db.engine import Database
from iok_desk.db.models import Account
from iok_desk.services import accounts, requests
from iok_desk.services.context import Actor

sqlite_only = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)


def _issued(db: Database, actor: Actor) -> str:
    number = requests.register_request(db, actor, requests.NewRequest(
        kind="grant", channel="paper", first_name="Jan", last_name="Kowalski",
        unit="Paprykowa 12/5")).number
    requests.approve_request(db, actor, number)
    return accounts.issue_credentials(db, actor, number).login_id


def _refused(path: Path, statement: str) -> str:
    connection = sqlite3.connect(path)
    try:
        with pytest.raises(sqlite3.IntegrityError) as refused:
            connection.execute(statement)
        return refused.value.sqlite_errorname
    finally:
        connection.close()


@sqlite_only
def test_sqlite_keeps_the_life_cycle_and_the_audit_trail(
        db: Database, admin: Actor, register: dict[str, str]) -> None:
    login_id = _issued(db, admin)
    accounts.block_account(db, admin, login_id, reason="lost-password",
                           caller_name="Jan Kowalski")
    path = Path(db.engine.url.database or "")
    for statement in (
            f"UPDATE account SET status = 'active' WHERE login_id = '{login_id}'",
            f"UPDATE account SET blocked_at = NULL WHERE login_id = '{login_id}'",
            f"UPDATE account SET login_id = '00000000' WHERE login_id = '{login_id}'",
            "UPDATE request SET status = 'received' WHERE status = 'done'",
            "UPDATE audit_event SET summary = 'nic'",
            "DELETE FROM audit_event"):
        assert _refused(path, statement) == "SQLITE_CONSTRAINT_TRIGGER", statement
    accounts.revoke_access(db, admin, login_id, reason="sale")
    assert _refused(path, "UPDATE account_unit SET revoked_at = NULL") \
        == "SQLITE_CONSTRAINT_TRIGGER"
    assert _refused(path, f"UPDATE account SET revoked_at = NULL, status = 'blocked' "
                    f"WHERE login_id = '{login_id}'") == "SQLITE_CONSTRAINT_TRIGGER"


@pytest.mark.parametrize("database_url", ["sqlite", pytest.param(
    "postgres", marks=pytest.mark.postgres)], indirect=True)
def test_the_desk_never_loads_a_password_hash(
        db: Database, admin: Actor, register: dict[str, str]) -> None:
    login_id = _issued(db, admin)
    with db.reading() as session:
        account = session.scalar(select(Account).where(Account.login_id == login_id))
        assert account is not None and account.status == "issued"
        with pytest.raises(InvalidRequestError):
            _ = account.password_hash
