"""The contract played from the portal's side, on SQLite and on PostgreSQL (where the portal is a
login role in ``iok_portal`` and the desk a clerk's own login role)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from iok_desk.db.engine import Database
from iok_desk.domain.credentials import hash_password, new_security_stamp, verify_password
from iok_desk.domain.errors import ValidationError
from iok_desk.portal import CONTRACT_VERSION, LoginRefused, Portal, SessionRejected
from iok_desk.services import accounts, letter_register
from iok_desk.services.dto import IssueResult

from .conftest import ClerkDesk, credentials_from_letter, issued_account, owner_execute

NEW_PASSWORD = "Wiosna2026!"


def _issue(desk: ClerkDesk, first: str = "Jan", last: str = "Kowalski",
           unit: str = "Paprykowa 12/5") -> tuple[IssueResult, str, str]:
    result = issued_account(desk.db, desk.actor, first, last, unit)
    assert result.letter is not None
    login_id, password = credentials_from_letter(desk.db, result.letter)
    return result, login_id, password


def _account_row(db: Database, login_id: str) -> dict[str, object]:
    with db.engine.connect() as connection:
        return dict(connection.execute(text(
            "SELECT status, must_change_password, password_changed_at, last_login_at, "
            "failed_login_count, security_stamp, version FROM account "
            "WHERE login_id = :login_id"), {"login_id": login_id}).mappings().one())


def test_first_login_forced_change_then_the_new_password(
        db: Database, register: dict[str, str], clerk_desk: ClerkDesk, portal: Portal) -> None:
    portal.check_contract()
    _, login_id, password = _issue(clerk_desk)
    session = portal.login(f"{login_id[:4]} {login_id[4:]}", password)
    assert session.must_change_password
    before = _account_row(db, login_id)
    assert before["status"] == "issued" and before["last_login_at"] is not None

    changed = portal.change_password(session, password, NEW_PASSWORD)
    assert not changed.must_change_password
    assert changed.security_stamp != session.security_stamp
    after = _account_row(db, login_id)
    assert after["status"] == "active"
    assert not after["must_change_password"]
    assert after["password_changed_at"] is not None
    assert after["version"] == before["version"]  # a portal write never conflicts a clerk
    portal.check_session(changed)
    with pytest.raises(SessionRejected):
        portal.check_session(session)  # the other sessions of the first password end

    with pytest.raises(LoginRefused) as refused:
        portal.login(login_id, password)
    assert refused.value.code == "login_bad_password"
    again = portal.login(login_id, NEW_PASSWORD)
    assert not again.must_change_password


@pytest.mark.parametrize(("new_password", "code"), [
    ("12a4", "password_too_short"),
    ("abcdef123", "password_too_few_digits"),
])
def test_a_new_password_breaking_the_rule_is_refused(
        db: Database, register: dict[str, str], clerk_desk: ClerkDesk, portal: Portal,
        new_password: str, code: str) -> None:
    _, login_id, password = _issue(clerk_desk)
    session = portal.login(login_id, password)
    with pytest.raises(ValidationError) as refused:
        portal.change_password(session, password, new_password)
    assert refused.value.code == code
    with pytest.raises(LoginRefused) as same:
        portal.change_password(session, password, password)
    assert same.value.code == "password_unchanged"
    assert _account_row(db, login_id)["must_change_password"]
    kept = portal.change_password(session, password, "ab1234")  # 6 characters, 4 digits
    assert not kept.must_change_password


def test_failed_attempts_are_counted_and_reset(
        db: Database, register: dict[str, str], clerk_desk: ClerkDesk, portal: Portal) -> None:
    _, login_id, password = _issue(clerk_desk)
    for _ in range(2):
        with pytest.raises(LoginRefused):
            portal.login(login_id, "zle-haslo-1234")
    assert _account_row(db, login_id)["failed_login_count"] == 2
    portal.login(login_id, password)
    assert _account_row(db, login_id)["failed_login_count"] == 0
    with pytest.raises(LoginRefused) as unknown:
        portal.login("12345678", password)
    assert unknown.value.code == "login_unknown"


def test_a_block_ends_open_sessions_and_refuses_login(
        db: Database, register: dict[str, str], clerk_desk: ClerkDesk, portal: Portal) -> None:
    _, login_id, password = _issue(clerk_desk)
    session = portal.change_password(portal.login(login_id, password), password, NEW_PASSWORD)
    stamp = _account_row(db, login_id)["security_stamp"]
    accounts.block_account(clerk_desk.db, clerk_desk.actor, login_id, reason="lost-password",
                           caller_name="Jan Kowalski")
    assert _account_row(db, login_id)["security_stamp"] != stamp
    with pytest.raises(SessionRejected):
        portal.check_session(session)
    with pytest.raises(SessionRejected):
        portal.units(session)
    with pytest.raises(SessionRejected):
        portal.change_password(session, NEW_PASSWORD, "Lato20267")
    with pytest.raises(LoginRefused) as refused:
        portal.login(login_id, NEW_PASSWORD)
    assert refused.value.code == "login_blocked"


def test_revoked_and_reissued_away_accounts_cannot_log_in(
        db: Database, register: dict[str, str], clerk_desk: ClerkDesk, portal: Portal) -> None:
    _, jan_id, jan_password = _issue(clerk_desk)
    _, anna_id, anna_password = _issue(clerk_desk, "Anna", "Żółkiewska", "Paprykowa 12/7")
    accounts.revoke_access(clerk_desk.db, clerk_desk.actor, anna_id, reason="sale")
    with pytest.raises(LoginRefused) as revoked:
        portal.login(anna_id, anna_password)
    assert revoked.value.code == "login_revoked"

    accounts.block_account(clerk_desk.db, clerk_desk.actor, jan_id, reason="unauthorised-use",
                           caller_name="Jan Kowalski")
    reissued = accounts.reissue_account(clerk_desk.db, clerk_desk.actor, jan_id)
    assert reissued.letter is not None
    with pytest.raises(LoginRefused) as away:
        portal.login(jan_id, jan_password)
    assert away.value.code == "login_revoked"
    new_id, new_password = credentials_from_letter(clerk_desk.db, reissued.letter)
    assert new_id != jan_id
    with pytest.raises(LoginRefused):  # the new letter is not handed over yet
        portal.login(new_id, new_password)
    letter_register.hand_over(clerk_desk.db, clerk_desk.actor, reissued.letter.letter_number,
                              received_by="Jan Kowalski")
    assert portal.login(new_id, new_password).must_change_password


def test_an_expired_first_password_cannot_log_in(
        db: Database, register: dict[str, str], clerk_desk: ClerkDesk, portal: Portal) -> None:
    _, login_id, password = _issue(clerk_desk)
    owner_execute(db, "UPDATE account SET first_password_expires_at = :moment "
                  "WHERE login_id = :login_id", login_id=login_id,
                  moment=(datetime.now(UTC) - timedelta(minutes=1)).replace(tzinfo=None)
                  if db.dialect == "sqlite" else datetime.now(UTC) - timedelta(minutes=1))
    with pytest.raises(LoginRefused) as refused:
        portal.login(login_id, password)
    assert refused.value.code == "login_first_password_expired"
    assert _account_row(db, login_id)["failed_login_count"] == 0


def test_the_units_an_account_sees_by_accounting_key(
        db: Database, register: dict[str, str], clerk_desk: ClerkDesk, portal: Portal) -> None:
    _, login_id, password = _issue(clerk_desk)
    accounts.add_unit(clerk_desk.db, clerk_desk.actor, login_id, "Śliwkowa 3")
    first = portal.login(login_id, password)
    with pytest.raises(SessionRejected) as not_yet:
        portal.units(first)
    assert not_yet.value.code == "password_change_required"
    session = portal.change_password(first, password, NEW_PASSWORD)
    units = portal.units(session)
    assert [(unit.unit_key, unit.address) for unit in units] == [
        ("G-0003", "Śliwkowa 3"), ("L-0005", "Paprykowa 12/5")]
    assert {unit.estate_key for unit in units} == {"MSM-01"}
    accounts.revoke_access(clerk_desk.db, clerk_desk.actor, login_id, reason="sale",
                           unit="Śliwkowa 3")
    assert [unit.unit_key for unit in portal.units(session)] == ["L-0005"]


def _portal_update(portal: Portal, statement: str, **params: object) -> None:
    with portal.engine.begin() as connection:
        connection.execute(text(statement), params)


@pytest.mark.parametrize("statement", [
    "UPDATE portal_account SET password_hash = 'plain-text-1234', "
    "must_change_password = FALSE, password_changed_at = :now, security_stamp = :stamp "
    "WHERE login_id = :login_id",
    "UPDATE portal_account SET password_hash = :hash, password_changed_at = :now, "
    "security_stamp = :stamp WHERE login_id = :login_id",
    "UPDATE portal_account SET password_hash = :hash, must_change_password = FALSE, "
    "password_changed_at = :now WHERE login_id = :login_id",
    "UPDATE portal_account SET must_change_password = FALSE WHERE login_id = :login_id",
    "UPDATE portal_account SET security_stamp = :stamp WHERE login_id = :login_id",
])
def test_the_database_refuses_a_broken_password_change(
        db: Database, register: dict[str, str], clerk_desk: ClerkDesk, portal: Portal,
        statement: str) -> None:
    _, login_id, _ = _issue(clerk_desk)
    before = _account_row(db, login_id)
    now = datetime.now(UTC)
    with pytest.raises(DBAPIError):
        _portal_update(portal, statement, login_id=login_id, stamp=new_security_stamp(),
                       hash=hash_password("ab1234"),
                       now=now.replace(tzinfo=None) if db.dialect == "sqlite" else now)
    assert _account_row(db, login_id) == before


def test_audit_trail_is_append_only_even_for_the_owner(
        db: Database, register: dict[str, str], clerk_desk: ClerkDesk) -> None:
    _issue(clerk_desk)
    for statement in ("UPDATE audit_event SET summary = 'nic się nie stało'",
                      "DELETE FROM audit_event"):
        with pytest.raises(DBAPIError) as refused:
            owner_execute(db, statement)
        assert "append-only" in str(refused.value)
    with db.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM audit_event")).scalar_one() >= 3


def test_the_stored_hash_is_argon2id_any_library_verifies(
        db: Database, register: dict[str, str], clerk_desk: ClerkDesk, portal: Portal) -> None:
    _, login_id, password = _issue(clerk_desk)
    portal.change_password(portal.login(login_id, password), password, NEW_PASSWORD)
    with portal.engine.connect() as connection:
        stored = connection.execute(text(
            "SELECT password_hash FROM portal_account WHERE login_id = :login_id"),
            {"login_id": login_id}).scalar_one()
    assert stored.startswith("$argon2id$v=19$m=19456,t=2,p=1$")
    assert verify_password(stored, NEW_PASSWORD)
    assert CONTRACT_VERSION == 1
