"""The request register and the audit extract: service queries on SQLite and PostgreSQL, the
table documents (page numbers, totals) and their CSV."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime, timedelta

import pytest

from iok_desk.db.engine import Database
from iok_desk.domain.dates import OFFICE_ZONE
from iok_desk.domain.errors import NotFound, ValidationError
from iok_desk.letters.audit_extract import audit_extract_csv, render_audit_extract
from iok_desk.letters.register import render_request_register, request_register_csv
from iok_desk.services import accounts, requests
from iok_desk.services.context import Actor
from iok_desk.services.reports import audit_extract, request_register
from iok_desk.services.settings import Letterhead

from .helpers import grant, page_texts


def _csv_rows(text: str) -> list[list[str]]:
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:]), delimiter=";"))


def _at(day: date, hour: int) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=OFFICE_ZONE).astimezone(UTC)


def test_register_holds_the_requests_received_in_the_range_with_totals(
        db: Database, admin: Actor, register: dict[str, str]) -> None:
    today = datetime.now(OFFICE_ZONE).date()
    before = today - timedelta(days=10)
    first_day = today - timedelta(days=5)
    old = grant(db, admin, received_at=_at(before, 12))
    early = grant(db, admin, "Anna", "Żółkiewska", "Paprykowa 12/7",
                  received_at=_at(first_day, 0))
    late = grant(db, admin, received_at=_at(today, 0))  # midnight: never in the future
    requests.reject_request(db, admin, late, "Brak podpisu; wniosek złożono drugi raz.")
    block = requests.register_request(db, admin, requests.NewRequest(
        kind="revoke", channel="e-mail", first_name="Jan", last_name="Kowalski",
        unit="Śliwkowa 3", received_at=_at(first_day, 23))).number

    found = request_register(db, admin, first_day, today, file_name="rejestr.pdf")
    assert [row.number for row in found.rows] == [early, block, late]
    assert old not in {row.number for row in found.rows}
    assert found.totals_by_status == {"received": 2, "rejected": 1}
    assert found.totals_by_kind == {"grant": 2, "revoke": 1}

    [text] = page_texts(render_request_register(Letterhead(), found))
    for expected in ("Rejestr wniosków o dostęp do serwisu IOK", early, late, block,
                     "Anna Żółkiewska", "Paprykowa 12/7", "odebranie dostępu", "e-mailem",
                     "odrzucony", "Brak podpisu; wniosek złożono drugi raz.",
                     "Razem 3 wnioski", "stan: przyjęty 2 wnioski",
                     "rodzaj: odebranie dostępu 1 wniosek", "strona 1 z 1"):
        assert expected in text, expected
    assert old not in text

    rows = _csv_rows(request_register_csv(found))
    assert rows[0][:3] == ["Lp.", "Nr wniosku", "Data wpływu"]
    assert [row[1] for row in rows[1:]] == [early, block, late]
    assert rows[2][5] == "Jan Kowalski" and rows[2][6] == "Śliwkowa 3"


def test_register_rejects_a_reversed_range(db: Database, admin: Actor) -> None:
    with pytest.raises(ValidationError) as caught:
        request_register(db, admin, date(2026, 11, 30), date(2026, 11, 1), file_name="r.pdf")
    assert caught.value.code == "date_range"


def test_long_register_is_numbered_on_every_page_and_repeats_its_header(
        db: Database, admin: Actor, register: dict[str, str]) -> None:
    numbers = [grant(db, admin) for _ in range(45)]
    today = datetime.now(OFFICE_ZONE).date()
    texts = page_texts(render_request_register(Letterhead(), request_register(
        db, admin, today, today, file_name="rejestr.pdf")))
    assert len(texts) >= 2
    for index, text in enumerate(texts, 1):
        assert f"strona {index} z {len(texts)}" in text
        assert "Nr wniosku" in text
    assert "Razem 45 wniosków" in texts[-1]
    assert all(number in " ".join(texts) for number in numbers)


def test_empty_register_says_so() -> None:
    from iok_desk.services.reports import RequestRegister
    empty = RequestRegister(day_from=date(2026, 1, 1), day_to=date(2026, 1, 31),
                            produced_at=datetime(2026, 2, 1, tzinfo=UTC), rows=[],
                            totals_by_status={}, totals_by_kind={})
    [text] = page_texts(render_request_register(Letterhead(), empty))
    assert "nie zarejestrowano żadnego wniosku" in text and "Razem 0 wniosków" in text
    assert _csv_rows(request_register_csv(empty)) == [_csv_rows(
        request_register_csv(empty))[0]]


def test_audit_extract_lists_the_account_history_oldest_first_and_never_a_password(
        db: Database, admin: Actor, register: dict[str, str]) -> None:
    number = grant(db, admin)
    requests.approve_request(db, admin, number)
    issued = accounts.issue_credentials(db, admin, number)
    assert issued.letter is not None
    accounts.block_account(db, admin, issued.login_id, reason="lost-password",
                           caller_name="Jan Kowalski", caller_phone="601 234 567")
    extract = audit_extract(db, admin, issued.login_id, file_name="wyciag.pdf")
    assert [event.action for event in extract.events] == ["account.issue", "account.block"]
    assert extract.person_name == "Jan Kowalski" and extract.status == "blocked"
    assert extract.units == ["Paprykowa 12/5"]

    shown = f"{issued.login_id[:4]} {issued.login_id[4:]}"
    pdf = render_audit_extract(Letterhead(), extract)
    [text] = page_texts(pdf)
    for expected in (f"Wyciąg z dziennika zdarzeń konta IOK {shown}", "Jan Kowalski",
                     "zablokowane", "account.issue", "account.block", "admin", "test-desk",
                     number, "Razem: 2 zdarzenia", "strona 1 z 1"):
        assert expected in text, expected
    csv_text = audit_extract_csv(extract)
    rows = _csv_rows(csv_text)
    assert [row[4] for row in rows[1:]] == ["account.issue", "account.block"]
    assert rows[1][2:4] == ["admin", "test-desk"]
    password = issued.letter.password
    for document in (text, csv_text):
        assert password not in document
        assert password[:4] not in document


def test_audit_extract_of_a_reissued_account_names_its_successor(
        db: Database, admin: Actor, register: dict[str, str]) -> None:
    number = grant(db, admin)
    requests.approve_request(db, admin, number)
    old = accounts.issue_credentials(db, admin, number).login_id
    accounts.block_account(db, admin, old, reason="lost-password", caller_name="Jan Kowalski")
    new = accounts.reissue_account(db, admin, old).login_id
    extract = audit_extract(db, admin, old, file_name="wyciag.pdf")
    assert extract.replaced_by_login_id == new
    assert extract.units[0].startswith("Paprykowa 12/5 (odebrany ")
    [text] = page_texts(render_audit_extract(Letterhead(), extract))
    assert f"Zastąpione kontem {new[:4]} {new[4:]}" in text


def test_audit_extract_of_an_unknown_account_is_not_found(db: Database, admin: Actor) -> None:
    with pytest.raises(NotFound):
        audit_extract(db, admin, "4821 0934", file_name="wyciag.pdf")


def test_csv_cells_a_spreadsheet_would_run_as_formulas_are_defused() -> None:
    from iok_desk.letters.document import csv_text
    rows = _csv_rows(csv_text(["a", "b"], [["=HYPERLINK(\"x\")", "+48 601"], ["zwykły", "@"]]))
    assert rows[1:] == [["'=HYPERLINK(\"x\")", "'+48 601"], ["zwykły", "'@"]]
