"""The database's life-cycle triggers agree with the domain's transition tables, move for move,
on both databases — and a database migrated from revision 0003 with data gets them."""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Callable, Mapping
from enum import StrEnum

import pytest
from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from iok_desk.db import migrations
from iok_desk.db.engine import Database, database_code
from iok_desk.domain.states import (
    ACCOUNT_TRANSITIONS,
    REQUEST_TRANSITIONS,
    AccountStatus,
    RequestStatus,
)

REFUSED = {"IK001", "SQLITE_CONSTRAINT_TRIGGER"}


def _person(connection: Connection) -> int:
    return int(connection.execute(text(
        "INSERT INTO person (first_name, last_name, email, phone, name_search, contact_search, "
        "created_at, version) VALUES ('Jan', 'Kowalski', '', '', 'jan kowalski', '', "
        "CURRENT_TIMESTAMP, 1) RETURNING id")).scalar_one())


def _account(connection: Connection, person: int, status: str) -> str:
    login_id = str(uuid.uuid4().int)[:8]
    connection.execute(text(
        "INSERT INTO account (login_id, person_id, status, password_hash, must_change_password, "
        "security_stamp, failed_login_count, issued_at, updated_at, version) VALUES (:login, "
        ":person, :status, 'x', true, 'stamp', 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)"),
        {"login": login_id, "person": person, "status": status})
    return login_id


def _request(connection: Connection, status: str) -> str:
    number = f"IOK/2026/{uuid.uuid4().hex[:5]}"
    connection.execute(text(
        "INSERT INTO request (number, year, sequence, kind, channel, status, "
        "applicant_first_name, applicant_last_name, applicant_email, applicant_phone, "
        "unit_text, login_id_text, note, decision_reason, received_at, registered_by_id, "
        "version) VALUES (:number, 2026, :sequence, 'grant', 'paper', :status, 'Jan', "
        "'Kowalski', '', '', '', '', '', '', CURRENT_TIMESTAMP, "
        "(SELECT min(id) FROM clerk), 1)"),
        {"number": number, "sequence": uuid.uuid4().int % 10**9, "status": status})
    return number


def _moves(db: Database, table: str, key: str, make: Callable[[Connection, str], str],
           statuses: list[str]) -> set[tuple[str, str]]:
    """Every status pair the database lets an UPDATE make."""
    allowed: set[tuple[str, str]] = set()
    for current, target in itertools.product(statuses, repeat=2):
        if current == target:
            continue
        with db.engine.begin() as connection:
            row = make(connection, current)
        try:
            with db.engine.begin() as connection:
                connection.execute(text(f"UPDATE {table} SET status = :target "
                                        f"WHERE {key} = :row"), {"target": target, "row": row})
            allowed.add((current, target))
        except DBAPIError as error:
            assert database_code(error) in REFUSED, error
    return allowed


def _table_moves(transitions: Mapping[StrEnum, frozenset[StrEnum]]) -> set[tuple[str, str]]:
    return {(current.value, target.value) for current, targets in transitions.items()
            for target in targets}


def test_the_triggers_allow_exactly_the_domains_moves(db: Database, admin: object) -> None:
    with db.engine.begin() as connection:
        person = _person(connection)
    accounts = _moves(db, "account", "login_id",
                      lambda connection, status: _account(connection, person, status),
                      [status.value for status in AccountStatus])
    assert accounts == _table_moves(ACCOUNT_TRANSITIONS)
    requests = _moves(db, "request", "number", _request,
                      [status.value for status in RequestStatus])
    assert requests == _table_moves(REQUEST_TRANSITIONS)


def test_an_existing_database_is_upgraded_to_the_guards(fresh_database_url: str) -> None:
    database = Database(fresh_database_url)
    migrations.upgrade(database.engine, "0003")
    with database.engine.begin() as connection:
        person = _person(connection)
        blocked = _account(connection, person, "blocked")
    migrations.upgrade(database.engine)
    with pytest.raises(DBAPIError) as refused, database.engine.begin() as connection:
        connection.execute(text("UPDATE account SET status = 'active' WHERE login_id = :l"),
                           {"l": blocked})
    assert database_code(refused.value) in REFUSED
    database.dispose()
