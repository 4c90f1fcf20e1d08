"""database guards: the life cycle, the password hash, the actor and every change, in the database

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01

What the database itself refuses or records, whoever connects (docs/security.md):

- The life cycle of accounts, their units' access and requests: a status moves only along
  ``ACCOUNT_TRANSITIONS`` / ``REQUEST_TRANSITIONS`` of ``iok_desk.domain.states`` — the SQL is
  generated from those tables when this revision runs, so the life cycle is written once —
  and ``blocked_at`` / ``revoked_at`` are never changed once set (both databases).
- PostgreSQL only: the password hash changes only through the portal's view or as a new first
  password of an issued account that never logged in; a desk login inserts only a fresh
  ``issued`` account and grants units only to a live one; an audit event's time and database
  login are the database's, and a desk login writes events only in its own name; every
  INSERT/UPDATE of account, account_unit, request, person, title, clerk and setting leaves a
  ``db_change`` row (before/after, never a hash); the portal's writes are checked
  (timestamps, counts, argon2id parameters, stamp length, first-password expiry).
- Blocked accounts list no units in ``portal_account_unit`` (both databases).

Refusals raise the SQLSTATEs ``IK001`` (life cycle), ``IK002`` (password hash), ``IK003``
(audit actor); the portal's bad values ``23514`` (check_violation) as before.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from iok_desk.domain.states import (
    ACCOUNT_TRANSITIONS,
    LIVE_ACCOUNT_STATUSES,
    REQUEST_TRANSITIONS,
    AccountStatus,
    RequestStatus,
)

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

AUDITED_TABLES = ("account", "account_unit", "request", "person", "title", "clerk", "setting")
ARGON2_MIN = {"m": 19456, "t": 2, "p": 1}
STAMP_MIN_LENGTH = 32
CLOCK_SKEW = "5 minutes"


def _sql_list(values: list[str]) -> str:
    return ", ".join(f"'{value}'" for value in sorted(values))


def _moves(transitions: dict[AccountStatus, frozenset[AccountStatus]]
           | dict[RequestStatus, frozenset[RequestStatus]]) -> str:
    """``'from>to', …`` for every move the domain's table allows."""
    return _sql_list([f"{current.value}>{target.value}"
                      for current, targets in transitions.items() for target in targets])


ACCOUNT_MOVES = _moves(ACCOUNT_TRANSITIONS)
REQUEST_MOVES = _moves(REQUEST_TRANSITIONS)
LIVE = _sql_list([status.value for status in LIVE_ACCOUNT_STATUSES])

LIFE_CYCLE_MESSAGE = ("outside the life cycle: a status moves only as the domain allows, "
                      "login_id, person, blocked_at and revoked_at stay once set")

# Conditions shared by both dialects (OLD/NEW row references, ``IS`` comparisons are spelled
# per dialect below).
_ACCOUNT_BROKEN = """
    (NEW.status <> OLD.status AND (OLD.status || '>' || NEW.status) NOT IN ({moves}))
    OR (OLD.blocked_at IS NOT NULL AND {blocked_changed})
    OR (OLD.revoked_at IS NOT NULL AND {revoked_changed})
    OR NEW.login_id <> OLD.login_id OR NEW.person_id <> OLD.person_id
"""
_ACCESS_BROKEN = """
    NEW.account_id <> OLD.account_id OR NEW.unit_id <> OLD.unit_id
    OR (OLD.revoked_at IS NOT NULL AND {revoked_changed})
"""
_REQUEST_BROKEN = "NEW.status <> OLD.status AND (OLD.status || '>' || NEW.status) NOT IN ({moves})"


def _sqlite_changed(column: str) -> str:
    return f"NEW.{column} IS NOT OLD.{column}"


def _pg_changed(column: str) -> str:
    return f"NEW.{column} IS DISTINCT FROM OLD.{column}"


def _account_broken(changed: object) -> str:
    assert callable(changed)
    return _ACCOUNT_BROKEN.format(moves=ACCOUNT_MOVES, blocked_changed=changed("blocked_at"),
                                  revoked_changed=changed("revoked_at"))


def _access_broken(changed: object) -> str:
    assert callable(changed)
    return _ACCESS_BROKEN.format(revoked_changed=changed("revoked_at"))


