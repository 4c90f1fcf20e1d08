"""What the printed documents need from the database: the request register for a date range,
the audit extract of one account, and the data of a receipt or decision letter (whose
production is recorded, like the credential letter's).

Residents' data read in bulk — the register, an audit extract — is read by an active clerk
only, and the reading is an audit event (what, how many rows, to which file) in the same
transaction as the read."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from pathlib import PurePath

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from iok_desk.db.engine import Database
from iok_desk.db.models import Account, AccountUnit, LetterRecord, Request, Unit
from iok_desk.domain.addresses import postal_address_lines, street_line
from iok_desk.domain.audit import AuditAction
from iok_desk.domain.dates import OFFICE_ZONE, format_date, now_utc, office_date
from iok_desk.domain.errors import NotAllowed, ValidationError
from iok_desk.domain.states import RequestKind, RequestStatus, label_pl

from .audit import AuditFilter, events_in
from .context import Actor, load_clerk, record_event
from .dto import AuditEventInfo, RequestInfo
from .lookups import account_by_login, request_by_number
from .requests import request_info

MAX_REGISTER_DAYS = 3 * 366
# The days a register can cover: the desk keeps no older requests, and later days overflow.
FIRST_DAY = date(2000, 1, 1)
LAST_DAY = date(2099, 12, 31)
AUDIT_EXTRACT_LIMIT = 100_000


class RequestLetterKind(StrEnum):
    """Letters about a request (the credential letter is recorded by the issue use case)."""

    RECEIPT = "receipt"
    DECISION = "decision"


LETTER_LABELS_PL = {
    RequestLetterKind.RECEIPT: "potwierdzenie przyjęcia wniosku",
    RequestLetterKind.DECISION: "pismo o odmowie realizacji wniosku",
}


@dataclass(frozen=True)
class RequestLetterData:
    """Everything a receipt or decision letter prints."""

    request: RequestInfo
    address_lines: list[str]
    written_on: date


@dataclass(frozen=True)
class RequestRegister:
    """The register of requests received in ``day_from``–``day_to`` (office days, inclusive),
    oldest first, with totals by status and by kind in the vocabulary's order."""

    day_from: date
    day_to: date
    produced_at: datetime
    rows: list[RequestInfo]
    totals_by_status: dict[str, int]
    totals_by_kind: dict[str, int]


@dataclass(frozen=True)
class AuditExtract:
    """One account and its audit events, oldest first."""

    login_id: str
    person_name: str
    status: str
    issued_at: datetime
    replaced_by_login_id: str | None
    units: list[str]
    produced_at: datetime
    events: list[AuditEventInfo]


def _postal(unit: Unit) -> list[str]:
    return postal_address_lines(unit.address, unit.postal_code, unit.city)


def _address_lines(session: Session, request: Request) -> list[str]:
    """Where a letter about the request is posted: the unit in the register when known (the
    address the cooperative writes to); for a request naming only an account, that account's
    first unit; else the unit as the applicant gave it."""
    if request.unit is not None:
        return _postal(request.unit)
    login_id = request.account.login_id if request.account else request.login_id_text
    if login_id:
        unit = session.scalar(select(Unit).join(AccountUnit, AccountUnit.unit_id == Unit.id)
                              .join(Account, Account.id == AccountUnit.account_id)
                              .where(Account.login_id == login_id)
                              .order_by(AccountUnit.revoked_at.is_not(None), AccountUnit.id)
                              .limit(1))
        if unit is not None:
            return _postal(unit)
    return [street_line(request.unit_text)] if request.unit_text else []


def prepare_request_letter(db: Database, actor: Actor, number: str,
                           kind: RequestLetterKind) -> RequestLetterData:
    """Record that a receipt or decision letter is produced (letter row and audit event, one
    transaction) and return its data. A decision letter is written for a rejected request
    only: it quotes the reason."""
    with db.transaction() as session:
        clerk = load_clerk(session, actor)
        request = request_by_number(session, number)
        if kind == RequestLetterKind.DECISION and request.status != RequestStatus.REJECTED:
            raise NotAllowed(f"Pismo o odmowie wydaje się dla odrzuconego wniosku; wniosek "
                             f"{request.number} jest w stanie „{label_pl(request.status)}”.",
                             code="request_not_rejected", status=request.status.value)
        now = now_utc()
        session.add(LetterRecord(kind=kind.value, request_id=request.id, clerk_id=clerk.id,
                                 created_at=now))
        record_event(session, clerk, actor, f"letter.{kind.value}",
                     f"Wydrukowano {LETTER_LABELS_PL[kind]} {request.number}.",
                     request=request, letter=kind.value)
        return RequestLetterData(request=request_info(request),
                                 address_lines=_address_lines(session, request),
                                 written_on=office_date(now))


