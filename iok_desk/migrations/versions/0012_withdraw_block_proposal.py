"""withdraw a proposed abuse block: the proposer or a supervisor takes it back

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02

Revision 0007 lets an abuse block be proposed once and never changed. With separation of
duties on, a proposal made in error (the wrong account, a caller who turned out to be the
resident) could then only be countersigned or left standing. On PostgreSQL this revision
replaces 0007's ``iok_account_duties`` with one rule more: a desk login may clear both columns
of a proposal (``block_proposed_by``, ``block_proposed_at``) while the account is not blocked
and its state does not change in the same UPDATE, when that login is the proposer or an active
supervisor or administrator. Everything 0007 refused is still refused (IK007). SQLite has no
logins of its own: the service's checks are its guard. Nothing changes for a 0.3.0 desk,
which never clears a proposal.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None



def _revision_0007() -> ModuleType:
    """0007 loaded from beside this file, as Alembic loads it (the folder is no package)."""
    path = Path(__file__).with_name("0007_separation_of_duties.py")
    spec = importlib.util.spec_from_file_location("iok_revision_0007", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_duties = _revision_0007()

WITHDRAWAL = f"""
    IF OLD.block_proposed_by IS NOT NULL AND NEW.block_proposed_by IS NULL
       AND NEW.block_proposed_at IS NULL AND OLD.status <> 'blocked'
       AND NEW.status = OLD.status AND NEW.blocked_at IS NOT DISTINCT FROM OLD.blocked_at
       AND NEW.block_reason IS NOT DISTINCT FROM OLD.block_reason
       AND (OLD.block_proposed_by = session_user::text
            OR EXISTS (SELECT 1 FROM clerk c WHERE c.login = session_user::text AND c.active
                       AND c.role IN ({_duties._COUNTERSIGNERS}))) THEN
        RETURN NEW;
    END IF;"""

_DBA_CHECK = """    IF iok_session_is_dba() THEN
        RETURN NEW;
    END IF;"""

ACCOUNT_DUTIES = _duties.ACCOUNT_DUTIES.replace(_DBA_CHECK, _DBA_CHECK + WITHDRAWAL, 1)
assert ACCOUNT_DUTIES != _duties.ACCOUNT_DUTIES, "0007's body has its DBA check first"


def _replace(body: str) -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    schema = bind.exec_driver_sql("SELECT current_schema()").scalar_one()
    op.execute(_duties._function("iok_account_duties", schema, body))


def upgrade() -> None:
    _replace(ACCOUNT_DUTIES)


def downgrade() -> None:
    _replace(_duties.ACCOUNT_DUTIES)
