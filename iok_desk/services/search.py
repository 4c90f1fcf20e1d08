"""Find accounts by login ID, surname, unit address, phone or e-mail — without diacritics.

Every typed word must match somewhere: the folded name, the contact column (e-mail, phone
digits), the folded address of a unit on the account, or the login ID. The database keeps one
search row per account with all of them (``account_search``, revision 0005), and the search
stays near the cost of reading 50 rows at any size:

- a word of three characters or more is looked for first, on PostgreSQL, along the search
  box's order (the first ``WALK_ROWS`` rows of its index, ``walk_query``: a common word start
  finds its first 50 there), and otherwise found anywhere in the row's ``haystack`` through
  trigrams (SQLite: the FTS5 table ``account_search_fts``; PostgreSQL: a pg_trgm GIN index),
  then sorted;
- trigrams need three characters, so a one- or two-character word — what the clerk has typed
  so far — matches the beginning of the surname, a street or the login ID instead: one range
  of ``account_search_prefix``, whose index is already in the order the box shows, so the
  first 50 rows are the first 50 entries of the range;
- once a word has been looked up, the other short words are checked on those rows only.

The search box shows a screenful of rows as the clerk types; ``export_search`` hands all the
rows found to another program (``search --json``) — an active clerk only, audited with the
text and the number of rows. ``services.browse`` filters the accounts list with the same
``matching`` condition. Bulk loads wrap their transaction in ``search_rows_deferred``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import (
    BindParameter,
    ColumnElement,
    Select,
    and_,
    bindparam,
    delete,
    false,
    insert,
    literal_column,
    select,
    table,
    text,
    true,
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
# How far along the search box's order a word of three or more characters is first looked
# for row by row (``walk_query``): a few milliseconds of reading at any size, which pays for a
# word on one account in twenty or more (``kow``: every -kowski), whose trigram rows grow
# with the register.
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
        # early — a lost bet for a surname late in the alphabet (``Żółk``: 9,400 of 10,000
        # rows read). ``walk_query`` makes that bet, bounded, before this query runs.
        return query.order_by(order.live_rank + 0, order.sort_name + "", order.account_id)
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


def walk_query(text: str, limit: int) -> Select[Any] | None:
    """The first ``limit`` accounts the words find among the first ``WALK_ROWS`` rows of the
    search box's order, read from that order's index (``ix_account_search_rank_name``) and
    checked row by row; None when no word has three characters.

    A common word start (``kowal`` on every twentieth account) matches thousands of rows:
    the trigram index finds them all and they must all be sorted to show 50. In name order the
    first 50 come within a few hundred rows. When the walk finds ``limit`` rows they are the
    first ``limit`` of all (every row before them in the order was checked); when it does
    not, the word is rare and the trigram query's sort is small."""
    terms = search_terms(text)
    if _too_long(terms) or not any(len(term) >= TRIGRAM for term in terms):
        return None
    first = (select(AccountSearch.account_id, AccountSearch.live_rank, AccountSearch.sort_name,
                    AccountSearch.haystack)
             .order_by(AccountSearch.live_rank, AccountSearch.sort_name,
                       AccountSearch.account_id)
             .limit(WALK_ROWS).subquery("first_in_order"))
    return (select(first.c.account_id)
            .where(*[first.c.haystack.like(f"%{_escape_like(term)}%", escape="\\")
                     for term in terms])
            .order_by(first.c.live_rank, first.c.sort_name, first.c.account_id).limit(limit))


def _found(session: Session, text: str, limit: int) -> list[AccountSummary]:
    # On PostgreSQL only: SQLite's FTS5 rows and their sort cost less than the walk's 1,000
    # rows for every word but the commonest (bench/README.md, 100,000 accounts).
    postgresql = session.get_bind().dialect.name == "postgresql"
    walk = walk_query(text, limit) if postgresql and limit * 10 <= WALK_ROWS else None
    ids: list[int] = list(session.scalars(walk)) if walk is not None else []
    if len(ids) < limit:
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