PORTAL_ACCOUNT_UNIT_OLD = """
    CREATE VIEW portal_account_unit AS
    SELECT a.login_id, u.accounting_key AS unit_key, e.accounting_key AS estate_key,
           e.name AS estate_name, u.kind, u.street, u.building, u.unit_no, u.postal_code,
           u.city, au.granted_at
    FROM account_unit au
    JOIN account a ON a.id = au.account_id
    JOIN unit u ON u.id = au.unit_id
    JOIN estate e ON e.id = u.estate_id
    WHERE au.revoked_at IS NULL
"""
PORTAL_ACCOUNT_UNIT_NEW = PORTAL_ACCOUNT_UNIT_OLD + f"  AND a.status IN ({LIVE})\n"


def _sqlite_up() -> tuple[str, ...]:
    return (
        f"""
        CREATE TRIGGER account_life_cycle BEFORE UPDATE ON account
        WHEN {_account_broken(_sqlite_changed)}
        BEGIN SELECT RAISE(ABORT, 'account: {LIFE_CYCLE_MESSAGE}'); END
        """,
        f"""
        CREATE TRIGGER account_unit_life_cycle BEFORE UPDATE ON account_unit
        WHEN {_access_broken(_sqlite_changed)}
        BEGIN SELECT RAISE(ABORT, 'account_unit: {LIFE_CYCLE_MESSAGE}'); END
        """,
        f"""
        CREATE TRIGGER request_life_cycle BEFORE UPDATE ON request
        WHEN {_REQUEST_BROKEN.format(moves=REQUEST_MOVES)}
        BEGIN SELECT RAISE(ABORT, 'request: {LIFE_CYCLE_MESSAGE}'); END
        """,
        "DROP VIEW portal_account_unit",
        PORTAL_ACCOUNT_UNIT_NEW,
    )


SQLITE_DOWN = (
    "DROP VIEW portal_account_unit",
    PORTAL_ACCOUNT_UNIT_OLD,
    "DROP TRIGGER request_life_cycle",
    "DROP TRIGGER account_unit_life_cycle",
    "DROP TRIGGER account_life_cycle",
)


def _pg_function(name: str, schema: str, body: str, *, definer: bool = False,
                 returns: str = "trigger", language: str = "plpgsql") -> str:
    security = "SECURITY DEFINER " if definer else ""
    return (f'CREATE OR REPLACE FUNCTION {name}() RETURNS {returns} LANGUAGE {language} '
            f'{security}SET search_path = "{schema}", pg_temp AS $body$\n{body}\n$body$')


_IS_DBA = """
    SELECT coalesce((SELECT r.rolsuper FROM pg_roles r WHERE r.rolname = session_user), false)
        OR pg_has_role(session_user, (SELECT c.relowner FROM pg_class c
                                      WHERE c.oid = 'audit_event'::regclass), 'MEMBER')
"""

_ACCOUNT_GUARD = """
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NOT iok_session_is_dba() AND (NEW.status <> 'issued' OR NEW.blocked_at IS NOT NULL
           OR NEW.revoked_at IS NOT NULL OR NEW.last_login_at IS NOT NULL
           OR NEW.password_changed_at IS NOT NULL OR NOT NEW.must_change_password
           OR NEW.failed_login_count <> 0 OR NEW.replaced_by_id IS NOT NULL) THEN
            RAISE EXCEPTION 'account: a new account starts issued, with a first password only'
                USING ERRCODE = 'IK001';
        END IF;
        RETURN NEW;
    END IF;
    IF @BROKEN@ THEN
        RAISE EXCEPTION 'account %: % -> %: @MESSAGE@', OLD.login_id, OLD.status, NEW.status
            USING ERRCODE = 'IK001';
    END IF;
    -- The portal changes the hash through portal_account's trigger (a nested trigger: no
    -- desk login can create a trigger of its own); the desk only as a new first password
    -- of an issued account that never logged in.
    IF NEW.password_hash IS DISTINCT FROM OLD.password_hash AND NOT (
        pg_trigger_depth() > 1
        OR (OLD.status = 'issued' AND NEW.status = 'issued' AND OLD.last_login_at IS NULL
            AND OLD.password_changed_at IS NULL AND NEW.password_changed_at IS NULL
            AND NEW.last_login_at IS NULL AND NEW.must_change_password
            AND NEW.security_stamp IS DISTINCT FROM OLD.security_stamp)) THEN
        RAISE EXCEPTION 'account %: the password hash is set only when an account is issued',
            OLD.login_id USING ERRCODE = 'IK002';
    END IF;
    RETURN NEW;
END
"""

