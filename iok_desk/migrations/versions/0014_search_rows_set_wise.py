"""search rows set-wise: the PostgreSQL rewrite joins the addresses once, not once per account

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-02

Revision 0005's ``iok_account_search_refresh`` (renamed ``iok_account_search_rewrite`` by 0010)
wrote each account's haystack with a correlated subquery over ``account_unit`` and ``unit``.
Inside a bulk load the tables have grown since the planner last counted them, and PostgreSQL
then plans that subquery as a scan of ``unit`` for every account rewritten: the second chunk
of 5,000 accounts of a 10,000-account load took 10.3 s against 0.7 s for the first (the plan
logged by auto_explain; ``bench/README.md``), and a register import in one transaction grows
with the square of its size. The addresses are now aggregated once for all the accounts of
the call and joined to them, so a stale count costs one scan of ``unit`` per call at worst.

The function keeps its name, signature, owner, SECURITY DEFINER and grants (CREATE OR REPLACE);
the rows it writes are the same (``tests/services/test_search_rows_bulk.py``). SQLite's
triggers are left as they are: its planner looks the addresses up by index without counts.
Expand only: nothing a 0.3.0 or 0.4.0 desk reads or writes changes.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from alembic import op

revision = '0014'
down_revision = "0013"
branch_labels = None
depends_on = None

_COLUMNS = "account_id, live_rank, status, sort_name, login_id, issued_at, haystack"
_PREFIX_COLUMNS = "account_id, prefix, live_rank, sort_name"

# The statements of the rewrite, for the accounts of the integer[] ``ids``.
SET_WISE_REWRITE = (
    "DELETE FROM account_search_prefix WHERE account_id = ANY(ids)",
    "DELETE FROM account_search WHERE account_id = ANY(ids)",
    f"""INSERT INTO account_search ({_COLUMNS})
    SELECT a.id, CASE WHEN a.status = 'revoked' THEN 1 ELSE 0 END, a.status, p.name_search,
           a.login_id, a.issued_at,
           p.name_search || E'\\n' || p.contact_search || E'\\n' || a.login_id
           || coalesce(addresses.lines, '')
    FROM account a JOIN person p ON p.id = a.person_id
    LEFT JOIN (SELECT au.account_id, string_agg(E'\\n' || u.address_search, '') AS lines
               FROM account_unit au JOIN unit u ON u.id = au.unit_id
               WHERE au.account_id = ANY(ids) GROUP BY au.account_id) addresses
           ON addresses.account_id = a.id
    WHERE a.id = ANY(ids)""",
    f"""INSERT INTO account_search_prefix ({_PREFIX_COLUMNS})
    SELECT DISTINCT k.account_id, substr(k.sort_key, 1, n.n), k.live_rank, k.sort_name FROM (
        SELECT s.account_id, s.sort_name AS sort_key, s.live_rank, s.sort_name
            FROM account_search s WHERE s.account_id = ANY(ids)
        UNION ALL SELECT s.account_id, s.login_id, s.live_rank, s.sort_name
            FROM account_search s WHERE s.account_id = ANY(ids)
        UNION ALL SELECT s.account_id, u.address_search, s.live_rank, s.sort_name
            FROM account_search s JOIN account_unit au ON au.account_id = s.account_id
            JOIN unit u ON u.id = au.unit_id WHERE s.account_id = ANY(ids)
    ) k CROSS JOIN (SELECT 1 AS n UNION ALL SELECT 2) n WHERE k.sort_key <> ''""",
)


def _revision_0005() -> ModuleType:
    """Revision 0005's rewrite statements, for the way back."""
    path = Path(__file__).with_name("0005_account_search.py")
    spec = importlib.util.spec_from_file_location("iok_desk_revision_0005", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _replace_rewrite(statements: tuple[str, ...] | list[str]) -> None:
    schema = str(op.get_bind().exec_driver_sql("SELECT current_schema()").scalar_one())
    body = "\n".join(f"    {statement};" for statement in statements)
    op.execute(f'CREATE OR REPLACE FUNCTION iok_account_search_rewrite(ids integer[]) '
               f'RETURNS void LANGUAGE plpgsql SECURITY DEFINER '
               f'SET search_path = "{schema}", pg_temp AS $body$\nBEGIN\n{body}\nEND\n$body$')


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _replace_rewrite(SET_WISE_REWRITE)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _replace_rewrite(_revision_0005()._refresh("ids", dialect="postgresql"))
