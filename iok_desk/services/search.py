"""Find accounts by login ID, surname, unit address, phone or e-mail — without diacritics.

Every typed word must match somewhere: the folded name, the contact column (e-mail, phone
digits), the folded address of a unit on the account, or the login ID. The database keeps one
search row per account with all of them (``account_search``, revision 0005), and the search
stays near the cost of reading 50 rows at any size.

The search box's order: live accounts before revoked ones; among them, first the accounts whose
name (surname first), login ID or a unit address *begins* with the first word of three or more
characters, then those where it is found elsewhere (inside a word, in the e-mail, the phone or
the first name); each group by name. Typing ``kow`` shows the Kowalskis before the Jankowskis,
as ``ko`` did a keystroke earlier: a word of one or two characters finds only beginnings.

- a word of one or two characters is one range of ``account_search_prefix`` (every distinct
  first one and two characters of the name, login ID and addresses), whose index is already in
  the box's order, so the first 50 rows are the first 50 entries of the range;
- a longer word is read along indexes in the box's order, at most ``WALK_ROWS`` rows a walk
  (``_walked``): the names that begin with it are one range of the name index (from the word
  to ``_after`` it: code-point order on both databases, revision 0015), the login IDs and
  addresses that begin with it are read from their own indexes, and the other matches are
  walked along the name order. A word that begins thousands of names (``kowal`` on every 35th
  account) finds its first 50 in 50 index rows, whatever the size of the register;
- when a walk cannot prove its rows within ``WALK_ROWS`` (the word is rare where it was
  walked), the word is looked up anywhere in the row's ``haystack`` through trigrams (SQLite:
  the FTS5 table ``account_search_fts``; PostgreSQL: a pg_trgm GIN index) and the few rows
  found are sorted (``search_ids``);
- once a word has been looked up, the other words are checked on those rows only.

The search box shows a screenful of rows as the clerk types; ``export_search`` hands all the
rows found to another program (``search --json``) — an active clerk only, audited with the
text and the number of rows. ``services.browse`` filters the accounts list with the same
``matching`` condition. Bulk loads wrap their transaction in ``search_rows_deferred``.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import (
    BindParameter,
    ColumnElement,
    CompoundSelect,
    Select,
    and_,
    bindparam,
    case,
    delete,
    false,
    func,
    insert,
    literal_column,
    or_,
    select,
    table,
    text,
    true,
    tuple_,
    union,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.visitors import InternalTraversal
from sqlalchemy.types import NullType

from iok_desk.db.engine import Database
from iok_desk.db.models import (
    Account,
    AccountSearch,
    AccountSearchDeferral,
    AccountSearchPrefix,
    AccountUnit,
    Person,
    Unit,
)
from iok_desk.domain.addresses import unit_address
from iok_desk.domain.audit import AuditAction
from iok_desk.domain.errors import ValidationError
from iok_desk.domain.validation import fold_for_search

from .context import Actor, load_clerk, record_event
from .dto import AccountSummary

MAX_TERMS = 6
TRIGRAM = 3
# No search column is longer; a longer word cannot match anything.
MAX_TERM_LENGTH = 300
MAX_LIMIT = 10_000
_INVISIBLE = {"Cc", "Cf", "Co", "Cs", "Cn"}
FTS_TABLE = "account_search_fts"
# How many rows of an index a walk reads at most (``_walked``) before the trigram lookup
# decides instead: a millisecond or two of reading at any size.
WALK_ROWS = 1_000


class _Haystack(ColumnElement[Any]):
    """The account's search row holds every one of ``terms`` (three characters or more), found
    through the trigram index of each database. The words are bound parameters, so the
    statement's compiled form is cached whatever was typed. (No Boolean type: SQLite would
    compare it with 1 and lose the index.)"""

    type = NullType()
    _traverse_internals = [  # noqa: RUF012 (SQLAlchemy's own class attribute)
        ("phrase", InternalTraversal.dp_clauseelement),
        ("patterns", InternalTraversal.dp_clauseelement_list)]

    def __init__(self, terms: list[str]) -> None:
        # SQLite: one FTS5 query of quoted phrases; elsewhere: one LIKE pattern per word.
        phrase = " AND ".join('"' + term.replace('"', '""') + '"' for term in terms)
        self.phrase: BindParameter[str] = bindparam(None, phrase, unique=True)
        self.patterns: list[BindParameter[str]] = [
            bindparam(None, f"%{_escape_like(term)}%", unique=True) for term in terms]


@compiles(_Haystack, "sqlite")
def _haystack_on_sqlite(element: _Haystack, compiler: SQLCompiler, **kw: Any) -> str:
    rows: Select[Any] = select(literal_column("rowid")).select_from(table(FTS_TABLE)).where(
        literal_column(FTS_TABLE).op("MATCH")(element.phrase))
    return compiler.process(AccountSearch.account_id.in_(rows), **kw)


@compiles(_Haystack)
def _haystack_elsewhere(element: _Haystack, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(and_(*[AccountSearch.haystack.like(pattern, escape="\\")
                                   for pattern in element.patterns]), **kw)


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _contains(term: str) -> ColumnElement[bool]:
    """The term anywhere in the search row, checked row by row."""
    return AccountSearch.haystack.like(f"%{_escape_like(term)}%", escape="\\")


def begins(term: str) -> ColumnElement[bool]:
    """The account's name, login ID or the address of one of its units begins with ``term``:
    the accounts the search box shows first."""
    pattern = f"{_escape_like(term)}%"
    return or_(AccountSearch.sort_name.like(pattern, escape="\\"), _key_begins(pattern))


def _key_begins(pattern: str) -> ColumnElement[bool]:
    """The login ID or a unit's address (the keys other than the name) is LIKE ``pattern``."""
    return or_(AccountSearch.login_id.like(pattern, escape="\\"), (
        select(AccountUnit.id).join(Unit, Unit.id == AccountUnit.unit_id)
        .where(AccountUnit.account_id == AccountSearch.account_id,
               Unit.address_search.like(pattern, escape="\\")).exists()))


