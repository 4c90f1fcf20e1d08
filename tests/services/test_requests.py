from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select
from support.rows import row_counts

from iok_desk.db.engine import Database
from iok_desk.db.models import AuditEvent, Request
from iok_desk.domain.errors import ConflictError, NotAllowed, NotFound, ValidationError
from iok_desk.services import registry, reports, requests
from iok_desk.services.context import Actor

from .helpers import grant


def test_registering_gives_consecutive_numbers_of_the_year_and_an_audit_event(
        db: Database, admin: Actor, register: dict[str, str]) -> None:
    year = date.today().year
    first = requests.register_request(db, admin, requests.NewRequest(
        kind="grant", channel="e-mail", first_name="Jan", last_name="Kowalski",
        unit="ul. Paprykowa 12 m. 5", email="jan@example.pl", phone="601 234 567"))
    second = requests.register_request(db, admin, requests.NewRequest(
        kind="block", channel="phone", first_name="Anna", last_name="Żółkiewska",
        login_id="1234 5671"))
    assert first.number == f"IOK/{year}/00001"
    assert second.number == f"IOK/{year}/00002"
    assert first.status == "received"
    assert first.unit_text == "Paprykowa 12/5"
    assert first.unit_address == "Paprykowa 12/5"  # found in the unit register
    assert first.applicant_phone == "+48 601234567"
    with db.reading() as session:
        events = session.scalars(select(AuditEvent).where(
            AuditEvent.action == "request.register").order_by(AuditEvent.id)).all()
        assert [event.details["number"] for event in events] == [first.number, second.number]
        assert events[0].clerk_login == "admin" and events[0].workstation == "test-desk"


def test_bad_input_names_the_field_and_leaves_no_gap_in_the_register(
        db: Database, admin: Actor, register: dict[str, str]) -> None:
    before = row_counts(db)
    with pytest.raises(ValidationError) as error:
        grant(db, admin, phone="12345")
    assert error.value.field == "phone"
    with pytest.raises(ValidationError) as error:
        grant(db, admin, unit="Paprykowa")
    assert error.value.field == "unit"
    with pytest.raises(ValidationError) as error:
        requests.register_request(db, admin, requests.NewRequest(
            kind="block", channel="phone", first_name="Jan", last_name="Kowalski"))
    assert error.value.field == "login_id"
    with pytest.raises(ValidationError) as error:
        requests.register_request(db, admin, requests.NewRequest(
            kind="steal", channel="phone", first_name="Jan", last_name="Kowalski"))
    assert error.value.field == "kind"
    assert row_counts(db) == before
    assert grant(db, admin).endswith("/00001")


def test_an_unknown_clerk_cannot_register(db: Database, admin: Actor,
                                          register: dict[str, str]) -> None:
    before = row_counts(db)
    with pytest.raises(NotAllowed) as error:
        grant(db, Actor("intruz"))
    assert error.value.code == "unknown_clerk"
    assert row_counts(db) == before


def test_approval_checks_the_title_and_says_which_check_failed(
        db: Database, admin: Actor, register: dict[str, str]) -> None:
    unknown_unit = grant(db, admin, unit="Paprykowa 99/1")
    with pytest.raises(ValidationError) as error:
        requests.approve_request(db, admin, unknown_unit)
    assert error.value.code == "check_unit_unknown"

    stranger = grant(db, admin, first="Piotr", last="Nowak")
    with pytest.raises(ValidationError) as error:
        requests.approve_request(db, admin, stranger)
    assert error.value.code == "check_no_title"
    assert "Piotr Nowak" in error.value.message

    former_owner = grant(db, admin, first="Anna", last="Żółkiewska")
    with pytest.raises(ValidationError) as error:
        requests.approve_request(db, admin, former_owner)
    assert error.value.code == "check_title_not_valid"
    assert "wygasł" in error.value.message

    for number in (unknown_unit, stranger, former_owner):
        assert requests.get_request(db, number).status == "received"

    # Name as typed without Polish letters still matches the register.
    holder = grant(db, admin, first="anna", last="zolkiewska", unit="Paprykowa 12/7")
    assert requests.approve_request(db, admin, holder).status == "approved"


