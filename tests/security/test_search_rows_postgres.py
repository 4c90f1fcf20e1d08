"""The search rows (revision 0005) as the attacker sees them: a clerk reads them and writes them
only through their sources (the database's SECURITY DEFINER triggers do the rest); no desk
login writes or calls the refresh itself; the portal does not even read them."""

from __future__ import annotations

import pytest
from sqlalchemy import text, update

from iok_desk.db.engine import Database
from iok_desk.db.models import Person
from iok_desk.services import accounts, search
from iok_desk.services.context import Actor

from .conftest import Logins
from .test_attacks_postgres import issued, on_postgres, refused

pytestmark = pytest.mark.postgres


@on_postgres
def test_search_rows_are_written_by_the_database_only(
        db: Database, admin: Actor, register: dict[str, str], logins: Logins) -> None:
    anna = logins.clerk("anna", "clerk", admin)
    portal = logins.portal()
    desk = logins.connect(anna)
    # The clerk's own use case writes the sources; the triggers write the search rows.
    result = issued(desk, anna.actor())
    [found] = search.search_accounts(desk, "kowalski")
    assert found.login_id == result.login_id
    accounts.block_account(desk, anna.actor(), result.login_id, reason="lost-password",
                           caller_name="Jan")
    assert search.search_accounts(desk, "kowalski")[0].status == "blocked"
    with anna.psql() as clerk:
        assert clerk.execute("SELECT count(*) FROM account_search").fetchone() == (1,)
        for statement in ("UPDATE account_search SET haystack = 'x'",
                          "DELETE FROM account_search",
                          "INSERT INTO account_search_prefix VALUES (1, 'zz', 0, 'a')",
                          "DELETE FROM account_search_prefix",
                          "SELECT iok_account_search_refresh(ARRAY[1])"):
            assert refused(clerk, statement) == "42501", statement  # insufficient_privilege
    with portal.psql() as attacker:
        for statement in ("SELECT * FROM account_search", "SELECT * FROM account_search_prefix",
                          "SELECT iok_account_search_refresh(ARRAY[1])"):
            assert refused(attacker, statement) == "42501", statement




@on_postgres
def test_no_desk_login_can_defer_the_search_rows(
        db: Database, admin: Actor, register: dict[str, str], logins: Logins) -> None:
    """Revision 0010's deferral is the owner's: clerks, administrators and the portal can
    neither set it nor rewrite or forge the pending list; a clerk's bulk block simply loads
    through the triggers."""
    anna = logins.clerk("anna", "clerk", admin)
    boss = logins.clerk("boss", "admin", admin)
    portal = logins.portal()
    for login in (anna, boss, portal):
        with login.psql() as attacker:
            for statement in ("SELECT iok_account_search_defer()",
                              "SELECT iok_account_search_resume()",
                              "SELECT iok_account_search_rewrite(ARRAY[1])",
                              "INSERT INTO account_search_deferral VALUES (1)",
                              "INSERT INTO account_search_pending VALUES (1)",
                              "DELETE FROM account_search_pending"):
                assert refused(attacker, statement) == "42501", (login.name, statement)
    desk = logins.connect(anna)
    result = issued(desk, anna.actor())
    with desk.transaction() as session, search.search_rows_deferred(session):
        session.execute(update(Person).values(name_search="zzyzx jan"))
    [found] = search.search_accounts(desk, "zzyzx")
    assert found.login_id == result.login_id


@on_postgres
def test_a_deferral_never_outlives_its_transaction(db: Database, admin: Actor,
                                                   register: dict[str, str]) -> None:
    """The owner deferred and committed without resuming: the constraint trigger rewrites the
    pending accounts at COMMIT, so no stale search row is ever committed."""
    result = issued(db, admin)
    with db.transaction() as session:
        session.execute(text("SELECT iok_account_search_defer()"))
        session.execute(update(Person).values(name_search="zzyzx jan"))
    [found] = search.search_accounts(db, "zzyzx")
    assert found.login_id == result.login_id
    with db.reading() as session:
        assert session.scalar(text("SELECT count(*) FROM account_search_deferral")) == 0
        assert session.scalar(text("SELECT count(*) FROM account_search_pending")) == 0
