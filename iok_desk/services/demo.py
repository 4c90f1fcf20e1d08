"""Realistic Polish sample data: estates, units, people, titles, requests, and accounts in
every state — so the desk looks alive for a trial, a screenshot or a training session."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select

from iok_desk.db.engine import Database
from iok_desk.db.models import Account, AccountUnit, Clerk, Person, Unit
from iok_desk.domain import lifecycle
from iok_desk.domain.audit import AuditAction
from iok_desk.domain.credentials import generate_first_password, hash_password, new_security_stamp
from iok_desk.domain.dates import now_utc
from iok_desk.domain.errors import NotAllowed
from iok_desk.domain.states import AccountStatus, BlockReason, ClerkRole, RevokeReason, TitleKind
from iok_desk.domain.validation import fold_for_search

from . import accounts, letter_register, requests
from .clerks import bootstrap_first_admin
from .context import Actor, load_clerk, record_event
from .registry import create_person, create_title, create_unit, get_or_create_estate
from .search import search_rows_deferred

FIRST_NAMES_F = ["Anna", "Maria", "Katarzyna", "Małgorzata", "Agnieszka", "Barbara", "Ewa",
                 "Krystyna", "Elżbieta", "Zofia", "Joanna", "Jadwiga", "Halina", "Urszula",
                 "Teresa", "Grażyna", "Bożena", "Łucja", "Żaneta", "Jolanta"]
FIRST_NAMES_M = ["Jan", "Andrzej", "Piotr", "Krzysztof", "Stanisław", "Tomasz", "Paweł",
                 "Józef", "Marcin", "Marek", "Michał", "Grzegorz", "Jerzy", "Tadeusz", "Adam",
                 "Łukasz", "Zbigniew", "Ryszard", "Dariusz", "Henryk"]
# (masculine, feminine) forms.
LAST_NAMES = [("Nowak", "Nowak"), ("Kowalski", "Kowalska"), ("Wiśniewski", "Wiśniewska"),
              ("Wójcik", "Wójcik"), ("Kowalczyk", "Kowalczyk"), ("Kamiński", "Kamińska"),
              ("Lewandowski", "Lewandowska"), ("Zieliński", "Zielińska"),
              ("Szymański", "Szymańska"), ("Woźniak", "Woźniak"), ("Dąbrowski", "Dąbrowska"),
              ("Kozłowski", "Kozłowska"), ("Jankowski", "Jankowska"), ("Mazur", "Mazur"),
              ("Kwiatkowski", "Kwiatkowska"), ("Krawczyk", "Krawczyk"),
              ("Piotrowski", "Piotrowska"), ("Grabowski", "Grabowska"),
              ("Żółkiewski", "Żółkiewska"), ("Łącki", "Łącka"), ("Ślęzak", "Ślęzak"),
              ("Kaszubowski", "Kaszubowska"), ("Bielecki", "Bielecka"), ("Gołębiewski",
                                                                         "Gołębiewska")]
STREETS = [("MSM-01", "Zasób własny Spółdzielni", False,
            ["Paprykowa", "Śliwkowa", "Morska", "Chwarznieńska", "Wielkopolska"]),
           ("WM-07", "Wspólnota Mieszkaniowa „Chylonia”", True, ["Chylońska", "Łowicka"]),
           ("WM-12", "Wspólnota Mieszkaniowa „Świętojańska 40”", True, ["Świętojańska"])]
EMAIL_DOMAINS = ["wp.pl", "onet.pl", "gmail.com", "o2.pl", "interia.pl"]
DEMO_CLERKS = [("ewa.kowalczyk", "Ewa Kowalczyk", ClerkRole.CLERK),
               ("marek.zielinski", "Marek Zieliński", ClerkRole.CLERK),
               ("halina.mazur", "Halina Mazur", ClerkRole.SUPERVISOR)]


@dataclass(frozen=True)
class DemoSummary:
    units: int
    persons: int
    accounts: dict[str, int]
    requests: dict[str, int]


def _ascii(text: str) -> str:
    return fold_for_search(text).replace(" ", "")


def create_demo_data(db: Database, actor: Actor, *, accounts_count: int = 200, seed: int = 2026,
                     progress: Callable[[int, int], None] | None = None) -> DemoSummary:
    """Fill an empty database. Bulk accounts share one hash of a random, discarded password
    (hashing each would take minutes); the requests and a dozen accounts go through the real
    use cases, so their audit trail is what a clerk's day leaves."""
    rng = random.Random(seed)
    bootstrap_first_admin(db, actor)
    today = date.today()
    # The search rows of all the accounts written once, at the end (search_rows_deferred).
    with db.transaction() as session, search_rows_deferred(session):
        clerk = load_clerk(session, actor, ClerkRole.ADMIN)
        if session.scalar(select(func.count()).select_from(Unit)):
            raise NotAllowed("Baza zawiera już lokale; dane demonstracyjne wgrywa się tylko do "
                             "pustej bazy.", code="demo_not_empty")
        for login, name, role in DEMO_CLERKS:
            if session.scalar(select(Clerk.id).where(Clerk.login == login)) is None:
                session.add(Clerk(login=login, full_name=name, role=role))
        units: list[Unit] = []
        for estate_key, estate_name, association, streets in STREETS:
            estate = get_or_create_estate(session, estate_key, estate_name,
                                          is_association=association)
            for street in streets:
                for building in range(1, 4 + accounts_count // 60):
                    for flat in range(1, 13):
                        key = f"{estate_key}-{len(units) + 1:06d}"
                        units.append(create_unit(session, estate, key, street,
                                                 str(building * 2), str(flat),
                                                 postal_code="81-" + str(rng.randint(100, 599))))
        rng.shuffle(units)
        shared_hash = hash_password(generate_first_password())
        persons: list[tuple[Person, Unit]] = []
        for index, unit in enumerate(units[:accounts_count + 40]):
            female = rng.random() < 0.5
            first = rng.choice(FIRST_NAMES_F if female else FIRST_NAMES_M)
            last = rng.choice(LAST_NAMES)[1 if female else 0]
            email = (f"{_ascii(first)}.{_ascii(last)}{rng.randint(1, 99)}@"
                     f"{rng.choice(EMAIL_DOMAINS)}") if rng.random() < 0.8 else ""
            phone = f"+48 {rng.choice('5678')}{rng.randint(10000000, 99999999)}"
            person = create_person(session, first, last, email=email, phone=phone,
                                   accounting_key=f"K{index + 1:07d}")
            start = today - timedelta(days=rng.randint(200, 9000))
            kind = (TitleKind.ASSOCIATION_OWNERSHIP if unit.estate.is_association
                    else rng.choice([TitleKind.COOP_RIGHT, TitleKind.OWNERSHIP]))
            create_title(session, person, unit, kind, start)
            persons.append((person, unit))
        session.flush()
        bulk = persons[40:]
        statuses = [AccountStatus.ACTIVE] * 14 + [AccountStatus.ISSUED] * 3 + \
            [AccountStatus.BLOCKED, AccountStatus.REVOKED]
        now = now_utc()
        for person, unit in bulk:
            status = rng.choice(statuses)
            issued_at = now - timedelta(days=rng.randint(1, 2000))
            used = status != AccountStatus.ISSUED
            account = Account(
                login_id=accounts.unused_login_id(session), person=person,
                status=AccountStatus.ACTIVE if used else AccountStatus.ISSUED,
                password_hash=shared_hash, must_change_password=not used,
                first_password_expires_at=issued_at + timedelta(days=30),
                security_stamp=new_security_stamp(), issued_at=issued_at)
            if used:
                account.password_changed_at = issued_at + timedelta(days=2)
                account.last_login_at = issued_at + timedelta(days=rng.randint(2, 300))
            access = AccountUnit(account=account, unit=unit, granted_at=issued_at)
            if status == AccountStatus.BLOCKED:
                lifecycle.block(account, rng.choice(list(BlockReason)),
                                now - timedelta(days=rng.randint(0, 30)))
            if status == AccountStatus.REVOKED:
                sold = now - timedelta(days=rng.randint(0, 300))
                lifecycle.revoke_access(access, RevokeReason.SALE, sold)
                lifecycle.revoke(account, RevokeReason.SALE, sold)
            session.add_all([account, access])
        record_event(session, clerk, actor, AuditAction.DEMO_LOAD,
                     f"Wgrano dane demonstracyjne: {len(units)} lokali, {len(persons)} osób, "
                     f"{len(bulk)} kont.", units=len(units), accounts=len(bulk))
        walk_in = persons[:40]
    _demo_requests(db, actor, walk_in, rng, progress)
    with db.reading() as session:
        by_status = dict(session.execute(select(Account.status, func.count())
                                         .group_by(Account.status)).all())
        unit_count = session.scalar(select(func.count()).select_from(Unit)) or 0
        person_count = session.scalar(select(func.count()).select_from(Person)) or 0
    request_counts: dict[str, int] = {}
    for info in requests.list_requests(db, limit=10_000):
        request_counts[info.status] = request_counts.get(info.status, 0) + 1
    return DemoSummary(units=unit_count, persons=person_count,
                       accounts={status.value: count for status, count in by_status.items()},
                       requests=request_counts)


def _demo_requests(db: Database, actor: Actor, walk_in: list[tuple[Person, Unit]],
                   rng: random.Random, progress: Callable[[int, int], None] | None) -> None:
    """Requests in every state, through the real use cases."""
    clerks = [Actor(login, actor.workstation) for login, _, _ in DEMO_CLERKS]
    channels = ["paper", "e-mail", "web-form", "in-person"]
    for index, (person, unit) in enumerate(walk_in):
        clerk = clerks[index % 2]
        info = requests.register_request(db, clerk, requests.NewRequest(
            kind="grant", channel=rng.choice(channels), first_name=person.first_name,
            last_name=person.last_name, unit=unit.address, email=person.email,
            phone=person.phone, received_at=now_utc() - timedelta(days=40 - index)))
        stage = index % 8
        if stage == 0:
            requests.ask_for_information(db, clerk, info.number,
                                         "Brak podpisu wnioskodawcy na wniosku.")
        elif stage == 1:
            requests.reject_request(db, clerks[2], info.number,
                                    "Wnioskodawca nie figuruje w rejestrze jako właściciel "
                                    "lokalu.")
        elif stage in (2, 3):
            continue
        else:
            requests.approve_request(db, clerk, info.number)
            if stage == 4:
                continue
            issued = accounts.issue_credentials(db, clerk, info.number)
            if stage == 5 and issued.letter is not None:  # the letter register (issue 18)
                _deliver_demo_letter(db, clerk, issued.letter.letter_number, person, index, rng)
            if stage == 6:
                accounts.block_account(db, clerks[1], issued.login_id, reason="lost-password",
                                       caller_name=person.full_name, caller_phone=person.phone,
                                       note="Zgłoszenie telefoniczne.")
            elif stage == 7 and index > 20:
                accounts.block_account(db, clerks[1], issued.login_id,
                                       reason="unauthorised-use",
                                       caller_name=person.full_name)
                accounts.reissue_account(db, clerk, issued.login_id)
        if progress:
            progress(index + 1, len(walk_in))


def _deliver_demo_letter(db: Database, clerk: Actor, number: str, person: Person, index: int,
                         rng: random.Random) -> None:
    """Some demo letters handed over in the office, some posted by registered mail."""
    if index % 16 < 8:
        letter_register.hand_over(db, clerk, number, received_by=person.full_name)
    else:
        letter_register.post(db, clerk, number,
                             tracking_number=f"RR{rng.randint(10**8, 10**9 - 1)}PL")
