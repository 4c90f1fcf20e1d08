"""Read-only queries behind the desk's lists: paged accounts and units (sorting and filtering
in the database), the request queue, a unit's titles and the accounts still seeing it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import Integer, Select, and_, case, cast, func, select, true, tuple_
from sqlalchemy.orm import Session, selectinload

from iok_desk.db.engine import Database
from iok_desk.db.models import (
    Account,
    AccountSearch,
    AccountUnit,
    AuditEvent,
    Estate,
    LetterRecord,
    Request,
    Title,
    Unit,
)
from iok_desk.domain.dates import OFFICE_ZONE, now_utc, office_date
from iok_desk.domain.errors import ValidationError
from iok_desk.domain.states import (
    OPEN_REQUEST_STATUSES,
    AccountStatus,
    RequestKind,
    RequestStatus,
)
from iok_desk.domain.validation import fold_for_search, parse_unit_address

from . import search
from .dto import AccountSummary, RequestInfo, TitleInfo
from .lookups import find_unit
from .requests import request_info

if TYPE_CHECKING:  # a start of the desk imports no e-mail reading (tests/ui/test_startup_imports)
    from .intake import Refusal

OVERDUE_DAYS = 14
ACCOUNT_SORT_KEYS = ("login_id", "name", "status", "issued_at")
MAX_PAGE = 1000


@dataclass(frozen=True)
class AccountQuery:
    """What the accounts list shows: a search text, a status, and the sort column."""

    text: str = ""
    status: str = ""
    sort_key: str = "name"
    descending: bool = False


@dataclass(frozen=True)
class AccountRow:
    id: int
    login_id: str
    status: str
    person_name: str
    phone: str
    email: str
    units: list[str]
    issued_at: datetime


@dataclass(frozen=True)
class UnitRow:
    id: int
    address: str
    estate: str
    kind: str
    accounting_key: str
    live_accounts: int


@dataclass(frozen=True)
class RequestQuery:
    """The request queue's filter: ``status`` is a status, ``open`` or empty for all."""

    status: str = "open"
    kind: str = ""
    older_than_days: int = 0


def _sort_columns(key: str) -> list[Any]:
    """The list's order, ending in a unique column, so a page can start after a row."""
    if key not in ACCOUNT_SORT_KEYS:
        raise ValidationError(f"Nieznana kolumna sortowania „{key}”.", field="sort_key",
                              code="unknown_choice")
    row = AccountSearch
    columns: dict[str, list[Any]] = {
        "login_id": [row.login_id], "name": [row.sort_name, row.login_id],
        "status": [row.status, row.sort_name, row.login_id],
        "issued_at": [row.issued_at, row.account_id]}
    return columns[key]


def _listed(query: AccountQuery) -> Any:
    """The conditions on ``account_search`` of the list's filter."""
    conditions = []
    if query.text.strip():
        conditions.append(search.matching(search.search_terms(query.text)))
    if query.status:
        conditions.append(AccountSearch.status == AccountStatus(query.status).value)
    return and_(true(), *conditions)


def _ordered(statement: Any, query: AccountQuery) -> tuple[Any, list[Any]]:
    columns = _sort_columns(query.sort_key)
    return statement.order_by(*[column.desc() if query.descending else column
                                for column in columns]), columns


def account_ids(db: Database, query: AccountQuery) -> list[int]:
    """The IDs of every account the list shows, in display order (for the few callers that
    want them all; the list itself reads pages)."""
    statement, _columns = _ordered(select(AccountSearch.account_id).where(_listed(query)),
                                   query)
    with db.reading() as session:
        return list(session.scalars(statement))


def account_count(db: Database, query: AccountQuery) -> int:
    """How many accounts the list shows (asked apart from the first page)."""
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(AccountSearch)
                              .where(_listed(query))) or 0


@dataclass(frozen=True)
class AccountPage:
    """One page of the accounts list; ``after`` is where the next page starts (None: this is
    the last page)."""

    rows: list[AccountRow]
    after: tuple[Any, ...] | None


def page_query(query: AccountQuery, *, after: tuple[Any, ...] | None,
               limit: int) -> Select[Any]:
    """The IDs and sort keys of the ``limit`` accounts after the row ``after`` in the list's
    order, and one more (to know whether another page follows): one range of the sort
    column's index (keyset pagination, never an OFFSET)."""
    if not 1 <= limit <= MAX_PAGE:
        raise ValidationError(f"Strona listy ma od 1 do {MAX_PAGE} wierszy.", field="limit",
                              code="limit_out_of_range")
    statement, columns = _ordered(select(AccountSearch.account_id).where(_listed(query)),
                                  query)
    statement = statement.add_columns(*columns)
    if after is not None:
        if len(after) != len(columns):
            raise ValidationError("Nieznane miejsce na liście.", field="after",
                                  code="unknown_choice")
        position = tuple_(*columns)
        statement = statement.where(position < tuple_(*after) if query.descending
                                    else position > tuple_(*after))
    return statement.limit(limit + 1)


