"""pseudonymisation reaches the messages and electronic forms the desk dismissed

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-02

A message dismissed in the Poczta page (``mail.dismiss``: its sender, subject and the clerk's
reason) and an electronic form dismissed (``web_form.dismiss``: the resident's names in the
summary, the reason; the ``web_form_submission`` row with what the resident typed) are linked
to no person or request, so revisions 0008 and 0011 never reach them. This revision replaces
``iok_redact_personal_data()`` (same signature, same owner-only SECURITY DEFINER, same check of
who calls) with one branch more: ``('audit_event', id)`` of a dismissal replaces the event's
details of ``domain.rodo.TYPED_IN_A_DISMISSAL`` whole and the summary where it quotes them or
the dismissed form's names, contacts, note and reason, and replaces those columns of the form's
row (the row stays). The values come from the event and the form's row, never from the caller;
a form that is not dismissed is left alone, and a dismissal already redacted is not redacted
twice. The period (``retention.email``) is the desk's to count, as for a rejected request.

PostgreSQL only: on SQLite the desk redacts (services/retention.py) and nothing in the schema
changes. Expand only: a 0.3.0 desk writes the same dismissal events and never calls the branch.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from iok_desk.domain.audit import AuditAction
from iok_desk.domain.rodo import (
    DISMISSED_FORM_COLUMNS,
    PSEUDONYM_FIRST_NAME,
    REDACTED,
    TYPED_IN_A_DISMISSAL,
)

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

_DISMISSALS = "(" + ", ".join(f"'{action}'" for action in TYPED_IN_A_DISMISSAL) + ")"
_TYPED = "(VALUES " + ", ".join(f"('{action}', '{key}')" for action, keys in
                                 TYPED_IN_A_DISMISSAL.items() for key in keys) + ")"
_FORM_VALUES = "ARRAY[" + ", ".join(f"f.{name}" for name in DISMISSED_FORM_COLUMNS) + "]"

# ``event``, ``terms``, ``typed`` and ``term`` are declared by revision 0011's function.
_DISMISSAL_BRANCH = f"""    ELSIF p_table = 'audit_event' THEN
        SELECT e.id, e.action, e.details::jsonb AS details INTO event FROM audit_event e
         WHERE e.id = p_id AND e.action IN {_DISMISSALS};
        IF NOT FOUND THEN
            RAISE EXCEPTION 'iok_redact_personal_data: event % is not a dismissal', p_id
                USING ERRCODE = 'IK004';
        END IF;
        IF EXISTS (SELECT 1 FROM audit_redaction WHERE audit_event_id = p_id) THEN
            RETURN 0;
        END IF;
        terms := ARRAY(SELECT event.details ->> t.key FROM {_TYPED} AS t(action, key)
                        WHERE t.action = event.action
                          AND jsonb_typeof(event.details -> t.key) = 'string');
        IF event.action = '{AuditAction.WEB_FORM_DISMISS.value}'
           AND jsonb_typeof(event.details -> 'form_id') = 'number' THEN
            terms := terms || ARRAY(
                SELECT unnest({_FORM_VALUES}) FROM web_form_submission f
                 WHERE f.id = (event.details ->> 'form_id')::integer AND f.status = 'dismissed');
            UPDATE web_form_submission
               SET first_name = '{PSEUDONYM_FIRST_NAME}', last_name = 'formularza nr ' || id,
                   email = '', phone = '', note = '', processed_reason = '{REDACTED}'
             WHERE id = (event.details ->> 'form_id')::integer AND status = 'dismissed';
        END IF;
        INSERT INTO audit_redaction (audit_event_id, redacted_at, subject, applied)
        VALUES (p_id, clock_timestamp(), 'audit_event ' || p_id, true);
        typed := ARRAY(SELECT v FROM (SELECT DISTINCT v FROM unnest(terms) v
                                       WHERE length(v) >= 2 AND v <> '{REDACTED}') found
                        ORDER BY length(v) DESC);
        FOREACH term IN ARRAY typed LOOP
            UPDATE audit_event SET summary = replace(summary, term, '{REDACTED}')
             WHERE id = p_id;
        END LOOP;
        UPDATE audit_event e SET details = (e.details::jsonb || coalesce((
            SELECT jsonb_object_agg(t.key, to_jsonb('{REDACTED}'::text))
              FROM {_TYPED} AS t(action, key)
             WHERE t.action = e.action AND coalesce(e.details::jsonb ->> t.key, '') <> ''),
            '{{}}'::jsonb))::json
         WHERE e.id = p_id;
        RETURN 1;
"""

_NO_PERSONAL_DATA = ("    ELSE\n"
                     "        RAISE EXCEPTION 'iok_redact_personal_data: % holds no personal data'")


def _revision_0011() -> ModuleType:
    """Revision 0011's module: its function is the base of this one and what the downgrade
    puts back."""
    path = Path(__file__).with_name("0011_typed_personal_data.py")
    spec = importlib.util.spec_from_file_location("iok_revision_0011", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _with_dismissals(body: str) -> str:
    assert body.count(_NO_PERSONAL_DATA) == 1, "revision 0011's function changed shape"
    return body.replace(_NO_PERSONAL_DATA, _DISMISSAL_BRANCH + _NO_PERSONAL_DATA)


def upgrade() -> None:
    revision_0011 = _revision_0011()
    revision_0011._replace_function(_with_dismissals(revision_0011._REDACT))


def downgrade() -> None:
    revision_0011 = _revision_0011()
    revision_0011._replace_function(revision_0011._REDACT)
