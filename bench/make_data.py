"""A large cooperative's database for the benchmarks: 100,000 accounts, 150,000 units.

Realistic Polish names (masculine and feminine surnames, diacritics), Gdynia's streets, phones
and e-mails; every person holds a title to a flat, a third of them to a garage or a second
flat too, and has one account (active, issued, blocked or revoked). Bulk inserts in one
transaction per table chunk; the folded search columns come from the desk's own functions; the
accounts go in with their access rows, and their search rows (revision 0005) are written once
per chunk by the bulk path of revision 0010 (``search_rows_deferred``); the text indexes of
0003 are kept by their triggers as the rows go in.

    .venv/bin/python bench/make_data.py [--accounts 100000] [--units 1.5 per account]

With ``IOK_BENCH_PG_URL`` set (a server and a database name the user may create databases
next to), PostgreSQL too, in the database ``<name>_<accounts>``. An existing database of the
right size is reused; ``--rebuild`` starts the SQLite file over.
"""

from __future__ import annotations

import argparse
import os
import random
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, func, insert, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from iok_desk.db import migrations
from iok_desk.db.engine import Database
from iok_desk.db.models import Account, AccountUnit, Clerk, Estate, Person, Title, Unit
from iok_desk.domain.credentials import (
    generate_first_password,
    generate_login_id,
    hash_password,
    new_security_stamp,
)
from iok_desk.domain.states import AccountStatus, BlockReason, ClerkRole, RevokeReason, TitleKind
from iok_desk.domain.validation import fold_for_search
from iok_desk.services.lookups import unit_address_search
from iok_desk.services.registry import refresh_person_search
from iok_desk.services.search import search_rows_deferred

PG_URL_VARIABLE = "IOK_BENCH_PG_URL"
BENCH_DIR = Path(tempfile.gettempdir()) / "iok-bench"
DEFAULT_SQLITE = BENCH_DIR / "bench-100000.sqlite3"
CHUNK = 5_000

FIRST_F = ["Anna", "Maria", "Katarzyna", "Małgorzata", "Agnieszka", "Barbara", "Ewa",
           "Krystyna", "Elżbieta", "Zofia", "Joanna", "Jadwiga", "Halina", "Urszula", "Teresa",
           "Grażyna", "Bożena", "Łucja", "Żaneta", "Jolanta", "Magdalena", "Monika", "Dorota",
           "Beata", "Aleksandra", "Renata", "Iwona", "Danuta", "Alicja", "Wiesława", "Stanisława",
           "Jadwiga", "Kamila", "Natalia", "Weronika", "Zuzanna", "Julia", "Maja", "Oliwia",
           "Bogumiła"]
FIRST_M = ["Jan", "Andrzej", "Piotr", "Krzysztof", "Stanisław", "Tomasz", "Paweł", "Józef",
           "Marcin", "Marek", "Michał", "Grzegorz", "Jerzy", "Tadeusz", "Adam", "Łukasz",
           "Zbigniew", "Ryszard", "Dariusz", "Henryk", "Mariusz", "Kazimierz", "Wojciech",
           "Robert", "Mateusz", "Zdzisław", "Jacek", "Sławomir", "Bogdan", "Rafał", "Mieczysław",
           "Czesław", "Władysław", "Jakub", "Kacper", "Szymon", "Bartłomiej", "Przemysław",
           "Zenon", "Leszek"]
