"""A register of a few thousand accounts for the search and list tests, written in bulk (as an
import would: the database's triggers keep the search rows)."""

from __future__ import annotations

import random
from contextlib import nullcontext
from datetime import UTC, datetime, timedelta

from sqlalchemy import insert, select, text

from iok_desk.db.engine import Database
from iok_desk.db.models import Account, AccountUnit, Estate, Person, Unit
from iok_desk.domain.credentials import damm_check_digit
from iok_desk.domain.states import AccountStatus
from iok_desk.domain.validation import fold_for_search
from iok_desk.services.lookups import unit_address_search
from iok_desk.services.registry import refresh_person_search
from iok_desk.services.search import search_rows_deferred

FIRST = ["Anna", "Jan", "Ewa", "Piotr", "Zofia", "Łukasz", "Żaneta", "Michał"]
LAST = ["Nowak", "Kowalska", "Wiśniewski", "Żółkiewska", "Ślęzak", "Jankowski", "Kowalczyk",
        "Łącka", "Bąk", "Zając", "Adamczyk", "Dudek"]
STREETS = ["Świętojańska", "Morska", "Łowicka", "Kielecka", "Paprykowa", "Śliwkowa", "Bema",
           "Źródło Marii", "10 Lutego"]
# One person whose surname occurs nowhere else: a rare word for the trigram index.
RARE_SURNAME = "Przybyszewska"


def populate(db: Database, count: int, *, seed: int = 16, bulk: bool = False) -> None:
    """``count`` people with an account each (all four statuses), one unit each and a second
    (revoked) access for every fifth; statistics gathered, as a live database has them.
    ``bulk``: the search rows written at the end (``search_rows_deferred``), not row by row."""
    rng = random.Random(seed)
    now = datetime.now(UTC)
    with db.transaction() as session, (
            search_rows_deferred(session) if bulk else nullcontext()):
        estate = session.scalar(insert(Estate).returning(Estate.id),
                                [{"accounting_key": f"E-{seed}", "name": "Zasób"}])
        units = []
        for index in range(count + 10):
            street = STREETS[index % len(STREETS)]
            building, unit_no = str(1 + index // 40), str(1 + index % 40)
            units.append({"estate_id": estate, "accounting_key": f"L-{index}", "street": street,
                          "building": building, "unit_no": unit_no,
                          "street_search": fold_for_search(street),
                          "address_search": unit_address_search(street, building, unit_no)})
        unit_ids = list(session.scalars(insert(Unit).returning(
            Unit.id, sort_by_parameter_order=True), units))
        people = []
        for index in range(count):
            last = RARE_SURNAME if index == count // 2 else rng.choice(LAST)
            person = Person(first_name=rng.choice(FIRST), last_name=last,
                            email=f"osoba{index}@example.pl" if index % 3 else "",
                            phone=f"+48 60{index % 10}{index:06d}")
            refresh_person_search(person)
            people.append({"first_name": person.first_name, "last_name": person.last_name,
                           "email": person.email, "phone": person.phone,
                           "name_search": person.name_search,
                           "contact_search": person.contact_search})
        person_ids = list(session.scalars(insert(Person).returning(
            Person.id, sort_by_parameter_order=True), people))
        statuses = [AccountStatus.ACTIVE] * 5 + [AccountStatus.ISSUED, AccountStatus.BLOCKED,
                                                 AccountStatus.REVOKED]
        accounts = []
        for index, person_id in enumerate(person_ids):
            body = f"{1 + index % 9}{index:06d}"
            accounts.append({"login_id": body + damm_check_digit(body), "person_id": person_id,
                             "status": statuses[index % len(statuses)], "password_hash": "x",
                             "security_stamp": "s" * 32,
                             "issued_at": now - timedelta(days=rng.randint(0, 900))})
        account_ids = list(session.scalars(insert(Account).returning(
            Account.id, sort_by_parameter_order=True), accounts))
        access = [{"account_id": account_id, "unit_id": unit_ids[index], "granted_at": now}
                  for index, account_id in enumerate(account_ids)]
        access += [{"account_id": account_id, "unit_id": unit_ids[count + index % 10],
                    "granted_at": now, "revoked_at": now}
                   for index, account_id in enumerate(account_ids) if index % 5 == 0]
        session.execute(insert(AccountUnit), access)
    analyze(db)


def analyze(db: Database) -> None:
    if db.dialect == "postgresql":
        with db.engine.connect() as connection:
            connection.execution_options(isolation_level="AUTOCOMMIT").execute(
                text("VACUUM ANALYZE"))
    else:
        with db.engine.begin() as connection:
            connection.exec_driver_sql("ANALYZE")


def login_ids(db: Database) -> list[str]:
    with db.reading() as session:
        return list(session.scalars(select(Account.login_id).order_by(Account.id)))
