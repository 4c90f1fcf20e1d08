"""Importing the unit and owner register on both databases: keys, re-import, all-or-nothing,
adoption of hand-entered data, cancel, and the orphans a title's end leaves behind."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select
from support.rows import row_counts

from iok_desk.db.engine import Database
from iok_desk.db.models import Account, AccountUnit, Estate, Person, Title, Unit
from iok_desk.domain.dates import now_utc, office_date
from iok_desk.intake.csv_register import RegisterFileError
from iok_desk.services import accounts
from iok_desk.services.audit import AuditFilter, audit_trail
from iok_desk.services.context import Actor
from iok_desk.services.register_import import (
    Counts,
    ImportCancelled,
    find_orphans,
    import_register,
    revoke_orphans,
)

from .builders import (
    ANNA_FLAT,
    EMPTY_FLAT,
    ESTATE,
    FIRST,
    JAN_FLAT,
    JAN_GARAGE,
    issued_account,
    register_csv,
)

TODAY = office_date(now_utc())
YESTERDAY = TODAY - timedelta(days=1)



def _counts(db: Database) -> dict[str, int]:
    with db.reading() as session:
        return {model.__name__: len(session.scalars(select(model)).all())
                for model in (Estate, Unit, Person, Title)}


def test_import_creates_everything_keyed_and_audited(db: Database, admin: Actor) -> None:
    result = import_register(db, admin, register_csv(FIRST, encoding="cp1250"),
                             file_name="rejestr.csv")

    assert (result.encoding, result.separator, result.rows) == ("cp1250", ";", 4)
    assert result.estates == Counts(added=2)
    assert result.units == Counts(added=4)
    assert result.persons == Counts(added=2, unchanged=0)
    assert result.titles == Counts(added=3)
    assert len(result.changes) == 11
    assert result.orphans == ()
    with db.reading() as session:
        jan = session.scalars(select(Person).where(Person.accounting_key == "K-001")).one()
        assert (jan.full_name, jan.phone, jan.name_search) == ("Jan Kowalski", "+48 601234567",
                                                               "kowalski jan")
        assert sorted(title.unit.address for title in jan.titles) == ["Paprykowa 12/5",
                                                                     "Śliwkowa 3"]
        garage = session.scalars(select(Unit).where(Unit.accounting_key == "G-0003")).one()
        assert (garage.kind, garage.estate.is_association, garage.address_search) == (
            "garage", True, "sliwkowa 3")
    [event] = audit_trail(db, AuditFilter(action="register.import"))
    assert event.details["counts"]["title"] == [3, 0, 0]
    assert event.details["file_name"] == "rejestr.csv"
    assert "Nowy tytuł T-004: Jan Kowalski — Śliwkowa 3" in " ".join(event.details["changes"])


def test_reimport_changes_nothing_and_duplicates_nothing(db: Database, admin: Actor) -> None:
    import_register(db, admin, register_csv(FIRST))
    before = row_counts(db)

    again = import_register(db, admin, register_csv(FIRST, encoding="utf-8-sig",
                                                    separator=","))

    assert again.separator == ","
    assert (again.estates, again.units, again.persons, again.titles) == (
        Counts(unchanged=2), Counts(unchanged=4), Counts(unchanged=2), Counts(unchanged=3))
    assert again.changes == ()
    after = row_counts(db)
    assert after.pop("audit_event") == before.pop("audit_event") + 1
    assert after == before


def test_reimport_updates_and_reports_what_changed(db: Database, admin: Actor) -> None:
    import_register(db, admin, register_csv(FIRST))
    new_email = "jan.kowalski@example.pl"
    second = [JAN_FLAT.replace("2020-01-15;", f"2020-01-15;{YESTERDAY.isoformat()}")
              .replace("jan@example.pl", new_email),
              ANNA_FLAT.replace("81-198", "81-200"),
              JAN_GARAGE.replace("jan@example.pl", new_email),
              EMPTY_FLAT,
              f"{ESTATE};L-0005;Paprykowa;12;5;81-198;mieszkalny;K-003;Maria;Nowak;;;T-005;"
              f"własność;{TODAY.isoformat()};"]

    result = import_register(db, admin, register_csv(second))

    assert result.units == Counts(updated=1, unchanged=3)
    assert result.persons == Counts(added=1, updated=1, unchanged=1)
    assert result.titles == Counts(added=1, updated=1, unchanged=2)
    described = {(change.key, change.action): change for change in result.changes}
    assert described[("L-0007", "updated")].fields == ("postal_code",)
    assert described[("K-001", "updated")].description == (
        "Kontrahent K-001 (Jan Kowalski): zmieniono e-mail.")
    assert described[("T-001", "updated")].fields == ("valid_to",)
    assert described[("T-001", "updated")].line == 2
    assert ("K-003", "added") in described
    with db.reading() as session:
        title = session.scalars(select(Title).where(Title.accounting_key == "T-001")).one()
        assert title.valid_to == YESTERDAY


def test_a_bad_row_imports_nothing(db: Database, admin: Actor) -> None:
    before = row_counts(db)
    bad = [*FIRST[:3], EMPTY_FLAT.replace(";9;", ";9/;")]

    with pytest.raises(RegisterFileError) as caught:
        import_register(db, admin, register_csv(bad))

    assert [(problem.line, problem.column) for problem in caught.value.problems] == [
        (5, "lokal_nr")]
    assert row_counts(db) == before


def test_an_address_held_by_another_key_rolls_back_the_whole_file(
        db: Database, admin: Actor, register: dict[str, object]) -> None:
    before = row_counts(db)
    rows = [EMPTY_FLAT, JAN_GARAGE, ANNA_FLAT.replace("L-0007", "X-0007")]

    with pytest.raises(RegisterFileError) as caught:
        import_register(db, admin, register_csv(rows))

    [problem] = caught.value.problems
    assert (problem.line, problem.column) == (4, "lokal_klucz")
    assert "ma w bazie lokal o kluczu „L-0007”" in problem.message
    assert row_counts(db) == before


def test_hand_entered_persons_and_titles_are_adopted(
        db: Database, admin: Actor, register: dict[str, object]) -> None:
    started = (TODAY - timedelta(days=300)).isoformat()
    anna_from = (TODAY - timedelta(days=3000)).isoformat()
    rows = [JAN_FLAT.replace("2020-01-15", started),
            ANNA_FLAT.replace("01.02.2010", anna_from)]

    result = import_register(db, admin, register_csv(rows))

    assert result.persons == Counts(updated=2)
    assert result.titles == Counts(updated=2)
    assert result.units == Counts(unchanged=2)
    with db.reading() as session:
        persons = session.scalars(select(Person).order_by(Person.id)).all()
        assert [(p.accounting_key, p.full_name) for p in persons] == [
            ("K-001", "Jan Kowalski"), ("K-002", "Anna Żółkiewska")]
        assert persons[1].phone == "+48 586290016"  # an empty cell keeps what the desk knew
        assert len(session.scalars(select(Title)).all()) == 4


def test_progress_and_cancel(db: Database, admin: Actor) -> None:
    seen: list[tuple[int, int]] = []
    import_register(db, admin, register_csv(FIRST),
                    progress=lambda done, total: seen.append((done, total)))
    assert seen == [(1, 4), (2, 4), (3, 4), (4, 4)]

    before = row_counts(db)
    steps: list[int] = []
    changed = [row.replace("81-198", "81-300") for row in FIRST]
    with pytest.raises(ImportCancelled):
        import_register(db, admin, register_csv(changed),
                        progress=lambda done, total: steps.append(done),
                        cancelled=lambda: len(steps) >= 2)
    assert steps == [1, 2]
    assert row_counts(db) == before
    with db.reading() as session:
        assert {unit.postal_code for unit in session.scalars(select(Unit))} == {"81-198"}


def test_orphans_after_titles_end_and_their_batch_revocation(db: Database,
                                                              admin: Actor) -> None:
    import_register(db, admin, register_csv(FIRST))
    jan = issued_account(db, admin, "Jan", "Kowalski", "Paprykowa 12/5")
    accounts.add_unit(db, admin, jan, "Śliwkowa 3")
    anna = issued_account(db, admin, "Anna", "Żółkiewska", "Paprykowa 12/7")
    assert find_orphans(db) == []
    sold = [JAN_FLAT.replace("2020-01-15;", f"2020-01-15;{YESTERDAY.isoformat()}"),
            ANNA_FLAT.replace("01.02.2010;", f"01.02.2010;{YESTERDAY.isoformat()}"),
            JAN_GARAGE, EMPTY_FLAT]

    result = import_register(db, admin, register_csv(sold))

    assert [(o.login_id, o.unit_address, o.title_ended_on) for o in result.orphans] == [
        (jan, "Paprykowa 12/5", YESTERDAY), (anna, "Paprykowa 12/7", YESTERDAY)]
    assert find_orphans(db) == list(result.orphans)
    assert find_orphans(db, on=YESTERDAY) == []

    done: list[tuple[int, int]] = []
    outcome = revoke_orphans(db, admin, progress=lambda step, total: done.append((step, total)))

    assert done == [(1, 2), (2, 2)] and outcome.failed == ()
    assert [(r.login_id, r.account_status, r.revoked_units) for r in outcome.revoked] == [
        (jan, "issued", ["Paprykowa 12/5"]),
        (anna, "revoked", ["Paprykowa 12/7"])]
    assert find_orphans(db) == []
    with db.reading() as session:
        access = session.scalars(select(AccountUnit).join(Account).where(
            Account.login_id == jan).order_by(AccountUnit.id)).all()
        assert [(a.unit.address, a.revoke_reason) for a in access] == [
            ("Paprykowa 12/5", "title-ended"), ("Śliwkowa 3", None)]
    events = audit_trail(db, AuditFilter(action="account.revoke"))
    assert {(e.account_login_id, e.action, e.details["reason"]) for e in events} == {
        (jan, "account.revoke_unit", "title-ended"), (anna, "account.revoke", "title-ended")}


def test_revocation_can_be_limited_to_chosen_orphans(db: Database, admin: Actor) -> None:
    import_register(db, admin, register_csv(FIRST))
    jan = issued_account(db, admin, "Jan", "Kowalski", "Paprykowa 12/5")
    anna = issued_account(db, admin, "Anna", "Żółkiewska", "Paprykowa 12/7")
    import_register(db, admin, register_csv([
        JAN_FLAT.replace("2020-01-15;", f"2020-01-15;{YESTERDAY.isoformat()}"),
        ANNA_FLAT.replace("01.02.2010;", f"01.02.2010;{YESTERDAY.isoformat()}")]))

    outcome = revoke_orphans(db, admin, selection=[(anna, "L-0007")])

    assert [r.login_id for r in outcome.revoked] == [anna]
    assert [(o.login_id, o.unit_key) for o in find_orphans(db)] == [(jan, "L-0005")]


def test_a_title_that_starts_later_is_no_orphan(db: Database, admin: Actor) -> None:
    import_register(db, admin, register_csv(FIRST))
    issued_account(db, admin, "Jan", "Kowalski", "Paprykowa 12/5")
    import_register(db, admin, register_csv([
        JAN_FLAT.replace("2020-01-15;", f"2020-01-15;{YESTERDAY.isoformat()}"),
        JAN_FLAT.replace("T-001", "T-009").replace("2020-01-15", TODAY.isoformat())]))

    assert find_orphans(db) == []
    assert find_orphans(db, on=date(2030, 1, 1)) == []