# (masculine, feminine); the common ones several times, as in any register.
SURNAMES = [("Nowak", "Nowak"), ("Kowalski", "Kowalska"), ("Wiśniewski", "Wiśniewska"),
            ("Wójcik", "Wójcik"), ("Kowalczyk", "Kowalczyk"), ("Kamiński", "Kamińska"),
            ("Lewandowski", "Lewandowska"), ("Zieliński", "Zielińska"),
            ("Szymański", "Szymańska"), ("Woźniak", "Woźniak"), ("Dąbrowski", "Dąbrowska"),
            ("Kozłowski", "Kozłowska"), ("Jankowski", "Jankowska"), ("Mazur", "Mazur"),
            ("Kwiatkowski", "Kwiatkowska"), ("Krawczyk", "Krawczyk"),
            ("Piotrowski", "Piotrowska"), ("Grabowski", "Grabowska"), ("Nowakowski",
                                                                      "Nowakowska"),
            ("Pawłowski", "Pawłowska"), ("Michalski", "Michalska"), ("Nowicki", "Nowicka"),
            ("Adamczyk", "Adamczyk"), ("Dudek", "Dudek"), ("Zając", "Zając"),
            ("Wieczorek", "Wieczorek"), ("Jabłoński", "Jabłońska"), ("Król", "Król"),
            ("Majewski", "Majewska"), ("Olszewski", "Olszewska"), ("Jaworski", "Jaworska"),
            ("Wróbel", "Wróbel"), ("Malinowski", "Malinowska"), ("Pawlak", "Pawlak"),
            ("Witkowski", "Witkowska"), ("Walczak", "Walczak"), ("Stępień", "Stępień"),
            ("Górski", "Górska"), ("Rutkowski", "Rutkowska"), ("Michalak", "Michalak"),
            ("Sikora", "Sikora"), ("Ostrowski", "Ostrowska"), ("Baran", "Baran"),
            ("Duda", "Duda"), ("Szewczyk", "Szewczyk"), ("Tomaszewski", "Tomaszewska"),
            ("Pietrzak", "Pietrzak"), ("Marciniak", "Marciniak"), ("Wróblewski", "Wróblewska"),
            ("Zalewski", "Zalewska"), ("Jakubowski", "Jakubowska"), ("Jasiński", "Jasińska"),
            ("Zawadzki", "Zawadzka"), ("Sadowski", "Sadowska"), ("Bąk", "Bąk"),
            ("Chmielewski", "Chmielewska"), ("Włodarczyk", "Włodarczyk"),
            ("Borkowski", "Borkowska"), ("Czarnecki", "Czarnecka"), ("Sawicki", "Sawicka"),
            ("Sokołowski", "Sokołowska"), ("Urbański", "Urbańska"), ("Kubiak", "Kubiak"),
            ("Maciejewski", "Maciejewska"), ("Szczepański", "Szczepańska"),
            ("Kucharski", "Kucharska"), ("Wilk", "Wilk"), ("Kalinowski", "Kalinowska"),
            ("Lis", "Lis"), ("Mazurek", "Mazurek"), ("Wysocki", "Wysocka"),
            ("Adamski", "Adamska"), ("Kaźmierczak", "Kaźmierczak"), ("Wasilewski",
                                                                     "Wasilewska"),
            ("Sobczak", "Sobczak"), ("Czerwiński", "Czerwińska"), ("Andrzejewski",
                                                                  "Andrzejewska"),
            ("Cieślak", "Cieślak"), ("Głowacki", "Głowacka"), ("Zakrzewski", "Zakrzewska"),
            ("Kołodziej", "Kołodziej"), ("Sikorski", "Sikorska"), ("Krajewski", "Krajewska"),
            ("Gajewski", "Gajewska"), ("Szymczak", "Szymczak"), ("Szulc", "Szulc"),
            ("Baranowski", "Baranowska"), ("Laskowski", "Laskowska"), ("Brzeziński",
                                                                      "Brzezińska"),
            ("Makowski", "Makowska"), ("Ziółkowski", "Ziółkowska"), ("Przybylski",
                                                                    "Przybylska"),
            ("Żółkiewski", "Żółkiewska"), ("Łącki", "Łącka"), ("Ślęzak", "Ślęzak"),
            ("Kaszubowski", "Kaszubowska"), ("Gołębiewski", "Gołębiewska"),
            ("Wiśniewski", "Wiśniewska"), ("Kowalski", "Kowalska"), ("Nowak", "Nowak")]
