"""search index: the databases' own text indexes behind the search box

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25

The desk searches the folded columns ``person.name_search``, ``person.contact_search``,
``unit.address_search`` and ``account.login_id`` for any part of a word. A ``LIKE '%…%'``
reads every row; these indexes find the rows from three characters on:

- SQLite: FTS5 tables with the trigram tokenizer (``person_fts``, ``unit_fts``,
  ``account_fts``), external-content tables over the real rows, kept in step by triggers.
- PostgreSQL: pg_trgm GIN indexes (``ix_trgm_…``), which also serve ``LIKE 'x%'``.

Neither can be said in the models, so autogenerate skips them by name
(``iok_desk.db.migrations.include_name``). A later revision that rebuilds ``person``, ``unit``
or ``account`` on SQLite (batch mode) drops the triggers with the table: it must recreate them
and rebuild the FTS tables (``INSERT INTO person_fts(person_fts) VALUES('rebuild')``).
"""

from __future__ import annotations

from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

# (FTS table, content table, indexed columns)
FTS_TABLES = (
    ("person_fts", "person", ("name_search", "contact_search")),
    ("unit_fts", "unit", ("address_search",)),
    ("account_fts", "account", ("login_id",)),
)

TRIGRAM_INDEXES = (
    ("ix_trgm_person_name_search", "person", "name_search"),
    ("ix_trgm_person_contact_search", "person", "contact_search"),
    ("ix_trgm_unit_address_search", "unit", "address_search"),
    ("ix_trgm_account_login_id", "account", "login_id"),
)


def _sqlite_up(fts: str, table: str, columns: tuple[str, ...]) -> tuple[str, ...]:
    names = ", ".join(columns)
    new = ", ".join(f"new.{column}" for column in columns)
    old = ", ".join(f"old.{column}" for column in columns)
    delete = (f"INSERT INTO {fts}({fts}, rowid, {names}) VALUES ('delete', old.id, {old});")
    insert = f"INSERT INTO {fts}(rowid, {names}) VALUES (new.id, {new});"
    return (
        f"CREATE VIRTUAL TABLE {fts} USING fts5({names}, content='{table}', "
        "content_rowid='id', tokenize='trigram')",
        f"CREATE TRIGGER {fts}_insert AFTER INSERT ON {table} BEGIN {insert} END",
        f"CREATE TRIGGER {fts}_delete AFTER DELETE ON {table} BEGIN {delete} END",
        f"CREATE TRIGGER {fts}_update AFTER UPDATE OF {names} ON {table} "
        f"BEGIN {delete} {insert} END",
        f"INSERT INTO {fts}({fts}) VALUES ('rebuild')",
    )


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        # pg_trgm is a trusted extension: the database's owner may create it.
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        for name, table, column in TRIGRAM_INDEXES:
            op.execute(f"CREATE INDEX {name} ON {table} USING gin ({column} gin_trgm_ops)")
        return
    for fts, table, columns in FTS_TABLES:
        for statement in _sqlite_up(fts, table, columns):
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for name, _table, _column in TRIGRAM_INDEXES:
            op.execute(f"DROP INDEX {name}")
        return  # the extension stays: other databases' objects may use it
    for fts, _table, _columns in FTS_TABLES:
        for trigger in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER {fts}_{trigger}")
        op.execute(f"DROP TABLE {fts}")