_ACCESS_GUARD = f"""
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NOT iok_session_is_dba() AND (NEW.revoked_at IS NOT NULL OR NOT EXISTS (
            SELECT 1 FROM account WHERE id = NEW.account_id AND status IN ({LIVE}))) THEN
            RAISE EXCEPTION 'account_unit: access is granted to a live account only'
                USING ERRCODE = 'IK001';
        END IF;
        RETURN NEW;
    END IF;
    IF @BROKEN@ THEN
        RAISE EXCEPTION 'account_unit %: @MESSAGE@', OLD.id USING ERRCODE = 'IK001';
    END IF;
    RETURN NEW;
END
"""

_REQUEST_GUARD = f"""
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NOT iok_session_is_dba() AND NEW.status <> '{RequestStatus.RECEIVED.value}' THEN
            RAISE EXCEPTION 'request: a new request starts received' USING ERRCODE = 'IK001';
        END IF;
        RETURN NEW;
    END IF;
    IF {_REQUEST_BROKEN.format(moves=REQUEST_MOVES)} THEN
        RAISE EXCEPTION 'request %: % -> %: @MESSAGE@', OLD.number, OLD.status, NEW.status
            USING ERRCODE = 'IK001';
    END IF;
    RETURN NEW;
END
"""

AUDIT_ACTOR_OLD = """
BEGIN
    NEW.db_user := session_user;
    RETURN NEW;
END
"""

_AUDIT_ACTOR = """
BEGIN
    NEW.db_user := session_user;
    NEW.occurred_at := clock_timestamp();
    NEW.txid := txid_current();
    IF NOT iok_session_is_dba() AND (NEW.clerk_login IS DISTINCT FROM session_user::text
       OR NOT EXISTS (SELECT 1 FROM clerk c WHERE c.id = NEW.clerk_id
                      AND c.login = session_user::text AND c.active)) THEN
        RAISE EXCEPTION 'audit_event: a desk login writes events in its own name only (%)',
            session_user USING ERRCODE = 'IK003';
    END IF;
    RETURN NEW;
END
"""

_RECORD_CHANGE = """
DECLARE
    old_row jsonb := CASE WHEN TG_OP = 'UPDATE' THEN to_jsonb(OLD) ELSE '{}'::jsonb END;
    new_row jsonb := to_jsonb(NEW);
    changed jsonb;
BEGIN
    SELECT coalesce(jsonb_object_agg(n.key, CASE WHEN n.key = 'password_hash'
                        THEN to_jsonb('(changed)'::text)
                        ELSE jsonb_build_object('before', old_row -> n.key, 'after', n.value)
                    END), '{}'::jsonb)
      INTO changed
      FROM jsonb_each(new_row) n
     WHERE TG_OP = 'INSERT' OR (old_row -> n.key) IS DISTINCT FROM n.value;
    INSERT INTO db_change (occurred_at, txid, db_user, table_name, row_key, operation, changes)
    VALUES (clock_timestamp(), txid_current(), session_user, TG_TABLE_NAME,
            coalesce(new_row ->> 'id', new_row ->> 'key'), TG_OP, changed::json);
    RETURN NULL;
END
"""

_WEAK_HASH = ("portal_account: the hash must be argon2id in PHC form with at least "
              f"m={ARGON2_MIN['m']},t={ARGON2_MIN['t']},p={ARGON2_MIN['p']}")
_SHORT_STAMP = f"portal_account: a new security stamp has at least {STAMP_MIN_LENGTH} characters"
_BAD_CHANGED_AT = "portal_account: password_changed_at must be a finite time, not in the future"
_BAD_LOGIN_AT = "portal_account: last_login_at must be a finite time, not in the future"
# Revision 0002's messages, unchanged.
_FIXED_COLUMNS = ("portal_account: only password_hash, must_change_password, "
                  "password_changed_at, security_stamp, last_login_at and "
                  "failed_login_count may be updated")
_NEW_PASSWORD = ("portal_account: a new password_hash must be argon2id and come with "
                 "must_change_password false, a new password_changed_at and a new "
                 "security_stamp")
_PASSWORD_FIELDS = ("portal_account: must_change_password, password_changed_at and "
                    "security_stamp change only together with a new password_hash")