STREETS = ["Świętojańska", "Władysława IV", "Chwarznieńska", "Morska", "Wielkopolska",
           "Łowicka", "Chylońska", "Żeromskiego", "Śląska", "Pomorska", "Kielecka", "Paprykowa",
           "Śliwkowa", "Sieradzka", "Wrocławska", "Kartuska", "Starowiejska", "Abrahama",
           "Batorego", "Bema", "Witomińska", "Warszawska", "Legionów", "Redłowska", "Orłowska",
           "Sopocka", "Kościuszki", "Mickiewicza", "Słowackiego", "Norwida",
           "Obrońców Wybrzeża", "Ujejskiego", "Wiejska", "Płk. Dąbka", "Rdestowa", "Łużycka",
           "Źródło Marii", "Kasprowicza", "Władysława Łokietka", "Śmidowicza", "Necla",
           "Krzywoustego", "Grabowo", "Gniewska", "Halicka", "Stryjska", "Tczewska",
           "Unruga", "Zamenhofa", "Łęczycka", "Wejherowska", "Kcyńska", "Nowogrodzka",
           "Bosmańska", "Strzelców", "Jaskółcza", "Fińska", "Olkuska", "Pucka", "Kasztanowa",
           "Żwirowa", "Ślusarska", "Dębowa", "10 Lutego", "3 Maja", "Aleja Zwycięstwa"]
EMAIL_DOMAINS = ["wp.pl", "onet.pl", "gmail.com", "o2.pl", "interia.pl", "op.pl"]
FLATS_PER_BUILDING = 40


