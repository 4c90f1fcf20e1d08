"""The month's overview as a clerk's own PostgreSQL login reads it: the figures need no grant
beyond what the desk's roles have (no password hash, nothing for the portal), and the report's
audit event names that login."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from support.month import EXPECTED, MONTH, build_march

from iok_desk.db.engine import Database
from iok_desk.db.models import AuditEvent
from iok_desk.domain.audit import AuditAction
from iok_desk.domain.errors import NotAllowed
from iok_desk.letters import produce
from iok_desk.services import overview
from iok_desk.services.context import Actor

from .conftest import Logins

pytestmark = pytest.mark.postgres
on_postgres = pytest.mark.parametrize("database_url", ["postgres"], indirect=True)


@on_postgres
def test_a_clerk_login_reads_the_month_and_the_portal_cannot(
        db: Database, admin: Actor, logins: Logins, monkeypatch: pytest.MonkeyPatch) -> None:
    build_march(db, admin, monkeypatch)
    anna = logins.clerk("anna", "clerk", admin)
    desk = logins.connect(anna)
    figures = overview.monthly_figures(desk, MONTH)
    assert figures.requests_by_week == EXPECTED["requests_by_week"]
    assert figures.accounts_by_status == EXPECTED["accounts_by_status"]
    pdf, _figures = produce.monthly_report(desk, anna.actor(), MONTH, file_name="r.pdf")
    assert pdf.startswith(b"%PDF")
    with db.reading() as session:
        [(clerk, db_user)] = session.execute(select(AuditEvent.clerk_login, AuditEvent.db_user)
                                             .where(AuditEvent.action ==
                                                    AuditAction.EXPORT_MONTHLY_REPORT)).all()
    assert clerk == db_user == anna.name

    portal = logins.portal()
    with pytest.raises(NotAllowed) as error:
        overview.monthly_figures(logins.connect(portal), MONTH)
    assert "permission denied" in error.value.message
