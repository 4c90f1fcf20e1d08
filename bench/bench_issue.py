"""Issuing 1,000 accounts: the cost of one argon2id hash, 1,000 hashes spread over the cores
(argon2 releases the GIL, so threads run in parallel), and 1,000 real ``issue_credentials``
use cases one after another with the hash made inside each, against 1,000 more whose hashes
``accounts.first_passwords`` made first on every core (same run, same database).

    .venv/bin/python bench/bench_issue.py [--count 1000]

Uses its own fresh databases (a temporary SQLite file; with ``IOK_BENCH_PG_URL`` also a
PostgreSQL database named after it with ``_issue``, created and dropped here), so the 100,000
account database of ``make_data.py`` stays as it is.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import date, timedelta
from pathlib import Path

from make_data import PG_URL_VARIABLE
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from iok_desk.db import migrations
from iok_desk.db.engine import Database
from iok_desk.domain.credentials import generate_first_password, hash_password, verify_password
from iok_desk.domain.states import TitleKind
from iok_desk.services import accounts, registry, requests
from iok_desk.services.clerks import bootstrap_first_admin
from iok_desk.services.context import Actor

ACTOR = Actor("bench", workstation="bench")


def bench_hashing(count: int, workers: int) -> None:
    passwords = [generate_first_password() for _ in range(count)]
    samples = []
    for password in passwords[:20]:
        started = time.perf_counter()
        digest = hash_password(password)
        samples.append(time.perf_counter() - started)
    started = time.perf_counter()
    assert verify_password(digest, passwords[19])
    verify = time.perf_counter() - started
    one = statistics.median(samples)
    print(f"one argon2id hash (m=19 MiB, t=2, p=1): median {one * 1000:.0f} ms "
          f"(min {min(samples) * 1000:.0f}, max {max(samples) * 1000:.0f}); "
          f"one verification {verify * 1000:.0f} ms")
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=workers) as pool:
        digests = list(pool.map(hash_password, passwords))
    parallel = time.perf_counter() - started
    assert len(set(digests)) == count
    print(f"{count:,} hashes on {workers} threads: {parallel:.1f} s "
          f"({count / parallel:.1f} per second; one after another would take about "
          f"{one * count:.1f} s: {one * count / parallel:.2f}x)")


def _approved_grants(db: Database, count: int) -> list[str]:
    """``count`` people, each holding a title to a flat, each with an approved grant."""
    bootstrap_first_admin(db, ACTOR)
    with db.transaction() as session:
        estate = registry.get_or_create_estate(session, "E-1", "Zasób własny")
        for index in range(count):
            unit = registry.create_unit(session, estate, f"L-{index}", "Morska",
                                        str(1 + index // 40), str(1 + index % 40))
            person = registry.create_person(session, "Anna", f"Nowak-{chr(65 + index % 26)}"
                                            f"{chr(97 + index // 26 % 26)}"
                                            f"{chr(97 + index // 676 % 26)}")
            registry.create_title(session, person, unit, TitleKind.OWNERSHIP,
                                  date.today() - timedelta(days=100))
    numbers = []
    for index in range(count):
        info = requests.register_request(db, ACTOR, requests.NewRequest(
            kind="grant", channel="paper", first_name="Anna",
            last_name=f"Nowak-{chr(65 + index % 26)}{chr(97 + index // 26 % 26)}"
                      f"{chr(97 + index // 676 % 26)}",
            unit=f"Morska {1 + index // 40}/{1 + index % 40}"))
        requests.approve_request(db, ACTOR, info.number)
        numbers.append(info.number)
    return numbers


def bench_use_case(url: str, count: int, workers: int) -> None:
    """``count`` accounts issued one after another with the hash made inside each use case,
    against ``count`` more whose hashes were made first on ``workers`` threads
    (``accounts.first_passwords``): the same run, the same database."""
    db = Database(url)
    migrations.upgrade(db.engine)
    started = time.perf_counter()
    numbers = _approved_grants(db, 2 * count)
    prepared = time.perf_counter() - started
    started = time.perf_counter()
    serial = [accounts.issue_credentials(db, ACTOR, number) for number in numbers[:count]]
    serial_s = time.perf_counter() - started
    started = time.perf_counter()
    made = accounts.first_passwords(count, workers=workers)
    hashing_s = time.perf_counter() - started
    parallel = [accounts.issue_credentials(db, ACTOR, number, credentials=credentials)
                for number, credentials in zip(numbers[count:], made, strict=True)]
    parallel_s = time.perf_counter() - started
    assert len({result.login_id for result in serial + parallel}) == 2 * count
    print(f"{db.dialect}: {count:,} issue_credentials, hash inside each: {serial_s:.1f} s; "
          f"hashes first on {workers} threads ({hashing_s:.1f} s), then the writes: "
          f"{parallel_s:.1f} s — {serial_s / parallel_s:.2f}x faster "
          f"(preparing {2 * count:,} approved requests took {prepared:.1f} s)")
    db.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    args = parser.parse_args()
    workers = os.cpu_count() or 1
    bench_hashing(args.count, workers)
    with tempfile.TemporaryDirectory(prefix="iok-bench-issue-") as directory:
        bench_use_case(f"sqlite:///{Path(directory) / 'issue.sqlite3'}", args.count, workers)
    if os.environ.get(PG_URL_VARIABLE):
        base = make_url(os.environ[PG_URL_VARIABLE])
        name = f"{base.database}_issue"
        server = create_engine(base, isolation_level="AUTOCOMMIT")
        with server.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        try:
            bench_use_case(base.set(database=name).render_as_string(hide_password=False),
                           args.count, workers)
        finally:
            with server.connect() as connection:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            server.dispose()


if __name__ == "__main__":
    main()
