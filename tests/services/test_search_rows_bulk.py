"""Bulk loads defer the search rows (revision 0010): the rows written once at the end of the
load are exactly the ones the triggers write row by row, on both databases."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import delete, func, insert, select, update

from iok_desk.db.engine import Database
from iok_desk.db.models import (
    Account,
    AccountSearch,
    AccountSearchDeferral,
    AccountSearchPending,
    AccountSearchPrefix,
    AccountUnit,
    Person,
    Unit,
)
from iok_desk.services import search
from iok_desk.services.search import search_rows_deferred

from .many_accounts import RARE_SURNAME, populate

ACCOUNTS = 300


def _search_rows(db: Database) -> tuple[list[Any], list[Any]]:
    with db.reading() as session:
        rows = session.execute(select(
            AccountSearch.account_id, AccountSearch.live_rank, AccountSearch.status,
            AccountSearch.sort_name, AccountSearch.login_id, AccountSearch.issued_at,
            AccountSearch.haystack).order_by(AccountSearch.account_id)).all()
        prefixes = session.execute(select(
            AccountSearchPrefix.account_id, AccountSearchPrefix.prefix,
            AccountSearchPrefix.live_rank, AccountSearchPrefix.sort_name)
            .order_by(AccountSearchPrefix.account_id, AccountSearchPrefix.prefix)).all()
    return [tuple(row) for row in rows], [tuple(row) for row in prefixes]


def _rewrite_through_the_triggers(db: Database) -> None:
    """Every account's search rows rewritten by the row triggers of revision 0005 (an UPDATE
    OF the login ID fires them even when the value stays)."""
    with db.transaction() as session:
        session.execute(update(Account).values(login_id=Account.login_id))


def _nothing_left_deferred(db: Database) -> None:
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(AccountSearchDeferral)) == 0
        assert session.scalar(select(func.count()).select_from(AccountSearchPending)) == 0


def test_bulk_load_writes_the_rows_the_triggers_write(db: Database) -> None:
    populate(db, ACCOUNTS, bulk=True)
    bulk = _search_rows(db)
    assert len(bulk[0]) == ACCOUNTS and len(bulk[1]) > 2 * ACCOUNTS
    _nothing_left_deferred(db)
    [found] = search.search_accounts(db, RARE_SURNAME)
    assert found.person_name.endswith(RARE_SURNAME)
    _rewrite_through_the_triggers(db)
    assert _search_rows(db) == bulk


def test_deferred_updates_and_deletes_match_the_triggers(db: Database) -> None:
    """A person renamed, a unit renamed, an access row added and one deleted inside a deferred
    block: the accounts noted by every kind of trigger get their rows rewritten."""
    populate(db, 40)
    with db.transaction() as session, search_rows_deferred(session):
        session.execute(update(Person).where(Person.id == 3).values(
            last_name="Zzyzx", name_search="zzyzx jan"))
        session.execute(update(Unit).where(Unit.id == 5).values(address_search="qqq 1/1"))
        first = session.scalars(select(AccountUnit).order_by(AccountUnit.id).limit(1)).one()
        session.execute(insert(AccountUnit).values(account_id=first.account_id, unit_id=45,
                                                   granted_at=first.granted_at))
        session.execute(delete(AccountUnit).where(AccountUnit.id == first.id))
        with db.engine.connect() as other:  # another session sees the old rows until COMMIT
            assert other.scalar(select(func.count()).select_from(AccountSearch).where(
                AccountSearch.haystack.like("%zzyzx%"))) == 0
    deferred = _search_rows(db)
    _nothing_left_deferred(db)
    [renamed] = search.search_accounts(db, "zzyzx")
    assert renamed.person_name.endswith("Zzyzx")
    assert search.search_accounts(db, "qqq 1/1") != []
    _rewrite_through_the_triggers(db)
    assert _search_rows(db) == deferred


def test_a_failed_bulk_load_leaves_nothing(db: Database) -> None:
    populate(db, 20)
    before = _search_rows(db)
    with pytest.raises(RuntimeError), db.transaction() as session, \
            search_rows_deferred(session):
        session.execute(update(Person).values(name_search="zzyzx"))
        raise RuntimeError("the register file ends in the middle of a row")
    assert _search_rows(db) == before
    _nothing_left_deferred(db)



@pytest.mark.parametrize("database_url", ["postgres"], indirect=True)
def test_the_postgresql_rewrite_reads_the_addresses_once(db: Database) -> None:
    """Revision 0014: the haystack's addresses come from one join for all the accounts of a
    rewrite, never from a subquery run once per account (which, with the planner's counts
    older than a bulk load, scanned ``unit`` for every account). The plan of the INSERT that
    the database's own function runs, taken from the function's definition. (PostgreSQL
    only: SQLite's triggers look the addresses up by index.)"""
    populate(db, 40)
    with db.engine.connect() as connection:
        body = connection.exec_driver_sql(
            "SELECT prosrc FROM pg_proc WHERE proname = 'iok_account_search_rewrite'"
        ).scalar_one()
        [insert_rows] = [statement for statement in body.split(";")
                         if "INSERT INTO account_search (" in statement]
        plan = connection.exec_driver_sql(
            "EXPLAIN (FORMAT JSON) " + insert_rows.replace("ids", "ARRAY[1, 2, 3]")
        ).scalar_one()
    assert '"Subplan Name"' not in json.dumps(plan), plan
