"""search rows deferred: bulk loads rewrite the touched accounts' search rows once, at the end

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02

The triggers of revision 0005 rewrite an account's search rows on every write of one of their
sources: right for the desk's one-at-a-time writes, 7–13× slower for a bulk load (a register
import, the demo data, the benchmarks' data). While ``account_search_deferral`` holds its one
row, the triggers only note the touched accounts in ``account_search_pending``; deleting the
row rewrites those accounts' search rows in one set statement each and empties the list. Both
happen in the loading transaction, so other sessions never see the row nor stale search rows
(``services.search.search_rows_deferred``).

PostgreSQL: the two tables belong to the schema's owner (the desk's groups may only read them,
``services.roles.READ_ONLY_TABLES``). The owner-only SECURITY DEFINER functions
``iok_account_search_defer()`` and ``iok_account_search_resume()`` set and clear the row, and a
deferred constraint trigger rewrites the pending accounts at COMMIT whatever the loader did:
deferring can postpone the rewrite to the end of the transaction, never skip it. The rewrite
of 0005 is renamed ``iok_account_search_rewrite``; ``iok_account_search_refresh``, which the
triggers call, rewrites or notes.

SQLite: each trigger of 0005 gets ``WHEN NOT EXISTS`` the row, and a twin ``..._deferred``
that notes the accounts when it exists; an AFTER DELETE trigger on the deferral rewrites.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = "0009"
branch_labels = None
depends_on = None

DEFERRAL = "account_search_deferral"
PENDING = "account_search_pending"
DEFERRED = f"EXISTS (SELECT 1 FROM {DEFERRAL})"


def _revision_0005() -> ModuleType:
    """Revision 0005's trigger definitions and rewrite statements, reused as they are."""
    path = Path(__file__).with_name("0005_account_search.py")
    spec = importlib.util.spec_from_file_location("iok_desk_revision_0005", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _noted(ids: str) -> str:
    """The accounts of a 0005 trigger (a list such as ``new.id, old.id`` or a subquery) as
    the rows to note."""
    if ids.lstrip().upper().startswith("SELECT"):
        return ids
    return "VALUES " + ", ".join(f"({value.strip()})" for value in ids.split(","))


def _sqlite_up(r0005: ModuleType) -> None:
    for name, event, ids in r0005._SQLITE_TRIGGERS:
        body = " ".join(f"{statement};" for statement in r0005._refresh(ids, dialect="sqlite"))
        op.execute(f"DROP TRIGGER {name}")
        op.execute(f"CREATE TRIGGER {name} {event} WHEN NOT {DEFERRED} BEGIN {body} END")
        op.execute(f"CREATE TRIGGER {name}_deferred {event} WHEN {DEFERRED} BEGIN "
                   f"INSERT OR IGNORE INTO {PENDING} (account_id) {_noted(ids)}; END")
    rewrite = " ".join(f"{statement};" for statement in r0005._refresh(
        f"SELECT account_id FROM {PENDING}", dialect="sqlite"))
    op.execute(f"CREATE TRIGGER account_search_resume AFTER DELETE ON {DEFERRAL} BEGIN "
               f"{rewrite} DELETE FROM {PENDING}; END")


def _sqlite_down(r0005: ModuleType) -> None:
    op.execute("DROP TRIGGER account_search_resume")
    for name, event, ids in r0005._SQLITE_TRIGGERS:
        body = " ".join(f"{statement};" for statement in r0005._refresh(ids, dialect="sqlite"))
        op.execute(f"DROP TRIGGER {name}_deferred")
        op.execute(f"DROP TRIGGER {name}")
        op.execute(f"CREATE TRIGGER {name} {event} BEGIN {body} END")


def _pg_function(schema: str, signature: str, returns: str, body: str) -> None:
    op.execute(f'CREATE FUNCTION {signature} RETURNS {returns} LANGUAGE plpgsql SECURITY DEFINER '
               f'SET search_path = "{schema}", pg_temp AS $body$\nBEGIN\n{body}\nEND\n$body$')
    op.execute(f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC")


def _pg_up() -> None:
    schema = str(op.get_bind().exec_driver_sql("SELECT current_schema()").scalar_one())
    op.execute("ALTER FUNCTION iok_account_search_refresh(integer[]) "
               "RENAME TO iok_account_search_rewrite")
    _pg_function(schema, "iok_account_search_refresh(ids integer[])", "void", f"""
    IF {DEFERRED} THEN
        INSERT INTO {PENDING} (account_id) SELECT DISTINCT id FROM unnest(ids) AS id
            WHERE id IS NOT NULL ON CONFLICT DO NOTHING;
    ELSE
        PERFORM iok_account_search_rewrite(ids);
    END IF;""")
    _pg_function(schema, "iok_account_search_defer()", "void",
                 f"    INSERT INTO {DEFERRAL} (id) VALUES (1) ON CONFLICT DO NOTHING;")
    _pg_function(schema, "iok_account_search_resume()", "void", f"""
    DELETE FROM {DEFERRAL};
    PERFORM iok_account_search_rewrite(ARRAY(SELECT account_id FROM {PENDING}));
    DELETE FROM {PENDING};""")
    _pg_function(schema, "iok_account_search_resume_at_commit()", "trigger",
                 "    PERFORM iok_account_search_resume();\n    RETURN NULL;")
    op.execute(f"CREATE CONSTRAINT TRIGGER account_search_resume_at_commit AFTER INSERT ON "
               f"{DEFERRAL} DEFERRABLE INITIALLY DEFERRED FOR EACH ROW "
               f"EXECUTE FUNCTION iok_account_search_resume_at_commit()")


def _pg_down() -> None:
    op.execute(f"DROP TRIGGER account_search_resume_at_commit ON {DEFERRAL}")
    for signature in ("iok_account_search_resume_at_commit()", "iok_account_search_resume()",
                      "iok_account_search_defer()", "iok_account_search_refresh(integer[])"):
        op.execute(f"DROP FUNCTION {signature}")
    op.execute("ALTER FUNCTION iok_account_search_rewrite(integer[]) "
               "RENAME TO iok_account_search_refresh")


def upgrade() -> None:
    op.create_table(
        DEFERRAL,
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_account_search_deferral_one_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_account_search_deferral")),
    )
    op.create_table(
        PENDING,
        sa.Column("account_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.PrimaryKeyConstraint("account_id", name=op.f("pk_account_search_pending")),
    )
    if op.get_bind().dialect.name == "postgresql":
        _pg_up()
    else:
        _sqlite_up(_revision_0005())


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _pg_down()
    else:
        _sqlite_down(_revision_0005())
    op.drop_table(PENDING)
    op.drop_table(DEFERRAL)