def join_digit_groups(folded: str) -> str:
    """Phone numbers and login IDs as typed: "4821 0934" and "601-234-567" are one term.
    "+48 886 994 165", as the desk shows a phone, too: the plus is not among the stored digits.
    (The one place that decides how a typed number meets the contact column.)"""
    joined = re.sub(r"(?<=\d)[\s\-](?=\d)", "", folded)
    return re.sub(r"\+(?=\d)", "", joined)


def search_terms(text: str) -> list[str]:
    """The words of the search box, folded (no case, no diacritics)."""
    # Invisible characters and lone surrogates (from undecodable command-line bytes) are
    # never in the columns, and a surrogate cannot even be sent to the database.
    folded = "".join(char for char in fold_for_search(text)
                     if unicodedata.category(char) not in _INVISIBLE)
    return join_digit_groups(folded).split()[:MAX_TERMS]


def _too_long(terms: list[str]) -> bool:
    return any(len(term) > MAX_TERM_LENGTH for term in terms)


def matching(terms: list[str]) -> ColumnElement[bool]:
    """``AccountSearch`` rows the terms find (for a list that has its own order)."""
    if _too_long(terms):
        return false()
    long_terms = [term for term in terms if len(term) >= TRIGRAM]
    indexed = long_terms or terms[:1]
    condition: ColumnElement[bool] = _Haystack(long_terms) if long_terms else (
        AccountSearch.account_id.in_(select(AccountSearchPrefix.account_id).where(
            AccountSearchPrefix.prefix == terms[0])) if terms else true())
    return and_(condition, *[_contains(term) for term in terms if term not in indexed])


def search_query(text: str) -> Select[Account] | None:
    """The query behind the search box, live accounts first, then by name; None when nothing
    searchable was typed."""
    return _search_statement(text, ids_only=False)


def search_ids(text: str) -> Select[Any] | None:
    """``search_query``'s account IDs, read from the search tables alone (what the box runs:
    no row of ``account`` is read for the rows that are not shown)."""
    return _search_statement(text, ids_only=True)


