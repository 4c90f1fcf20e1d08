"""The accounts list by keyset pages, and the search rows the database keeps: every order and
filter read page by page gives exactly the whole list, and the rows follow every write of
their sources (names, addresses, statuses, units), on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import delete, select, update

from iok_desk.db.engine import Database
from iok_desk.db.models import (
    Account,
    AccountSearch,
    AccountSearchPrefix,
    AccountUnit,
    Person,
    Unit,
)
from iok_desk.domain.errors import ValidationError
from iok_desk.domain.states import AccountStatus
from iok_desk.services import browse

from .many_accounts import populate

SIZE = 40


def _paged(db: Database, query: browse.AccountQuery, limit: int) -> list[int]:
    ids: list[int] = []
    page = browse.account_page(db, query, limit=limit)
    while True:
        assert len(page.rows) <= limit
        ids += [row.id for row in page.rows]
        if page.after is None:
            return ids
        page = browse.account_page(db, query, after=page.after, limit=limit)


def _expected_order(db: Database, query: browse.AccountQuery) -> list[int]:
    """The list's order computed here from the source tables."""
    with db.reading() as session:
        rows = session.execute(select(Account.id, Account.login_id, Account.status,
                                      Account.issued_at, Person.name_search).join(Person)).all()
    keys = {"name": lambda row: (row.name_search, row.login_id),
            "login_id": lambda row: (row.login_id,),
            "status": lambda row: (row.status.value, row.name_search, row.login_id),
            "issued_at": lambda row: (row.issued_at, row.id)}[query.sort_key]
    chosen = [row for row in rows if not query.status or row.status.value == query.status]
    return [row.id for row in sorted(chosen, key=keys, reverse=query.descending)]


def test_pages_in_every_order_make_up_the_whole_list(db: Database) -> None:
    populate(db, SIZE)
    for key in browse.ACCOUNT_SORT_KEYS:
        for descending in (False, True):
            for status in ("", "blocked"):
                query = browse.AccountQuery(status=status, sort_key=key, descending=descending)
                expected = _expected_order(db, query)
                assert _paged(db, query, 7) == expected == browse.account_ids(db, query), query
                assert browse.account_count(db, query) == len(expected)
    found = browse.AccountQuery(text="kowal", sort_key="login_id")
    ids = _paged(db, found, 3)
    assert ids == browse.account_ids(db, found)
    assert 0 < len(ids) == browse.account_count(db, found) < SIZE
    rows = browse.account_rows(db, ids)
    assert all("kowal" in rows[account_id].person_name.lower() for account_id in ids)
    assert browse.account_page(db, browse.AccountQuery(text="zzzzzz")).rows == []


def test_a_page_refuses_a_bad_position_or_size(db: Database) -> None:
    populate(db, 5)
    with pytest.raises(ValidationError) as error:
        browse.account_page(db, browse.AccountQuery(sort_key="name"), after=("x",))
    assert error.value.field == "after"
    for limit in (0, browse.MAX_PAGE + 1):
        with pytest.raises(ValidationError) as error:
            browse.account_page(db, browse.AccountQuery(), limit=limit)
        assert error.value.field == "limit"


def _search_rows(db: Database) -> dict[int, tuple[object, ...]]:
    with db.reading() as session:
        rows = {row.account_id: (row.live_rank, row.status, row.sort_name, row.login_id,
                                 sorted(row.haystack.split("\n")))
                for row in session.scalars(select(AccountSearch))}
        prefixes: dict[int, set[str]] = {}
        for account_id, prefix in session.execute(select(AccountSearchPrefix.account_id,
                                                         AccountSearchPrefix.prefix)):
            prefixes.setdefault(account_id, set()).add(prefix)
    return {account_id: (*row, prefixes.get(account_id, set()))
            for account_id, row in rows.items()}


def _recomputed(db: Database) -> dict[int, tuple[object, ...]]:
    """What the search rows must hold, computed here from the sources."""
    with db.reading() as session:
        found = {}
        for account, person in session.execute(select(Account, Person).join(Person)):
            addresses = list(session.scalars(select(Unit.address_search).join(
                AccountUnit, AccountUnit.unit_id == Unit.id).where(
                AccountUnit.account_id == account.id)))
            keys = [person.name_search, account.login_id, *addresses]
            found[account.id] = (
                int(account.status == AccountStatus.REVOKED), account.status.value,
                person.name_search, account.login_id,
                sorted([person.name_search, person.contact_search, account.login_id,
                        *addresses]),
                {key[:length] for key in keys if key for length in (1, 2)})
    return found


def test_the_database_keeps_the_search_rows_in_step(db: Database) -> None:
    populate(db, 12)
    assert _search_rows(db) == _recomputed(db)
    now = datetime.now(UTC)
    with db.transaction() as session:
        first, second = session.scalars(select(Account).order_by(Account.id).limit(2)).all()
        session.execute(update(Person).where(Person.id == first.person_id).values(
            name_search="przybyszewska ewa", contact_search="ewa@example.pl 601000001"))
        session.execute(update(Unit).where(Unit.id == 1).values(
            address_search="zrodlo marii 1/1"))
        session.execute(update(Account).where(Account.id == second.id).values(
            status=AccountStatus.REVOKED, revoked_at=now))
        session.add(AccountUnit(account_id=first.id, unit_id=5, granted_at=now))
        session.execute(delete(AccountUnit).where(AccountUnit.account_id == second.id))
    assert _search_rows(db) == _recomputed(db)
    rows = _search_rows(db)
    assert rows[first.id][2] == "przybyszewska ewa" and "pr" in rows[first.id][5]  # type: ignore[operator]
    assert rows[second.id][0] == 1