def test_needs_info_resume_approve_and_reject_follow_the_life_cycle(
        db: Database, admin: Actor, register: dict[str, str]) -> None:
    number = grant(db, admin)
    info = requests.ask_for_information(db, admin, number, "Brak podpisu.")
    assert (info.status, info.decision_reason) == ("needs_info", "Brak podpisu.")
    with pytest.raises(NotAllowed):
        requests.approve_request(db, admin, number)
    requests.resume_request(db, admin, number, "Podpis doniesiony osobiście.")
    assert requests.approve_request(db, admin, number).status == "approved"
    with pytest.raises(NotAllowed):
        requests.reject_request(db, admin, number, "za późno")

    other = grant(db, admin, first="Piotr", last="Nowak")
    with pytest.raises(ValidationError) as error:
        requests.reject_request(db, admin, other, "   ")
    assert error.value.field == "reason"
    rejected = requests.reject_request(db, admin, other, "Brak tytułu prawnego do lokalu.")
    assert (rejected.status, rejected.decision_reason) == (
        "rejected", "Brak tytułu prawnego do lokalu.")
    with pytest.raises(NotAllowed):
        requests.approve_request(db, admin, other)
    actions = _actions(db)
    assert actions.count("request.register") == 2
    assert actions[-1] == "request.reject"


def test_a_stale_view_gets_a_conflict_instead_of_overwriting(
        db: Database, admin: Actor, register: dict[str, str]) -> None:
    number = grant(db, admin)
    seen = requests.get_request(db, number)
    requests.reject_request(db, admin, number, "Wniosek nieczytelny.")
    with pytest.raises(ConflictError) as error:
        requests.approve_request(db, admin, number, expected_version=seen.version)
    assert "odrzucony" in error.value.message
    assert requests.get_request(db, number).status == "rejected"


def test_unknown_request_number(db: Database, admin: Actor) -> None:
    with pytest.raises(NotFound):
        requests.approve_request(db, admin, "IOK/2026/00777")
    with pytest.raises(ValidationError):
        requests.approve_request(db, admin, "2026/777")


def test_listing_filters_by_status(db: Database, admin: Actor, register: dict[str, str]) -> None:
    first = grant(db, admin)
    second = grant(db, admin, first="Piotr", last="Nowak")
    requests.reject_request(db, admin, second, "Brak tytułu.")
    assert [info.number for info in requests.list_requests(db, "open")] == [first]
    assert [info.number for info in requests.list_requests(db, "rejected")] == [second]
    assert {info.number for info in requests.list_requests(db)} == {first, second}
    assert requests.count_open_requests(db) == 1
    with pytest.raises(ValidationError):
        requests.list_requests(db, "lost")


def _actions(db: Database) -> list[str]:
    with db.reading() as session:
        return list(session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))


def test_request_rows_keep_the_applicant_data_as_given(
        db: Database, admin: Actor, register: dict[str, str]) -> None:
    number = grant(db, admin, unit="Paprykowa 40/2", note="Proszę o kontakt po 16:00.")
    with db.reading() as session:
        request = session.scalar(select(Request).where(Request.number == number))
        assert request is not None
        assert request.unit_id is None and request.unit_text == "Paprykowa 40/2"
        assert request.note == "Proszę o kontakt po 16:00."


def test_addresses_are_kept_as_the_register_has_them_and_found_with_or_without_the_type(
        db: Database, admin: Actor, register: dict[str, str]) -> None:
    with db.transaction() as session:
        estate = registry.get_or_create_estate(session, "MSM-02", "Zasób Oksywie")
        registry.create_unit(session, estate, "L-0230", "Aleja Marszałka Józefa Piłsudskiego",
                             "230A", "12B", postal_code="81-378")
        registry.create_unit(session, estate, "L-0501", "Plac Kaszubski", "5", "1",
                             postal_code="81-350")
    typed = {"Marszałka Józefa Piłsudskiego 230A/12B":
                 "Aleja Marszałka Józefa Piłsudskiego 230A/12B",
             "Aleja Marszałka Józefa Piłsudskiego 230a/12b":
                 "Aleja Marszałka Józefa Piłsudskiego 230A/12B",
             "Al. Marszałka Józefa Piłsudskiego 230A/12B":
                 "Aleja Marszałka Józefa Piłsudskiego 230A/12B",
             "Plac Kaszubski 5/1": "Plac Kaszubski 5/1", "Kaszubski 5/1": "Plac Kaszubski 5/1"}
    for text, in_register in typed.items():
        info = requests.register_request(db, admin, requests.NewRequest(
            kind="grant", channel="paper", first_name="Ewa", last_name="Nowicka", unit=text))
        assert info.unit_address == in_register, text
    # The letter prints what the register says: its type, and no "ul." before it.
    letter = reports.prepare_request_letter(db, admin, info.number,
                                            reports.RequestLetterKind.RECEIPT)
    assert letter.address_lines == ["Plac Kaszubski 5/1", "81-350 Gdynia"]
