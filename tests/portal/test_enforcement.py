"""PostgreSQL enforces the contract: what the portal's role and a clerk's role can and cannot do,
and who the audit trail names."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from iok_desk.db.engine import Database
from iok_desk.domain.credentials import hash_password, new_security_stamp
from iok_desk.domain.errors import NotAllowed
from iok_desk.portal import Portal
from iok_desk.services import accounts, roles
from iok_desk.services.context import Actor

from .conftest import ClerkDesk, LoginRoles, group_names, issued_account, owner_execute


def _refused(engine_owner: Portal | Database, statement: str, **params: object) -> str:
    """Run ``statement`` and return the database's refusal (the test fails if it is allowed)."""
    engine = engine_owner.engine
    with pytest.raises(DBAPIError) as refused, engine.begin() as connection:
        connection.execute(text(statement), params)
    assert refused.value.orig is not None
    return str(refused.value.orig.sqlstate)  # type: ignore[attr-defined]


FORBIDDEN_PORTAL_READS = [
    "SELECT phone FROM person",
    "SELECT first_name FROM person",
    "SELECT note FROM request",
    "SELECT count(*) FROM request",
    "SELECT summary FROM audit_event",
    "SELECT password_hash FROM account",
    "SELECT login FROM clerk",
    "SELECT content FROM attachment",
    "SELECT value FROM setting",
    "SELECT version_num FROM alembic_version",
]

FORBIDDEN_PORTAL_WRITES = [
    "UPDATE portal_account SET status = 'active' WHERE login_id = :login_id",
    "UPDATE portal_account SET first_password_expires_at = NULL WHERE login_id = :login_id",
    "UPDATE portal_account SET login_id = '11111111' WHERE login_id = :login_id",
    "UPDATE account SET status = 'active' WHERE login_id = :login_id",
    "UPDATE account SET failed_login_count = 0 WHERE login_id = :login_id",
    "UPDATE person SET phone = '' WHERE id = 1",
    "INSERT INTO audit_event (clerk_login, workstation, db_user, action, summary, details) "
    "VALUES ('portal', 'web', '', 'account.unblock', 'x', '{}')",
]


@pytest.mark.parametrize("statement", FORBIDDEN_PORTAL_READS)
@pytest.mark.postgres
@pytest.mark.parametrize("database_url", ["postgres"], indirect=True)
def test_the_portal_cannot_read_private_tables(
        db: Database, register: dict[str, str], clerk_desk: ClerkDesk, portal: Portal,
        statement: str) -> None:
    issued_account(clerk_desk.db, clerk_desk.actor, "Jan", "Kowalski", "Paprykowa 12/5")
    assert _refused(portal, statement) == "42501"  # insufficient_privilege


@pytest.mark.parametrize("statement", FORBIDDEN_PORTAL_WRITES)
@pytest.mark.postgres
@pytest.mark.parametrize("database_url", ["postgres"], indirect=True)
def test_the_portal_cannot_write_forbidden_columns(
        db: Database, register: dict[str, str], clerk_desk: ClerkDesk, portal: Portal,
        statement: str) -> None:
    result = issued_account(clerk_desk.db, clerk_desk.actor, "Jan", "Kowalski",
                            "Paprykowa 12/5")
    assert _refused(portal, statement, login_id=result.login_id) == "42501"
    with db.engine.connect() as connection:
        assert connection.execute(text("SELECT status FROM account")).scalar_one() == "issued"


@pytest.mark.parametrize("statement", [
    "DELETE FROM portal_account WHERE login_id = :login_id",
    "INSERT INTO portal_account (login_id) VALUES (:login_id)",
    "DELETE FROM portal_account_unit WHERE login_id = :login_id",
])
@pytest.mark.postgres
@pytest.mark.parametrize("database_url", ["postgres"], indirect=True)
def test_the_portal_cannot_insert_or_delete_through_its_views(
        db: Database, register: dict[str, str], clerk_desk: ClerkDesk, portal: Portal,
        statement: str) -> None:
    result = issued_account(clerk_desk.db, clerk_desk.actor, "Jan", "Kowalski",
                            "Paprykowa 12/5")
    # refused before privileges are even checked: these views take no INSERT or DELETE
    assert _refused(portal, statement, login_id=result.login_id) == "55000"
    with db.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM portal_account_unit")
                                  ).scalar_one() == 1


