"""services.overview: one month's figures against a month whose answers are known
(support/month.py): week buckets in Warsaw's time, median and 90th percentile of the time to
the credential letter, open and overdue at each week's end by the 14-day rule, blocks by
reason, accounts by status, letters printed; the reading for a report is audited."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select
from support.month import EXPECTED, MONTH, build_march
from support.rows import row_counts

from iok_desk.db.engine import Database
from iok_desk.db.models import AuditEvent
from iok_desk.domain.audit import AuditAction
from iok_desk.domain.dates import now_utc, office_date
from iok_desk.domain.errors import ValidationError
from iok_desk.services import overview
from iok_desk.services.context import Actor


def test_the_figures_of_a_known_month(db: Database, admin: Actor,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    build_march(db, admin, monkeypatch)
    figures = overview.monthly_figures(db, date(2026, 3, 17))  # any day names its month
    assert figures.month == MONTH
    assert [(week.first.isoformat(), week.last.isoformat())
            for week in figures.weeks] == EXPECTED["weeks"]
    assert figures.requests_by_week == EXPECTED["requests_by_week"]
    assert figures.requests_total == 5
    lead = figures.lead_times
    assert (lead.count, lead.median_days, lead.p90_days, lead.within_target,
            lead.target_days) == (4, 10.5, 17.3, 3, 14)
    assert figures.open_by_week == EXPECTED["open_by_week"]
    assert figures.overdue_by_week == EXPECTED["overdue_by_week"]
    assert (figures.open_at_end, figures.overdue_at_end) == (1, 1)
    assert figures.blocks_by_reason == EXPECTED["blocks_by_reason"]
    assert figures.accounts_by_status == EXPECTED["accounts_by_status"]
    assert figures.letters_by_week == EXPECTED["letters_by_week"]
    assert figures.letters_by_kind == {"credential": 4}
    assert figures.as_json()["lead_times"]["p90_days"] == 17.3

    april = overview.monthly_figures(db, date(2026, 4, 1))
    assert april.requests_by_week["paper"] == [1, 0, 0, 0, 0]  # C: 1 April in Warsaw
    assert april.lead_times.count == 1 and april.lead_times.median_days == pytest.approx(
        24.4, abs=0.01)  # B: 8.03 23:30 → 2.04 09:00 UTC
    assert april.blocks_by_reason["abuse"] == 1 and april.blocks_by_reason["lost-password"] == 0
    # The month under way: C (1 April, never decided) is open and overdue now; the weeks to
    # come count nothing yet.
    today = office_date(now_utc())
    current = overview.monthly_figures(db, today)
    for week, count, overdue in zip(current.weeks, current.open_by_week,
                                    current.overdue_by_week, strict=True):
        assert (count, overdue) == ((0, 0) if week.first > today else (1, 1)), week
    assert (current.open_at_end, current.overdue_at_end) == (1, 1)
    empty = overview.monthly_figures(db, date(2025, 6, 1))
    assert empty.requests_total == 0 and empty.lead_times.median_days is None
    assert empty.open_by_week == [0] * len(empty.weeks)


def test_a_report_reading_is_audited_and_bad_months_write_nothing(
        db: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch) -> None:
    build_march(db, admin, monkeypatch)
    figures = overview.monthly_report(db, admin, MONTH, file_name="/home/x/raport-03.pdf")
    assert figures.requests_by_week == EXPECTED["requests_by_week"]
    with db.reading() as session:
        details, summary = session.execute(select(AuditEvent.details, AuditEvent.summary).where(
            AuditEvent.action == AuditAction.EXPORT_MONTHLY_REPORT)).one()
    assert details == {"month": "2026-03", "file_name": "raport-03.pdf", "requests": 5}
    assert "03.2026" in summary and "/home/x" not in summary
    before = row_counts(db)
    for text, code in (("2026-13", "month_format"), ("marzec", "month_format"),
                       ("2999-01", "month_out_of_range")):
        with pytest.raises(ValidationError) as error:
            overview.monthly_report(db, admin, overview.parse_month(text), file_name="r.pdf")
        assert error.value.code == code
    with pytest.raises(ValidationError) as error:
        overview.monthly_report(db, admin, date(2090, 1, 1), file_name="r.pdf")
    assert error.value.code == "month_in_future"
    assert row_counts(db) == before
    assert overview.parse_month("3.2026") == overview.parse_month("2026-03") == MONTH
