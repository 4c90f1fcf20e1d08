"""The database goes away in the middle of a use case: PostgreSQL's connection is killed by
the server, SQLite's file stays locked by another writer beyond the busy timeout. The use case
fails with DatabaseUnavailable, nothing is half-written, and the next call simply works."""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest
from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import make_url

from iok_desk.db import engine as engine_module
from iok_desk.db.engine import Database
from iok_desk.domain.errors import DatabaseUnavailable
from iok_desk.services import accounts, audit, requests
from iok_desk.services.context import Actor

from .conftest import fresh_account


class ServerKill:
    """Kills the session's own server process (pg_terminate_backend, from another session)
    just before a chosen statement runs, once."""

    def __init__(self, db: Database, statement_prefix: str) -> None:
        self.db = db
        self.prefix = statement_prefix
        self.killed = False
        self.admin = create_engine(make_url(db.url), isolation_level="AUTOCOMMIT")

    def _before(self, connection: Any, cursor: Any, statement: str, *args: Any) -> None:
        if self.killed or not statement.lstrip().upper().startswith(self.prefix):
            return
        pid = connection.connection.dbapi_connection.info.backend_pid
        with self.admin.connect() as admin:
            assert admin.execute(text("SELECT pg_terminate_backend(:pid)"),
                                 {"pid": pid}).scalar()
        self.killed = True

    def __enter__(self) -> ServerKill:
        event.listen(self.db.engine, "before_cursor_execute", self._before)
        return self

    def __exit__(self, *exc: object) -> None:
        event.remove(self.db.engine, "before_cursor_execute", self._before)
        self.admin.dispose()


class FileLocked:
    """Another program holds SQLite's write lock for the whole use case; the busy timeout is
    shortened so the test waits 0.3 s instead of 5."""

    def __init__(self, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
        self.path = make_url(db.url).database
        monkeypatch.setattr(engine_module, "SQLITE_BUSY_TIMEOUT_MS", 300)
        db.engine.dispose()  # new connections take the short timeout
        self.other: sqlite3.Connection | None = None

    def __enter__(self) -> FileLocked:
        self.other = sqlite3.connect(self.path, isolation_level=None)
        self.other.execute("BEGIN IMMEDIATE")
        self.other.execute("UPDATE setting SET value = value")  # a writer, mid-transaction
        return self

    def __exit__(self, *exc: object) -> None:
        assert self.other is not None
        self.other.execute("ROLLBACK")
        self.other.close()


def goes_away(db: Database, monkeypatch: pytest.MonkeyPatch,
              statement: str = "INSERT") -> ServerKill | FileLocked:
    """PostgreSQL: the connection is killed when the use case starts writing. SQLite: the
    file is locked by another writer."""
    if db.dialect == "postgresql":
        return ServerKill(db, statement)
    return FileLocked(db, monkeypatch)


def _snapshot(db: Database, login: str) -> tuple[str, int, int, str]:
    details = accounts.account_details(db, login)
    with db.reading() as session:
        stamp = session.execute(text("SELECT security_stamp FROM account WHERE login_id = :l"),
                                {"l": login}).scalar_one()
    return details.status, details.version, len(audit.audit_trail(db)), stamp


def test_block_fails_cleanly_and_the_next_call_reconnects(
        db: Database, admin: Actor, register: dict[str, str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    login = fresh_account(db, admin)
    before = _snapshot(db, login)
    # The audit event is the last write of a block: the account row is already updated in
    # the transaction when the connection dies.
    with goes_away(db, monkeypatch, "INSERT INTO AUDIT_EVENT") as outage, \
            pytest.raises(DatabaseUnavailable) as error:
        accounts.block_account(db, admin, login, reason="lost-password",
                               caller_name="Jan Kowalski")
    assert error.value.code in ("connection_lost", "database_locked")
    assert "nic nie zostało zapisane" in error.value.message
    if isinstance(outage, ServerKill):
        assert outage.killed
    assert _snapshot(db, login) == before  # nothing half-written: no block, no event
    result = accounts.block_account(db, admin, login, reason="lost-password",
                                    caller_name="Jan Kowalski")
    assert not result.already_blocked
    status, version, events, stamp = _snapshot(db, login)
    assert (status, version, events) == ("blocked", before[1] + 1, before[2] + 1)
    assert stamp != before[3]


def test_issue_fails_cleanly_mid_way_and_can_be_repeated(
        db: Database, admin: Actor, register: dict[str, str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Issuing writes the account, its unit, the letter record, the request and the audit
    event: the connection dies at the letter record; none of it stays."""
    info = requests.register_request(db, admin, requests.NewRequest(
        kind="grant", channel="paper", first_name="Jan", last_name="Kowalski",
        unit=register["flat5"]))
    requests.approve_request(db, admin, info.number)
    events = len(audit.audit_trail(db))
    with goes_away(db, monkeypatch, "INSERT INTO LETTER") as outage, \
            pytest.raises(DatabaseUnavailable):
        accounts.issue_credentials(db, admin, info.number)
    assert not isinstance(outage, ServerKill) or outage.killed
    assert requests.get_request(db, info.number).status == "approved"
    assert requests.get_request(db, info.number).account_login_id is None
    assert len(audit.audit_trail(db)) == events
    with db.reading() as session:
        assert session.execute(text("SELECT count(*) FROM account")).scalar_one() == 0
        assert session.execute(text("SELECT count(*) FROM letter")).scalar_one() == 0
    issued = accounts.issue_credentials(db, admin, info.number)
    assert requests.get_request(db, info.number).account_login_id == issued.login_id


def test_a_read_fails_cleanly_and_the_next_one_works(
        db: Database, admin: Actor, register: dict[str, str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    login = fresh_account(db, admin)
    if db.dialect == "postgresql":
        with ServerKill(db, "SELECT"), pytest.raises(DatabaseUnavailable) as error:
            accounts.account_details(db, login)
        assert error.value.code == "connection_lost"
    else:  # a SQLite reader is never blocked by a writer (WAL): the read goes through
        with FileLocked(db, monkeypatch):
            assert accounts.account_details(db, login).status == "issued"
    assert accounts.account_details(db, login).status == "issued"


def test_connections_killed_between_use_cases_are_replaced(
        db: Database, admin: Actor, register: dict[str, str]) -> None:
    """A pooled connection the server dropped while the desk sat idle (the night, a network
    blip) is noticed and replaced before the next use case, which goes through."""
    login = fresh_account(db, admin)
    if db.dialect == "postgresql":
        admin_engine = create_engine(make_url(db.url), isolation_level="AUTOCOMMIT")
        with admin_engine.connect() as connection:
            killed = connection.execute(text(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()")).scalar()
        admin_engine.dispose()
        assert killed >= 1
    else:
        db.engine.dispose()
    assert accounts.block_account(db, admin, login, reason="lost-password",
                                  caller_name="Jan Kowalski").already_blocked is False
