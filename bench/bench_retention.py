"""Retention planning on 5,000 persons: the query per person it used to make against the one
statement per category of ``services.retention`` (same run, same database, same answer).

    .venv/bin/python bench/bench_retention.py [--accounts 5000] [--rounds 3]

The data is ``make_data.py``'s, in its own files (``iok-bench/retention-<N>.sqlite3``; with
``IOK_BENCH_PG_URL`` the PostgreSQL database ``<name>_<N>``: give a name of its own, the bench
changes its persons and titles). Each person is dated from their account's issue, and the
persons whose account is revoked lose their titles on the day of the revocation, so the ~5 %
revoked 1–3,000 days ago are former residents, about a third of them past the six-year
period. Prints, per database, the seconds (best of the rounds) and the statements each way,
and checks that both plans name the same persons, requests, attachments.
"""

from __future__ import annotations

import argparse
import time
from datetime import datetime, timedelta
from typing import Any

from make_data import BENCH_DIR, add_arguments, databases
from sqlalchemy import event, or_, select, update
from sqlalchemy.orm import Session

from iok_desk.db.engine import Database
from iok_desk.db.models import Account, Attachment, AuditEvent, Person, Request, Title
from iok_desk.domain.dates import now_utc, office_date
from iok_desk.domain.states import AccountStatus, RequestStatus
from iok_desk.services import retention

_OPEN = (RequestStatus.RECEIVED, RequestStatus.NEEDS_INFO, RequestStatus.APPROVED)
Plan = tuple[list[Attachment], list[Request], list[Person], int]


def _last_activity(person: Person, requests: list[Request], now: datetime) -> datetime | None:
    """The former per-person rule, as services/retention.py had it before the set-based plan."""
    today = office_date(now)
    moments: list[datetime] = [person.created_at]
    for title in person.titles:
        if title.valid_to is None or title.valid_to >= today:
            return None
        moments.append(datetime.combine(title.valid_to, datetime.min.time(),
                                        tzinfo=person.created_at.tzinfo))
    for account in person.accounts:
        if account.status != AccountStatus.REVOKED or account.revoked_at is None:
            return None
        moments.append(account.revoked_at)
    for request in requests:
        if request.status in _OPEN:
            return None
        moments.append(request.decided_at or request.received_at)
    return max(moments)


def naive_plan(session: Session, now: datetime) -> Plan:
    """The former plan: each person's accounts, titles and requests read one person at a time."""
    days = retention.retention_days(session)
    persons: list[Person] = []
    person_requests: list[Request] = []
    for person in session.scalars(select(Person).where(Person.pseudonymised_at.is_(None))
                                  .order_by(Person.id)):
        account_ids = [account.id for account in person.accounts]
        requests = list(session.scalars(select(Request).where(or_(
            Request.person_id == person.id, Request.account_id.in_(account_ids)))))
        last = _last_activity(person, requests, now)
        if last is not None and last < now - timedelta(days=days["former"]):
            persons.append(person)
            person_requests += [r for r in requests if r.pseudonymised_at is None]
    rejected = list(session.scalars(select(Request).where(
        Request.status == RequestStatus.REJECTED, Request.pseudonymised_at.is_(None),
        Request.decided_at < now - timedelta(days=days["rejected"]))))
    requests = sorted({r.id: r for r in person_requests + rejected}.values(),
                      key=lambda r: r.id)
    request_ids = [r.id for r in requests]
    attachments = list(session.scalars(select(Attachment).where(
        Attachment.size_bytes > 0,
        or_(Attachment.request_id.in_(request_ids),
            (Attachment.content_type == retention.EMAIL_TYPE)
            & (Attachment.created_at < now - timedelta(days=days["email"]))))
        .order_by(Attachment.id)))
    audit = len([event for event in session.scalars(select(AuditEvent).where(
        AuditEvent.occurred_at < now - timedelta(days=days["audit"])))
        if "personal" in (event.details or {})])
    return attachments, requests, persons, audit


def end_titles_of_revoked(db: Database) -> None:
    """Each person came into the desk when their account was issued, and a sale ended the
    title the day the account was revoked (idempotent)."""
    with db.transaction() as session:
        session.execute(update(Person).where(Person.pseudonymised_at.is_(None)).values(
            created_at=select(Account.issued_at).where(Account.person_id == Person.id)
            .scalar_subquery()))
        revoked = {row.person_id: row.revoked_at for row in session.execute(
            select(Account.person_id, Account.revoked_at).where(
                Account.status == AccountStatus.REVOKED))}
        for person_id, revoked_at in revoked.items():
            session.execute(update(Title).where(Title.person_id == person_id,
                                                Title.valid_to.is_(None))
                            .values(valid_to=revoked_at.date()))


def measure(db: Database, plan: Any, now: datetime, rounds: int) -> tuple[float, int, Any]:
    """Best seconds of ``rounds``, statements of one round, and what it found (keys)."""
    statements = 0

    def count(*_: object) -> None:
        nonlocal statements
        statements += 1

    best = float("inf")
    found: Any = None
    for _ in range(rounds):
        statements = 0
        event.listen(db.engine, "before_cursor_execute", count)
        try:
            with db.reading() as session:
                started = time.perf_counter()
                attachments, requests, persons, audit = plan(session, now)
                best = min(best, time.perf_counter() - started)
                found = ([a.id for a in attachments], [r.id for r in requests],
                         [p.id for p in persons], audit)
        finally:
            event.remove(db.engine, "before_cursor_execute", count)
    return best, statements, found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_arguments(parser)
    parser.add_argument("--rounds", type=int, default=3)
    parser.set_defaults(accounts=5_000)
    args = parser.parse_args()
    args.sqlite = args.sqlite or str(BENCH_DIR / f"retention-{args.accounts}.sqlite3")
    now = now_utc()
    for db in databases(args):
        end_titles_of_revoked(db)
        naive = measure(db, naive_plan, now, args.rounds)
        sets = measure(db, retention._plan, now, args.rounds)
        assert naive[2] == sets[2], f"{db.dialect}: the two plans differ"
        persons = len(sets[2][2])
        print(f"{db.dialect}: {args.accounts:,} persons, {persons} past the period, "
              f"{len(sets[2][1])} requests — per person {naive[0]:.3f} s in {naive[1]:,} "
              f"statements; per category {sets[0]:.3f} s in {sets[1]} statements "
              f"({naive[0] / sets[0]:.1f}×)")
        db.dispose()


if __name__ == "__main__":
    main()
