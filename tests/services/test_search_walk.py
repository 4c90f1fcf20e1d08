"""The search box's order, computed here from the stored rows, is what both ways of finding
it show: the walks along the name order (``search._walked``) and the trigram statement they
give way to (``search.search_ids``) — on a register small enough for every walk to end both
ways (``WALK_ROWS`` lowered)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from conftest import PostgresServer
from sqlalchemy import select

from iok_desk.db import migrations
from iok_desk.db.engine import Database
from iok_desk.db.models import Account, AccountUnit, Person, Unit
from iok_desk.domain.states import AccountStatus
from iok_desk.services import search

from .many_accounts import RARE_SURNAME, login_ids, populate

WORDS = ["kow", "kowal", "nowak", "zol", "ska", "swiet", "morska 1", "anna kow", "łąc",
         RARE_SURNAME.lower(), "osoba1", "60", "kowalska 1/", "zzz", "jan", "ewa no", "10 lu",
         "bema", "owa", "600", "1000", "k nowak"]


@dataclass(frozen=True)
class Stored:
    account_id: int
    login_id: str
    revoked: bool
    name: str
    contact: str
    addresses: tuple[str, ...]


def _stored(db: Database) -> list[Stored]:
    with db.reading() as session:
        addresses: dict[int, list[str]] = {}
        for account_id, address in session.execute(
                select(AccountUnit.account_id, Unit.address_search)
                .join(Unit, Unit.id == AccountUnit.unit_id)):
            addresses.setdefault(account_id, []).append(address)
        return [Stored(account_id, login_id, status == AccountStatus.REVOKED, name, contact,
                       tuple(addresses.get(account_id, [])))
                for account_id, login_id, status, name, contact in session.execute(
                    select(Account.id, Account.login_id, Account.status, Person.name_search,
                           Person.contact_search).join(Person))]


def _expected(rows: list[Stored], text: str, limit: int) -> list[str]:
    """The box's order by its definition: live first; then the accounts whose name, login ID
    or an address begins with the first word of three characters or more (the first word, when
    none has three: it must begin one); then by name."""
    terms = search.search_terms(text)
    long_words = [term for term in terms if len(term) >= 3]
    word = long_words[0] if long_words else terms[0]

    def found(row: Stored, term: str) -> bool:
        return any(term in line for line in (row.name, row.contact, row.login_id,
                                             *row.addresses))

    def begins(row: Stored) -> bool:
        return any(line.startswith(word) for line in (row.name, row.login_id, *row.addresses))

    hits = [row for row in rows if all(found(row, term) for term in terms)
            and (long_words or begins(row))]  # one or two characters: beginnings only
    hits.sort(key=lambda row: (row.revoked, not begins(row), row.name, row.account_id))
    return [row.login_id for row in hits[:limit]]


def _statement_rows(db: Database, text: str, limit: int) -> list[str]:
    query = search.search_query(text)
    assert query is not None
    with db.reading() as session:
        return list(session.scalars(query.with_only_columns(Account.login_id).limit(limit)))


def test_the_walks_and_the_statement_show_the_defined_order(
        db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    populate(db, 400, bulk=True)
    rows = _stored(db)
    monkeypatch.setattr(search, "WALK_ROWS", 120)  # both outcomes on a small register
    walked = gave_way = 0
    for word in WORDS:
        for limit in (1, 5, 12):
            expected = _expected(rows, word, limit)
            terms = search.search_terms(word)
            if any(len(term) >= 3 for term in terms):  # (shorter: the prefix range alone)
                with db.reading() as session:
                    ids = search._walked(session, terms, limit)
                walked += ids is not None
                gave_way += ids is None
            shown = [row.login_id for row in search.search_accounts(db, word, limit=limit)]
            assert shown == expected, (word, limit)
            assert _statement_rows(db, word, limit) == expected, (word, limit)
    assert walked and gave_way, (walked, gave_way)


def test_a_word_that_begins_a_name_comes_before_one_inside_a_name(db: Database) -> None:
    """``kow``: the live Kowalskas and Kowalczyks (beginning) before the live Jankowskis and the
    tenants of Śliwkowa street (inside), though ``jankowski`` sorts before ``kowalska``; ``ko``
    a keystroke earlier shows only the first."""
    populate(db, 200)
    live = [row.person_name.split()[-1] for row in search.search_accounts(db, "kow", limit=200)
            if row.status != "revoked"]
    beginning = [surname.lower().startswith("kow") for surname in live]
    boundary = beginning.index(False)
    assert boundary > 0 and not any(beginning[boundary:]), live
    assert "Jankowski" in live[boundary:]
    two = [row.person_name.split()[-1] for row in search.search_accounts(db, "ko", limit=200)]
    assert "Jankowski" not in two and set(two) >= {"Kowalska", "Kowalczyk"}


def test_a_polish_locale_on_the_server_changes_neither_rows_nor_order(
        postgres_server: PostgresServer) -> None:
    """A PostgreSQL database made with a linguistic locale (ICU pl-PL) orders ``kowalc{``
    before ``kowalcz``: the range of the names that begin with ``kowalcz`` would be empty and
    the Kowalczyks lost. Revision 0015 keeps the search keys in code-point order, as SQLite
    does; the words here end in ``z`` and ``9``, whose next characters are punctuation."""
    url = postgres_server.create_database(
        "TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'pl-PL' LOCALE 'C.UTF-8'")
    db = Database(url.render_as_string(hide_password=False))
    try:
        migrations.upgrade(db.engine)
        populate(db, 300, bulk=True)
        rows = _stored(db)  # (fewer than WALK_ROWS: every walk ends without giving way)
        nine = next(login[:end] for login in login_ids(db) for end in range(3, 8)
                    if login[end - 1] == "9")
        for word in ("kowalcz", "kowalcz anna", nine, "sliwkowa 1", "żółkiewsk"):
            for limit in (5, 40):
                expected = _expected(rows, word, limit)
                shown = [row.login_id for row in search.search_accounts(db, word, limit=limit)]
                assert shown == expected != [], (word, limit)
    finally:
        db.dispose()
