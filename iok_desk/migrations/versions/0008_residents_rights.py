"""residents' rights: proxies, accepted rules versions, pseudonymisation of the audit trail

Revision ID: 0008
Revises: 0004
Create Date: 2026-12-02

- ``request``: who filed it for the resident (``proxy_*``: name, kind of authorisation, its
  reference and date), to whom the letters are addressed (``letters_to``), which version of
  the rules and of the information clause the applicant accepted, who checked the applicant's
  identity document (never its number), and ``pseudonymised_at``.
- ``person.pseudonymised_at``: set when the retention run replaced the person's data.
- ``policy_version``: the published versions of the rules and the information clause.
- ``audit_redaction``: one row per audit event (or ``db_change`` row) whose personal data the
  retention run replaced. The audit trail stays append-only for every login: an UPDATE of
  ``audit_event`` passes its guard only if it changes nothing but ``summary``/``details``,
  the event has a redaction row, and (PostgreSQL) it runs as the schema owner, i.e. inside
  ``iok_redact_personal_data()`` — a SECURITY DEFINER function that a supervisor may call
  for a person or request already pseudonymised, and that takes the values to replace from
  the database's own record of the row's changes (``db_change``), never from the caller.
  No desk group has UPDATE or DELETE on ``audit_event``, ``db_change`` or
  ``audit_redaction`` (docs/security.md, docs/retention.md).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = "0007"
branch_labels = None
depends_on = None

_AUDIT_MESSAGE = "audit_event is append-only"
REDACTED = "[dane usunięte]"
PERSON_COLUMNS = ("first_name", "last_name", "email", "phone", "name_search", "contact_search")
REQUEST_COLUMNS = ("applicant_first_name", "applicant_last_name", "applicant_email",
                   "applicant_phone", "note", "decision_reason", "proxy_name",
                   "proxy_reference")
_AUDIT_FIXED = ("id", "occurred_at", "clerk_id", "clerk_login", "workstation", "db_user",
                "action", "request_id", "account_id", "txid")
_CHANGE_FIXED = ("id", "occurred_at", "txid", "db_user", "table_name", "row_key", "operation")


def _same(columns: tuple[str, ...], distinct: str) -> str:
    return " AND ".join(f"NEW.{c} {distinct} OLD.{c}" for c in columns)


SQLITE_UP = (
    "DROP TRIGGER audit_event_no_update",
    f"""
    CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
    WHEN NOT ({_same(_AUDIT_FIXED, 'IS')}
              AND EXISTS (SELECT 1 FROM audit_redaction r WHERE r.audit_event_id = OLD.id
                          AND NOT r.applied))
    BEGIN
        SELECT RAISE(ABORT, '{_AUDIT_MESSAGE}');
    END
    """,
    # One redaction row lets one UPDATE through: it is marked applied right after.
    """
    CREATE TRIGGER audit_event_redacted AFTER UPDATE ON audit_event
    BEGIN
        UPDATE audit_redaction SET applied = 1 WHERE audit_event_id = NEW.id AND NOT applied;
    END
    """,
    f"""
    CREATE TRIGGER audit_redaction_no_change BEFORE UPDATE ON audit_redaction
    WHEN NOT (NEW.id IS OLD.id AND NEW.audit_event_id IS OLD.audit_event_id
              AND NEW.db_change_id IS OLD.db_change_id AND NEW.redacted_at IS OLD.redacted_at
              AND NEW.subject IS OLD.subject AND NOT OLD.applied AND NEW.applied)
    BEGIN
        SELECT RAISE(ABORT, '{_AUDIT_MESSAGE}');
    END
    """,
    f"""
    CREATE TRIGGER audit_redaction_no_delete BEFORE DELETE ON audit_redaction
    BEGIN
        SELECT RAISE(ABORT, '{_AUDIT_MESSAGE}');
    END
    """,
)

SQLITE_DOWN = (
    "DROP TRIGGER audit_redaction_no_delete",
    "DROP TRIGGER audit_redaction_no_change",
    "DROP TRIGGER audit_event_redacted",
    "DROP TRIGGER audit_event_no_update",
    f"""
    CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
    BEGIN
        SELECT RAISE(ABORT, '{_AUDIT_MESSAGE}');
    END
    """,
)

_OWNER_ACTS = ("pg_has_role(current_user, (SELECT c.relowner FROM pg_class c "
               "WHERE c.oid = 'audit_event'::regclass), 'MEMBER')")


def _guard(name: str, fixed: tuple[str, ...], key: str) -> str:
    return f"""
CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
    IF TG_OP = 'UPDATE' AND {_OWNER_ACTS} AND {_same(fixed, 'IS NOT DISTINCT FROM')}
       AND EXISTS (SELECT 1 FROM audit_redaction r WHERE r.{key} = OLD.id) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION '{_AUDIT_MESSAGE}: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$body$
"""


def _sql_array(values: tuple[str, ...]) -> str:
    return "ARRAY[" + ", ".join(f"'{value}'" for value in values) + "]"


_REDACT = f"""
CREATE OR REPLACE FUNCTION iok_redact_personal_data(p_table text, p_id integer)
RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp AS $body$
DECLARE
    cols text[];
    terms text[];
    requests integer[] := '{{}}';
    accounts integer[] := '{{}}';
    term text;
    quoted text;
    event record;
    redacted integer := 0;
    now_row jsonb;
BEGIN
    IF NOT (iok_session_is_dba() OR EXISTS (
            SELECT 1 FROM clerk c WHERE c.login = session_user::text
            AND c.role IN ('supervisor', 'admin') AND c.active)) THEN
        RAISE EXCEPTION 'iok_redact_personal_data: only a supervisor runs the retention'
            USING ERRCODE = 'IK004';
    END IF;
    IF p_table = 'person' THEN
        IF NOT EXISTS (SELECT 1 FROM person WHERE id = p_id AND pseudonymised_at IS NOT NULL) THEN
            RAISE EXCEPTION 'iok_redact_personal_data: person % is not pseudonymised', p_id
                USING ERRCODE = 'IK004';
        END IF;
        IF EXISTS (SELECT 1 FROM account WHERE person_id = p_id AND status <> 'revoked')
           OR EXISTS (SELECT 1 FROM title WHERE person_id = p_id
                      AND (valid_to IS NULL OR valid_to >= current_date)) THEN
            RAISE EXCEPTION 'iok_redact_personal_data: person % still has an account or a title',
                p_id USING ERRCODE = 'IK004';
        END IF;
        cols := {_sql_array(PERSON_COLUMNS)};
        requests := ARRAY(SELECT id FROM request WHERE person_id = p_id);
        accounts := ARRAY(SELECT id FROM account WHERE person_id = p_id);
    ELSIF p_table = 'request' THEN
        IF NOT EXISTS (SELECT 1 FROM request WHERE id = p_id AND pseudonymised_at IS NOT NULL) THEN
            RAISE EXCEPTION 'iok_redact_personal_data: request % is not pseudonymised', p_id
                USING ERRCODE = 'IK004';
        END IF;
        IF NOT EXISTS (SELECT 1 FROM request r WHERE r.id = p_id AND (r.status = 'rejected'
                       OR EXISTS (SELECT 1 FROM person p WHERE p.pseudonymised_at IS NOT NULL
                                  AND (p.id = r.person_id OR p.id = (
                                      SELECT a.person_id FROM account a
                                       WHERE a.id = r.account_id))))) THEN
            RAISE EXCEPTION 'iok_redact_personal_data: request % is not past its time', p_id
                USING ERRCODE = 'IK004';
        END IF;
        cols := {_sql_array(REQUEST_COLUMNS)};
        requests := ARRAY[p_id];
    ELSE
        RAISE EXCEPTION 'iok_redact_personal_data: % holds no personal data', p_table
            USING ERRCODE = 'IK004';
    END IF;
    IF p_table = 'person' THEN
        SELECT to_jsonb(x) INTO now_row FROM person x WHERE x.id = p_id;
    ELSE
        SELECT to_jsonb(x) INTO now_row FROM request x WHERE x.id = p_id;
    END IF;
    -- The values the row ever held, from the database's own record of its changes.
    SELECT coalesce(array_agg(v ORDER BY length(v) DESC), '{{}}') INTO terms FROM (
        SELECT DISTINCT x.value ->> side AS v
          FROM db_change ch, jsonb_each(ch.changes::jsonb) x,
               unnest(ARRAY['before', 'after']) AS s(side)
         WHERE ch.table_name = p_table AND ch.row_key = p_id::text AND x.key = ANY(cols)
           AND jsonb_typeof(x.value) = 'object') found
     WHERE length(v) >= 2 AND v <> '{REDACTED}'
       -- the row's current values are its pseudonyms: they stay where they are quoted
       AND NOT EXISTS (SELECT 1 FROM unnest(cols) c WHERE now_row ->> c = v);
    -- The names of the files attached to the requests (they often name the person).
    terms := terms || ARRAY(
        SELECT DISTINCT f FROM audit_event e,
               jsonb_array_elements_text(CASE WHEN jsonb_typeof(e.details::jsonb -> 'files')
                                         = 'array' THEN e.details::jsonb -> 'files'
                                         ELSE '[]'::jsonb END) f
         WHERE e.request_id = ANY(requests) AND length(f) >= 2);
    FOR event IN SELECT id FROM audit_event
                  WHERE request_id = ANY(requests) OR account_id = ANY(accounts)
                     OR (p_table = 'person' AND details::jsonb ->> 'person_id' = p_id::text)
    LOOP
        INSERT INTO audit_redaction (audit_event_id, redacted_at, subject, applied)
        VALUES (event.id, clock_timestamp(), p_table || ' ' || p_id, true);
        FOREACH term IN ARRAY terms LOOP
            quoted := substr(to_jsonb(term)::text, 2, length(to_jsonb(term)::text) - 2);
            UPDATE audit_event
               SET summary = replace(summary, term, '{REDACTED}'),
                   details = replace((details::jsonb - 'personal')::text, quoted,
                                     '{REDACTED}')::json
             WHERE id = event.id;
        END LOOP;
        UPDATE audit_event SET details = (details::jsonb - 'personal')::json
         WHERE id = event.id AND details::jsonb ? 'personal';
        redacted := redacted + 1;
    END LOOP;
    FOR event IN SELECT id FROM db_change WHERE table_name = p_table AND row_key = p_id::text
    LOOP
        INSERT INTO audit_redaction (db_change_id, redacted_at, subject, applied)
        VALUES (event.id, clock_timestamp(), p_table || ' ' || p_id, true);
        UPDATE db_change SET changes = (
            SELECT coalesce(jsonb_object_agg(x.key, CASE WHEN x.key = ANY(cols)
                            THEN to_jsonb('{REDACTED}'::text) ELSE x.value END), '{{}}'::jsonb)
              FROM jsonb_each(changes::jsonb) x)::json
         WHERE id = event.id;
    END LOOP;
    RETURN redacted;
