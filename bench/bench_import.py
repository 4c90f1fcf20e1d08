"""`units import` of a large register: the search rows' triggers row by row against the bulk
path of revision 0010 (``search_rows_deferred``), same run, same data.

    .venv/bin/python bench/bench_import.py [--units 50000]

A fresh database (SQLite in the temporary directory; with ``IOK_BENCH_PG_URL`` also the
PostgreSQL database ``<name>_import``, dropped and made again): the first import of the
register (no accounts yet, so no search row to write), then an account for every holder, then
two re-imports in which every holder's phone has changed — each such change rewrites that
account's search rows — once through the triggers (the import as before revision 0010), once
through the bulk path (the import as it is).
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from contextlib import nullcontext
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from make_data import FIRST_F, FIRST_M, STREETS, SURNAMES
from sqlalchemy import create_engine, func, insert, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from iok_desk.db import migrations
from iok_desk.db.engine import Database
from iok_desk.db.models import Account, AccountSearch, AccountUnit, Clerk, Title
from iok_desk.domain.credentials import generate_login_id, new_security_stamp
from iok_desk.domain.states import AccountStatus, ClerkRole
from iok_desk.services import register_import, search
from iok_desk.services.context import Actor

HEADER = ("zasob_klucz;zasob_nazwa;wspolnota;lokal_klucz;ulica;budynek;lokal_nr;kod_pocztowy;"
          "rodzaj_lokalu;kontrahent_klucz;imie;nazwisko;email;telefon;tytul_klucz;tytul_rodzaj;"
          "tytul_od;tytul_do")
FLATS_PER_BUILDING = 40


def register(units: int, phone_base: int) -> bytes:
    """A register of ``units`` flats, each with its own holder; phones from ``phone_base``."""
    lines = [HEADER]
    per_street = -(-units // len(STREETS))
    for index in range(units):
        street = STREETS[index // per_street]
        within = index % per_street
        first = (FIRST_F + FIRST_M)[index % (len(FIRST_F) + len(FIRST_M))]
        last = SURNAMES[index % len(SURNAMES)][index % 2]
        lines.append(";".join((
            "MSM-01", "Zasób własny Spółdzielni", "N", f"L-{index:07d}", street,
            str(1 + within // FLATS_PER_BUILDING), str(1 + within % FLATS_PER_BUILDING),
            "81-198", "mieszkalny", f"K-{index:07d}", first, last, "",
            f"{phone_base + index:09d}", f"T-{index:07d}", "własność", "2020-01-15", "")))
    return ("\r\n".join(lines) + "\r\n").encode()


def give_accounts(db: Database) -> None:
    """An account for every holder, with access to their flat (the bulk path)."""
    now = datetime.now(UTC)
    with db.transaction() as session, search.search_rows_deferred(session):
        holders = session.execute(select(Title.person_id, Title.unit_id)).all()
        logins: set[str] = set()
        while len(logins) < len(holders):
            logins.add(generate_login_id())
        rows = [{"login_id": login, "person_id": person_id, "status": AccountStatus.ACTIVE,
                 "password_hash": "x", "security_stamp": new_security_stamp(),
                 "issued_at": now} for login, (person_id, _unit) in zip(logins, holders,
                                                                           strict=True)]
        for start in range(0, len(rows), 1000):
            session.execute(insert(Account).values(rows[start:start + 1000]))
        ids = dict(session.execute(select(Account.person_id, Account.id)).all())
        access = [{"account_id": ids[person_id], "unit_id": unit_id, "granted_at": now}
                  for person_id, unit_id in holders]
        for start in range(0, len(access), 1000):
            session.execute(insert(AccountUnit).values(access[start:start + 1000]))


def timed_import(db: Database, data: bytes, label: str) -> float:
    started = time.perf_counter()
    result = register_import.import_register(db, Actor("bench"), data, file_name=label)
    seconds = time.perf_counter() - started
    print(f"  {db.dialect}, {label}: {seconds:.1f} s (units: new {result.units.added}; "
          f"persons: new {result.persons.added}, changed {result.persons.updated})")
    return seconds


def _phone_found(db: Database, phone: str) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(AccountSearch).where(
            AccountSearch.haystack.like(f"%{phone}%"))) or 0


def bench(db: Database, units: int) -> None:
    migrations.upgrade(db.engine)
    with db.transaction() as session:
        session.execute(insert(Clerk), [{"login": "bench", "full_name": "Benchmark",
                                         "role": ClerkRole.ADMIN}])
    timed_import(db, register(units, 600_000_000), "first import")
    started = time.perf_counter()
    give_accounts(db)
    print(f"  {db.dialect}: {units:,} accounts given in {time.perf_counter() - started:.1f} s")
    analyze(db)
    deferring = register_import.search_rows_deferred

    def row_by_row(session: Session) -> Any:
        return nullcontext()

    register_import.search_rows_deferred = row_by_row  # type: ignore[assignment]
    try:
        triggers = timed_import(db, register(units, 700_000_000), "re-import, triggers")
    finally:
        register_import.search_rows_deferred = deferring
    assert _phone_found(db, "700000017") == 1
    bulk = timed_import(db, register(units, 800_000_000), "re-import, bulk path")
    assert _phone_found(db, "800000017") == 1 and _phone_found(db, "700000017") == 0
    print(f"import {db.dialect}: {units:,} holders changed: triggers {triggers:.1f} s, "
          f"bulk path {bulk:.1f} s ({triggers / bulk:.1f}× faster)")


def analyze(db: Database) -> None:
    with db.engine.connect() as connection:
        if db.dialect == "postgresql":
            connection.execution_options(isolation_level="AUTOCOMMIT").execute(
                text("ANALYZE"))
        else:
            connection.exec_driver_sql("ANALYZE")


def fresh_postgresql() -> str:
    base = make_url(os.environ["IOK_BENCH_PG_URL"])
    name = f"{base.database}_import"
    server = create_engine(base.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with server.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    server.dispose()
    return base.set(database=name).render_as_string(hide_password=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--units", type=int, default=50_000)
    parser.add_argument("--pg-only", action="store_true")
    args = parser.parse_args()
    urls = []
    if not args.pg_only:
        path = Path(tempfile.mkdtemp(prefix="iok-bench-import-")) / "import.sqlite3"
        urls.append(f"sqlite:///{path}")
    if os.environ.get("IOK_BENCH_PG_URL"):
        urls.append(fresh_postgresql())
    for url in urls:
        db = Database(url)
        bench(db, args.units)
        db.dispose()


if __name__ == "__main__":
    main()
