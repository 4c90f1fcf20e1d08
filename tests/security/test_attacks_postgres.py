"""Every attack of the database-guards issue, played on PostgreSQL as the real roles: a clerk's,
a supervisor's and an admin's login with their own passwords, the portal's login, and a
second IOK database on the same server. Each is refused (SQLSTATE) or audited by the
database."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta

import psycopg
import pytest
from psycopg import sql

from iok_desk.db.engine import Database
from iok_desk.domain.credentials import hash_password, new_security_stamp
from iok_desk.domain.errors import DatabaseUnavailable, NotAllowed
from iok_desk.services import accounts, clerks, requests, roles
from iok_desk.services.context import Actor
from iok_desk.services.dto import IssueResult

from .conftest import Login, Logins, sqlstate

pytestmark = pytest.mark.postgres
on_postgres = pytest.mark.parametrize("database_url", ["postgres"], indirect=True)


def refused(connection: psycopg.Connection[tuple[object, ...]], statement: str,
            *params: object) -> str:
    """Run ``statement``; it must fail. Returns the SQLSTATE."""
    with pytest.raises(psycopg.Error) as error:
        connection.execute(statement, params or None)  # type: ignore[arg-type]
    return sqlstate(error.value)


def issued(db: Database, actor: Actor, unit: str = "Paprykowa 12/5") -> IssueResult:
    """Jan Kowalski's account for 12/5, Anna Żółkiewska's for 12/7."""
    first, last = ("Anna", "Żółkiewska") if unit.endswith("12/7") else ("Jan", "Kowalski")
    number = requests.register_request(db, actor, requests.NewRequest(
        kind="grant", channel="paper", first_name=first, last_name=last, unit=unit)).number
    requests.approve_request(db, actor, number)
    return accounts.issue_credentials(db, actor, number)


def owner_row(db: Database, query: str, *params: object) -> tuple[object, ...]:
    with db.engine.connect() as connection:
        return tuple(connection.exec_driver_sql(query, params).one())


@pytest.fixture
def anna(logins: Logins, admin: Actor) -> Login:
    return logins.clerk("anna", "clerk", admin)


@on_postgres
def test_no_desk_login_reads_a_password_hash(
        db: Database, admin: Actor, register: dict[str, str], logins: Logins,
        anna: Login) -> None:
    boss = logins.clerk("ewa", "supervisor", admin)
    root = logins.clerk("adam", "admin", admin)
    issued(logins.connect(anna), anna.actor())
    for login in (anna, boss, root):
        with login.psql() as attacker:
            assert refused(attacker, "SELECT password_hash FROM account") == "42501"
            assert refused(attacker, "SELECT * FROM account") == "42501"
            assert refused(attacker, "SELECT password_hash FROM portal_account") == "42501"
            # everything else of the account is readable, the desk works
            assert attacker.execute("SELECT login_id, status FROM account").fetchall()


@on_postgres
def test_a_clerk_cannot_set_a_password_hash_of_their_choice(
        db: Database, register: dict[str, str], anna: Login, logins: Logins) -> None:
    desk = logins.connect(anna)
    account = issued(desk, anna.actor())
    accounts.block_account(desk, anna.actor(), account.login_id, reason="lost-password",
                           caller_name="Jan Kowalski")
    fresh = issued(desk, anna.actor(), "Paprykowa 12/7")
    mine = hash_password("ab1234")
    with anna.psql() as attacker:
        for login_id in (account.login_id, fresh.login_id):
            assert refused(attacker, "UPDATE account SET password_hash = %s, "
                           "must_change_password = false WHERE login_id = %s",
                           mine, login_id) == "IK002"
        # a portal-style change made directly on the table is no portal change
        assert refused(attacker, "UPDATE account SET password_hash = %s, must_change_password "
                       "= false, password_changed_at = now(), security_stamp = %s, status = "
                       "'active' WHERE login_id = %s", mine, new_security_stamp(),
                       fresh.login_id) == "IK002"
        # nor can a clerk insert a ready-made live account with a hash of their own
        person = attacker.execute("SELECT person_id FROM account WHERE login_id = %s",
                                  (fresh.login_id,)).fetchone()
        assert person is not None
        assert refused(attacker, "INSERT INTO account (login_id, person_id, status, "
                       "password_hash, must_change_password, security_stamp, "
                       "failed_login_count, issued_at, updated_at, version) VALUES "
                       "('12345678', %s, 'active', %s, false, %s, 0, now(), now(), 1)",
                       person[0], mine, new_security_stamp()) == "IK001"
        # the one desk write of a hash: a new first password, same login ID, for an issued
        # account that never logged in — allowed, and the database records it
        attacker.execute("UPDATE account SET password_hash = %s, security_stamp = %s, "
                         "first_password_expires_at = now() + interval '30 days', "
                         "must_change_password = true WHERE login_id = %s",
                         (hash_password("cd5678"), new_security_stamp(), fresh.login_id))
    change = owner_row(db, "SELECT db_user, changes::text FROM db_change WHERE table_name = "
                       "'account' ORDER BY id DESC LIMIT 1")
    assert change[0] == anna.name
    assert '"password_hash": "(changed)"' in str(change[1])
    assert "$argon2" not in str(change[1])


@on_postgres
def test_blocked_never_active_revoked_final_dates_never_cleared(
        db: Database, register: dict[str, str], anna: Login, logins: Logins) -> None:
    desk = logins.connect(anna)
    blocked = issued(desk, anna.actor())
    accounts.block_account(desk, anna.actor(), blocked.login_id, reason="lost-password",
                           caller_name="Jan Kowalski")
    other = issued(desk, anna.actor(), "Paprykowa 12/7")
    accounts.revoke_access(desk, anna.actor(), other.login_id, reason="sale")
    with anna.psql() as attacker:
        assert refused(attacker, "UPDATE account SET status = 'active', blocked_at = NULL "
                       "WHERE login_id = %s", blocked.login_id) == "IK001"
        assert refused(attacker, "UPDATE account SET blocked_at = NULL WHERE login_id = %s",
                       blocked.login_id) == "IK001"
        assert refused(attacker, "UPDATE account SET status = 'issued', revoked_at = NULL "
                       "WHERE login_id = %s", other.login_id) == "IK001"
        assert refused(attacker, "UPDATE account_unit SET revoked_at = NULL, revoke_reason = "
                       "NULL WHERE account_id = (SELECT id FROM account WHERE login_id = %s)",
                       other.login_id) == "IK001"
        # access to a sold flat comes back neither by a new row on the revoked account
        assert refused(attacker, "INSERT INTO account_unit (account_id, unit_id, granted_at, "
                       "version) SELECT id, 1, now(), 1 FROM account WHERE login_id = %s",
                       other.login_id) == "IK001"
        assert refused(attacker, "UPDATE request SET status = 'received' "
                       "WHERE status = 'done'") == "IK001"
    # the rule holds for the owner too: whoever asks
    with pytest.raises(Exception) as by_owner, db.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE account SET status = 'active' WHERE login_id = %s",
                                   (blocked.login_id,))
    assert sqlstate(by_owner.value) == "IK001"


@on_postgres
def test_the_actor_is_the_database_login(
        db: Database, admin: Actor, register: dict[str, str], anna: Login,
        logins: Logins) -> None:
    boss = logins.clerk("ewa", "supervisor", admin)
    desk = logins.connect(anna)
    account = issued(desk, anna.actor())
    with pytest.raises(NotAllowed) as named_other:
        accounts.block_account(desk, anna.actor(boss.name), account.login_id, reason="abuse",
                               caller_name="Jan Kowalski")  # supervisor-only, naming one
    assert named_other.value.code == "actor_not_login"
    with pytest.raises(NotAllowed) as not_supervisor:
        accounts.block_account(desk, anna.actor(), account.login_id, reason="abuse",
                               caller_name="Jan Kowalski")
    assert not_supervisor.value.code == "role_required"
    # a guessed (operating-system) name gives way to the login
    accounts.block_account(desk, Actor("someone", named=False), account.login_id,
                           reason="lost-password", caller_name="Jan Kowalski")
    assert owner_row(db, "SELECT clerk_login, db_user FROM audit_event WHERE action = "
                     "'account.block'") == (anna.name, anna.name)
    backdated = datetime(2020, 1, 1, tzinfo=UTC)
    with anna.psql() as attacker:
        clerk_ids = dict(attacker.execute("SELECT login, id FROM clerk").fetchall())
        for login in ("admin", boss.name):
            assert refused(attacker, "INSERT INTO audit_event (occurred_at, clerk_id, "
                           "clerk_login, workstation, db_user, action, summary, details) "
                           "VALUES (%s, %s, %s, 'x', 'x', 'account.unblock', 'x', '{}')",
                           backdated, clerk_ids[login], login) == "IK003"
        attacker.execute("INSERT INTO audit_event (occurred_at, clerk_id, clerk_login, "
                         "workstation, db_user, action, summary, details) VALUES (%s, %s, %s, "
                         "'x', 'postgres', 'note', 'x', '{}')",
                         (backdated, clerk_ids[anna.name], anna.name))
    at, db_user = owner_row(db, "SELECT occurred_at, db_user FROM audit_event "
                            "WHERE action = 'note'")
    assert db_user == anna.name
    assert isinstance(at, datetime) and at > datetime.now(UTC) - timedelta(minutes=5)


@on_postgres
def test_no_role_can_climb(
        db: Database, admin: Actor, register: dict[str, str], logins: Logins,
        anna: Login) -> None:
    root = logins.clerk("adam", "admin", admin)
    owner = owner_row(db, "SELECT pg_get_userbyid(relowner) FROM pg_class "
                      "WHERE oid = 'audit_event'::regclass")[0]
    names = roles.setup_roles(db).names
    assert owner_row(db, "SELECT rolcreaterole FROM pg_roles WHERE rolname = %s",
                     root.name) == (False,)
    with root.psql() as attacker:
        assert refused(attacker, sql.SQL("GRANT {} TO {}").format(
            sql.Identifier(str(owner)), sql.Identifier(root.name)).as_string(attacker)) \
            == "42501"
        assert refused(attacker, sql.SQL("SET ROLE {}").format(
            sql.Identifier(str(owner))).as_string(attacker)) == "42501"
        assert refused(attacker, sql.SQL("SET ROLE {}").format(
            sql.Identifier(names.rolemaker)).as_string(attacker)) == "42501"
        assert refused(attacker, sql.SQL("GRANT pg_execute_server_program TO {}").format(
            sql.Identifier(root.name)).as_string(attacker)) == "42501"
        assert refused(attacker, "COPY (SELECT 1) TO PROGRAM 'true'") == "42501"
        assert refused(attacker, "TRUNCATE audit_event") == "42501"
        assert refused(attacker, "DROP TABLE audit_event") == "42501"
        assert refused(attacker, "DELETE FROM audit_event") == "42501"
        assert refused(attacker, "CREATE ROLE intruder LOGIN SUPERUSER") == "42501"
        # the one path to logins touches only clerks' logins of this database
        for victim in (str(owner), "postgres"):
            assert refused(attacker, "SELECT iok_clerk_login('set-role', %s, 'admin')",
                           victim) in ("IK004",)
    with anna.psql() as clerk:
        assert refused(clerk, "SELECT iok_clerk_login('create', 'mallory', 'admin')") \
            == "42501"


@on_postgres
def test_one_database_its_own_roles(
        db: Database, admin: Actor, register: dict[str, str], logins: Logins, anna: Login,
        postgres_server) -> None:  # type: ignore[no-untyped-def]
    from iok_desk.db import migrations

    other_url = postgres_server.create_database()
    other = Database(other_url.render_as_string(hide_password=False))
    migrations.upgrade(other.engine)
    roles.setup_roles(other)
    portal = logins.portal()
    try:
        for login in (anna, portal):
            with pytest.raises(psycopg.OperationalError) as refused_connect:
                login.psql(other_url.database).close()
            assert "permission denied for database" in str(refused_connect.value)
        with anna.psql() as clerk:
            assert refused(clerk, "CREATE TEMP TABLE hideout (i int)") == "42501"
            assert refused(clerk, "CREATE TABLE hideout (i int)") == "42501"
    finally:
        roles.remove_roles(other)
        other.dispose()


@on_postgres
def test_the_portal_writes_are_checked(
        db: Database, register: dict[str, str], anna: Login, logins: Logins) -> None:
    desk = logins.connect(anna)
    account = issued(desk, anna.actor())
    portal = logins.portal()
    now = datetime.now(UTC)
    with portal.psql() as attacker:
        stamp = attacker.execute("SELECT security_stamp FROM portal_account WHERE login_id = "
                                 "%s", (account.login_id,)).fetchone()
        assert stamp is not None
        where = "WHERE login_id = %s"
        for statement, params in [
            ("UPDATE portal_account SET last_login_at = 'infinity' " + where, ()),
            ("UPDATE portal_account SET last_login_at = %s " + where,
             (now + timedelta(days=1),)),
            ("UPDATE portal_account SET failed_login_count = -1000 " + where, ()),
        ]:
            assert refused(attacker, statement, *params, account.login_id) == "23514"
        change = ("UPDATE portal_account SET password_hash = %s, must_change_password = false, "
                  "password_changed_at = %s, security_stamp = %s " + where)
        weak = hash_password("ab1234").replace("m=19456,t=2", "m=8,t=1")
        for bad_hash, new_stamp in [(weak, new_security_stamp()),
                                    ("$argon2id$garbage", new_security_stamp()),
                                    (hash_password("ab1234"), ""),
                                    (hash_password("ab1234"), "short")]:
            assert refused(attacker, change, bad_hash, now, new_stamp,
                           account.login_id) == "23514"
    with db.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE account SET first_password_expires_at = %s "
                                   "WHERE login_id = %s",
                                   (now - timedelta(minutes=1), account.login_id))
    with portal.psql() as attacker:
        assert refused(attacker, change, hash_password("ab1234"), now, new_security_stamp(),
                       account.login_id) == "23514"
        assert attacker.execute("SELECT count(*) FROM portal_account_unit WHERE login_id = "
                                "%s", (account.login_id,)).fetchone() == (1,)
    accounts.block_account(desk, anna.actor(), account.login_id, reason="lost-password",
                           caller_name="Jan Kowalski")
    with portal.psql() as attacker:
        assert attacker.execute("SELECT count(*) FROM portal_account_unit WHERE login_id = "
                                "%s", (account.login_id,)).fetchone() == (0,)


@on_postgres
def test_every_change_outside_the_desk_is_recorded_by_the_database(
        db: Database, register: dict[str, str], anna: Login, logins: Logins) -> None:
    desk = logins.connect(anna)
    issued(desk, anna.actor())
    with anna.psql() as attacker:
        attacker.execute("UPDATE person SET phone = '+48 500000000' WHERE last_name = "
                         "'Kowalski'")
        attacker.execute("UPDATE title SET valid_to = NULL")
    with db.engine.connect() as connection:
        rows = [tuple(row) for row in connection.exec_driver_sql(
            "SELECT c.table_name, c.operation, c.db_user, c.changes::text, "
            "EXISTS (SELECT 1 FROM audit_event e WHERE e.txid = c.txid) FROM db_change c "
            "ORDER BY c.id").all()]
    desk_made = {(table, operation) for table, operation, user, _, audited in rows
                 if user == anna.name and audited}
    assert {("request", "INSERT"), ("account", "INSERT"), ("account_unit", "INSERT"),
            ("request", "UPDATE")} <= desk_made
    outside = [(table, changes) for table, operation, user, changes, audited in rows
               if user == anna.name and not audited]
    assert [table for table, _ in outside] == ["person"] + ["title"] * 4
    assert '"after": "+48 500000000"' in outside[0][1]
    assert all("password_hash" not in changes or "(changed)" in changes
               for *_, changes, _ in rows)


def test_the_first_admin_is_made_once_even_by_four_desks_at_once(
        postgres_server) -> None:  # type: ignore[no-untyped-def]
    from iok_desk.db import migrations

    url = postgres_server.create_database().render_as_string(hide_password=False)
    database = Database(url)
    migrations.upgrade(database.engine)
    desks = [Database(url) for _ in range(4)]
    start = threading.Barrier(4)
    outcomes: list[str] = []

    def bootstrap(desk: Database, login: str) -> None:
        start.wait()
        try:
            clerks.bootstrap_first_admin(desk, Actor(login))
            outcomes.append("admin")
        except NotAllowed as error:
            outcomes.append(error.code)

    threads = [threading.Thread(target=bootstrap, args=(desk, f"desk{number}"))
               for number, desk in enumerate(desks)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["admin", "admin_exists", "admin_exists", "admin_exists"]
    assert [info.role for info in clerks.list_clerks(database)] == ["admin"]
    for desk in (*desks, database):
        desk.dispose()


@on_postgres
def test_a_block_behind_a_held_lock_says_busy_within_seconds(
        db: Database, register: dict[str, str], anna: Login, logins: Logins) -> None:
    desk = logins.connect(anna)
    account = issued(desk, anna.actor())
    portal = logins.portal()
    with portal.psql() as holder:
        holder.autocommit = False
        holder.execute("UPDATE portal_account SET failed_login_count = failed_login_count + 1 "
                       "WHERE login_id = %s", (account.login_id,))  # row lock held, no commit
        started = time.monotonic()
        with pytest.raises(DatabaseUnavailable) as busy:
            accounts.block_account(desk, anna.actor(), account.login_id,
                                   reason="lost-password", caller_name="Jan Kowalski")
        waited = time.monotonic() - started
        holder.rollback()
    assert busy.value.code == "database_locked"
    assert waited < 10
    accounts.block_account(desk, anna.actor(), account.login_id, reason="lost-password",
                           caller_name="Jan Kowalski")  # the lock gone, the block goes through


@on_postgres
def test_a_deactivated_clerk_cannot_act(
        db: Database, admin: Actor, register: dict[str, str], anna: Login,
        logins: Logins) -> None:
    root = logins.clerk("adam", "admin", admin)
    desk = logins.connect(anna)
    issued(desk, anna.actor())
    root_desk = logins.connect(root)
    roles.change_clerk_with_login(root_desk, root.actor(), anna.name, role="supervisor")
    names = roles.group_roles_for(db.engine.url.database or "")
    assert owner_row(db, "SELECT pg_has_role(%s, %s, 'MEMBER'), pg_has_role(%s, %s, 'MEMBER')",
                     anna.name, names.supervisor, anna.name, names.admin) == (True, False)
    open_session = anna.psql()
    roles.change_clerk_with_login(root_desk, root.actor(), anna.name, active=False)
    assert owner_row(db, "SELECT rolcanlogin FROM pg_roles WHERE rolname = %s",
                     anna.name) == (False,)
    with pytest.raises(psycopg.OperationalError):
        anna.psql().close()  # the database login is disabled
    clerk_id = open_session.execute("SELECT id FROM clerk WHERE login = %s",
                                    (anna.name,)).fetchone()
    assert clerk_id is not None
    assert refused(open_session, "INSERT INTO audit_event (occurred_at, clerk_id, clerk_login, "
                   "workstation, db_user, action, summary, details) VALUES (now(), %s, %s, 'x', "
                   "'x', 'note', 'x', '{}')", clerk_id[0], anna.name) == "IK003"
    open_session.close()
    roles.change_clerk_with_login(root_desk, root.actor(), "admin", active=False)
    with pytest.raises(NotAllowed) as last:
        roles.change_clerk_with_login(root_desk, root.actor(), root.name, role="clerk")
    assert last.value.code == "last_admin"


@on_postgres
def test_odd_values_of_an_older_portal_do_not_stop_the_desk(
        db: Database, register: dict[str, str], anna: Login, logins: Logins) -> None:
    desk = logins.connect(anna)
    account = issued(desk, anna.actor())
    with db.engine.begin() as connection:  # written before revision 0004 checked them
        connection.exec_driver_sql("UPDATE account SET last_login_at = 'infinity', "
                                   "failed_login_count = -1000 WHERE login_id = %s",
                                   (account.login_id,))
    shown = accounts.account_details(desk, account.login_id)
    assert shown.last_login_at is not None and shown.last_login_at.year == 9999
    blocked = accounts.block_account(desk, anna.actor(), account.login_id,
                                     reason="lost-password", caller_name="Jan Kowalski")
    assert not blocked.already_blocked
    assert accounts.account_details(desk, account.login_id).status == "blocked"


@on_postgres
def test_the_audit_trail_shows_the_login_and_flags_changes_outside_the_desk(
        db: Database, admin: Actor, register: dict[str, str], anna: Login, logins: Logins,
        capsys: pytest.CaptureFixture[str]) -> None:
    from iok_desk.cli import main
    from iok_desk.letters.audit_extract import audit_extract_csv
    from iok_desk.services import audit, reports

    desk = logins.connect(anna)
    account = issued(desk, anna.actor())
    with anna.psql() as attacker:
        attacker.execute("UPDATE account SET security_stamp = %s, password_hash = %s "
                         "WHERE login_id = %s",
                         (new_security_stamp(), hash_password("cd5678"), account.login_id))
    trail = audit.audit_trail(desk, audit.AuditFilter(outside_desk=True))
    flagged = [event for event in trail if event.outside_desk]
    # the register fixture wrote persons and titles as the owner, outside any use case too
    assert {event.db_user for event in flagged} == {anna.name, "postgres"}
    flagged = [event for event in flagged if event.db_user == anna.name]
    assert [(event.account_login_id, event.who) for event in flagged] == [
        (account.login_id, f"db: {anna.name}")]
    assert "password_hash" in flagged[0].summary and "$argon2" not in str(flagged[0].details)
    issue = next(event for event in trail if event.action == "account.issue")
    assert (issue.clerk_login, issue.db_user, issue.outside_desk) == (anna.name, anna.name,
                                                                      False)
    assert not [event for event in audit.audit_trail(desk) if event.outside_desk]
    extract = audit_extract_csv(reports.audit_extract(desk, Actor(anna.name), account.login_id,
                                                      file_name="wyciag.csv"))
    assert f"db: {anna.name}" in extract and "db.change" in extract
    code = main(["--database", db.url, "--clerk", "admin", "audit", "--limit", "5"])
    assert code == 0
    assert f"db: {anna.name}" in capsys.readouterr().out