def account_page(db: Database, query: AccountQuery, *, after: tuple[Any, ...] | None = None,
                 limit: int = 100) -> AccountPage:
    """The list's ``limit`` accounts after the row ``after`` (the first page: None)."""
    statement = page_query(query, after=after, limit=limit)
    with db.reading() as session:
        found = session.execute(statement).all()
        rows = _account_rows(session, [row[0] for row in found[:limit]])
    more = len(found) > limit
    return AccountPage(rows=[rows[row[0]] for row in found[:limit] if row[0] in rows],
                       after=tuple(found[limit - 1][1:]) if more else None)


def _account_rows(session: Session, ids: list[int]) -> dict[int, AccountRow]:
    return {account_id: AccountRow(id=row.id, login_id=row.login_id, status=row.status,
                                   person_name=row.person_name, phone=row.phone,
                                   email=row.email, units=row.units, issued_at=row.issued_at)
            for account_id, row in search.listed(session, ids).items()}


def account_rows(db: Database, ids: list[int]) -> dict[int, AccountRow]:
    """The rows of the given account IDs (rows of the list shown again after a change)."""
    with db.reading() as session:
        return _account_rows(session, ids)


def _live_count() -> Any:
    return (select(func.count(AccountUnit.id)).where(AccountUnit.unit_id == Unit.id,
                                                     AccountUnit.revoked_at.is_(None))
            .scalar_subquery())


def _leading_number(column: Any, dialect: str) -> Any:
    """The number a building or unit starts with ("230A" → 230), for natural order; NULL for
    one without digits first."""
    if dialect == "sqlite":  # SQLite's CAST reads the leading digits and ignores the rest
        return case((func.substr(column, 1, 1).between("0", "9"), cast(column, Integer)))
    return cast(func.substring(column, "^[0-9]+"), Integer)


def _address_order(dialect: str) -> list[Any]:
    """Street, then building and unit by their numbers (10/1, 10/2, 10/10, 12A/1)."""
    return [Unit.street_search, _leading_number(Unit.building, dialect), Unit.building,
            _leading_number(Unit.unit_no, dialect), Unit.unit_no]


UNIT_SORT_KEYS = ("address", "estate", "accounting_key", "live_accounts")


def _estate_rank(session: Session) -> Any:
    """Each estate's place in the alphabet of folded names (``Śródmieście`` beside
    ``Srebrna``, as the streets sort), the same on both databases; estates are few."""
    names = session.execute(select(Estate.id, Estate.name)).all()
    ranked = sorted(names, key=lambda estate: (fold_for_search(estate.name), estate.id))
    if not ranked:
        return Unit.estate_id
    return case({estate.id: rank for rank, estate in enumerate(ranked)},
                value=Unit.estate_id)


def _unit_order(session: Session, dialect: str, sort_key: str) -> list[Any]:
    """The units list's order by one column, then by address, ending in the unique ID."""
    if sort_key not in UNIT_SORT_KEYS:
        raise ValidationError(f"Nieznana kolumna sortowania „{sort_key}”.", field="sort_key",
                              code="unknown_choice")
    first: dict[str, list[Any]] = {
        "address": [], "estate": [_estate_rank(session)],
        "accounting_key": [func.lower(Unit.accounting_key)],
        "live_accounts": [_live_count()]}
    return [*first[sort_key], *_address_order(dialect), Unit.id]


def unit_ids(db: Database, text: str = "", *, sort_key: str = "address",
             descending: bool = False) -> list[int]:
    """Units sorted by a column of the list (by default the address), numbers by value;
    ``text`` matches the folded address or accounting key."""
    with db.reading() as session:
        order = _unit_order(session, db.engine.dialect.name, sort_key)
        statement = select(Unit.id).order_by(*[column.desc() if descending else column
                                               for column in order])
        for term in fold_for_search(text).split():
            pattern = f"%{term}%"
            statement = statement.where(Unit.address_search.like(pattern)
                                        | func.lower(Unit.accounting_key).like(pattern))
        return list(session.scalars(statement))


def unit_rows(db: Database, ids: list[int]) -> dict[int, UnitRow]:
    if not ids:
        return {}
    statement = (select(Unit, _live_count()).where(Unit.id.in_(ids))
                 .options(selectinload(Unit.estate)))
    with db.reading() as session:
        return {unit.id: UnitRow(id=unit.id, address=unit.address, estate=unit.estate.name,
                                 kind=unit.kind, accounting_key=unit.accounting_key,
                                 live_accounts=int(live or 0))
                for unit, live in session.execute(statement)}