_CHECKED_PORTAL_VALUES = f"""
    IF NEW.failed_login_count IS NULL OR NEW.failed_login_count < 0 THEN
        RAISE EXCEPTION 'portal_account: failed_login_count must be 0 or more'
            USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.last_login_at IS DISTINCT FROM OLD.last_login_at AND (NEW.last_login_at IS NULL
       OR NOT isfinite(NEW.last_login_at)
       OR NEW.last_login_at > now() + interval '{CLOCK_SKEW}') THEN
        RAISE EXCEPTION '{_BAD_LOGIN_AT}' USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.password_hash IS DISTINCT FROM OLD.password_hash THEN
        params := regexp_match(NEW.password_hash,
            '^\\$argon2id\\$v=19\\$m=([0-9]{{1,9}}),t=([0-9]{{1,9}}),p=([0-9]{{1,3}})'
            '\\$[A-Za-z0-9+/]{{11,}}\\$[A-Za-z0-9+/]{{16,}}$');
        IF params IS NULL OR params[1]::int < {ARGON2_MIN["m"]}
           OR params[2]::int < {ARGON2_MIN["t"]} OR params[3]::int < {ARGON2_MIN["p"]} THEN
            RAISE EXCEPTION '{_WEAK_HASH}' USING ERRCODE = 'check_violation';
        END IF;
        IF length(coalesce(NEW.security_stamp, '')) < {STAMP_MIN_LENGTH} THEN
            RAISE EXCEPTION '{_SHORT_STAMP}' USING ERRCODE = 'check_violation';
        END IF;
        IF NEW.password_changed_at IS NULL OR NOT isfinite(NEW.password_changed_at)
           OR NEW.password_changed_at > now() + interval '{CLOCK_SKEW}' THEN
            RAISE EXCEPTION '{_BAD_CHANGED_AT}' USING ERRCODE = 'check_violation';
        END IF;
        IF OLD.status = 'issued' AND OLD.first_password_expires_at < now() THEN
            RAISE EXCEPTION 'portal_account: the first password has expired'
                USING ERRCODE = 'check_violation';
        END IF;
    END IF;
"""


def _portal_account_update(checks: str) -> str:
    """Revision 0002's trigger body, with ``checks`` run first."""
    return f"""
DECLARE
    params text[];
BEGIN
    IF (NEW.login_id, NEW.status, NEW.first_password_expires_at, NEW.first_name,
        NEW.last_name) IS DISTINCT FROM (OLD.login_id, OLD.status,
        OLD.first_password_expires_at, OLD.first_name, OLD.last_name) THEN
        RAISE EXCEPTION '{_FIXED_COLUMNS}' USING ERRCODE = 'insufficient_privilege';
    END IF;
{checks}
    IF NEW.password_hash IS DISTINCT FROM OLD.password_hash THEN
        IF left(NEW.password_hash, 10) IS DISTINCT FROM '$argon2id$'
           OR NEW.must_change_password IS DISTINCT FROM false
           OR NEW.password_changed_at IS NULL
           OR NEW.password_changed_at IS NOT DISTINCT FROM OLD.password_changed_at
           OR NEW.security_stamp IS NULL
           OR NEW.security_stamp IS NOT DISTINCT FROM OLD.security_stamp THEN
            RAISE EXCEPTION '{_NEW_PASSWORD}' USING ERRCODE = 'check_violation';
        END IF;
        UPDATE account
        SET password_hash = NEW.password_hash, must_change_password = false,
            password_changed_at = NEW.password_changed_at,
            security_stamp = NEW.security_stamp, status = 'active',
            updated_at = NEW.password_changed_at, last_login_at = NEW.last_login_at,
            failed_login_count = NEW.failed_login_count
        WHERE login_id = OLD.login_id AND security_stamp = OLD.security_stamp
          AND status IN ('issued', 'active');
    ELSIF (NEW.must_change_password, NEW.password_changed_at, NEW.security_stamp)
          IS DISTINCT FROM
          (OLD.must_change_password, OLD.password_changed_at, OLD.security_stamp) THEN
        RAISE EXCEPTION '{_PASSWORD_FIELDS}' USING ERRCODE = 'check_violation';
    ELSE
        UPDATE account
        SET last_login_at = NEW.last_login_at,
            failed_login_count = NEW.failed_login_count
        WHERE login_id = OLD.login_id AND security_stamp = OLD.security_stamp;
    END IF;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    RETURN NEW;
END
"""


def _guard(template: str, broken: str) -> str:
    return template.replace("@BROKEN@", broken).replace("@MESSAGE@", LIFE_CYCLE_MESSAGE)