def _search_statement(text: str, *, ids_only: bool) -> Select[Any] | None:
    terms = search_terms(text)
    if not terms:
        return None
    if _too_long(terms):
        return select(AccountSearch.account_id if ids_only else Account).where(false())
    long_terms = [term for term in terms if len(term) >= TRIGRAM]
    order: Any = AccountSearch if long_terms else AccountSearchPrefix
    query = (select(order.account_id) if ids_only
             else select(Account).join(order, order.account_id == Account.id))
    query = query.where(_Haystack(long_terms) if long_terms
                        else AccountSearchPrefix.prefix == terms[0])
    indexed = long_terms or terms[:1]
    rest = [term for term in terms if term not in indexed]
    if rest and not long_terms:
        query = query.join(AccountSearch,
                           AccountSearch.account_id == AccountSearchPrefix.account_id)
    for term in rest:
        query = query.where(_contains(term))
    if long_terms:
        # The order as expressions that no index gives: PostgreSQL would otherwise walk
        # ``ix_account_search_rank_name`` filtering every row, betting that 50 matches come
        # early — a lost bet for a rare word (``Żółk``: 9,400 of 10,000 rows read). ``_walked``
        # makes that bet, bounded, before this query runs.
        return query.order_by(order.live_rank + 0, case((begins(long_terms[0]), 0), else_=1),
                              order.sort_name + "", order.account_id)
    return query.order_by(order.live_rank, order.sort_name, order.account_id)


_MAY_DEFER = text("SELECT has_function_privilege('iok_account_search_defer()', 'EXECUTE')")


@contextmanager
def search_rows_deferred(session: Session) -> Iterator[None]:
    """A bulk load inside ``session``'s transaction: the search rows' triggers only note the
    accounts touched, and when the block ends their rows are rewritten in one set statement
    each (revision 0010) — the same rows the triggers would have written one at a time. On
    an error the transaction rolls back as a whole, the notes with it.

    PostgreSQL: only the schema's owner may defer (other logins load through the triggers, as
    before); even the owner's deferral cannot outlive the transaction — the rows are rewritten
    at COMMIT if the block did not end."""
    postgresql = session.get_bind().dialect.name == "postgresql"
    if postgresql and not session.scalar(_MAY_DEFER):
        yield
        return
    if postgresql:
        session.execute(text("SELECT iok_account_search_defer()"))
    else:
        session.execute(insert(AccountSearchDeferral).values(id=1))
    yield
    session.flush()
    if postgresql:
        session.execute(text("SELECT iok_account_search_resume()"))
    else:
        session.execute(delete(AccountSearchDeferral))


def _check_limit(limit: int) -> None:
    if not 1 <= limit <= MAX_LIMIT:
        raise ValidationError(f"Liczba wyników musi być od 1 do {MAX_LIMIT}.", field="limit",
                              code="limit_out_of_range")


@dataclass(frozen=True)
class Listed:
    """What a list shows of one account, read with plain rows (no ORM objects: a page of the
    search box or of the accounts list is two index lookups and this)."""

    id: int
    login_id: str
    status: str
    person_name: str
    email: str
    phone: str
    units: list[str]
    issued_at: datetime


# One statement, built once: the accounts with their person and live units (outer joins).
_LISTED = (select(Account.id, Account.login_id, Account.status, Account.issued_at,
                  Person.first_name, Person.last_name, Person.email, Person.phone,
                  Unit.street, Unit.building, Unit.unit_no)
           .join(Person, Person.id == Account.person_id)
           .outerjoin(AccountUnit, and_(AccountUnit.account_id == Account.id,
                                        AccountUnit.revoked_at.is_(None)))
           .outerjoin(Unit, Unit.id == AccountUnit.unit_id)
           .where(Account.id.in_(bindparam("ids", expanding=True)))
           .order_by(Account.id, AccountUnit.id))


