"""portal contract: the portal's views, its allowed writes, an append-only audit trail

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25

What the resident portal may rely on (docs/portal-contract.md): the views ``portal_account``,
``portal_account_unit`` and ``portal_contract``, and UPDATEs of a few ``portal_account``
columns, applied to ``account`` by an INSTEAD OF trigger that enforces the rules. The audit
trail refuses UPDATE and DELETE for every role; on PostgreSQL the database itself fills
``audit_event.db_user``. Roles and grants are not schema objects: ``iok-desk db roles`` makes
them (PostgreSQL only).

The SQL is written out here, not imported, so this revision stays what it was. A later
revision that rebuilds ``account``, ``person``, ``unit``, ``estate``, ``account_unit`` or
``audit_event`` on SQLite (batch mode) must drop these views and triggers first and recreate
them afterwards.
"""

from __future__ import annotations

from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

CONTRACT_VERSION = 1

VIEWS = (
    f"""
    CREATE VIEW portal_contract AS
    SELECT {CONTRACT_VERSION} AS version
    """,
    """
    CREATE VIEW portal_account AS
    SELECT a.login_id, a.status, a.password_hash, a.must_change_password,
           a.first_password_expires_at, a.security_stamp, a.last_login_at,
           a.password_changed_at, a.failed_login_count, p.first_name, p.last_name
    FROM account a JOIN person p ON p.id = a.person_id
    """,
    """
    CREATE VIEW portal_account_unit AS
    SELECT a.login_id, u.accounting_key AS unit_key, e.accounting_key AS estate_key,
           e.name AS estate_name, u.kind, u.street, u.building, u.unit_no, u.postal_code,
           u.city, au.granted_at
    FROM account_unit au
    JOIN account a ON a.id = au.account_id
    JOIN unit u ON u.id = au.unit_id
    JOIN estate e ON e.id = u.estate_id
    WHERE au.revoked_at IS NULL
    """,
)

_FIXED_COLUMNS_MESSAGE = ("portal_account: only password_hash, must_change_password, "
                          "password_changed_at, security_stamp, last_login_at and "
                          "failed_login_count may be updated")
_NEW_PASSWORD_MESSAGE = ("portal_account: a new password_hash must be argon2id and come with "
                         "must_change_password false, a new password_changed_at and a new "
                         "security_stamp")
_PASSWORD_FIELDS_MESSAGE = ("portal_account: must_change_password, password_changed_at and "
                            "security_stamp change only together with a new password_hash")
_AUDIT_MESSAGE = "audit_event is append-only"

SQLITE_UP = (
    f"""
    CREATE TRIGGER portal_account_update INSTEAD OF UPDATE ON portal_account
    BEGIN
        SELECT RAISE(ABORT, '{_FIXED_COLUMNS_MESSAGE}')
        WHERE NEW.login_id IS NOT OLD.login_id OR NEW.status IS NOT OLD.status
           OR NEW.first_password_expires_at IS NOT OLD.first_password_expires_at
           OR NEW.first_name IS NOT OLD.first_name OR NEW.last_name IS NOT OLD.last_name;
        SELECT RAISE(ABORT, '{_NEW_PASSWORD_MESSAGE}')
        WHERE NEW.password_hash IS NOT OLD.password_hash
          AND (substr(NEW.password_hash, 1, 10) IS NOT '$argon2id$'
               OR NEW.must_change_password IS NOT 0
               OR NEW.password_changed_at IS NULL
               OR NEW.password_changed_at IS OLD.password_changed_at
               OR NEW.security_stamp IS NULL
               OR NEW.security_stamp IS OLD.security_stamp);
        SELECT RAISE(ABORT, '{_PASSWORD_FIELDS_MESSAGE}')
        WHERE NEW.password_hash IS OLD.password_hash
          AND (NEW.must_change_password IS NOT OLD.must_change_password
               OR NEW.password_changed_at IS NOT OLD.password_changed_at
               OR NEW.security_stamp IS NOT OLD.security_stamp);
        UPDATE account
        SET password_hash = NEW.password_hash, must_change_password = 0,
            password_changed_at = NEW.password_changed_at,
            security_stamp = NEW.security_stamp, status = 'active',
            updated_at = NEW.password_changed_at, last_login_at = NEW.last_login_at,
            failed_login_count = NEW.failed_login_count
        WHERE NEW.password_hash IS NOT OLD.password_hash AND login_id = OLD.login_id
          AND security_stamp = OLD.security_stamp AND status IN ('issued', 'active');
        UPDATE account
        SET last_login_at = NEW.last_login_at, failed_login_count = NEW.failed_login_count
        WHERE NEW.password_hash IS OLD.password_hash AND login_id = OLD.login_id
          AND security_stamp = OLD.security_stamp;
    END
    """,
    f"""
    CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
    BEGIN
        SELECT RAISE(ABORT, '{_AUDIT_MESSAGE}');
    END
    """,
    f"""
    CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
    BEGIN
        SELECT RAISE(ABORT, '{_AUDIT_MESSAGE}');
    END
    """,
)