def _postgresql_up(schema: str) -> list[str]:
    statements = [
        _pg_function("iok_session_is_dba", schema, _IS_DBA, returns="boolean",
                     language="sql"),
        _pg_function("iok_account_guard", schema,
                     _guard(_ACCOUNT_GUARD, _account_broken(_pg_changed))),
        _pg_function("iok_account_unit_guard", schema,
                     _guard(_ACCESS_GUARD, _access_broken(_pg_changed))),
        _pg_function("iok_request_guard", schema, _guard(_REQUEST_GUARD, "")),
        _pg_function("audit_event_db_user", schema, _AUDIT_ACTOR),
        _pg_function("iok_record_change", schema, _RECORD_CHANGE, definer=True),
        _pg_function("portal_account_update", schema,
                     _portal_account_update(_CHECKED_PORTAL_VALUES), definer=True),
        "CREATE TRIGGER iok_account_guard BEFORE INSERT OR UPDATE ON account "
        "FOR EACH ROW EXECUTE FUNCTION iok_account_guard()",
        "CREATE TRIGGER iok_account_unit_guard BEFORE INSERT OR UPDATE ON account_unit "
        "FOR EACH ROW EXECUTE FUNCTION iok_account_unit_guard()",
        "CREATE TRIGGER iok_request_guard BEFORE INSERT OR UPDATE ON request "
        "FOR EACH ROW EXECUTE FUNCTION iok_request_guard()",
        "CREATE TRIGGER db_change_append_only BEFORE UPDATE OR DELETE ON db_change "
        "FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()",
        *(f"CREATE TRIGGER iok_record_change AFTER INSERT OR UPDATE ON {table} "
          "FOR EACH ROW EXECUTE FUNCTION iok_record_change()" for table in AUDITED_TABLES),
        *(f"REVOKE ALL ON FUNCTION {name}() FROM PUBLIC" for name in (
            "iok_account_guard", "iok_account_unit_guard", "iok_request_guard",
            "iok_record_change")),
        "CREATE OR REPLACE VIEW portal_account_unit AS "
        + PORTAL_ACCOUNT_UNIT_NEW.split(" AS", 1)[1],
    ]
    return statements


def _postgresql_down(schema: str) -> list[str]:
    return [
        "CREATE OR REPLACE VIEW portal_account_unit AS "
        + PORTAL_ACCOUNT_UNIT_OLD.split(" AS", 1)[1],
        *(f"DROP TRIGGER iok_record_change ON {table}" for table in AUDITED_TABLES),
        "DROP TRIGGER db_change_append_only ON db_change",
        "DROP TRIGGER iok_request_guard ON request",
        "DROP TRIGGER iok_account_unit_guard ON account_unit",
        "DROP TRIGGER iok_account_guard ON account",
        _pg_function("portal_account_update", schema, _portal_account_update(""),
                     definer=True),
        _pg_function("audit_event_db_user", schema, AUDIT_ACTOR_OLD),
        "DROP FUNCTION iok_record_change()",
        "DROP FUNCTION iok_request_guard()",
        "DROP FUNCTION iok_account_unit_guard()",
        "DROP FUNCTION iok_account_guard()",
        "DROP FUNCTION iok_session_is_dba()",
    ]


def upgrade() -> None:
    op.add_column("audit_event", sa.Column("txid", sa.BigInteger(), nullable=True))
    op.create_table(
        "db_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("txid", sa.BigInteger(), nullable=True),
        sa.Column("db_user", sa.String(length=63), nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_key", sa.String(length=64), nullable=True),
        sa.Column("operation", sa.String(length=8), nullable=False),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_db_change")),
    )
    op.create_index(op.f("ix_db_change_txid"), "db_change", ["txid"], unique=False)
    op.create_index(op.f("ix_audit_event_txid"), "audit_event", ["txid"], unique=False)
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        schema = bind.exec_driver_sql("SELECT current_schema()").scalar_one()
        statements = _postgresql_up(schema)
    else:
        statements = list(_sqlite_up())
    for statement in statements:
        op.execute(statement)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        schema = bind.exec_driver_sql("SELECT current_schema()").scalar_one()
        statements = _postgresql_down(schema)
    else:
        statements = list(SQLITE_DOWN)
    for statement in statements:
        op.execute(statement)
    op.drop_index(op.f("ix_audit_event_txid"), table_name="audit_event")
    op.drop_index(op.f("ix_db_change_txid"), table_name="db_change")
    op.drop_table("db_change")
    op.drop_column("audit_event", "txid")