def listed(session: Session, ids: list[int]) -> dict[int, Listed]:
    """The accounts ``ids`` as the lists show them: their person, their live units."""
    if not ids:
        return {}
    found: dict[int, Listed] = {}
    for row in session.execute(_LISTED, {"ids": ids}):
        listing = found.get(row.id)
        if listing is None:
            listing = found[row.id] = Listed(
                id=row.id, login_id=row.login_id, status=row.status.value,
                person_name=f"{row.first_name} {row.last_name}", email=row.email,
                phone=row.phone, units=[], issued_at=row.issued_at)
        if row.street is not None:
            listing.units.append(unit_address(row.street, row.building, row.unit_no))
    return found


def _walk_bound(session: Session, order: Select[Any]) -> tuple[Any, ...] | None:
    """The key of the ``WALK_ROWS``-th row of ``order`` (an index range), or None when the range
    is shorter: read from the index alone."""
    return session.execute(order.offset(WALK_ROWS - 1).limit(1)).first()


# (sort name, account ID): a row's place in its group of the search box's order.
Place = tuple[str, int]


def _walk(session: Session, source: Any, range_: list[ColumnElement[bool]],
          checks: list[ColumnElement[bool]], need: int) -> list[Place] | None:
    """The first ``need`` accounts of ``source``'s range ``range_`` in name order that pass
    ``checks``, reading at most ``WALK_ROWS`` rows of the range; None when that many rows were
    read without finding them all (the rest of the range is unknown)."""
    key = (source.sort_name, source.account_id)
    bound = _walk_bound(session, select(*key).where(*range_).order_by(*key))
    within = [*range_, tuple_(*key) <= tuple_(*bound)] if bound is not None else range_
    found: list[Place] = [(row.sort_name, row.account_id) for row in session.execute(
        select(*key).where(*within, *checks).order_by(*key).limit(need))]
    return found if len(found) == need or bound is None else None


def _after(word: str) -> str:
    """The first string after all those that begin with ``word``, in code-point order: the
    order of SQLite's BINARY collation and of PostgreSQL's search keys (revision 0015)."""
    return word[:-1] + chr(ord(word[-1]) + 1)


def _other_beginnings(session: Session, word: str, others: list[str], rank: int,
                      need: int) -> list[Place] | None:
    """The first ``need`` accounts of ``rank`` whose login ID or a unit's address begins with
    ``word`` (and that hold the ``others``), in name order. Few such keys (a house, a rare
    street, a login ID's first digits): their accounts are read and sorted. Many (a common
    street): walked along the prefix range of the word's first two characters."""
    after = _after(word)
    login_begins = and_(AccountSearch.login_id >= word, AccountSearch.login_id < after)
    address_begins = and_(Unit.address_search >= word, Unit.address_search < after)
    units = select(Unit.id).where(address_begins)
    keys = session.scalar(select(func.count()).select_from(
        units.limit(WALK_ROWS).subquery())) or 0
    if word.isdigit():  # (a login ID is digits: no other word begins one)
        keys += session.scalar(select(func.count()).select_from(
            select(AccountSearch.account_id).where(login_begins).limit(WALK_ROWS)
            .subquery())) or 0
    contained = [_contains(term) for term in others]
    if not keys:
        return []
    if keys < WALK_ROWS:
        # (A union of the two lookups, not an OR: PostgreSQL would scan every search row.)
        holders: Select[Any] | CompoundSelect[Any] = select(AccountUnit.account_id).join(
            Unit, Unit.id == AccountUnit.unit_id).where(address_begins)
        if word.isdigit():
            holders = union(holders, select(AccountSearch.account_id).where(login_begins))
        return [(row.sort_name, row.account_id) for row in session.execute(
            select(AccountSearch.sort_name, AccountSearch.account_id)
            .where(AccountSearch.live_rank == rank, *contained,
                   AccountSearch.account_id.in_(holders))
            .order_by(AccountSearch.sort_name, AccountSearch.account_id).limit(need))]
    prefix = AccountSearchPrefix
    return _walk(session, prefix, [prefix.prefix == word[:2], prefix.live_rank == rank],
                 [select(AccountSearch.account_id).where(
                     AccountSearch.account_id == prefix.account_id, *contained,
                     _key_begins(f"{_escape_like(word)}%")).exists()], need)


