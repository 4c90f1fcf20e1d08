"""services.reports: the data of receipts and decision letters (recorded and audited), the
request register of a period with its totals, one account's audit extract."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select
from support.rows import row_counts

from iok_desk.db.engine import Database
from iok_desk.db.models import LetterRecord
from iok_desk.domain.dates import now_utc, office_date
from iok_desk.domain.errors import NotAllowed, ValidationError
from iok_desk.services import accounts, reports, requests
from iok_desk.services.context import Actor

from .helpers import grant, issued_account


def test_a_receipt_is_recorded_and_a_decision_letter_needs_a_rejection(
        db: Database, admin: Actor, register: dict[str, str]) -> None:
    number = grant(db, admin)
    data = reports.prepare_request_letter(db, admin, number, reports.RequestLetterKind.RECEIPT)
    assert data.request.number == number
    assert data.address_lines == ["ul. Paprykowa 12/5", "81-198 Gdynia"]
    before = row_counts(db)
    with pytest.raises(NotAllowed) as error:
        reports.prepare_request_letter(db, admin, number, reports.RequestLetterKind.DECISION)
    assert error.value.code == "request_not_rejected"
    assert row_counts(db) == before
    requests.reject_request(db, admin, number, "Brak tytułu prawnego.")
    decision = reports.prepare_request_letter(db, admin, number,
                                              reports.RequestLetterKind.DECISION)
    assert decision.request.decision_reason == "Brak tytułu prawnego."
    with db.reading() as session:
        assert session.scalars(select(LetterRecord.kind).order_by(LetterRecord.id)).all() == [
            "receipt", "decision"]


def test_the_register_of_a_period_counts_by_status_and_kind(db: Database, admin: Actor,
                                                            register: dict[str, str]) -> None:
    first = grant(db, admin)
    grant(db, admin, "Anna", "Żółkiewska", register["flat7"])
    requests.approve_request(db, admin, first)
    today = office_date(now_utc())
    found = reports.request_register(db, admin, today, today, file_name="rejestr.pdf")
    assert found.rows[0].number == first and len(found.rows) == 2
    assert found.totals_by_status == {"received": 1, "approved": 1}
    assert found.totals_by_kind == {"grant": 2}
    assert reports.request_register(db, admin, today - timedelta(days=9),
                                    today - timedelta(days=1), file_name="r.pdf").rows == []
    with pytest.raises(ValidationError) as error:
        reports.request_register(db, admin, today, today - timedelta(days=1), file_name="r.pdf")
    assert error.value.code == "date_range"
    with pytest.raises(ValidationError):
        reports.request_register(db, admin, date(2000, 1, 1), date(2026, 1, 1), file_name="r.pdf")


def test_the_audit_extract_of_a_reissued_account(db: Database, admin: Actor,
                                                 register: dict[str, str]) -> None:
    old = issued_account(db, admin).login_id
    accounts.block_account(db, admin, old, reason="lost-password", caller_name="Jan Kowalski")
    new = accounts.reissue_account(db, admin, old).login_id
    extract = reports.audit_extract(db, admin, old, file_name="wyciag.pdf")
    assert extract.replaced_by_login_id == new and extract.status == "revoked"
    assert [event.action for event in extract.events] == [
        "account.issue", "account.block", "account.reissue"]  # oldest first
    assert extract.units[0].startswith("Paprykowa 12/5 (odebrany ")
