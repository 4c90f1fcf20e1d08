"""The index-backed search finds exactly what a plain scan of the same columns finds, on
SQLite (FTS5 trigram tables kept by triggers) and PostgreSQL (pg_trgm): a word of three
characters or more anywhere, a shorter first word at the start of the surname, street or login
ID — also after the indexed rows change."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import event, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, update

from iok_desk.db.engine import Database
from iok_desk.db.models import Account, AccountUnit, Person, Unit
from iok_desk.domain.credentials import damm_check_digit
from iok_desk.domain.states import AccountStatus
from iok_desk.domain.validation import fold_for_search
from iok_desk.services import registry, search

SYLLABLES = ["ko", "wal", "ska", "żó", "łk", "no", "wak", "ś", "wi", "ę", "to", "ja", "ń"]
LETTERS = "aąbcćeęklłnńoóprsśtwzżź"


def _word(seed: int, parts: int) -> str:
    return "".join(SYLLABLES[(seed * 7 + part * 3) % len(SYLLABLES)] for part in range(parts))


def _populate(db: Database) -> None:
    """40 people with look-alike names and streets, one account each, some with two units."""
    now = datetime.now(UTC)
    with db.transaction() as session:
        estate = registry.get_or_create_estate(session, "E-1", "Zasób")
        units = [registry.create_unit(session, estate, f"L-{index}",
                                      _word(index, 2 + index % 3).capitalize(),
                                      str(1 + index % 9), str(index)) for index in range(50)]
        for index in range(40):
            person = registry.create_person(
                session, _word(index + 3, 2).capitalize(), _word(index, 2 + index % 4).title(),
                email=f"{fold_for_search(_word(index, 2))}{index}@example.pl",
                phone=f"+48 60{index % 10}{index:06d}")
            body = f"{1 + index % 9}{index:06d}"
            account = Account(login_id=body + damm_check_digit(body), person=person,
                              status=list(AccountStatus)[index % 4], password_hash="x",
                              security_stamp="s", issued_at=now)
            session.add(account)
            session.add(AccountUnit(account=account, unit=units[index], granted_at=now))
            if index % 3 == 0:
                session.add(AccountUnit(account=account, unit=units[40 + index % 10],
                                        granted_at=now, revoked_at=now))


def _rows(db: Database) -> dict[str, list[str]]:
    """login ID → [name, contact, login, address…] as stored."""
    with db.reading() as session:
        found: dict[str, list[str]] = {}
        for login, name, contact in session.execute(
                select(Account.login_id, Person.name_search, Person.contact_search)
                .join(Person)):
            found[login] = [name, contact, login]
        for login, address in session.execute(
                select(Account.login_id, Unit.address_search)
                .join(AccountUnit, AccountUnit.account_id == Account.id)
                .join(Unit, Unit.id == AccountUnit.unit_id)):
            found[login].append(address)
    return found


def _expected(rows: dict[str, list[str]], text: str) -> set[str]:
    terms = search.search_terms(text)
    if not terms:
        return set()
    prefix_term = None if any(len(term) >= 3 for term in terms) else terms[0]
    hits = set()
    for login, (name, contact, _, *addresses) in rows.items():
        def anywhere(term: str, name: str = name, contact: str = contact,
                     addresses: list[str] = addresses, login: str = login) -> bool:
            return (term in name or term in contact or any(term in a for a in addresses)
                    or (term.isdigit() and term in login))

        def at_start(term: str, name: str = name, addresses: list[str] = addresses,
                     login: str = login) -> bool:
            return (name.startswith(term) or any(a.startswith(term) for a in addresses)
                    or (term.isdigit() and login.startswith(term)))

        if all(at_start(term) if term is prefix_term and index == 0 else anywhere(term)
               for index, term in enumerate(terms)):
            hits.add(login)
    return hits


def _found(db: Database, text: str) -> set[str]:
    query = search.search_query(text)
    if query is None:
        return set()
    with db.reading() as session:
        return {account.login_id for account in session.scalars(query)}


TERMS = st.one_of(
    st.sampled_from(SYLLABLES), st.text(alphabet=LETTERS, min_size=1, max_size=5),
    st.text(alphabet="0123456789", min_size=1, max_size=6),
    st.sampled_from(["/", " 12/", "@example", ".pl", "%", "_", '"', "k*", "60"]))
TEXTS = st.lists(st.one_of(TERMS, TERMS.map(str.upper)), min_size=1, max_size=3).map(" ".join)


def test_indexed_search_equals_a_scan(db: Database) -> None:
    _populate(db)
    rows = _rows(db)

    @settings(max_examples=150, deadline=None)
    @given(TEXTS)
    def check(text: str) -> None:
        expected = _expected(rows, text)
        event("some rows" if expected else "no row")
        assert _found(db, text) == expected, text

    check()


def test_index_follows_changed_names_and_addresses(db: Database) -> None:
    _populate(db)
    with db.transaction() as session:
        person = session.scalars(select(Person).order_by(Person.id)).first()
        assert person is not None
        person.last_name = "Przybyszewska"
        registry.refresh_person_search(person)
        session.execute(update(Unit).where(Unit.id == 1).values(
            street="Źródło Marii", address_search="zrodlo marii 1/0"))
    rows = _rows(db)
    for text in ("przybysz", "PRZYBYSZEWSKA", "źródło", "marii 1/0", "zrod", "pr", "zr"):
        assert _found(db, text) == _expected(rows, text) != set(), text
    assert _found(db, _word(0, 2)) == _expected(rows, _word(0, 2))
