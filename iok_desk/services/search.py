"""Find accounts by login ID, surname, unit address, phone or e-mail — without diacritics.

Every typed word must match somewhere: the folded name, the contact column (e-mail, phone
digits), the folded address of a unit on the account, or the login ID. The search stays fast
with 100,000 accounts because it uses the databases' own text indexes (revision 0003):

- a word of three characters or more is found anywhere in those columns through trigrams
  (SQLite: FTS5 tables with the trigram tokenizer; PostgreSQL: pg_trgm GIN indexes);
- trigrams need three characters, so a one- or two-character word — what the clerk has typed
  so far — matches the beginning of the surname, the street or the login ID instead
  (SQLite: a b-tree range; PostgreSQL: ``LIKE 'x%'``, which the trigram index serves too);
- once a longer word narrows the rows down, short words are checked on those rows only.

The search box shows a screenful of rows as the clerk types; ``export_search`` hands all the
rows found to another program (``search --json``) — an active clerk only, audited with the
text and the number of rows.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    case,
    exists,
    false,
    literal,
    literal_column,
    or_,
    select,
    table,
    union,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.types import NullType

from iok_desk.db.engine import Database
from iok_desk.db.models import Account, AccountUnit, Person, Unit
from iok_desk.domain.errors import ValidationError
from iok_desk.domain.states import AccountStatus
from iok_desk.domain.validation import fold_for_search

from .context import Actor, load_clerk, record_event
from .dto import AccountSummary

MAX_TERMS = 6
TRIGRAM = 3
# No search column is longer; a longer word cannot match anything.
MAX_TERM_LENGTH = 300
MAX_LIMIT = 10_000
_INVISIBLE = {"Cc", "Cf", "Co", "Cs", "Cn"}


class _Match(ColumnElement[Any]):
    """``row_id`` is the id of a ``model`` row whose ``columns`` contain ``term`` (``prefix``:
    start with it). Compiled per database, so the query behind the search box stays one query
    that ``services.browse`` can extend. (No Boolean type: SQLite would compare it with 1 and
    lose the index.)"""

    inherit_cache = False
    type = NullType()

    def __init__(self, row_id: Any, model: Any, fts_table: str, columns: list[Any], term: str,
                 *, prefix: bool) -> None:
        self.row_id = row_id
        self.model = model
        self.fts_table = fts_table
        self.columns = columns
        self.term = term
        self.prefix = prefix


@compiles(_Match, "sqlite")
def _match_on_sqlite(element: _Match, compiler: SQLCompiler, **kw: Any) -> str:
    if element.prefix:  # b-tree range: "ko" → >= 'ko' AND < 'kp'
        upper = element.term[:-1] + chr(ord(element.term[-1]) + 1)
        rows = select(element.model.id).where(or_(*[(column >= element.term) & (column < upper)
                                                     for column in element.columns]))
    else:
        phrase = '"' + element.term.replace('"', '""') + '"'
        rows = select(literal_column("rowid")).select_from(table(element.fts_table)).where(
            literal_column(element.fts_table).op("MATCH")(literal(phrase)))
    return compiler.process(element.row_id.in_(rows), **kw)


@compiles(_Match)
def _match_elsewhere(element: _Match, compiler: SQLCompiler, **kw: Any) -> str:
    escaped = _escape_like(element.term)
    pattern = f"{escaped}%" if element.prefix else f"%{escaped}%"
    rows = select(element.model.id).where(or_(*[column.like(pattern, escape="\\")
                                                for column in element.columns]))
    return compiler.process(element.row_id.in_(rows), **kw)


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _candidates(term: str, *, prefix: bool) -> ColumnElement[bool]:
    """Accounts where the term occurs, found through the indexes."""
    person_columns = [Person.name_search] if prefix else [Person.name_search,
                                                          Person.contact_search]
    parts = [select(Account.id).where(_Match(Account.person_id, Person, "person_fts",
                                             person_columns, term, prefix=prefix)),
             select(AccountUnit.account_id).where(_Match(AccountUnit.unit_id, Unit, "unit_fts",
                                                         [Unit.address_search], term,
                                                         prefix=prefix))]
    if term.isdigit():
        parts.append(select(Account.id).where(_Match(Account.id, Account, "account_fts",
                                                     [Account.login_id], term, prefix=prefix)))
    return Account.id.in_(union(*parts))


def _on_the_row(term: str) -> ColumnElement[bool]:
    """The term anywhere in the row's columns, checked row by row (after an index has
    narrowed the rows down)."""
    pattern = f"%{_escape_like(term)}%"
    on_unit = exists().where(AccountUnit.account_id == Account.id,
                             AccountUnit.unit_id == Unit.id,
                             Unit.address_search.like(pattern, escape="\\"))
    conditions = [Person.name_search.like(pattern, escape="\\"),
                  Person.contact_search.like(pattern, escape="\\"), on_unit]
    if term.isdigit():
        conditions.append(Account.login_id.like(pattern, escape="\\"))
    return or_(*conditions)


def search_terms(text: str) -> list[str]:
    """The words of the search box, folded (no case, no diacritics)."""
    # Invisible characters and lone surrogates (from undecodable command-line bytes) are
    # never in the columns, and a surrogate cannot even be sent to the database.
    folded = "".join(char for char in fold_for_search(text)
                     if unicodedata.category(char) not in _INVISIBLE)
    # "4821 0934" and "601-234-567" are one term: digits typed in groups.
    folded = re.sub(r"(?<=\d)[\s\-](?=\d)", "", folded)
    # "+48 886 994 165", as the desk shows a phone: the plus is not among the stored digits.
    folded = re.sub(r"\+(?=\d)", "", folded)
    return folded.split()[:MAX_TERMS]


def search_query(text: str) -> Select[Account] | None:
    """The query behind the search box; None when nothing searchable was typed."""
    terms = search_terms(text)
    if not terms:
        return None
    live_first = case((Account.status == AccountStatus.REVOKED, 1), else_=0)
    query = select(Account).join(Person)
    if any(len(term) > MAX_TERM_LENGTH for term in terms):
        return query.where(false())
    long_terms = [term for term in terms if len(term) >= TRIGRAM]
    # Without a long word, the first short one is looked up by the index as a prefix.
    indexed = long_terms or terms[:1]
    for term in indexed:
        query = query.where(_candidates(term, prefix=len(term) < TRIGRAM))
    for term in terms:
        if term not in indexed:
            query = query.where(_on_the_row(term))
    return query.order_by(live_first, Person.name_search, Account.id)


def _check_limit(limit: int) -> None:
    if not 1 <= limit <= MAX_LIMIT:
        raise ValidationError(f"Liczba wyników musi być od 1 do {MAX_LIMIT}.", field="limit",
                              code="limit_out_of_range")


def _found(session: Session, text: str, limit: int) -> list[AccountSummary]:
    query = search_query(text)
    if query is None:
        return []
    query = query.options(selectinload(Account.person),
                          selectinload(Account.unit_access).selectinload(AccountUnit.unit))
    return [AccountSummary(
        login_id=account.login_id, status=account.status.value,
        person_name=account.person.full_name, email=account.person.email,
        phone=account.person.phone,
        units=[access.unit.address for access in account.unit_access
               if access.revoked_at is None],
        issued_at=account.issued_at)
        for account in session.scalars(query.limit(limit))]


def search_accounts(db: Database, text: str, *, limit: int = 50) -> list[AccountSummary]:
    """The accounts the search box shows (``limit`` from 1 to MAX_LIMIT)."""
    _check_limit(limit)
    with db.reading() as session:
        return _found(session, text, limit)


def export_search(db: Database, actor: Actor, text: str, *, limit: int = 50,
                  file_name: str = "standardowe wyjście") -> list[AccountSummary]:
    """The accounts found, read for another program: an active clerk only, and an audit event
    (the text searched, how many rows, where they went) in the same transaction."""
    _check_limit(limit)
    with db.transaction() as session:
        clerk = load_clerk(session, actor)
        found = _found(session, text, limit)
        record_event(session, clerk, actor, "export.search",
                     f"Wyeksportowano wyniki wyszukiwania ({len(found)} kont) do: {file_name}.",
                     text=" ".join(search_terms(text))[:MAX_TERM_LENGTH], rows=len(found),
                     file_name=file_name)
        return found