END
$body$
"""

_EXPIRE = """
CREATE OR REPLACE FUNCTION iok_expire_audit_personal(p_before timestamptz)
RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp AS $body$
DECLARE
    event record;
    expired integer := 0;
BEGIN
    IF NOT (iok_session_is_dba() OR EXISTS (
            SELECT 1 FROM clerk c WHERE c.login = session_user::text
            AND c.role IN ('supervisor', 'admin') AND c.active)) THEN
        RAISE EXCEPTION 'iok_expire_audit_personal: only a supervisor runs the retention'
            USING ERRCODE = 'IK004';
    END IF;
    FOR event IN SELECT id FROM audit_event
                  WHERE occurred_at < p_before AND details::jsonb ? 'personal'
    LOOP
        INSERT INTO audit_redaction (audit_event_id, redacted_at, subject, applied)
        VALUES (event.id, clock_timestamp(), 'audit details', true);
        UPDATE audit_event SET details = (details::jsonb - 'personal')::json WHERE id = event.id;
        expired := expired + 1;
    END LOOP;
    -- The database's own record of old changes keeps no personal values either.
    FOR event IN SELECT ch.id, ch.table_name FROM db_change ch
                  WHERE ch.occurred_at < p_before AND ch.table_name IN ('person', 'request')
                    AND EXISTS (SELECT 1 FROM jsonb_each(ch.changes::jsonb) x
                                WHERE x.key = ANY(@PERSONAL@)
                                  AND jsonb_typeof(x.value) = 'object')
    LOOP
        INSERT INTO audit_redaction (db_change_id, redacted_at, subject, applied)
        VALUES (event.id, clock_timestamp(), 'audit details', true);
        UPDATE db_change SET changes = (
            SELECT jsonb_object_agg(x.key, CASE WHEN x.key = ANY(@PERSONAL@)
                                    THEN to_jsonb('@REDACTED@'::text) ELSE x.value END)
              FROM jsonb_each(changes::jsonb) x)::json
         WHERE id = event.id;
    END LOOP;
    RETURN expired;
