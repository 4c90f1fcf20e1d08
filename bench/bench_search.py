"""Search as you type with 100,000 accounts: the desk's index-backed search against the naive
way — a case-insensitive ``LIKE '%…%'`` over the same columns — and the accounts list.

For 1 to 6 typed characters of a surname, a street and a login ID (surname and street with and
without Polish letters), prints the median and 95th percentile latency of both, side by side,
and their ratio; then the time to the first rows of the paged accounts list and the process's
peak memory. Both searches load the same 50 rows the same way: only the lookup differs.

    .venv/bin/python bench/bench_search.py [--rounds 7] [make_data options]
"""

from __future__ import annotations

import argparse
import re
import resource
import statistics
import time
from collections.abc import Callable

from make_data import add_arguments, databases
from sqlalchemy import Select, case, func, or_, select
from sqlalchemy.orm import selectinload

from iok_desk.db.engine import Database
from iok_desk.db.models import Account, AccountUnit, Person, Unit
from iok_desk.domain.states import AccountStatus
from iok_desk.domain.validation import fold_for_search
from iok_desk.services import browse, search

LIMIT = 50


def naive_query(text: str) -> Select[tuple[Account]] | None:
    """The naive way: every word as ``lower(column) LIKE '%word%'`` over the same columns."""
    folded = re.sub(r"(?<=\d)[\s\-](?=\d)", "", fold_for_search(text))
    terms = folded.split()
    if not terms:
        return None
    query = select(Account).join(Person)
    for term in terms:
        pattern = f"%{term}%"
        on_unit = select(AccountUnit.account_id).join(Unit).where(
            func.lower(Unit.address_search).like(pattern))
        query = query.where(or_(func.lower(Person.name_search).like(pattern),
                                func.lower(Person.contact_search).like(pattern),
                                Account.id.in_(on_unit),
                                func.lower(Account.login_id).like(pattern)))
    live_first = case((Account.status == AccountStatus.REVOKED, 1), else_=0)
    return query.order_by(live_first, Person.name_search, Account.id)


def run(db: Database, query: Select[tuple[Account]] | None) -> list[str]:
    """Load the first rows as the desk shows them."""
    if query is None:
        return []
    query = query.options(selectinload(Account.person),
                          selectinload(Account.unit_access).selectinload(AccountUnit.unit))
    with db.reading() as session:
        return [account.login_id for account in session.scalars(query.limit(LIMIT))]


def timed(call: Callable[[], object], rounds: int) -> list[float]:
    call()  # warm the caches once, as a clerk's second keystroke would
    samples = []
    for _ in range(rounds):
        started = time.perf_counter()
        call()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def cases(db: Database) -> dict[str, list[str]]:
    """Typed prefixes (1–6 characters) of words that are in the data."""
    with db.reading() as session:
        login = session.scalar(select(Account.login_id).order_by(Account.id).limit(1)) or ""
    words = {"surname, Polish letters": "Żółkiewska", "surname, without": "zolkiewska",
             "surname (common)": "Kowalska", "street, Polish letters": "Świętojańska",
             "street, without": "swietojanska", "login ID": login}
    return {name: [word[:length] for length in range(1, 7)] for name, word in words.items()}


def bench_search(db: Database, rounds: int) -> None:
    print(f"\n== {db.dialect}: search as you type (50 rows shown), milliseconds ==")
    print(f"{'typed':<34}{'desk median':>12}{'p95':>8}{'naive median':>14}{'p95':>8}"
          f"{'ratio':>8}  same rows")
    all_desk: list[float] = []
    all_naive: list[float] = []
    by_length: dict[str, tuple[list[float], list[float]]] = {"1–2 chars": ([], []),
                                                            "3–6 chars": ([], [])}
    for name, terms in cases(db).items():
        for term in terms:
            desk = timed(lambda term=term: search.search_accounts(db, term, limit=LIMIT),
                         rounds)
            naive = timed(lambda term=term: run(db, naive_query(term)), rounds)
            all_desk += desk
            all_naive += naive
            bucket = by_length["1–2 chars" if len(term) < 3 else "3–6 chars"]
            bucket[0].extend(desk)
            bucket[1].extend(naive)
            same = ([hit.login_id for hit in search.search_accounts(db, term, limit=LIMIT)]
                    == run(db, naive_query(term)))
            ratio = statistics.median(naive) / statistics.median(desk)
            print(f"{name + ': ' + repr(term):<34}{statistics.median(desk):>12.1f}"
                  f"{p95(desk):>8.1f}{statistics.median(naive):>14.1f}{p95(naive):>8.1f}"
                  f"{ratio:>7.1f}x  {'yes' if same else 'prefix' if len(term) < 3 else 'NO'}")
    for label, (desk, naive) in (*by_length.items(), ("all", (all_desk, all_naive))):
        print(f"{'overall ' + label:<34}{statistics.median(desk):>12.1f}{p95(desk):>8.1f}"
              f"{statistics.median(naive):>14.1f}{p95(naive):>8.1f}"
              f"{statistics.median(naive) / statistics.median(desk):>7.1f}x")


def bench_list(db: Database) -> None:
    """The Accounts list opening: every ID in display order, then the first page of rows."""
    started = time.perf_counter()
    ids = browse.account_ids(db, browse.AccountQuery())
    rows = browse.account_rows(db, ids[:100])
    first_rows = (time.perf_counter() - started) * 1000
    started = time.perf_counter()
    filtered = browse.account_ids(db, browse.AccountQuery(text="kowal", status="active"))
    filtered_ms = (time.perf_counter() - started) * 1000
    print(f"\n== {db.dialect}: accounts list ==")
    print(f"first 100 rows of {len(ids):,} accounts (all IDs sorted by name + one page): "
          f"{first_rows:.0f} ms ({len(rows)} rows)")
    print(f"filtered list 'kowal', active ({len(filtered):,} IDs): {filtered_ms:.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_arguments(parser)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    for db in databases(args):
        bench_list(db)
        bench_search(db, args.rounds)
        db.dispose()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak memory of this process (ru_maxrss): {peak:.0f} MiB")


if __name__ == "__main__":
    main()