SQLITE_DOWN = (
    "DROP TRIGGER audit_event_no_delete",
    "DROP TRIGGER audit_event_no_update",
    "DROP TRIGGER portal_account_update",
)


def _postgresql_up(schema: str) -> tuple[str, ...]:
    return (
        f"""
        CREATE FUNCTION portal_account_update() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = "{schema}", pg_temp AS $body$
        BEGIN
            IF (NEW.login_id, NEW.status, NEW.first_password_expires_at, NEW.first_name,
                NEW.last_name) IS DISTINCT FROM (OLD.login_id, OLD.status,
                OLD.first_password_expires_at, OLD.first_name, OLD.last_name) THEN
                RAISE EXCEPTION '{_FIXED_COLUMNS_MESSAGE}'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF NEW.password_hash IS DISTINCT FROM OLD.password_hash THEN
                IF left(NEW.password_hash, 10) IS DISTINCT FROM '$argon2id$'
                   OR NEW.must_change_password IS DISTINCT FROM false
                   OR NEW.password_changed_at IS NULL
                   OR NEW.password_changed_at IS NOT DISTINCT FROM OLD.password_changed_at
                   OR NEW.security_stamp IS NULL
                   OR NEW.security_stamp IS NOT DISTINCT FROM OLD.security_stamp THEN
                    RAISE EXCEPTION '{_NEW_PASSWORD_MESSAGE}' USING ERRCODE = 'check_violation';
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
                RAISE EXCEPTION '{_PASSWORD_FIELDS_MESSAGE}' USING ERRCODE = 'check_violation';
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
        $body$
        """,
        "REVOKE ALL ON FUNCTION portal_account_update() FROM PUBLIC",
        """
        CREATE TRIGGER portal_account_update INSTEAD OF UPDATE ON portal_account
        FOR EACH ROW EXECUTE FUNCTION portal_account_update()
        """,
        f"""
        CREATE FUNCTION audit_event_append_only() RETURNS trigger
        LANGUAGE plpgsql AS $body$
        BEGIN
            RAISE EXCEPTION '{_AUDIT_MESSAGE}: % refused', TG_OP
                USING ERRCODE = 'insufficient_privilege';
        END
        $body$
        """,
        "REVOKE ALL ON FUNCTION audit_event_append_only() FROM PUBLIC",
        """
        CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
        FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()
        """,
        """
        CREATE FUNCTION audit_event_db_user() RETURNS trigger
        LANGUAGE plpgsql AS $body$
        BEGIN
            NEW.db_user := session_user;
            RETURN NEW;
        END
        $body$
        """,
        "REVOKE ALL ON FUNCTION audit_event_db_user() FROM PUBLIC",
        """
        CREATE TRIGGER audit_event_db_user BEFORE INSERT ON audit_event
        FOR EACH ROW EXECUTE FUNCTION audit_event_db_user()
        """,
    )


POSTGRESQL_DOWN = (
    "DROP TRIGGER audit_event_db_user ON audit_event",
    "DROP FUNCTION audit_event_db_user()",
    "DROP TRIGGER audit_event_append_only ON audit_event",
    "DROP FUNCTION audit_event_append_only()",
    "DROP TRIGGER portal_account_update ON portal_account",
    "DROP FUNCTION portal_account_update()",
)

DROP_VIEWS = (
    "DROP VIEW portal_account_unit",
    "DROP VIEW portal_account",
    "DROP VIEW portal_contract",
)


def upgrade() -> None:
    for statement in VIEWS:
        op.execute(statement)
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        schema = bind.exec_driver_sql("SELECT current_schema()").scalar_one()
        statements = _postgresql_up(schema)
    else:
        statements = SQLITE_UP
    for statement in statements:
        op.execute(statement)


def downgrade() -> None:
    statements = POSTGRESQL_DOWN if op.get_bind().dialect.name == "postgresql" else SQLITE_DOWN
    for statement in (*statements, *DROP_VIEWS):
        op.execute(statement)
