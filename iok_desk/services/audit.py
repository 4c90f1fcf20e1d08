"""Reading the audit trail (writing it is ``context.record_event``, inside each use case)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import String, select
from sqlalchemy.orm import Session, aliased

from iok_desk.db.engine import Database
from iok_desk.db.models import Account, AccountUnit, AuditEvent, DbChange, Request
from iok_desk.domain.audit import AuditAction
from iok_desk.domain.credentials import normalize_login_id
from iok_desk.domain.dates import OFFICE_ZONE

from .dto import AuditEventInfo


@dataclass(frozen=True)
class AuditFilter:
    clerk: str | None = None
    action: str | None = None
    login_id: str | None = None
    day_from: date | None = None
    day_to: date | None = None
    # Also the database's own records of changes made outside the desk (PostgreSQL).
    outside_desk: bool = False


def events_in(session: Session, where: AuditFilter, *, limit: int = 1000,
              offset: int = 0) -> list[AuditEventInfo]:
    """Audit events, newest first, filtered by clerk, action (prefix: ``account.``), account
    and office days (inclusive) — and, when ``where.outside_desk`` asks on PostgreSQL, one
    event per transaction that changed guarded rows without any audit event of the desk
    (flagged ``outside_desk``, action ``db.change``; the clerk filter matches its login)."""
    account = aliased(Account)
    request = aliased(Request)
    query = (select(AuditEvent, request.number, account.login_id)
             .outerjoin(request, request.id == AuditEvent.request_id)
             .outerjoin(account, account.id == AuditEvent.account_id)
             .order_by(AuditEvent.id.desc()))
    if where.clerk:
        query = query.where(AuditEvent.clerk_login == where.clerk)
    if where.action:
        query = query.where(AuditEvent.action.startswith(where.action, autoescape=True))
    if where.login_id:
        query = query.where(account.login_id == normalize_login_id(where.login_id))
    start, end = _office_days(where)
    if start:
        query = query.where(AuditEvent.occurred_at >= start)
    if end:
        query = query.where(AuditEvent.occurred_at < end)
    events = [AuditEventInfo(id=event.id, occurred_at=event.occurred_at,
                             clerk_login=event.clerk_login, workstation=event.workstation,
                             db_user=event.db_user, action=event.action, summary=event.summary,
                             request_number=number, account_login_id=login,
                             details=dict(event.details or {}))
              for event, number, login in session.execute(query.limit(limit + offset))]
    outside = _outside_desk(session, where, limit + offset)
    if outside:
        events = sorted(events + outside, key=lambda event: event.occurred_at, reverse=True)
    return events[offset:offset + limit]


def _office_days(where: AuditFilter) -> tuple[datetime | None, datetime | None]:
    start = datetime.combine(where.day_from, time.min, OFFICE_ZONE) if where.day_from else None
    end = (datetime.combine(where.day_to + timedelta(days=1), time.min, OFFICE_ZONE)
           if where.day_to else None)
    return start, end


OUTSIDE_DESK_ACTION = AuditAction.DB_CHANGE


def _outside_desk(session: Session, where: AuditFilter, limit: int) -> list[AuditEventInfo]:
    """Changes the database recorded in transactions that wrote no audit event."""
    if not where.outside_desk or session.get_bind().dialect.name != "postgresql":
        return []
    if where.action and not OUTSIDE_DESK_ACTION.startswith(where.action):
        return []
    desk_event = select(AuditEvent.id).where(AuditEvent.txid == DbChange.txid).exists()
    query = (select(DbChange).where(~desk_event)
             .order_by(DbChange.id.desc()))
    if where.clerk:
        query = query.where(DbChange.db_user == where.clerk)
    start, end = _office_days(where)
    if start:
        query = query.where(DbChange.occurred_at >= start)
    if end:
        query = query.where(DbChange.occurred_at < end)
    if where.login_id:
        account_id = session.scalar(select(Account.id).where(
            Account.login_id == normalize_login_id(where.login_id)))
        access = select(AccountUnit.id.cast(String)).where(AccountUnit.account_id == account_id)
        query = query.where(
            ((DbChange.table_name == "account") & (DbChange.row_key == str(account_id)))
            | ((DbChange.table_name == "account_unit") & DbChange.row_key.in_(access)))
    by_transaction: dict[int | None, list[DbChange]] = {}
    for change in session.scalars(query.limit(limit * 20)):
        by_transaction.setdefault(change.txid, []).append(change)
    return [_as_event(session, list(reversed(changes)))
            for changes in list(by_transaction.values())[:limit]]


def _as_event(session: Session, changes: list[DbChange]) -> AuditEventInfo:
    first = changes[0]
    account_ids = {int(change.row_key) for change in changes
                   if change.table_name == "account" and change.row_key}
    login = session.scalar(select(Account.login_id).where(Account.id.in_(account_ids))) \
        if len(account_ids) == 1 else None
    parts = [f"{change.operation} {change.table_name} #{change.row_key} "
             f"({', '.join(sorted(change.changes))})" for change in changes[:5]]
    more = f" i {len(changes) - 5} innych" if len(changes) > 5 else ""
    return AuditEventInfo(
        id=-first.id, occurred_at=first.occurred_at, clerk_login="", workstation="",
        db_user=first.db_user, action=OUTSIDE_DESK_ACTION,
        summary=f"Zmiana poza IOK Desk (login bazy {first.db_user}): {'; '.join(parts)}{more}.",
        request_number=None, account_login_id=login,
        details={"changes": [{"table": change.table_name, "row": change.row_key,
                              "operation": change.operation, "columns": change.changes}
                             for change in changes]},
        outside_desk=True)


def audit_trail(db: Database, where: AuditFilter | None = None, *, limit: int = 1000,
                offset: int = 0) -> list[AuditEventInfo]:
    with db.reading() as session:
        return events_in(session, where or AuditFilter(), limit=limit, offset=offset)