@pytest.mark.postgres
@pytest.mark.parametrize("database_url", ["postgres"], indirect=True)
def test_what_the_portal_can_read_is_only_its_views(
        db: Database, register: dict[str, str], clerk_desk: ClerkDesk, portal: Portal) -> None:
    issued_account(clerk_desk.db, clerk_desk.actor, "Jan", "Kowalski", "Paprykowa 12/5")
    with portal.engine.connect() as connection:
        columns = set(connection.execute(text("SELECT * FROM portal_account")).keys())
        readable = set(connection.execute(text(
            "SELECT table_name FROM information_schema.table_privileges "
            "WHERE grantee = :portal AND privilege_type = 'SELECT'"),
            {"portal": group_names(db).portal}).scalars())
    assert not columns & {"phone", "email", "note", "person_id", "block_reason"}
    assert readable == set(roles.PORTAL_VIEWS)


@pytest.mark.postgres
@pytest.mark.parametrize("database_url", ["postgres"], indirect=True)
def test_a_clerk_cannot_change_or_remove_audit_rows(
        db: Database, register: dict[str, str], clerk_desk: ClerkDesk) -> None:
    issued_account(clerk_desk.db, clerk_desk.actor, "Jan", "Kowalski", "Paprykowa 12/5")
    for statement in ("UPDATE audit_event SET summary = 'x'", "DELETE FROM audit_event",
                      "TRUNCATE audit_event"):
        assert _refused(clerk_desk.db, statement) == "42501"
    # the owner has every privilege, and still the trigger refuses
    with pytest.raises(DBAPIError) as refused:
        owner_execute(db, "DELETE FROM audit_event WHERE action = 'account.issue'")
    assert "append-only" in str(refused.value)


@pytest.mark.postgres
@pytest.mark.parametrize("database_url", ["postgres"], indirect=True)
def test_audit_rows_carry_the_database_user_which_the_client_cannot_forge(
        db: Database, register: dict[str, str], admin: Actor, clerk_desk: ClerkDesk) -> None:
    result = issued_account(clerk_desk.db, clerk_desk.actor, "Jan", "Kowalski",
                            "Paprykowa 12/5")
    accounts.block_account(clerk_desk.db, clerk_desk.actor, result.login_id,
                           reason="lost-password", caller_name="Jan Kowalski")
    with pytest.raises(DBAPIError) as forged, clerk_desk.db.engine.begin() as connection:
        connection.exec_driver_sql(f'SET LOCAL ROLE "{group_names(db).clerk}"')  # in the group
        connection.execute(text(
            "INSERT INTO audit_event (occurred_at, clerk_login, workstation, db_user, action, "
            "summary, details) VALUES (now(), 'admin', 'desk-9', 'postgres', 'forged', 'x', "
            "'{}')"))
    assert forged.value.orig.sqlstate == "IK003"  # type: ignore[union-attr]
    with db.engine.connect() as connection:
        rows = connection.execute(text(
            "SELECT action, clerk_login, db_user FROM audit_event ORDER BY id")).all()
    by_clerk = [(action, db_user) for action, login, db_user in rows
                if login == clerk_desk.actor.login]
    assert {action for action, _ in by_clerk} >= {"request.register", "request.approve",
                                                  "account.issue", "account.block"}
    assert {db_user for _, db_user in by_clerk} == {clerk_desk.db_user}
    assert "forged" not in {action for action, _, _ in rows}
    assert {db_user for action, login, db_user in rows if login == admin.login} == {"postgres"}


@pytest.mark.postgres
@pytest.mark.parametrize("database_url", ["postgres"], indirect=True)
def test_a_clerk_role_cannot_do_an_administrators_work(
        db: Database, register: dict[str, str], clerk_desk: ClerkDesk) -> None:
    assert _refused(clerk_desk.db, "INSERT INTO clerk (login, full_name, role, active, "
                    "created_at, version) VALUES ('x', 'x', 'admin', true, now(), 1)") == "42501"
    assert _refused(clerk_desk.db, "UPDATE clerk SET role = 'admin'") == "42501"
    assert _refused(clerk_desk.db, "INSERT INTO setting (key, value, version) "
                    "VALUES ('first_password_valid_days', '999', 1)") == "42501"
    assert _refused(clerk_desk.db, "UPDATE portal_account SET failed_login_count = 0") \
        == "42501"
    assert _refused(clerk_desk.db, "DELETE FROM account") == "42501"


