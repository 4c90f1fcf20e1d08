"""The office's calendar: Gdynia's time zone and the Polish date format ``dd.mm.rrrr``."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

OFFICE_ZONE = ZoneInfo("Europe/Warsaw")


def now_utc() -> datetime:
    return datetime.now(UTC)


def office_date(moment: datetime) -> date:
    """The calendar day in Gdynia at that moment."""
    return moment.astimezone(OFFICE_ZONE).date()


def format_date(day: date | datetime) -> str:
    """``24.11.2026``; a moment is shown as its day in Gdynia."""
    if isinstance(day, datetime):
        day = office_date(day)
    return day.strftime("%d.%m.%Y")


def format_datetime(moment: datetime) -> str:
    """``24.11.2026 14:05`` in Gdynia's time."""
    return moment.astimezone(OFFICE_ZONE).strftime("%d.%m.%Y %H:%M")