END
$body$
"""

PG_FUNCTIONS = ("iok_redact_personal_data(text, integer)",
                "iok_expire_audit_personal(timestamptz)")


def _postgresql_up(schema: str) -> list[str]:
    quoted = f'"{schema}"'
    return [
        _guard("iok_audit_event_guard", _AUDIT_FIXED, "audit_event_id"),
        _guard("iok_db_change_guard", _CHANGE_FIXED, "db_change_id"),
        "DROP TRIGGER audit_event_append_only ON audit_event",
        "DROP TRIGGER db_change_append_only ON db_change",
        "CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event "
        "FOR EACH ROW EXECUTE FUNCTION iok_audit_event_guard()",
        "CREATE TRIGGER db_change_append_only BEFORE UPDATE OR DELETE ON db_change "
        "FOR EACH ROW EXECUTE FUNCTION iok_db_change_guard()",
        "CREATE TRIGGER audit_redaction_append_only BEFORE UPDATE OR DELETE ON audit_redaction "
        "FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()",
        _REDACT.replace("@SCHEMA@", quoted),
        _EXPIRE.replace("@SCHEMA@", quoted).replace(
            "@PERSONAL@", _sql_array(PERSON_COLUMNS + REQUEST_COLUMNS)).replace(
            "@REDACTED@", REDACTED),
        "REVOKE ALL ON FUNCTION iok_audit_event_guard() FROM PUBLIC",
        "REVOKE ALL ON FUNCTION iok_db_change_guard() FROM PUBLIC",
        *(f"REVOKE ALL ON FUNCTION {name} FROM PUBLIC" for name in PG_FUNCTIONS),
    ]


POSTGRESQL_DOWN = (
    *(f"DROP FUNCTION {name}" for name in PG_FUNCTIONS),
    "DROP TRIGGER audit_redaction_append_only ON audit_redaction",
    "DROP TRIGGER db_change_append_only ON db_change",
    "DROP TRIGGER audit_event_append_only ON audit_event",
    "CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event "
    "FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()",
    "CREATE TRIGGER db_change_append_only BEFORE UPDATE OR DELETE ON db_change "
    "FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()",
    "DROP FUNCTION iok_db_change_guard()",
    "DROP FUNCTION iok_audit_event_guard()",
)


def upgrade() -> None:
    op.create_table(
        "policy_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("version", sa.String(length=32), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("published_by_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["published_by_id"], ["clerk.id"],
                                name=op.f("fk_policy_version_published_by_id_clerk")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_policy_version")),
        sa.UniqueConstraint("kind", "version", name="uq_policy_version_kind_version"),
    )
    op.create_table(
        "audit_redaction",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("audit_event_id", sa.Integer(), nullable=True),
        sa.Column("db_change_id", sa.Integer(), nullable=True),
        sa.Column("redacted_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("subject", sa.String(length=40), nullable=False),
        sa.Column("applied", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.ForeignKeyConstraint(["audit_event_id"], ["audit_event.id"],
                                name=op.f("fk_audit_redaction_audit_event_id_audit_event")),
        sa.ForeignKeyConstraint(["db_change_id"], ["db_change.id"],
                                name=op.f("fk_audit_redaction_db_change_id_db_change")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_redaction")),
    )
    op.create_index(op.f("ix_audit_redaction_audit_event_id"), "audit_redaction",
                    ["audit_event_id"], unique=False)
    op.create_index(op.f("ix_audit_redaction_db_change_id"), "audit_redaction",
                    ["db_change_id"], unique=False)
    op.add_column("person", sa.Column("pseudonymised_at", sa.DateTime(timezone=True),
                                      nullable=True))
    for column in (
            sa.Column("proxy_name", sa.String(length=120), nullable=False, server_default=""),
            sa.Column("proxy_kind", sa.String(length=24), nullable=True),
            sa.Column("proxy_reference", sa.String(length=120), nullable=False,
                      server_default=""),
            sa.Column("proxy_date", sa.Date(), nullable=True),
            sa.Column("letters_to", sa.String(length=16), nullable=False,
                      server_default="resident"),
            sa.Column("rules_version", sa.String(length=32), nullable=False, server_default=""),
            sa.Column("clause_version", sa.String(length=32), nullable=False,
                      server_default=""),
            sa.Column("id_checked_by", sa.String(length=63), nullable=False, server_default=""),
            sa.Column("pseudonymised_at", sa.DateTime(timezone=True), nullable=True)):
        op.add_column("request", column)
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        schema = bind.exec_driver_sql("SELECT current_schema()").scalar_one()
        statements = _postgresql_up(schema)
    else:
        statements = list(SQLITE_UP)
    for statement in statements:
        op.execute(statement)


def downgrade() -> None:
    bind = op.get_bind()
    statements = POSTGRESQL_DOWN if bind.dialect.name == "postgresql" else SQLITE_DOWN
    for statement in statements:
        op.execute(statement)
    for name in ("pseudonymised_at", "id_checked_by", "clause_version", "rules_version",
                 "letters_to", "proxy_date", "proxy_reference", "proxy_kind", "proxy_name"):
        op.drop_column("request", name)
    op.drop_column("person", "pseudonymised_at")
    op.drop_index(op.f("ix_audit_redaction_db_change_id"), table_name="audit_redaction")
    op.drop_index(op.f("ix_audit_redaction_audit_event_id"), table_name="audit_redaction")
    op.drop_table("audit_redaction")
    op.drop_table("policy_version")