def _chunks(rows: list[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(rows), CHUNK):
        yield rows[start:start + CHUNK]


def _units(count: int, rng: random.Random) -> list[dict[str, Any]]:
    rows = []
    per_street = -(-count // len(STREETS))
    for index in range(count):
        street = STREETS[index // per_street]
        within = index % per_street
        # Some flats are in an A-wing: "Morska 12A/5".
        building = str(1 + within // FLATS_PER_BUILDING) + ("A" if within % 7 == 3 else "")
        unit_no = str(1 + within % FLATS_PER_BUILDING)
        rows.append({
            "id": index + 1, "estate_id": 1 + index % 5, "accounting_key": f"L-{index + 1:07d}",
            "street": street, "building": building, "unit_no": unit_no,
            "postal_code": f"81-{rng.randint(100, 599)}", "city": "Gdynia",
            "kind": "flat", "street_search": fold_for_search(street),
            "address_search": unit_address_search(street, building, unit_no)})
    return rows


def _persons(count: int, rng: random.Random) -> list[dict[str, Any]]:
    rows = []
    for index in range(count):
        female = rng.random() < 0.52
        first = rng.choice(FIRST_F if female else FIRST_M)
        last = rng.choice(SURNAMES)[1 if female else 0]
        if rng.random() < 0.03:  # double-barrelled: "Nowak-Kowalska"
            last = f"{last}-{rng.choice(SURNAMES)[1 if female else 0]}"
        ascii_name = fold_for_search(f"{first}.{last}").replace(" ", "")
        email = (f"{ascii_name}{rng.randint(1, 999)}@{rng.choice(EMAIL_DOMAINS)}"
                 if rng.random() < 0.7 else "")
        phone = f"+48 {rng.choice('5678')}{rng.randint(10_000_000, 99_999_999)}"
        person = Person(first_name=first, last_name=last, email=email, phone=phone)
        refresh_person_search(person)
        rows.append({"id": index + 1, "accounting_key": f"K{index + 1:07d}",
                     "first_name": first, "last_name": last, "email": email, "phone": phone,
                     "name_search": person.name_search, "contact_search": person.contact_search})
    return rows


def _insert(session: Session, model: Any, rows: list[dict[str, Any]]) -> None:
    """The rows in one statement: SQLite's executemany (the driver's own loop), PostgreSQL's
    COPY (psycopg's executemany sends one INSERT a row, and every one of them would fire the
    search rows' statement triggers)."""
    if session.get_bind().dialect.name != "postgresql":
        session.execute(insert(model), rows)
        return
    given = set(rows[0])
    # The columns' own defaults, which an INSERT through SQLAlchemy would have added.
    defaults = {column.name: column.default.arg(None) if column.default.is_callable
                else column.default.arg for column in model.__table__.c
                if column.name not in given and column.default is not None}
    names = [*rows[0], *defaults]
    columns = [model.__table__.c[name] for name in names]
    processors = [column.type.bind_processor(session.get_bind().dialect) for column in columns]
    driver = session.connection().connection.driver_connection
    with driver.cursor().copy(f"COPY {model.__tablename__} ({', '.join(names)}) "
                              "FROM STDIN") as copy:
        for row in rows:
            copy.write_row([value if process is None else process(value)
                            for value, process in zip(
                                (row[name] if name in given else defaults[name]
                                 for name in names), processors, strict=True)])


def build(db: Database, accounts: int, units: int, seed: int = 2026) -> dict[str, float]:
    """Fill an empty migrated database; returns seconds per table."""
    rng = random.Random(seed)
    timings: dict[str, float] = {}
    now = datetime.now(UTC)
    shared_hash = hash_password(generate_first_password())  # as the demo: one hash for all
    unit_rows = _units(units, rng)
    person_rows = _persons(accounts, rng)
    logins: set[str] = set()
    while len(logins) < accounts:
        logins.add(generate_login_id())
    login_list = sorted(logins, key=lambda _: rng.random())
    second_units = list(range(accounts + 1, units + 1))
    title_rows, account_rows, access_rows = [], [], []
    statuses = ([AccountStatus.ACTIVE] * 15 + [AccountStatus.ISSUED] * 2
                + [AccountStatus.BLOCKED, AccountStatus.REVOKED])
    for index in range(accounts):
        person_id = index + 1
        owned = [index + 1]
        if second_units and rng.random() < 0.5:
            owned.append(second_units.pop())
        status = rng.choice(statuses)
        issued_at = now - timedelta(days=rng.randint(1, 3000))
        account_rows.append({
            "id": person_id, "login_id": login_list[index], "person_id": person_id,
            "status": status, "password_hash": shared_hash,
            "must_change_password": status == AccountStatus.ISSUED,
            "first_password_expires_at": issued_at + timedelta(days=30),
            "security_stamp": new_security_stamp(), "issued_at": issued_at,
            "updated_at": issued_at,
            "blocked_at": issued_at + timedelta(days=5) if status == AccountStatus.BLOCKED
            else None,
            "block_reason": BlockReason.LOST_PASSWORD if status == AccountStatus.BLOCKED
            else None,
            "revoked_at": issued_at + timedelta(days=9) if status == AccountStatus.REVOKED
            else None,
            "revoke_reason": RevokeReason.SALE if status == AccountStatus.REVOKED else None})
        for unit_id in owned:
            title_rows.append({"person_id": person_id, "unit_id": unit_id,
                               "kind": rng.choice(list(TitleKind)),
                               "valid_from": date.today() - timedelta(days=rng.randint(30, 9000))})
            access_rows.append({
                "account_id": person_id, "unit_id": unit_id, "granted_at": issued_at,
                "revoked_at": issued_at + timedelta(days=9)
                if status == AccountStatus.REVOKED else None,
                "revoke_reason": RevokeReason.SALE if status == AccountStatus.REVOKED else None})
    with db.transaction() as session:
        session.execute(insert(Clerk), [{"login": "bench", "full_name": "Benchmark",
                                         "role": ClerkRole.ADMIN}])
        session.execute(insert(Estate), [{"id": number, "accounting_key": f"E-{number}",
                                          "name": f"Wspólnota Mieszkaniowa nr {number}",
                                          "is_association": number > 1}
                                         for number in range(1, 6)])
    for name, model, rows in (("unit", Unit, unit_rows), ("person", Person, person_rows),
                              ("title", Title, title_rows)):
        started = time.perf_counter()
        for chunk in _chunks(rows):
            with db.transaction() as session:
                _insert(session, model, chunk)
        if db.dialect == "postgresql":  # counts for the planner, as autovacuum keeps them
            with db.transaction() as session:
                session.execute(text(f"ANALYZE {model.__tablename__}"))
        timings[name] = time.perf_counter() - started
    started = time.perf_counter()
    access_of: dict[int, list[dict[str, Any]]] = {}
    for access in access_rows:
        access_of.setdefault(access["account_id"], []).append(access)
    for chunk in _chunks(account_rows):
        # An account and its access rows in one transaction, the search rows written once
        # for the chunk at its end (as an import does: ``search_rows_deferred``).
        with db.transaction() as session, search_rows_deferred(session):
            _insert(session, Account, chunk)
            _insert(session, AccountUnit, [access for account in chunk
                                           for access in access_of[account["id"]]])
    timings["accounts with access"] = time.perf_counter() - started
    if db.dialect == "postgresql":
        with db.transaction() as session:
            for table in ("estate", "unit", "person", "title", "account", "account_unit",
                          "clerk"):
                session.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                     f"(SELECT max(id) FROM {table}))"))
        with db.engine.connect() as connection:
            connection.execution_options(isolation_level="AUTOCOMMIT").execute(
                text("VACUUM ANALYZE"))
    else:
        with db.engine.begin() as connection:
            # Merge the FTS5 segments that 250,000 single-row trigger inserts left behind (a
            # live database merges them as it goes: automerge).
            for fts in ("person_fts", "unit_fts", "account_fts", "account_search_fts"):
                connection.exec_driver_sql(f"INSERT INTO {fts}({fts}) VALUES('optimize')")
            connection.exec_driver_sql("ANALYZE")
    return timings


def account_count(db: Database) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(Account)) or 0


def prepare(url: str, accounts: int, units: int) -> Database:
    """The database at ``url``, migrated and filled (reused when already of that size)."""
    db = Database(url)
    migrations.upgrade(db.engine)
    existing = account_count(db)
    # (The concurrency run of bench_search issues a few accounts more each time.)
    if accounts <= existing < accounts + accounts // 100 + 100:
        print(f"  {db.dialect}: reusing {existing:,} accounts")
        return db
    if existing:
        raise SystemExit(f"{db.dialect}: the database holds {existing:,} accounts, not "
                         f"{accounts:,}; give an empty one (or --rebuild for SQLite)")
    started = time.perf_counter()
    timings = build(db, accounts, units)
    total = time.perf_counter() - started
    detail = ", ".join(f"{name} {seconds:.1f} s" for name, seconds in timings.items())
    print(f"  {db.dialect}: built {accounts:,} accounts / {units:,} units in {total:.1f} s "
          f"({detail})")
    return db


def databases(args: argparse.Namespace) -> list[Database]:
    """The SQLite file and, with IOK_BENCH_PG_URL, PostgreSQL — built or reused. Each size
    has its own: ``bench-<N>.sqlite3`` and the database ``<name>_<N>`` next to the one named
    (created here when missing)."""
    units = args.units or args.accounts * 3 // 2
    path = Path(args.sqlite or BENCH_DIR / f"bench-{args.accounts}.sqlite3")
    if args.rebuild and path.exists():
        for file in path.parent.glob(path.name + "*"):
            file.unlink()
    path.parent.mkdir(parents=True, exist_ok=True)
    found = [prepare(f"sqlite:///{path}", args.accounts, units)] if not args.pg_only else []
    if os.environ.get(PG_URL_VARIABLE):
        found.append(prepare(pg_database(args.accounts), args.accounts, units))
    return found


def pg_database(accounts: int) -> str:
    """The URL of the PostgreSQL database for this size, created if missing."""
    base = make_url(os.environ[PG_URL_VARIABLE])
    name = f"{base.database}_{accounts}"
    server = create_engine(base.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with server.connect() as connection:
        if connection.execute(text("SELECT 1 FROM pg_database WHERE datname = :name"),
                              {"name": name}).first() is None:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
    server.dispose()
    return base.set(database=name).render_as_string(hide_password=False)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--sqlite", default="", help="SQLite file (default: per size, in "
                        "the temporary directory)")
    parser.add_argument("--accounts", type=int, default=100_000)
    parser.add_argument("--units", type=int, default=0, help="default: 1.5 per account")
    parser.add_argument("--rebuild", action="store_true", help="start the SQLite file over")
    parser.add_argument("--pg-only", action="store_true", help="PostgreSQL only")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_arguments(parser)
    for db in databases(parser.parse_args()):
        db.dispose()


if __name__ == "__main__":
    main()