def _walked(session: Session, terms: list[str], limit: int) -> list[int] | None:
    """The first ``limit`` rows of the search box's order for words of three characters or
    more, read along indexes in that order — or None when a walk cannot prove them (then
    ``search_ids`` decides).

    For the live accounts, then the revoked ones: first the accounts whose name, login ID or
    an address begins with the word — the names one range of ``ix_account_search_rank_name``
    (from the word to ``_after`` it), the other keys ``_other_beginnings``, the two merged by
    name — then the accounts where it is found elsewhere, walked along the same index. Each
    walk reads rows in the box's order and stops at the ``need``-th match, so its rows are
    the first of their group: every row before them was checked."""
    word = next(term for term in terms if len(term) >= TRIGRAM)
    if ord(word[-1]) >= sys.maxunicode:
        return None
    others = list(terms)
    others.remove(word)
    contained = [_contains(term) for term in others]
    found: list[int] = []
    for rank in (0, 1):
        need = limit - len(found)
        if need == 0:
            return found
        names = _walk(session, AccountSearch,
                      [AccountSearch.live_rank == rank, AccountSearch.sort_name >= word,
                       AccountSearch.sort_name < _after(word)], contained, need)
        other_keys = _other_beginnings(session, word, others, rank, need)
        if names is None or other_keys is None:
            return None
        found += [account_id for _, account_id in sorted(dict(
            (account_id, (name, account_id)) for name, account_id in names + other_keys
        ).values())[:need]]
        need = limit - len(found)
        if need == 0:
            return found
        rest = _walk(session, AccountSearch, [AccountSearch.live_rank == rank],
                     [~begins(word), *[_contains(term) for term in terms]], need)
        if rest is None:
            return None
        found += [account_id for _, account_id in rest]
    return found


def _found(session: Session, text: str, limit: int) -> list[AccountSummary]:
    terms = search_terms(text)
    ids: list[int] | None = None
    if (not _too_long(terms) and any(len(term) >= TRIGRAM for term in terms)
            and limit * 10 <= WALK_ROWS):
        ids = _walked(session, terms, limit)
    if ids is None:
        query = search_ids(text)
        if query is None:
            return []
        ids = list(session.scalars(query.limit(limit)))
    rows = listed(session, ids)
    return [AccountSummary(login_id=row.login_id, status=row.status,
                           person_name=row.person_name, email=row.email, phone=row.phone,
                           units=row.units, issued_at=row.issued_at)
            for row in (rows[account_id] for account_id in ids)]


def search_accounts(db: Database, text: str, *, limit: int = 50) -> list[AccountSummary]:
    """The accounts the search box shows (``limit`` from 1 to MAX_LIMIT)."""
    _check_limit(limit)
    with db.reading() as session:
        return _found(session, text, limit)


def export_search(db: Database, actor: Actor, text: str, *, limit: int = 50,
                  file_name: str = "standardowe wyjście") -> list[AccountSummary]:
    """The accounts found, read for another program: an active clerk only, and an audit event
    (the text searched, how many rows, where they went) in the same transaction. The event
    names the persons found (``person_ids``): the text may be one of their names, and their
    pseudonymisation replaces it (``domain.rodo.TYPED_ABOUT_A_PERSON``)."""
    _check_limit(limit)
    with db.transaction() as session:
        clerk = load_clerk(session, actor)
        found = _found(session, text, limit)
        person_ids = sorted(set(session.scalars(select(Account.person_id).where(
            Account.login_id.in_([row.login_id for row in found])))))
        record_event(session, clerk, actor, AuditAction.EXPORT_SEARCH,
                     f"Wyeksportowano wyniki wyszukiwania ({len(found)} kont) do: {file_name}.",
                     text=" ".join(search_terms(text))[:MAX_TERM_LENGTH], rows=len(found),
                     file_name=file_name, person_ids=person_ids)
        return found
