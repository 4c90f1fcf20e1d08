"""The block's confirmation letter: checked by its text (what, when, at whose call, how to
get a new login) and made through the service that records it was sent."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from iok_desk.db.engine import Database
from iok_desk.letters import produce
from iok_desk.letters.block_confirmation import render_block_confirmation
from iok_desk.private_files import TargetExists
from iok_desk.services import accounts, audit, requests
from iok_desk.services.context import Actor
from iok_desk.services.dto import BlockConfirmationData
from iok_desk.services.settings import Letterhead

from .helpers import grant, page_texts


def sample(**changes: object) -> BlockConfirmationData:
    values: dict[str, object] = dict(
        login_id="48210934", first_name="Anna", last_name="Żółkiewska",
        address_lines=["ul. Paprykowa 12/7", "81-198 Gdynia"], unit_addresses=["Paprykowa 12/7"],
        blocked_at=datetime(2026, 12, 1, 13, 5, tzinfo=UTC), reason="lost-password",
        caller="Anna Żółkiewska", verification="call-back", issued_on=date(2026, 12, 2))
    values.update(changes)
    return BlockConfirmationData(**values)  # type: ignore[arg-type]


def test_the_letter_says_what_when_at_whose_call_and_how_to_get_a_new_login() -> None:
    [text] = page_texts(render_block_confirmation(Letterhead(), sample()))
    for expected in ("Anna Żółkiewska", "ul. Paprykowa 12/7", "81-198 Gdynia",
                     "Potwierdzenie zablokowania konta IOK", "4821 0934", "01.12.2026 14:05",
                     "utrata hasła", "Na zgłoszenie", "oddzwoniono na numer z kartoteki",
                     "nowego identyfikatora oraz hasła należy zgłosić się osobiście",
                     "ul. Paprykowa 12", "pokój 18", "58-629-00-16"):
        assert expected in text, expected
    assert "hasło:" not in text.lower()


def test_without_a_caller_or_verification_those_lines_are_left_out() -> None:
    [text] = page_texts(render_block_confirmation(Letterhead(), sample(caller="",
                                                                       verification="")))
    assert "Na zgłoszenie" not in text and "Sprawdzenie" not in text


def test_produced_through_the_service_and_written_to_a_file(
        db: Database, admin: Actor, register: dict[str, str], tmp_path: Path) -> None:
    number = grant(db, admin)
    requests.approve_request(db, admin, number)
    login = accounts.issue_credentials(db, admin, number).login_id
    accounts.block_account(db, admin, login, reason="unauthorised-use",
                           caller_name="Jan Kowalski", verification="phone-of-record")
    target = tmp_path / "potwierdzenie.pdf"
    pdf = produce.block_confirmation(db, admin, login, target)
    assert target.read_bytes() == pdf
    [text] = page_texts(pdf)
    assert "Jan Kowalski" in text and "użycie przez osobę nieupoważnioną" in text
    assert "dzwoni z telefonu zapisanego w kartotece" in text
    trail = audit.audit_trail(db, audit.AuditFilter(action="letter.block_confirmation"))
    assert len(trail) == 1 and "Paprykowa 12/5" in trail[0].summary
    with pytest.raises(TargetExists):  # the file exists: nothing is recorded a second time
        produce.block_confirmation(db, admin, login, target)
    assert len(audit.audit_trail(db, audit.AuditFilter(
        action="letter.block_confirmation"))) == 1