def _ordered_totals(counts: Counter[str], order: list[str]) -> dict[str, int]:
    return {value: counts[value] for value in order if counts[value]}


def _file_label(file_name: str) -> str:
    """The name of the file an export goes to, without the folders (they may name a person)."""
    return PurePath(file_name).name or file_name


def request_register(db: Database, actor: Actor, day_from: date, day_to: date, *,
                     file_name: str) -> RequestRegister:
    """The requests received between two office days (inclusive), oldest first, read for
    ``file_name`` (recorded in the audit event)."""
    for day, field in ((day_from, "day_from"), (day_to, "day_to")):
        if not FIRST_DAY <= day <= LAST_DAY:
            raise ValidationError(f"Data {format_date(day)} jest spoza zakresu rejestru "
                                  f"({format_date(FIRST_DAY)}–{format_date(LAST_DAY)}).",
                                  field=field, code="date_out_of_range")
    if day_to < day_from:
        raise ValidationError(f"Zakres dat jest odwrócony: {format_date(day_from)} jest po "
                              f"{format_date(day_to)}.", field="day_to", code="date_range")
    if (day_to - day_from).days > MAX_REGISTER_DAYS:
        raise ValidationError("Rejestr obejmuje najwyżej trzy lata; podziel zakres dat.",
                              field="day_to", code="date_range_too_long")
    start = datetime.combine(day_from, time.min, OFFICE_ZONE)
    end = datetime.combine(day_to + timedelta(days=1), time.min, OFFICE_ZONE)
    query = (select(Request)
             .where(Request.received_at >= start, Request.received_at < end)
             .options(selectinload(Request.unit), selectinload(Request.account))
             .order_by(Request.received_at, Request.id))
    with db.transaction() as session:
        clerk = load_clerk(session, actor)
        rows = [request_info(request) for request in session.scalars(query)]
        label = _file_label(file_name)
        record_event(session, clerk, actor, AuditAction.EXPORT_REQUEST_REGISTER,
                     f"Wyeksportowano rejestr wniosków {format_date(day_from)}–"
                     f"{format_date(day_to)} ({len(rows)} wniosków) do pliku {label}.",
                     rows=len(rows), file_name=label, day_from=day_from.isoformat(),
                     day_to=day_to.isoformat())
    return RequestRegister(
        day_from=day_from, day_to=day_to, produced_at=now_utc(), rows=rows,
        totals_by_status=_ordered_totals(Counter(row.status for row in rows),
                                         [member.value for member in RequestStatus]),
        totals_by_kind=_ordered_totals(Counter(row.kind for row in rows),
                                       [member.value for member in RequestKind]))


def audit_extract(db: Database, actor: Actor, login_id: str, *, file_name: str) -> AuditExtract:
    """The audit trail of one account, oldest event first, read for ``file_name`` (recorded in
    an audit event on the account; the extract shows the events before it)."""
    with db.transaction() as session:
        clerk = load_clerk(session, actor)
        account = account_by_login(session, login_id)
        units = session.scalars(select(AccountUnit).where(AccountUnit.account_id == account.id)
                                .options(selectinload(AccountUnit.unit))
                                .order_by(AccountUnit.id)).all()
        replaced_by = (session.scalar(select(Account.login_id).where(
            Account.id == account.replaced_by_id)) if account.replaced_by_id else None)
        events = events_in(session, AuditFilter(login_id=account.login_id, outside_desk=True),
                           limit=AUDIT_EXTRACT_LIMIT)
        label = _file_label(file_name)
        record_event(session, clerk, actor, AuditAction.EXPORT_AUDIT_EXTRACT,
                     f"Wyeksportowano wyciąg z dziennika zdarzeń konta {account.login_id} "
                     f"({len(events)} zdarzeń) do pliku {label}.", account=account,
                     rows=len(events), file_name=label)
        return AuditExtract(
            login_id=account.login_id, person_name=account.person.full_name,
            status=account.status.value, issued_at=account.issued_at,
            replaced_by_login_id=replaced_by,
            units=[access.unit.address + ("" if access.revoked_at is None else
                                          f" (odebrany {format_date(access.revoked_at)})")
                   for access in units],
            produced_at=now_utc(), events=list(reversed(events)))
