"""pseudonymisation reaches what a clerk typed about a person: callers, notes, searches

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02

Revision 0008's ``iok_redact_personal_data()`` replaced, in the events of a pseudonymised
person or request, the values the database had recorded for that row (``db_change``). What a
clerk typed about the person is in no such record: a block's caller, the caller's phone and
the clerk's note, what a request lacks, the words of an exported search; nor is what came with
an e-mail (its sender, subject and the names of its files). This revision replaces the
function (same signature, same owner-only SECURITY DEFINER, same checks of who calls and what
is past its time) so that it also

- finds the search exports that listed the person (``details.person_ids``, written by the
  desk since this release; the blocks were already found through their account), and
- replaces in each event it redacts the details of ``domain.rodo.TYPED_ABOUT_A_PERSON`` whole,
  and the summary where it quotes them — values taken from the event itself, never from the
  caller, so the function still cannot be used to rewrite history.

PostgreSQL only: on SQLite the desk itself redacts (services/retention.py) and nothing in
the schema changes. A 0.3.0 desk keeps working: it writes search exports without
``person_ids``, which this function cannot link to anyone.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from alembic import op

from iok_desk.domain.rodo import REDACTED, TYPED_ABOUT_A_PERSON

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

PERSON_COLUMNS = ("first_name", "last_name", "email", "phone", "name_search", "contact_search")
REQUEST_COLUMNS = ("applicant_first_name", "applicant_last_name", "applicant_email",
                   "applicant_phone", "note", "decision_reason", "proxy_name",
                   "proxy_reference")


def _sql_array(values: tuple[str, ...]) -> str:
    return "ARRAY[" + ", ".join(f"'{value}'" for value in values) + "]"


_TYPED = "(VALUES " + ", ".join(f"('{action}', '{key}')" for action, keys in
                                 TYPED_ABOUT_A_PERSON.items() for key in keys) + ")"

_REDACT = f"""
CREATE OR REPLACE FUNCTION iok_redact_personal_data(p_table text, p_id integer)
RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp AS $body$
DECLARE
    cols text[];
    terms text[];
    typed text[];
    requests integer[] := '{{}}';
    accounts integer[] := '{{}}';
    events integer[];
    event_id integer;
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
    events := ARRAY(
        SELECT id FROM audit_event
         WHERE request_id = ANY(requests) OR account_id = ANY(accounts)
            OR (p_table = 'person' AND (details::jsonb ->> 'person_id' = p_id::text
                OR details::jsonb -> 'person_ids' @> to_jsonb(p_id))));
    FOREACH event_id IN ARRAY events LOOP
        INSERT INTO audit_redaction (audit_event_id, redacted_at, subject, applied)
        VALUES (event_id, clock_timestamp(), p_table || ' ' || p_id, true);
        -- What a clerk typed about the person in this event, taken from the event itself.
        SELECT coalesce(array_agg(v ORDER BY length(v) DESC), '{{}}') INTO typed FROM (
            SELECT DISTINCT x.v
              FROM audit_event e JOIN {_TYPED} AS t(action, key) ON t.action = e.action,
                   LATERAL (SELECT e.details::jsonb ->> t.key AS v
                             WHERE jsonb_typeof(e.details::jsonb -> t.key) = 'string'
                            UNION ALL
                            SELECT item FROM jsonb_array_elements_text(
                                CASE WHEN jsonb_typeof(e.details::jsonb -> t.key) = 'array'
                                     THEN e.details::jsonb -> t.key ELSE '[]'::jsonb END) item
                           ) x
             WHERE e.id = event_id
        ) found WHERE length(v) >= 2 AND v <> '{REDACTED}';
        FOREACH term IN ARRAY typed LOOP
            UPDATE audit_event SET summary = replace(summary, term, '{REDACTED}')
             WHERE id = event_id;
        END LOOP;
        -- A text becomes the mark; a list keeps its length, each item the mark.
        UPDATE audit_event e SET details = (e.details::jsonb || (
            SELECT jsonb_object_agg(t.key, CASE
                       WHEN jsonb_typeof(e.details::jsonb -> t.key) = 'array' THEN coalesce(
                           (SELECT jsonb_agg(to_jsonb('{REDACTED}'::text))
                              FROM jsonb_array_elements(e.details::jsonb -> t.key)),
                           '[]'::jsonb)
                       ELSE to_jsonb('{REDACTED}'::text) END)
              FROM {_TYPED} AS t(action, key)
             WHERE t.action = e.action AND e.details::jsonb ->> t.key NOT IN ('', '[]')))::json
         WHERE e.id = event_id AND EXISTS (
            SELECT 1 FROM {_TYPED} AS t(action, key)
             WHERE t.action = e.action AND e.details::jsonb ->> t.key NOT IN ('', '[]'));
        FOREACH term IN ARRAY terms LOOP
            quoted := substr(to_jsonb(term)::text, 2, length(to_jsonb(term)::text) - 2);
            UPDATE audit_event
               SET summary = replace(summary, term, '{REDACTED}'),
                   details = replace((details::jsonb - 'personal')::text, quoted,
                                     '{REDACTED}')::json
             WHERE id = event_id;
        END LOOP;
        UPDATE audit_event SET details = (details::jsonb - 'personal')::json
         WHERE id = event_id AND details::jsonb ? 'personal';
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


def _revision_0008() -> ModuleType:
    """Revision 0008's module, whose function the downgrade puts back."""
    path = Path(__file__).with_name("0008_residents_rights.py")
    spec = importlib.util.spec_from_file_location("iok_revision_0008", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _replace_function(body: str) -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    schema = bind.exec_driver_sql("SELECT current_schema()").scalar_one()
    op.execute(body.replace("@SCHEMA@", f'"{schema}"'))
    op.execute("REVOKE ALL ON FUNCTION iok_redact_personal_data(text, integer) FROM PUBLIC")


def upgrade() -> None:
    _replace_function(_REDACT)


def downgrade() -> None:
    _replace_function(_revision_0008()._REDACT)
