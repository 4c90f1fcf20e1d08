"""Receipts and decision letters: the service records them, the documents print the right
request — on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from support.rows import row_counts

from iok_desk.db.engine import Database
from iok_desk.db.models import AuditEvent, LetterRecord
from iok_desk.domain.errors import NotAllowed, NotFound
from iok_desk.letters.decision import render_decision_letter
from iok_desk.letters.receipt import render_request_receipt
from iok_desk.services import accounts, requests
from iok_desk.services.context import Actor
from iok_desk.services.reports import RequestLetterKind, prepare_request_letter
from iok_desk.services.settings import Letterhead

from .helpers import grant, page_texts

REASON = ("Wnioskodawczyni nie figuruje w rejestrze jako właścicielka lokalu.\n"
          "Prosimy dołączyć wypis z księgi wieczystej.")


def test_receipt_is_recorded_with_its_audit_event_and_prints_the_request(
        db: Database, admin: Actor, register: dict[str, str]) -> None:
    number = grant(db, admin, email="jan@example.pl", phone="601 234 567")
    data = prepare_request_letter(db, admin, number, RequestLetterKind.RECEIPT)
    assert data.address_lines == ["ul. Paprykowa 12/5", "81-198 Gdynia"]
    with db.reading() as session:
        letter = session.scalar(select(LetterRecord).where(LetterRecord.kind == "receipt"))
        event = session.scalar(select(AuditEvent).where(AuditEvent.action == "letter.receipt"))
        assert letter is not None and event is not None
        assert event.request_id == letter.request_id
        assert number in event.summary

    [text] = page_texts(render_request_receipt(Letterhead(), data))
    for expected in (f"Potwierdzenie przyjęcia wniosku nr {number}", "Jan Kowalski",
                     "81-198 Gdynia", "pocztą lub osobiście (papier)",
                     "nadanie dostępu do serwisu IOK",
                     "ul. Paprykowa 12/5", "jan@example.pl", "przyjęty", "Co dalej",
                     "tytuł prawny", "co najmniej 6 znaków", "58-629-00-16 wew. 326"):
        assert expected in text, expected


def test_receipt_for_a_block_request_says_the_account_is_blocked_and_not_unblocked(
        db: Database, admin: Actor, register: dict[str, str]) -> None:
    number = grant(db, admin)
    requests.approve_request(db, admin, number)
    login = accounts.issue_credentials(db, admin, number).login_id
    block = requests.register_request(db, admin, requests.NewRequest(
        kind="block", channel="phone", first_name="Jan", last_name="Kowalski",
        login_id=login)).number
    data = prepare_request_letter(db, admin, block, RequestLetterKind.RECEIPT)
    assert data.address_lines == ["ul. Paprykowa 12/5", "81-198 Gdynia"]
    [text] = page_texts(render_request_receipt(Letterhead(), data))
    assert "zablokowanie dostępu" in text and "telefonicznie" in text
    assert f"{login[:4]} {login[4:]}" in text
    assert "Zablokowanego konta nie odblokowuje się" in text
    assert "hasłem do pierwszego logowania" not in text


def test_decision_letter_quotes_the_reason_of_a_rejected_request(
        db: Database, admin: Actor, register: dict[str, str]) -> None:
    number = grant(db, admin, "Anna", "Żółkiewska", unit="Paprykowa 12/5")
    requests.reject_request(db, admin, number, REASON)
    data = prepare_request_letter(db, admin, number, RequestLetterKind.DECISION)
    [text] = page_texts(render_decision_letter(Letterhead(), data))
    assert f"Odmowa realizacji wniosku nr {number}" in text
    assert "Anna Żółkiewska" in text
    assert "nadanie dostępu (lokal: ul. Paprykowa 12/5) nie może zostać zrealizowany" in text
    assert "Wnioskodawczyni nie figuruje w rejestrze jako właścicielka lokalu." in text
    assert "Prosimy dołączyć wypis z księgi wieczystej." in text
    with db.reading() as session:
        assert session.scalar(select(AuditEvent.action).where(
            AuditEvent.action == "letter.decision")) == "letter.decision"


def test_decision_letter_for_a_request_not_rejected_is_refused_and_writes_nothing(
        db: Database, admin: Actor, register: dict[str, str]) -> None:
    number = grant(db, admin)
    before = row_counts(db)
    with pytest.raises(NotAllowed) as caught:
        prepare_request_letter(db, admin, number, RequestLetterKind.DECISION)
    assert caught.value.code == "request_not_rejected"
    assert "przyjęty" in caught.value.message
    assert row_counts(db) == before


def test_unknown_clerk_or_request_writes_nothing(db: Database, admin: Actor,
                                                 register: dict[str, str]) -> None:
    number = grant(db, admin)
    before = row_counts(db)
    with pytest.raises(NotAllowed):
        prepare_request_letter(db, Actor("nobody"), number, RequestLetterKind.RECEIPT)
    with pytest.raises(NotFound):
        prepare_request_letter(db, admin, "IOK/2026/99999", RequestLetterKind.RECEIPT)
    assert row_counts(db) == before


def test_a_long_reason_continues_on_a_numbered_second_page(
        db: Database, admin: Actor, register: dict[str, str]) -> None:
    number = grant(db, admin)
    reason = "\n".join(f"Punkt {n}: brak zaświadczenia." for n in range(1, 60))
    assert len(reason) <= 2000
    requests.reject_request(db, admin, number, reason)
    data = prepare_request_letter(db, admin, number, RequestLetterKind.DECISION)
    texts = page_texts(render_decision_letter(Letterhead(), data))
    assert len(texts) == 2
    assert "strona 1 z 2" in texts[0] and "strona 2 z 2" in texts[1]
    assert "Punkt 1: brak zaświadczenia." in texts[0]
    assert "Punkt 59: brak zaświadczenia." in texts[1]
