"""search keys in code-point order on PostgreSQL, as on SQLite, whatever the server's locale

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-02

The search box reads the accounts whose name, login ID or unit address begins with a word as
one index range (``services.search._walked``): from the word to the word with its last
character raised by one. That range holds exactly the keys that begin with the word only in
code-point order, which SQLite's BINARY collation is. A PostgreSQL database created with a
linguistic locale (pl_PL.UTF-8, Polish_Poland.1250 on a Windows server) orders ``kowal-ski``
between ``kowal`` and ``kowam`` and puts ``kowz`` after ``kow{``, so the range would show
strangers and lose residents. The keys are folded (lower case, no diacritics), so code-point
order is also the alphabetical one the lists show; the accounts list and the search box now
order names the same way on both databases and on every server.

``COLLATE "C"`` on the search rows' name, login ID and prefix columns and on the unit's
folded address; their indexes are rebuilt by the ALTER (a few seconds per 100,000 accounts),
the tables are not rewritten. The trigger that names the address (revision 0005's
``account_search_unit_update``) is dropped and created again as it was, in the same
transaction. SQLite: nothing changes. Expand only: a 0.3.0 or 0.4.0 desk
reads the same columns and only their order on PostgreSQL changes.
"""

from __future__ import annotations

from alembic import op

revision = '0015'
down_revision = "0014"
branch_labels = None
depends_on = None

# (table, column, its type)
KEYS = (
    ("account_search", "sort_name", "varchar(130)"),
    ("account_search", "login_id", "varchar(8)"),
    ("account_search_prefix", "prefix", "varchar(2)"),
    ("account_search_prefix", "sort_name", "varchar(130)"),
    ("unit", "address_search", "varchar(140)"),
)


# The triggers that name one of the columns (``UPDATE OF address_search``), which PostgreSQL
# will not let a column's type change under: their definitions, to drop and create again.
_TRIGGERS_ON_COLUMN = """
    SELECT t.tgname, pg_get_triggerdef(t.oid) FROM pg_trigger t
    JOIN pg_attribute a ON a.attrelid = t.tgrelid AND a.attnum = ANY(t.tgattr)
    WHERE t.tgrelid = CAST(%(table)s AS regclass) AND a.attname = %(column)s
      AND NOT t.tgisinternal"""


def _collate(collation: str) -> None:
    bind = op.get_bind()
    for table, column, type_ in KEYS:
        triggers = bind.exec_driver_sql(_TRIGGERS_ON_COLUMN,
                                        {"table": table, "column": column}).all()
        for name, _definition in triggers:
            op.execute(f"DROP TRIGGER {name} ON {table}")
        op.execute(f'ALTER TABLE {table} ALTER COLUMN {column} TYPE {type_} '
                   f'COLLATE {collation}')
        for _name, definition in triggers:
            op.execute(definition)
    # A column's new type drops its statistics; without them the planner guesses, and the
    # search's lookups of a few rows become scans of every row until autovacuum comes by.
    for table in sorted({table for table, _column, _type in KEYS}):
        op.execute(f"ANALYZE {table}")


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _collate('"C"')


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _collate('"default"')
