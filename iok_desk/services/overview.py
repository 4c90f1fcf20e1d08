"""The supervisor's overview of one month: requests per week by channel, the time from receipt
to the credential letter against the office's target, open and overdue requests, blocks by
reason, accounts by status and the letters printed.

``monthly_figures`` is the one place the figures are computed; the Reports page shows them,
``monthly_report`` reads them for a PDF or the command line's ``--json`` and records that
reading as an audit event (like every other report). The figures are aggregates: they name no
resident.

Weeks run Monday to Sunday in the office's time zone (Europe/Warsaw) and are cut at the
month's edges, so every request of the month is in exactly one week. A request is *open* at a
moment when it was received by then and not yet decided (leaving ``received``/``needs_info``
always passes through ``approved`` or ``rejected``, which records ``decided_at``); it is
*overdue* when it has been open for more than ``browse.OVERDUE_DAYS`` days, the rule the queue
uses. In the month under way the current week counts up to now, and the weeks to come count
nothing yet.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import PurePath
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from iok_desk.db.engine import Database
from iok_desk.db.models import Account, LetterRecord, Request
from iok_desk.domain.audit import AuditAction
from iok_desk.domain.dates import OFFICE_ZONE, now_utc, office_date
from iok_desk.domain.errors import ValidationError
from iok_desk.domain.states import LABELS, AccountStatus, BlockReason, Channel, LetterState

from .browse import OVERDUE_DAYS
from .context import Actor, load_clerk, record_event

TARGET_DAYS = OVERDUE_DAYS
"""The office's target from receipt to the credential letter, in days (the queue's overdue
rule)."""

CREDENTIAL_LETTER = "credential"
FIRST_MONTH = date(2000, 1, 1)
LAST_MONTH = date(2099, 12, 1)
_MONTH = re.compile(r"^\s*(\d{4})-(\d{1,2})\s*$|^\s*(\d{1,2})\.(\d{4})\s*$")


LETTER_STATE_LABELS = {state: LABELS[state] for state in LetterState}


def letter_state(letter: LetterRecord) -> LetterState:
    """The state a credential letter is counted in (the letter register's); a letter printed
    before the register (revision 0006) has none and counts as printed."""
    return LetterState(letter.state) if letter.state else LetterState.PRINTED


@dataclass(frozen=True)
class Week:
    """Office days ``first``–``last`` (inclusive): a Monday-to-Sunday week cut to the month."""

    first: date
    last: date


@dataclass(frozen=True)
class LeadTimes:
    """Days from receipt to the first credential letter, for the requests whose letter was
    produced in the month."""

    count: int
    median_days: float | None
    p90_days: float | None
    within_target: int
    target_days: int = TARGET_DAYS


@dataclass(frozen=True)
class MonthlyFigures:
    """One month's figures. Every per-week list has one number per ``weeks`` entry; the
    dictionaries hold every value of their vocabulary in its order (zeros included)."""

    month: date
    produced_at: datetime
    as_of: datetime
    weeks: list[Week]
    requests_by_week: dict[str, list[int]]
    lead_times: LeadTimes
    open_by_week: list[int]
    overdue_by_week: list[int]
    open_at_end: int
    overdue_at_end: int
    blocks_by_reason: dict[str, int]
    accounts_by_status: dict[str, int]
    letters_by_week: dict[str, list[int]]
    letters_by_kind: dict[str, int] = field(default_factory=dict)

    @property
    def last_day(self) -> date:
        return self.weeks[-1].last

    @property
    def requests_total(self) -> int:
        return sum(sum(counts) for counts in self.requests_by_week.values())

    def as_json(self) -> dict[str, Any]:
        """The figures as plain JSON values (days as ISO dates, times in UTC)."""
        lead = self.lead_times
        return {
            "month": self.month.strftime("%Y-%m"),
            "produced_at": self.produced_at.isoformat(),
            "as_of": self.as_of.isoformat(),
            "weeks": [{"first": week.first.isoformat(), "last": week.last.isoformat()}
                      for week in self.weeks],
            "requests_by_week": self.requests_by_week,
            "requests_total": self.requests_total,
            "lead_times": {"count": lead.count, "median_days": lead.median_days,
                           "p90_days": lead.p90_days, "within_target": lead.within_target,
                           "target_days": lead.target_days},
            "open_by_week": self.open_by_week,
            "overdue_by_week": self.overdue_by_week,
            "open_at_end": self.open_at_end,
            "overdue_at_end": self.overdue_at_end,
            "blocks_by_reason": self.blocks_by_reason,
            "accounts_by_status": self.accounts_by_status,
            "letters_by_week": self.letters_by_week,
            "letters_by_kind": self.letters_by_kind,
        }


def axis_scale(top: float) -> tuple[int, int]:
    """A chart's value axis from 0 over ``top`` (the page's and the PDF's): its end and its
    step, the step 1, 2 or 5 × 10ⁿ, about four steps: 17 → (20, 5), 33.6 → (40, 10),
    293 → (300, 100)."""
    rough = max(top, 1) / 4
    magnitude = 10 ** max(0, len(str(int(rough))) - 1)
    step = next(factor * magnitude for factor in (1, 2, 5, 10) if factor * magnitude >= rough)
    return step * (int(max(top, 1) // step) + 1), step


def parse_month(text: str) -> date:
    """``2026-11`` or ``11.2026``: the first day of that month."""
    match = _MONTH.match(text)
    if match:
        year, month = ((match.group(1), match.group(2)) if match.group(1)
                       else (match.group(4), match.group(3)))
        if 1 <= int(month) <= 12:
            return date(int(year), int(month), 1)
    raise ValidationError(f"Nieprawidłowy miesiąc „{text}” — podaj rrrr-mm, np. 2026-11.",
                          field="month", code="month_format")


def month_weeks(month: date) -> list[Week]:
    """The Monday-to-Sunday weeks of a month, cut at its first and last day."""
    first = month.replace(day=1)
    last = _next_month(first) - timedelta(days=1)
    weeks = []
    start = first
    while start <= last:
        end = min(start + timedelta(days=6 - start.weekday()), last)
        weeks.append(Week(start, end))
        start = end + timedelta(days=1)
    return weeks


def _next_month(first: date) -> date:
    return date(first.year + first.month // 12, first.month % 12 + 1, 1)


def _start_of(day: date) -> datetime:
    """Midnight at the start of an office day."""
    return datetime.combine(day, time.min, OFFICE_ZONE)


def _check_month(month: date, now: datetime) -> date:
    first = month.replace(day=1)
    if not FIRST_MONTH <= first <= LAST_MONTH:
        raise ValidationError(f"Miesiąc {first:%m.%Y} jest spoza zakresu "
                              f"({FIRST_MONTH:%m.%Y}–{LAST_MONTH:%m.%Y}).", field="month",
                              code="month_out_of_range")
    if first > office_date(now):
        raise ValidationError(f"Miesiąc {first:%m.%Y} jeszcze się nie zaczął.", field="month",
                              code="month_in_future")
    return first


def _percentile(values: list[float], fraction: float) -> float:
    """Linear interpolation between the closest ranks (``statistics.quantiles``, inclusive
    method): the 90th percentile of 1, 2, …, 10 is 9.1."""
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[round(fraction * 100) - 1]


def _lead_times(session: Session, start: datetime, end: datetime) -> LeadTimes:
    first_letter = (select(LetterRecord.request_id,
                           func.min(LetterRecord.created_at).label("letter_at"))
                    .where(LetterRecord.kind == CREDENTIAL_LETTER,
                           LetterRecord.request_id.is_not(None))
                    .group_by(LetterRecord.request_id).subquery())
    rows = session.execute(select(Request.received_at, first_letter.c.letter_at)
                           .join(first_letter, first_letter.c.request_id == Request.id)
                           .where(first_letter.c.letter_at >= start,
                                  first_letter.c.letter_at < end)).all()
    days = sorted(_as_utc(letter_at).timestamp() / 86400 - received_at.timestamp() / 86400
                  for received_at, letter_at in rows)
    if not days:
        return LeadTimes(count=0, median_days=None, p90_days=None, within_target=0)
    return LeadTimes(count=len(days), median_days=round(statistics.median(days), 2),
                     p90_days=round(_percentile(days, 0.9), 2),
                     within_target=sum(1 for value in days if value <= TARGET_DAYS))


def _as_utc(moment: datetime) -> datetime:
    """An aggregate (``min``) comes back without the column's type on SQLite: naive UTC."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def _open_counts(session: Session, moment: datetime) -> tuple[int, int]:
    """Requests open at ``moment`` and those of them open for more than the target."""
    is_open = [Request.received_at <= moment,
               or_(Request.decided_at.is_(None), Request.decided_at > moment)]
    count = session.scalar(select(func.count(Request.id)).where(*is_open)) or 0
    overdue = session.scalar(select(func.count(Request.id)).where(
        *is_open, Request.received_at < moment - timedelta(days=OVERDUE_DAYS))) or 0
    return count, overdue


def _figures(session: Session, month: date, now: datetime) -> MonthlyFigures:
    weeks = month_weeks(month)
    start, end = _start_of(weeks[0].first), _start_of(weeks[-1].last + timedelta(days=1))
    index = {week.first + timedelta(days=offset): number for number, week in enumerate(weeks)
             for offset in range((week.last - week.first).days + 1)}

    by_channel = {channel.value: [0] * len(weeks) for channel in Channel}
    for channel, received_at in session.execute(
            select(Request.channel, Request.received_at)
            .where(Request.received_at >= start, Request.received_at < end)):
        by_channel[Channel(channel).value][index[office_date(received_at)]] += 1

    open_by_week, overdue_by_week = [], []
    for week in weeks:
        moment = min(now, _start_of(week.last + timedelta(days=1)))
        begun = _start_of(week.first) <= now
        count, overdue = _open_counts(session, moment) if begun else (0, 0)
        open_by_week.append(count)
        overdue_by_week.append(overdue)
    as_of = min(now, end)
    open_at_end, overdue_at_end = _open_counts(session, as_of)

    blocks = Counter(reason for reason in session.scalars(
        select(Account.block_reason).where(Account.blocked_at >= start,
                                           Account.blocked_at < end)) if reason is not None)
    # Today's status of the accounts issued by the month's end: the desk keeps no history of
    # an account's activation, so a past month shows where its accounts are now.
    statuses = Counter(session.scalars(select(Account.status).where(Account.issued_at < end)))

    letters = {state.value: [0] * len(weeks) for state in LetterState}
    kinds: Counter[str] = Counter()
    for letter in session.scalars(select(LetterRecord).where(
            LetterRecord.created_at >= start, LetterRecord.created_at < end)):
        kinds[letter.kind] += 1
        letters[letter_state(letter).value][index[office_date(letter.created_at)]] += 1

    return MonthlyFigures(
        month=month, produced_at=now, as_of=as_of, weeks=weeks,
        requests_by_week=by_channel, lead_times=_lead_times(session, start, end),
        open_by_week=open_by_week, overdue_by_week=overdue_by_week,
        open_at_end=open_at_end, overdue_at_end=overdue_at_end,
        blocks_by_reason={reason.value: blocks[reason] for reason in BlockReason},
        accounts_by_status={status.value: statuses[status] for status in AccountStatus},
        letters_by_week={state: counts for state, counts in letters.items()
                         if state == LetterState.PRINTED or any(counts)},
        letters_by_kind=dict(sorted(kinds.items())))


def monthly_figures(db: Database, month: date) -> MonthlyFigures:
    """The figures of the month that contains ``month`` (the Reports page's charts)."""
    now = now_utc()
    first = _check_month(month, now)
    with db.reading() as session:
        return _figures(session, first, now)


def monthly_report(db: Database, actor: Actor, month: date, *,
                   file_name: str) -> MonthlyFigures:
    """The month's figures read by an active clerk for ``file_name`` (the PDF, or ``-`` for
    the command line's JSON); the reading is an audit event in the same transaction."""
    now = now_utc()
    first = _check_month(month, now)
    with db.transaction() as session:
        clerk = load_clerk(session, actor)
        figures = _figures(session, first, now)
        label = PurePath(file_name).name or file_name
        record_event(session, clerk, actor, AuditAction.EXPORT_MONTHLY_REPORT,
                     f"Wyeksportowano raport miesięczny {first:%m.%Y} "
                     f"(wnioski w miesiącu: {figures.requests_total}) do pliku {label}.",
                     month=first.strftime("%Y-%m"), file_name=label,
                     requests=figures.requests_total)
        return figures