@pytest.mark.postgres
@pytest.mark.parametrize("database_url", ["postgres"], indirect=True)
def test_roles_setup_is_idempotent_and_clerks_join_their_group(
        db: Database, admin: Actor, login_roles: LoginRoles) -> None:
    report = roles.setup_roles(db)
    names = group_names(db)
    assert report.groups == names.groups
    assert all(name.startswith(db.engine.url.database or "?") for name in names.groups)
    assert "account" in report.clerk_writes
    assert not {"clerk", "setting", "audit_event", "alembic_version"} & set(
        report.clerk_writes)
    boss = login_roles.name("boss")
    roles.add_clerk_with_login(db, admin, boss, "Ewa Kierownik", "supervisor",
                               password="tajne-haslo-2026")
    boss_admin = login_roles.name("root")
    roles.add_clerk_with_login(db, admin, boss_admin, "Adam Admin", "admin")
    with db.engine.connect() as connection:
        rows = {name: (super_, createrole, password) for name, super_, createrole, password in
                connection.execute(text(
                    "SELECT rolname, rolsuper, rolcreaterole, rolpassword FROM pg_authid "
                    "WHERE rolname IN (:boss, :root)"), {"boss": boss, "root": boss_admin})}
        in_group = connection.execute(text(
            "SELECT pg_has_role(:boss, :clerk, 'USAGE'), "
            "pg_has_role(:boss, :admin, 'USAGE'), "
            "pg_has_role(:root, :clerk, 'USAGE')"),
            {"boss": boss, "root": boss_admin, "clerk": names.clerk,
             "admin": names.admin}).one()
    assert rows[boss][2].startswith("SCRAM-SHA-256$")  # the server got a verifier only
    assert "tajne" not in rows[boss][2]
    assert rows[boss][:2] == (False, False)
    assert rows[boss_admin][:2] == (False, False)  # an admin's login cannot create roles
    assert tuple(in_group) == (True, False, True)


def test_roles_need_postgresql() -> None:
    database = Database("sqlite://")
    with pytest.raises(NotAllowed) as refused:
        roles.setup_roles(database)
    assert refused.value.code == "roles_need_postgresql"
    database.dispose()


@pytest.mark.postgres
@pytest.mark.parametrize("database_url", ["postgres"], indirect=True)
def test_an_administrator_connected_as_own_role_adds_a_clerk_with_a_login_role(
        db: Database, admin: Actor, login_roles: LoginRoles) -> None:
    head = login_roles.name("head")
    roles.add_clerk_with_login(db, admin, head, "Halina Mazur", "admin")
    head_db = login_roles.connect(head)
    newcomer = login_roles.name("nowy")
    info = roles.add_clerk_with_login(head_db, Actor(head, workstation="desk-1"), newcomer,
                                      "Piotr Nowy", "supervisor", password="Start-2026-x")
    assert info.role == "supervisor"
    with db.engine.connect() as connection:
        member = connection.execute(text(
            "SELECT pg_has_role(:n, :supervisor, 'USAGE'), pg_has_role(:n, :admin, 'USAGE')"),
            {"n": newcomer, "supervisor": group_names(db).supervisor,
             "admin": group_names(db).admin}).one()
        event = connection.execute(text(
            "SELECT clerk_login, db_user FROM audit_event WHERE action = 'clerk.add' "
            "ORDER BY id DESC LIMIT 1")).one()
    assert tuple(member) == (True, False)
    assert tuple(event) == (head, head)


@pytest.mark.parametrize("statement", [
    "UPDATE portal_account SET last_login_at = :now, failed_login_count = 0 "
    "WHERE login_id = :login_id AND security_stamp = :stamp",
    "UPDATE portal_account SET password_hash = :hash, must_change_password = FALSE, "
    "password_changed_at = :now, security_stamp = :new_stamp "
    "WHERE login_id = :login_id AND security_stamp = :stamp",
])
def test_a_write_with_an_outdated_stamp_changes_nothing(
        db: Database, register: dict[str, str], clerk_desk: ClerkDesk, portal: Portal,
        statement: str) -> None:
    result = issued_account(clerk_desk.db, clerk_desk.actor, "Jan", "Kowalski",
                            "Paprykowa 12/5")
    with db.engine.connect() as connection:
        stamp = connection.execute(text("SELECT security_stamp FROM account")).scalar_one()
    accounts.block_account(clerk_desk.db, clerk_desk.actor, result.login_id,
                           reason="lost-password", caller_name="Jan Kowalski")
    accounts.reissue_account(clerk_desk.db, clerk_desk.actor, result.login_id)
    snapshot = "SELECT * FROM account ORDER BY id"
    with db.engine.connect() as connection:
        before = connection.execute(text(snapshot)).all()
    now = datetime.now(UTC)
    with portal.engine.begin() as connection:
        connection.execute(text(statement), {
            "login_id": result.login_id, "stamp": stamp, "new_stamp": new_security_stamp(),
            "hash": hash_password("ab1234"),
            "now": now.replace(tzinfo=None) if db.dialect == "sqlite" else now})
    with db.engine.connect() as connection:
        assert connection.execute(text(snapshot)).all() == before
