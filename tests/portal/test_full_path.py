"""The whole way in one test: request → approve → issue → letter → portal first login → change →
phone-in block → portal refused → reissue → portal login with the new letter."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from iok_desk.db.engine import Database
from iok_desk.portal import LoginRefused, Portal, SessionRejected
from iok_desk.services import accounts, letter_register, requests

from .conftest import ClerkDesk, credentials_from_letter


def test_request_to_portal_and_back_after_a_phone_in_block(
        db: Database, register: dict[str, str], clerk_desk: ClerkDesk, portal: Portal) -> None:
    desk, clerk = clerk_desk.db, clerk_desk.actor
    number = requests.register_request(desk, clerk, requests.NewRequest(
        kind="grant", channel="e-mail", first_name="Jan", last_name="Kowalski",
        unit="Paprykowa 12/5", email="jan@example.pl")).number
    requests.approve_request(desk, clerk, number)
    issued = accounts.issue_credentials(desk, clerk, number)
    assert issued.letter is not None
    login_id, first_password = credentials_from_letter(desk, issued.letter)
    assert login_id == issued.login_id
    with pytest.raises(LoginRefused):  # activation on delivery: the letter is still here
        portal.login(login_id, first_password)
    letter_register.hand_over(desk, clerk, issued.letter.letter_number,
                              received_by="Jan Kowalski")

    session = portal.login(login_id, first_password)
    assert session.must_change_password
    session = portal.change_password(session, first_password, "Gdynia1926")
    assert [unit.unit_key for unit in portal.units(session)] == ["L-0005"]

    accounts.block_account(desk, clerk, login_id, reason="lost-password",
                           caller_name="Jan Kowalski", caller_phone="601 234 567")
    with pytest.raises(SessionRejected):
        portal.check_session(session)
    with pytest.raises(LoginRefused):
        portal.login(login_id, "Gdynia1926")

    reissued = accounts.reissue_account(desk, clerk, login_id)
    assert reissued.letter is not None and reissued.letter.reissue
    new_id, new_password = credentials_from_letter(desk, reissued.letter)
    assert new_id != login_id
    with pytest.raises(LoginRefused):
        portal.login(login_id, "Gdynia1926")
    letter_register.post(desk, clerk, reissued.letter.letter_number,
                         tracking_number="RR123456789PL")
    fresh = portal.login(new_id, new_password)
    assert fresh.must_change_password
    fresh = portal.change_password(fresh, new_password, "Orłowo2026")
    assert [unit.unit_key for unit in portal.units(fresh)] == ["L-0005"]

    with db.engine.connect() as connection:
        trail = connection.execute(text(
            "SELECT action, clerk_login, db_user FROM audit_event ORDER BY id")).all()
        statuses = {login: status for login, status in connection.execute(text(
            "SELECT login_id, status FROM account"))}
    assert statuses == {login_id: "revoked", new_id: "active"}
    assert [action for action, login, _ in trail if login == clerk.login] == [
        "request.register", "request.approve", "account.issue", "letter.handed_over",
        "account.block", "account.reissue", "account.issue", "letter.posted"]
    assert {db_user for _, login, db_user in trail if login == clerk.login} == {
        clerk_desk.db_user}
