"""The contract's relations are what docs/portal-contract.md says, and migration 0002 goes back
and forth cleanly."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from iok_desk.db import migrations
from iok_desk.db.engine import Database
from iok_desk.portal import CONTRACT_VERSION

CONTRACT_DOC = Path(__file__).resolve().parents[2] / "docs" / "portal-contract.md"

CONTRACT_COLUMNS = {
    "portal_contract": ["version"],
    "portal_account": ["login_id", "status", "password_hash", "must_change_password",
                       "first_password_expires_at", "security_stamp", "last_login_at",
                       "password_changed_at", "failed_login_count", "first_name", "last_name"],
    "portal_account_unit": ["login_id", "unit_key", "estate_key", "estate_name", "kind",
                            "street", "building", "unit_no", "postal_code", "city",
                            "granted_at"],
}


def _columns(database: Database, relation: str) -> list[str]:
    with database.engine.connect() as connection:
        return list(connection.execute(text(f"SELECT * FROM {relation} WHERE 1 = 0")).keys())


def test_the_views_have_exactly_the_documented_columns(db: Database) -> None:
    document = CONTRACT_DOC.read_text(encoding="utf-8")
    assert f"# The portal contract (version {CONTRACT_VERSION})" in document
    documented = set(re.findall(r"`([a-z_]+)`", document))
    for relation, columns in CONTRACT_COLUMNS.items():
        assert _columns(db, relation) == columns
        assert relation in documented
        assert set(columns) <= documented, set(columns) - documented
    with db.engine.connect() as connection:
        assert connection.execute(text("SELECT version FROM portal_contract")).scalar_one() \
            == CONTRACT_VERSION


def test_downgrade_removes_the_contract_and_upgrade_restores_it(
        fresh_database_url: str) -> None:
    database = Database(fresh_database_url)
    migrations.upgrade(database.engine)
    insert = ("INSERT INTO audit_event (occurred_at, clerk_login, workstation, db_user, "
              "action, summary, details) VALUES (CURRENT_TIMESTAMP, 'a', 'w', '', 'x', 's', "
              "'{}')")
    with database.engine.begin() as connection:
        connection.execute(text(insert))
    migrations.downgrade(database.engine, "0001")
    with database.engine.begin() as connection:
        connection.execute(text("DELETE FROM audit_event"))  # no trigger any more
        with pytest.raises(DBAPIError):
            with connection.begin_nested():
                connection.execute(text("SELECT * FROM portal_account"))
    migrations.upgrade(database.engine)
    assert _columns(database, "portal_account") == CONTRACT_COLUMNS["portal_account"]
    with database.engine.begin() as connection:
        connection.execute(text(insert))
    with pytest.raises(DBAPIError), database.engine.begin() as connection:
        connection.execute(text("DELETE FROM audit_event"))
    database.dispose()
