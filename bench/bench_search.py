"""Search as you type at 10,000 and 100,000 accounts (1,000,000 on request): the desk's
index-backed search against the naive way — a case-insensitive ``LIKE '%…%'`` over the same
columns — and the accounts list.

For 1 to 6 typed characters of a surname, a street and a login ID (surname and street with and
without Polish letters) and the one-character words ``K``, ``Ś``, ``3``, prints the median and
95th percentile latency of both, side by side, and their ratio; the time to the first rows of
the keyset-paged accounts list; on PostgreSQL four clerks searching while a fifth issues
credentials; a growth table over the sizes; the same line for every other size, and last one
line per database for 100,000 accounts:

    search <db>: median X ms, p95 Y ms, Z× naive; 1-2 chars p95 W ms; first rows V ms

Both searches load the same 50 rows, in the box's order (``services.search``), the same way:
only the lookup differs. The naive way is timed up to ``--naive-up-to`` accounts (100,000): on
1,000,000 PostgreSQL accounts its subquery of addresses no longer fits in ``work_mem``, is
scanned again for every account, and one word outlasts the desk's 60 s statement timeout.

    .venv/bin/python bench/bench_search.py [--sizes 10000,100000] [--rounds 7]
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import statistics
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from make_data import add_arguments, databases
from sqlalchemy import Select, case, func, or_, select
from sqlalchemy.orm import selectinload

from iok_desk.db.engine import Database
from iok_desk.db.models import Account, AccountUnit, Person, Unit
from iok_desk.domain.states import AccountStatus, TitleKind
from iok_desk.domain.validation import fold_for_search
from iok_desk.services import accounts, browse, registry, requests, search
from iok_desk.services.context import Actor

LIMIT = 50
ACTOR = Actor("bench", workstation="bench")


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
    long_terms = [term for term in terms if len(term) >= 3]
    if not long_terms:
        return query.order_by(live_first, Person.name_search, Account.id)
    # The box's order: the accounts whose name, login ID or an address begins with the word
    # before the others.
    start = f"{long_terms[0]}%"
    begins = or_(func.lower(Person.name_search).like(start),
                 func.lower(Account.login_id).like(start),
                 Account.id.in_(select(AccountUnit.account_id).join(Unit).where(
                     func.lower(Unit.address_search).like(start))))
    return query.order_by(live_first, case((begins, 0), else_=1), Person.name_search,
                          Account.id)


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
    """Typed prefixes (1–6 characters) of words that are in the data, and the one-character
    words that match a third of the register."""
    with db.reading() as session:
        login = session.scalar(select(Account.login_id).order_by(Account.id).limit(1)) or ""
    words = {"surname, Polish letters": "Żółkiewska", "surname, without": "zolkiewska",
             "surname (common)": "Kowalska", "street, Polish letters": "Świętojańska",
             "street, without": "swietojanska", "login ID": login}
    found = {name: [word[:length] for length in range(1, 7)] for name, word in words.items()}
    found["one character"] = ["K", "Ś", "3"]
    return found


@dataclass
class Figures:
    """One database of one size."""

    dialect: str
    accounts: int
    desk: list[float] = field(default_factory=list)
    naive: list[float] = field(default_factory=list)
    short: list[float] = field(default_factory=list)
    first_rows: float = 0.0
    count: float = 0.0

    def line(self) -> str:
        ratio = (f"{statistics.median(self.naive) / statistics.median(self.desk):.1f}× naive"
                 if self.naive else "naive not run")
        return (f"search {self.dialect}: median {statistics.median(self.desk):.1f} ms, "
                f"p95 {p95(self.desk):.1f} ms, {ratio}; 1-2 chars p95 "
                f"{p95(self.short):.1f} ms; first rows {self.first_rows:.1f} ms")


def _medians(desk: list[float], naive: list[float]) -> str:
    """The desk's median and p95, the naive way's and the ratio of the medians — or dashes
    where the naive way was not run."""
    cells = f"{statistics.median(desk):>12.1f}{p95(desk):>8.1f}"
    if not naive:
        return cells + f"{'—':>14}{'—':>8}{'—':>8}"
    return (cells + f"{statistics.median(naive):>14.1f}{p95(naive):>8.1f}"
            f"{statistics.median(naive) / statistics.median(desk):>7.1f}x")


def bench_search(db: Database, rounds: int, figures: Figures, *, naive_too: bool) -> None:
    print(f"\n== {db.dialect}, {figures.accounts:,} accounts: search as you type (50 rows "
          "shown), milliseconds ==")
    print(f"{'typed':<34}{'desk median':>12}{'p95':>8}{'naive median':>14}{'p95':>8}"
          f"{'ratio':>8}  same rows")
    by_length: dict[str, tuple[list[float], list[float]]] = {"1–2 chars": ([], []),
                                                            "3–6 chars": ([], [])}
    per_term: dict[str, list[float]] = {}
    for name, terms in cases(db).items():
        for term in terms:
            desk = timed(lambda term=term: search.search_accounts(db, term, limit=LIMIT),
                         rounds)
            naive = (timed(lambda term=term: run(db, naive_query(term)), rounds)
                     if naive_too else [])
            figures.desk += desk
            figures.naive += naive
            per_term[term] = desk
            bucket = by_length["1–2 chars" if len(term) < 3 else "3–6 chars"]
            bucket[0].extend(desk)
            bucket[1].extend(naive)
            if len(term) < 3:
                figures.short += desk
            same = "—"
            if naive_too:
                same = ("yes" if [hit.login_id for hit in search.search_accounts(
                    db, term, limit=LIMIT)] == run(db, naive_query(term))
                    else "prefix" if len(term) < 3 else "NO")
            print(f"{name + ': ' + repr(term):<34}{_medians(desk, naive)}  {same}")
    slowest = sorted(per_term.items(), key=lambda item: -p95(item[1]))[:5]
    print("slowest (desk p95): " + ", ".join(f"{term!r} {p95(samples):.1f}"
                                             for term, samples in slowest))
    for label, (desk, naive) in (*by_length.items(), ("all", (figures.desk, figures.naive))):
        print(f"{'overall ' + label:<34}{_medians(desk, naive)}")


def bench_list(db: Database, rounds: int, figures: Figures) -> None:
    """The Accounts list opening: the first page in name order (what the clerk sees first),
    the count apart, a page deep in the list, a filtered list."""
    query = browse.AccountQuery()
    first = timed(lambda: browse.account_page(db, query, limit=100), rounds)
    count = timed(lambda: browse.account_count(db, query), rounds)
    page = browse.account_page(db, query, limit=100)
    for _ in range(20):  # 2,000 rows down, as a clerk scrolling far
        assert page.after is not None
        page = browse.account_page(db, query, after=page.after, limit=100)
    after = page.after
    deep = timed(lambda: browse.account_page(db, query, after=after, limit=100), rounds)
    filtered = browse.AccountQuery(text="kowal", status="active")
    filtered_first = timed(lambda: browse.account_page(db, filtered, limit=100), rounds)
    figures.first_rows, figures.count = statistics.median(first), statistics.median(count)
    print(f"\n== {db.dialect}, {figures.accounts:,} accounts: accounts list, milliseconds "
          "(median) ==")
    print(f"first 100 rows in name order: {figures.first_rows:.1f} (p95 {p95(first):.1f}); "
          f"the count apart: {figures.count:.1f}; 100 rows after the 2,000th: "
          f"{statistics.median(deep):.1f}; first 100 of 'kowal', active: "
          f"{statistics.median(filtered_first):.1f}")


def _grants(db: Database, count: int) -> list[str]:
    """``count`` approved grants for new people on a street of their own (for the issuing
    clerk of the concurrency run)."""
    street = f"Próbna {uuid.uuid4().hex[:6]}"

    def surname(index: int) -> str:  # letters only, as a surname must be
        return "Próbna-" + chr(97 + index % 26) + chr(97 + index // 26 % 26)

    with db.transaction() as session:
        estate = registry.get_or_create_estate(session, "E-1", "Zasób własny")
        for index in range(count):
            unit = registry.create_unit(session, estate, f"{street}-{index}", street, "1",
                                        str(index + 1))
            person = registry.create_person(session, "Anna", surname(index).capitalize())
            registry.create_title(session, person, unit, TitleKind.OWNERSHIP,
                                  date.today() - timedelta(days=100))
    numbers = []
    for index in range(count):
        info = requests.register_request(db, ACTOR, requests.NewRequest(
            kind="grant", channel="paper", first_name="Anna",
            last_name=surname(index).capitalize(),
            unit=f"{street} 1/{index + 1}"))
        requests.approve_request(db, ACTOR, info.number)
        numbers.append(info.number)
    return numbers


def bench_concurrent(db: Database, seconds: float, clerks: int = 4) -> None:
    """``clerks`` threads search as clerks type while a fifth issues credentials."""
    numbers = _grants(db, 60)
    stop = threading.Event()
    latencies: list[list[float]] = [[] for _ in range(clerks)]
    issued: list[float] = []
    words = [term for terms in cases(db).values() for term in terms]

    def clerk(index: int) -> None:
        position = index
        while not stop.is_set():
            started = time.perf_counter()
            search.search_accounts(db, words[position % len(words)], limit=LIMIT)
            latencies[index].append((time.perf_counter() - started) * 1000)
            position += clerks

    def issuer() -> None:
        for number in numbers:
            if stop.is_set():
                return
            started = time.perf_counter()
            accounts.issue_credentials(db, ACTOR, number)
            issued.append((time.perf_counter() - started) * 1000)

    threads = [threading.Thread(target=clerk, args=(index,)) for index in range(clerks)]
    threads.append(threading.Thread(target=issuer))
    for thread in threads:
        thread.start()
    time.sleep(seconds)
    stop.set()
    for thread in threads:
        thread.join()
    print(f"\n== {db.dialect}: {clerks} clerks searching while a fifth issues credentials, "
          f"{seconds:.0f} s ==")
    for index, samples in enumerate(latencies):
        print(f"clerk {index + 1}: {len(samples)} searches, median "
              f"{statistics.median(samples):.1f} ms, p95 {p95(samples):.1f} ms")
    if issued:
        print(f"issuing clerk: {len(issued)} accounts issued, median "
              f"{statistics.median(issued):.0f} ms each (one argon2id hash included)")


def growth_table(results: list[Figures]) -> None:
    print("\n== growth: p95 and first rows by size, milliseconds (× the size 10 times smaller) ==")
    print(f"{'database':<12}{'accounts':>10}{'search p95':>18}{'1–2 chars p95':>18}"
          f"{'first rows':>18}")
    previous: dict[str, Figures] = {}
    for figures in sorted(results, key=lambda item: (item.dialect, item.accounts)):
        before = previous.get(figures.dialect)

        def cell(value: float, old: float | None) -> str:
            return f"{value:.1f}" + (f" ({value / old:.1f}×)" if old else "")

        print(f"{figures.dialect:<12}{figures.accounts:>10,}"
              f"{cell(p95(figures.desk), p95(before.desk) if before else None):>18}"
              f"{cell(p95(figures.short), p95(before.short) if before else None):>18}"
              f"{cell(figures.first_rows, before.first_rows if before else None):>18}")
        previous[figures.dialect] = figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_arguments(parser)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--sizes", default="10000,100000",
                        help="numbers of accounts, comma-separated (e.g. 10000,100000,1000000)")
    parser.add_argument("--concurrent-seconds", type=float, default=20.0)
    parser.add_argument("--naive-up-to", type=int, default=100_000,
                        help="the largest size the naive way is timed at (on 1,000,000 "
                             "PostgreSQL accounts one naive word outlasts the desk's 60 s "
                             "statement timeout)")
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]
    results: list[Figures] = []
    for size in sizes:
        args.accounts = size
        for db in databases(args):
            figures = Figures(db.dialect, size)
            bench_list(db, args.rounds, figures)
            bench_search(db, args.rounds, figures, naive_too=size <= args.naive_up_to)
            results.append(figures)
            if db.dialect == "postgresql" and size == max(sizes) and args.concurrent_seconds:
                bench_concurrent(db, args.concurrent_seconds)
            db.dispose()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak memory of this process (ru_maxrss): {peak:.0f} MiB")
    print(f"load average at the end: {' '.join(f'{load:.2f}' for load in os.getloadavg())}")
    growth_table(results)
    main_size = 100_000 if 100_000 in sizes else max(sizes)
    print()
    for figures in results:
        if figures.accounts != main_size:
            print(f"at {figures.accounts:,} accounts: {figures.line()}")
    for figures in results:
        if figures.accounts == main_size:
            print(figures.line())


if __name__ == "__main__":
    main()
