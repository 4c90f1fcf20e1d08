"""Reading the audit trail (writing it is ``context.record_event``, inside each use case)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from iok_desk.db.engine import Database
from iok_desk.db.models import Account, AuditEvent, Request
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


def events_in(session: Session, where: AuditFilter, *, limit: int = 1000,
              offset: int = 0) -> list[AuditEventInfo]:
    """Audit events, newest first, filtered by clerk, action (prefix: ``account.``), account
    and office days (inclusive)."""
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
    if where.day_from:
        query = query.where(AuditEvent.occurred_at >= datetime.combine(
            where.day_from, time.min, OFFICE_ZONE))
    if where.day_to:
        query = query.where(AuditEvent.occurred_at < datetime.combine(
            where.day_to + timedelta(days=1), time.min, OFFICE_ZONE))
    return [AuditEventInfo(id=event.id, occurred_at=event.occurred_at,
                           clerk_login=event.clerk_login, workstation=event.workstation,
                           db_user=event.db_user, action=event.action, summary=event.summary,
                           request_number=number, account_login_id=login,
                           details=dict(event.details or {}))
            for event, number, login in session.execute(query.limit(limit).offset(offset))]


def audit_trail(db: Database, where: AuditFilter | None = None, *, limit: int = 1000,
                offset: int = 0) -> list[AuditEventInfo]:
    with db.reading() as session:
        return events_in(session, where or AuditFilter(), limit=limit, offset=offset)