def unit_addresses(db: Database) -> list[str]:
    """Every unit's address, for the completer of the unit field."""
    with db.reading() as session:
        return [unit.address for unit in session.scalars(
            select(Unit).order_by(*_address_order(db.engine.dialect.name)))]


def register_address(db: Database, unit_text: str) -> str | None:
    """The unit register's address of a typed unit (``Kaszubski 5/1`` → ``Plac Kaszubski
    5/1``), None when the register has no such unit. Raises ValidationError for a text that
    is no address."""
    address = parse_unit_address(unit_text)
    with db.reading() as session:
        unit = find_unit(session, address)
        return unit.address if unit is not None else None


def unit_titles(db: Database, unit_text: str) -> list[TitleInfo]:
    """The legal titles to a unit as the register holds them, newest first; empty when the
    address is not in the register or cannot be read."""
    try:
        address = parse_unit_address(unit_text)
    except ValidationError:
        return []
    today = office_date(now_utc())
    with db.reading() as session:
        unit = find_unit(session, address)
        if unit is None:
            return []
        titles = session.scalars(select(Title).where(Title.unit_id == unit.id)
                                 .options(selectinload(Title.person))
                                 .order_by(Title.valid_from.desc())).all()
        return [TitleInfo(person_name=title.person.full_name, unit_address=unit.address,
                          kind=title.kind.value, valid_from=title.valid_from,
                          valid_to=title.valid_to, valid_today=title.valid_on(today))
                for title in titles]


def accounts_seeing_unit(db: Database, unit_id: int) -> list[AccountSummary]:
    """Accounts that still have access to the unit (to revoke after its sale)."""
    statement = (select(Account).join(AccountUnit).where(AccountUnit.unit_id == unit_id,
                                                         AccountUnit.revoked_at.is_(None))
                 .options(selectinload(Account.person),
                          selectinload(Account.unit_access).selectinload(AccountUnit.unit))
                 .order_by(Account.login_id))
    with db.reading() as session:
        return [AccountSummary(login_id=account.login_id, status=account.status.value,
                               person_name=account.person.full_name,
                               email=account.person.email, phone=account.person.phone,
                               units=[access.unit.address for access in account.unit_access
                                      if access.revoked_at is None],
                               issued_at=account.issued_at)
                for account in session.scalars(statement).unique()]


def unit_title_holders(db: Database, unit_id: int) -> list[TitleInfo]:
    with db.reading() as session:
        unit = session.get(Unit, unit_id)
        address = unit.address if unit else ""
    return unit_titles(db, address) if address else []


def request_queue(db: Database, query: RequestQuery, *, limit: int = 2000) -> list[RequestInfo]:
    """The request queue, oldest open first; filtered by status, kind and minimum age."""
    statement = select(Request).options(selectinload(Request.unit),
                                        selectinload(Request.account))
    if query.status == "open":
        statement = statement.where(Request.status.in_(OPEN_REQUEST_STATUSES))
    elif query.status:
        statement = statement.where(Request.status == RequestStatus(query.status))
    if query.kind:
        statement = statement.where(Request.kind == RequestKind(query.kind))
    if query.older_than_days > 0:
        statement = statement.where(
            Request.received_at < now_utc() - timedelta(days=query.older_than_days))
    statement = statement.order_by(Request.received_at, Request.id).limit(limit)
    with db.reading() as session:
        return [request_info(request) for request in session.scalars(statement)]


def is_overdue(info: RequestInfo, now: datetime | None = None) -> bool:
    """Open for more than OVERDUE_DAYS days."""
    moment = now or now_utc()
    return info.status in OPEN_REQUEST_STATUSES and moment - info.received_at > timedelta(
        days=OVERDUE_DAYS)


def letters_issued_on(db: Database, day: date | None = None) -> int:
    """How many letters were produced on an office day (today by default)."""
    day = day or office_date(now_utc())
    start = datetime.combine(day, time.min, OFFICE_ZONE)
    with db.reading() as session:
        return session.scalar(select(func.count(LetterRecord.id)).where(
            LetterRecord.created_at >= start,
            LetterRecord.created_at < start + timedelta(days=1))) or 0


def audit_actions(db: Database) -> list[str]:
    """The actions that occur in the audit trail, for the audit view's filter."""
    with db.reading() as session:
        return list(session.scalars(select(AuditEvent.action).distinct()
                                    .order_by(AuditEvent.action)))


def attachment_refusal(content: bytes) -> Refusal | None:
    """Why a file could not be attached to a request (type, size, empty), with the code the
    attaching use case uses; None when it can. Nothing is read from or written to the
    database: a request form checks files before its request exists."""
    from .intake import _refusal

    return _refusal(content)[1]
