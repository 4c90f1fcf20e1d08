"""services.browse, the lists the desk pages show: accounts (filter, sort, rows), units with
their live accounts, titles, the request queue, overdue requests, letters of the day."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from iok_desk.db.engine import Database
from iok_desk.db.models import Unit
from iok_desk.domain.dates import now_utc, office_date
from iok_desk.domain.errors import ValidationError
from iok_desk.services import accounts, browse, registry, requests
from iok_desk.services.context import Actor

from .helpers import grant, issued_account


@pytest.fixture
def two_accounts(db: Database, admin: Actor, register: dict[str, str]) -> tuple[str, str]:
    jan = issued_account(db, admin).login_id
    anna = issued_account(db, admin, "Anna", "Żółkiewska", register["flat7"]).login_id
    accounts.block_account(db, admin, anna, reason="lost-password", caller_name="Anna")
    return jan, anna


def _logins(db: Database, query: browse.AccountQuery) -> list[str]:
    ids = browse.account_ids(db, query)
    rows = browse.account_rows(db, ids)
    return [rows[account_id].login_id for account_id in ids]


def test_the_account_list_filters_sorts_and_fills_its_rows(
        db: Database, two_accounts: tuple[str, str]) -> None:
    jan, anna = two_accounts
    assert _logins(db, browse.AccountQuery(sort_key="name")) == [jan, anna]  # Kowalski, Żół…
    assert _logins(db, browse.AccountQuery(sort_key="name", descending=True)) == [anna, jan]
    assert _logins(db, browse.AccountQuery(status="blocked")) == [anna]
    assert _logins(db, browse.AccountQuery(text="kowalski")) == [jan]
    [row] = browse.account_rows(db, browse.account_ids(db, browse.AccountQuery(
        text="zolkiewska"))).values()
    assert (row.person_name, row.status, row.units) == ("Anna Żółkiewska", "blocked",
                                                         ["Paprykowa 12/7"])
    assert browse.account_rows(db, []) == {}
    with pytest.raises(ValidationError) as error:
        browse.account_ids(db, browse.AccountQuery(sort_key="password_hash"))
    assert error.value.field == "sort_key"


def test_units_come_in_natural_address_order(db: Database) -> None:
    """10/1, 10/2, 10/10 — numbers by value, a letter after its number (12/5 before 12A/1)."""
    with db.transaction() as session:
        estate = registry.get_or_create_estate(session, "MSM-09", "Zasób testowy")
        for key, (building, unit) in enumerate([("10", "10"), ("12A", "1"), ("10", "2"),
                                                ("2", "1"), ("12", "5"), ("10", "1")]):
            registry.create_unit(session, estate, f"L-9{key}", "Morska", building, unit)
    rows = browse.unit_rows(db, browse.unit_ids(db, "morska"))
    assert [rows[unit_id].address for unit_id in browse.unit_ids(db, "morska")] == [
        "Morska 2/1", "Morska 10/1", "Morska 10/2", "Morska 10/10", "Morska 12/5",
        "Morska 12A/1"]
    assert [address for address in browse.unit_addresses(db) if address.startswith(
        "Morska")][:4] == ["Morska 2/1", "Morska 10/1", "Morska 10/2", "Morska 10/10"]


def test_units_sort_by_any_column_of_the_list(db: Database, admin: Actor,
                                             two_accounts: tuple[str, str]) -> None:
    """Estates in the clerk's alphabet (Ś beside S), accounts by number, ties by address;
    descending reverses the whole order."""
    with db.transaction() as session:
        estate = registry.get_or_create_estate(session, "MSM-09", "Śródmieście")
        for key, unit in (("M-0010", "10"), ("M-0002", "2")):
            registry.create_unit(session, estate, key, "Morska", "4", unit)
        registry.create_unit(session, registry.get_or_create_estate(
            session, "MSM-08", "Wzgórze"), "A-1", "Abrahama", "1", "1")

    def addresses(key: str, descending: bool = False) -> list[str]:
        ids = browse.unit_ids(db, sort_key=key, descending=descending)
        rows = browse.unit_rows(db, ids)
        return [rows[unit_id].address for unit_id in ids]

    by_address = ["Abrahama 1/1", "Morska 4/2", "Morska 4/10", "Paprykowa 12/5",
                  "Paprykowa 12/7", "Śliwkowa 3"]
    assert addresses("address") == by_address
    assert addresses("address", descending=True) == by_address[::-1]
    assert addresses("estate") == ["Morska 4/2", "Morska 4/10",  # Śródmieście
                                   "Abrahama 1/1",  # Wzgórze
                                   "Paprykowa 12/5", "Paprykowa 12/7", "Śliwkowa 3"]  # Zasób
    assert addresses("accounting_key") == ["Abrahama 1/1", "Śliwkowa 3", "Paprykowa 12/5",
                                           "Paprykowa 12/7", "Morska 4/2", "Morska 4/10"]
    assert addresses("live_accounts") == ["Abrahama 1/1", "Morska 4/2", "Morska 4/10",
                                          "Śliwkowa 3", "Paprykowa 12/5", "Paprykowa 12/7"]
    assert addresses("live_accounts", descending=True)[:2] == ["Paprykowa 12/7",
                                                               "Paprykowa 12/5"]
    with pytest.raises(ValidationError) as error:
        browse.unit_ids(db, sort_key="street; drop table unit")
    assert error.value.field == "sort_key"


def test_units_with_their_live_accounts_and_titles(db: Database, admin: Actor,
                                                   two_accounts: tuple[str, str]) -> None:
    jan, _anna = two_accounts
    ids = browse.unit_ids(db)
    rows = browse.unit_rows(db, ids)
    assert [rows[unit_id].address for unit_id in ids] == browse.unit_addresses(db) == [
        "Paprykowa 12/5", "Paprykowa 12/7", "Śliwkowa 3"]
    assert [rows[unit_id].live_accounts for unit_id in ids] == [1, 1, 0]
    assert [rows[unit_id].address for unit_id in browse.unit_ids(db, "sliwk")] == ["Śliwkowa 3"]
    assert [rows[unit_id].address for unit_id in browse.unit_ids(db, "l-0007")] == [
        "Paprykowa 12/7"]
    with db.reading() as session:
        flat5 = session.scalar(select(Unit.id).where(Unit.accounting_key == "L-0005"))
    assert flat5 is not None
    assert [summary.login_id for summary in browse.accounts_seeing_unit(db, flat5)] == [jan]
    titles = browse.unit_title_holders(db, flat5)
    assert [(title.person_name, title.valid_today) for title in titles] == [
        ("Jan Kowalski", True), ("Anna Żółkiewska", False)]  # newest first
    assert browse.unit_titles(db, "not an address") == []
    accounts.revoke_access(db, admin, jan, reason="sale")
    assert browse.accounts_seeing_unit(db, flat5) == []


def test_the_request_queue_and_its_overdue_requests(db: Database, admin: Actor,
                                                    register: dict[str, str]) -> None:
    old = requests.register_request(db, admin, requests.NewRequest(
        kind="grant", channel="paper", first_name="Jan", last_name="Kowalski",
        unit=register["flat5"], received_at=now_utc() - timedelta(days=20))).number
    new = grant(db, admin, "Anna", "Żółkiewska", register["flat7"])
    requests.approve_request(db, admin, new)
    queue = browse.request_queue(db, browse.RequestQuery())
    assert [info.number for info in queue] == [old]  # open only, oldest first
    assert browse.is_overdue(queue[0])
    everything = browse.request_queue(db, browse.RequestQuery(status=""))
    assert [info.number for info in everything] == [old, new]
    assert not browse.is_overdue(everything[1])
    assert browse.request_queue(db, browse.RequestQuery(status="", older_than_days=10))[0] \
        .number == old
    assert browse.request_queue(db, browse.RequestQuery(status="approved", kind="block")) == []


def test_letters_of_the_day_and_the_audit_actions(db: Database, admin: Actor,
                                                  register: dict[str, str]) -> None:
    issued_account(db, admin)
    assert browse.letters_issued_on(db) == 1
    assert browse.letters_issued_on(db, office_date(now_utc()) - timedelta(days=1)) == 0
    assert browse.audit_actions(db) == ["account.issue", "clerk.bootstrap", "request.approve",
                                        "request.register"]
    refusal = browse.attachment_refusal(b"")
    assert refusal is not None and refusal.code == "file_empty"
    assert browse.attachment_refusal(b"%PDF-1.7") is None
