"""A known month for the supervisor's overview: March 2026 (summer time starts on Sunday the
29th), built through the use cases with the desk's clock set to each moment.

Weeks (Monday–Sunday, cut to the month): 1, 2–8, 9–15, 16–22, 23–29, 30–31 March.

=====  ==========  =====================  ==================  =============================
name   channel     received (UTC)         credential letter   then
=====  ==========  =====================  ==================  =============================
A      paper       28.02 23:30 (1.03 in   04.03 11:30 (3.5 d)  blocked 20.03 (lost password)
                   Warsaw: week 1)
F      e-mail      20.02 12:00 (February) 03.03 12:00 (11 d)
D      phone       02.03 10:00            12.03 10:00 (10 d)   blocked 03.04 (abuse)
H      in-person   03.03 08:00            —                    needs info 05.03, rejected 20.03
B      e-mail      08.03 23:30 (9.03 in   02.04 (April)
                   Warsaw: week 3)
E      paper       10.03 09:00            30.03 09:00 (20 d)
C      paper       31.03 22:30 (1.04 in   —
                   Warsaw: April)
=====  ==========  =====================  ==================  =============================

Lead times of March's letters: 3.5, 10, 11, 20 days: median 10.5, 90th percentile 17.3
(inclusive interpolation: 11 + 0.7 × 9), 3 within 14 days.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime

import pytest

from iok_desk.db.engine import Database
from iok_desk.domain.states import TitleKind
from iok_desk.services import accounts, registry, requests
from iok_desk.services.context import Actor

MONTH = date(2026, 3, 1)

PEOPLE = {"A": ("Adam", "Abacki", "paper"), "B": ("Barbara", "Babacka", "e-mail"),
          "C": ("Cezary", "Cabacki", "paper"), "D": ("Dorota", "Dabacka", "phone"),
          "E": ("Edward", "Ebacki", "paper"), "F": ("Filomena", "Fabacka", "e-mail"),
          "H": ("Henryk", "Habacki", "in-person")}

EXPECTED = {
    "weeks": [("2026-03-01", "2026-03-01"), ("2026-03-02", "2026-03-08"),
              ("2026-03-09", "2026-03-15"), ("2026-03-16", "2026-03-22"),
              ("2026-03-23", "2026-03-29"), ("2026-03-30", "2026-03-31")],
    "requests_by_week": {"paper": [1, 0, 1, 0, 0, 0], "e-mail": [0, 0, 1, 0, 0, 0],
                         "web-form": [0] * 6, "phone": [0, 1, 0, 0, 0, 0],
                         "in-person": [0, 1, 0, 0, 0, 0]},
    # At each week's end: A, F | D, H | B, E, H | B, E | B, E (both overdue) | B (overdue)
    "open_by_week": [2, 2, 3, 2, 2, 1],
    "overdue_by_week": [0, 0, 0, 0, 2, 1],
    "blocks_by_reason": {"lost-password": 1, "unauthorised-use": 0, "abuse": 0, "other": 0},
    # Today's status of the accounts issued by 31 March (A, F, D, E); D was blocked in April.
    "accounts_by_status": {"issued": 2, "active": 0, "blocked": 2, "revoked": 0},
    "letters_by_week": {"printed": [0, 2, 1, 0, 0, 1]},
}


def utc(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=UTC)


@contextmanager
def clock(monkeypatch: pytest.MonkeyPatch, moment: datetime) -> Iterator[None]:
    """The desk's clock (requests, accounts) stands at ``moment``."""
    with monkeypatch.context() as patch:
        for module in (requests, accounts):
            patch.setattr(module, "now_utc", lambda: moment)
        yield


def build_march(db: Database, actor: Actor, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """The month above; the request numbers by name."""
    with db.transaction() as session:
        estate = registry.get_or_create_estate(session, "MSM-09", "Zasób testowy")
        for number, (first, last, _channel) in enumerate(PEOPLE.values(), 1):
            unit = registry.create_unit(session, estate, f"M-{number:04}", "Modrzewiowa", "9",
                                        str(number), postal_code="81-198")
            person = registry.create_person(session, first, last)
            registry.create_title(session, person, unit, TitleKind.OWNERSHIP, date(2020, 1, 1))
    received = {"A": utc(2, 28, 23, 30), "F": utc(2, 20, 12), "D": utc(3, 2, 10),
                "H": utc(3, 3, 8), "B": utc(3, 8, 23, 30), "E": utc(3, 10, 9),
                "C": utc(3, 31, 22, 30)}
    numbers = {}
    for number, name in enumerate(PEOPLE, 1):
        first, last, channel = PEOPLE[name]
        numbers[name] = requests.register_request(db, actor, requests.NewRequest(
            kind="grant", channel=channel, first_name=first, last_name=last,
            unit=f"Modrzewiowa 9/{number}", received_at=received[name])).number
    logins = {}
    for name, moment in (("F", utc(3, 3, 12)), ("A", utc(3, 4, 11, 30)), ("D", utc(3, 12, 10)),
                         ("E", utc(3, 30, 9)), ("B", utc(4, 2, 9))):
        with clock(monkeypatch, moment):
            requests.approve_request(db, actor, numbers[name])
            logins[name] = accounts.issue_credentials(db, actor, numbers[name]).login_id
    with clock(monkeypatch, utc(3, 5, 9)):
        requests.ask_for_information(db, actor, numbers["H"], "Brak podpisu.")
    with clock(monkeypatch, utc(3, 20, 8)):
        requests.reject_request(db, actor, numbers["H"], "Brak tytułu prawnego.")
        accounts.block_account(db, actor, logins["A"], reason="lost-password",
                               caller_name="Adam Abacki")
    with clock(monkeypatch, utc(4, 3, 8)):
        accounts.block_account(db, actor, logins["D"], reason="abuse",
                               caller_name="Dorota Dabacka")
    return numbers
