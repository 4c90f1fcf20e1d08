"""separation of duties: abuse blocks countersigned, the approver does not print the letter

Revision ID: 0007
Revises: 0004
Create Date: 2026-12-02

Two columns on ``account`` (who proposed an abuse block, when) and, on PostgreSQL, the
database's half of the setting ``separation_of_duties`` (``services.settings``; off unless its
row says ``on``). Whoever connects with a desk login (not the DBA):

- an abuse block is proposed once, in the proposer's own name, and takes effect only when
  another clerk, an active supervisor or administrator, blocks the account (the
  countersignature); a block's reason never changes afterwards;
- the clerk who approved (or rejected) a request is the one whose login made the decision,
  and the decision's author never changes afterwards;
- while the setting is on, a credential letter of a request is never recorded by the login
  (nor in the name) of the clerk who approved it.

Refusals raise the SQLSTATE ``IK007``.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from iok_desk.domain.states import DECIDED_REQUEST_STATUSES, BlockReason, ClerkRole

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_DECIDED = ", ".join(f"'{status.value}'" for status in sorted(DECIDED_REQUEST_STATUSES))
_COUNTERSIGNERS = f"'{ClerkRole.SUPERVISOR.value}', '{ClerkRole.ADMIN.value}'"
_ABUSE = BlockReason.ABUSE.value


def _function(name: str, schema: str, body: str, returns: str = "trigger",
              language: str = "plpgsql", volatility: str = "") -> str:
    return (f'CREATE OR REPLACE FUNCTION {name}() RETURNS {returns} LANGUAGE {language} '
            f'{volatility}SET search_path = "{schema}", pg_temp AS $body$\n{body}\n$body$')


SEPARATION_ON = """
    SELECT coalesce((SELECT value = 'on' FROM setting WHERE key = 'separation_of_duties'), false)
"""

ACCOUNT_DUTIES = f"""
BEGIN
    IF iok_session_is_dba() THEN
        RETURN NEW;
    END IF;
    IF (NEW.block_proposed_by IS DISTINCT FROM OLD.block_proposed_by
        OR NEW.block_proposed_at IS DISTINCT FROM OLD.block_proposed_at)
       AND (OLD.block_proposed_by IS NOT NULL OR OLD.block_proposed_at IS NOT NULL
            OR NEW.block_proposed_by IS DISTINCT FROM session_user::text
            OR NEW.block_proposed_at IS NULL) THEN
        RAISE EXCEPTION 'account %: an abuse block is proposed once, in the proposer''s own name',
            OLD.login_id USING ERRCODE = 'IK007';
    END IF;
    IF OLD.blocked_at IS NOT NULL AND NEW.block_reason IS DISTINCT FROM OLD.block_reason THEN
        RAISE EXCEPTION 'account %: the reason of a block never changes', OLD.login_id
            USING ERRCODE = 'IK007';
    END IF;
    IF NEW.status = 'blocked' AND OLD.status <> 'blocked' AND NEW.block_reason = '{_ABUSE}'
       AND iok_separation_of_duties() AND (
           OLD.block_proposed_by IS NULL OR OLD.block_proposed_by = session_user::text
           OR NOT EXISTS (SELECT 1 FROM clerk c WHERE c.login = session_user::text AND c.active
                          AND c.role IN ({_COUNTERSIGNERS}))) THEN
        RAISE EXCEPTION 'account %: an abuse block needs a proposal and the countersignature of '
            'another clerk, a supervisor', OLD.login_id USING ERRCODE = 'IK007';
    END IF;
    RETURN NEW;
END
"""

REQUEST_DUTIES = f"""
BEGIN
    IF iok_session_is_dba() THEN
        RETURN NEW;
    END IF;
    IF OLD.decided_by_id IS NOT NULL AND OLD.status IN ({_DECIDED})
       AND NEW.decided_by_id IS DISTINCT FROM OLD.decided_by_id THEN
        RAISE EXCEPTION 'request %: who decided never changes', OLD.number
            USING ERRCODE = 'IK007';
    END IF;
    IF NEW.status IN ({_DECIDED}) AND NEW.status IS DISTINCT FROM OLD.status
       AND NOT EXISTS (SELECT 1 FROM clerk c WHERE c.id = NEW.decided_by_id
                       AND c.login = session_user::text) THEN
        RAISE EXCEPTION 'request %: a decision is recorded in the deciding login''s name',
            OLD.number USING ERRCODE = 'IK007';
    END IF;
    RETURN NEW;
END
"""

LETTER_DUTIES = """
BEGIN
    IF NEW.kind = 'credential' AND NEW.request_id IS NOT NULL AND NOT iok_session_is_dba()
       AND iok_separation_of_duties() AND EXISTS (
           SELECT 1 FROM request r JOIN clerk c ON c.id = r.decided_by_id
           WHERE r.id = NEW.request_id
             AND (c.login = session_user::text OR c.id = NEW.clerk_id)) THEN
        RAISE EXCEPTION 'letter: the clerk who approved request % does not print its '
            'credential letter', NEW.request_id USING ERRCODE = 'IK007';
    END IF;
    RETURN NEW;
END
"""

TRIGGERS = (("iok_account_duties", "BEFORE UPDATE", "account"),
            ("iok_request_duties", "BEFORE UPDATE", "request"),
            ("iok_letter_duties", "BEFORE INSERT", "letter"))


def _postgresql_up(schema: str) -> list[str]:
    return [
        _function("iok_separation_of_duties", schema, SEPARATION_ON, returns="boolean",
                  language="sql", volatility="STABLE "),
        _function("iok_account_duties", schema, ACCOUNT_DUTIES),
        _function("iok_request_duties", schema, REQUEST_DUTIES),
        _function("iok_letter_duties", schema, LETTER_DUTIES),
        *(f"CREATE TRIGGER {name} {when} ON {table} FOR EACH ROW EXECUTE FUNCTION {name}()"
          for name, when, table in TRIGGERS),
        *(f"REVOKE ALL ON FUNCTION {name}() FROM PUBLIC" for name, _when, _table in TRIGGERS),
    ]


def _postgresql_down() -> list[str]:
    return [*(f"DROP TRIGGER {name} ON {table}" for name, _when, table in TRIGGERS),
            *(f"DROP FUNCTION {name}()" for name, _when, _table in TRIGGERS),
            "DROP FUNCTION iok_separation_of_duties()"]


def upgrade() -> None:
    op.add_column("account", sa.Column("block_proposed_by", sa.String(length=63),
                                       nullable=True))
    op.add_column("account", sa.Column("block_proposed_at", sa.DateTime(timezone=True),
                                       nullable=True))
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        schema = bind.exec_driver_sql("SELECT current_schema()").scalar_one()
        for statement in _postgresql_up(schema):
            op.execute(statement)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        for statement in _postgresql_down():
            op.execute(statement)
    # Plain ALTER TABLE (SQLite 3.35+ as well): a batch copy would drop 0004's triggers.
    for column in ("block_proposed_at", "block_proposed_by"):
        op.execute(f"ALTER TABLE account DROP COLUMN {column}")
