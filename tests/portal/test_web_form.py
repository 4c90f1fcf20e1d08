"""The electronic form: the portal inserts a submission (and can do nothing else with it), the
database checks its values, the desk registers it with the channel web form or dismisses it —
on both databases; on PostgreSQL as the portal's own login role."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from iok_desk.cli import main
from iok_desk.db.engine import Database
from iok_desk.domain.audit import AuditAction
from iok_desk.domain.errors import ConflictError, ValidationError
from iok_desk.portal import FormRefused, Portal, WebForm
from iok_desk.services import audit, requests, roles, web_form
from iok_desk.services.context import Actor
from iok_desk.services.intake import DraftIncomplete

from .conftest import group_names

JAN = WebForm(kind="grant", first_name="Jan", last_name="Kowalski", consent=True,
              unit_text="Paprykowa 12/5", email="jan@example.pl", phone="601 234 567")


def test_a_submitted_form_is_registered_with_the_web_form_channel(
        db: Database, admin: Actor, register: dict[str, str], portal: Portal) -> None:
    portal.submit_form(JAN)
    portal.submit_form(WebForm(kind="grant", first_name="Anna", last_name="Nowak",
                               consent=True))
    waiting = web_form.list_submissions(db)
    assert [item.draft.last_name for item in waiting] == ["Kowalski", "Nowak"]
    assert waiting[0].problems == () and [p.field for p in waiting[1].problems] == ["unit"]
    outcomes = web_form.register_complete_submissions(db, admin)
    assert [item.outcome for item in outcomes] == ["registered", "needs_clerk"]
    info = requests.get_request(db, outcomes[0].number)
    assert (info.channel, info.unit_address) == ("web-form", "Paprykowa 12/5")
    with pytest.raises(ConflictError):  # processed once
        web_form.register_submission(db, admin, waiting[0].id)
    with pytest.raises(DraftIncomplete):
        web_form.register_submission(db, admin, waiting[1].id)
    with pytest.raises(ValidationError):
        web_form.dismiss_submission(db, admin, waiting[1].id, " ")
    web_form.dismiss_submission(db, admin, waiting[1].id, "zgłoszenie testowe")
    assert web_form.list_submissions(db) == []
    actions = [event.action for event in audit.audit_trail(db, limit=20)]
    assert AuditAction.WEB_FORM_DISMISS in actions
    assert actions.count(AuditAction.REQUEST_REGISTER) == 1


@pytest.mark.parametrize("bad", [
    {"consent": False},
    {"kind": "unblock"},
    {"first_name": "   "},
    {"first_name": "J" * 61},
    {"login_id_text": "1234abcd"},
    {"login_id_text": "123"},
    {"email": "no-at-sign"},
    {"note": "x" * 2001},
    {"unit_text": "P" * 121},
])
def test_the_database_refuses_bad_values(db: Database, portal: Portal,
                                         bad: dict[str, object]) -> None:
    form = WebForm(**{**JAN.__dict__, **bad})  # type: ignore[arg-type]
    with pytest.raises(FormRefused):
        portal.submit_form(form)
    assert web_form.list_submissions(db) == []


def test_webform_fetch_json(capsys: pytest.CaptureFixture[str], database_url: str,
                            register: dict[str, str], portal: Portal) -> None:
    portal.submit_form(JAN)
    code = main(["--database", database_url, "--clerk", "admin", "webform", "fetch",
                 "--json"])
    out = capsys.readouterr().out
    assert code == 0
    (outcome,) = json.loads(out)
    assert outcome["outcome"] == "registered" and outcome["number"].startswith("IOK/")


PORTAL_MAY_NOT = [
    "SELECT count(*) FROM web_form_submission",
    "SELECT first_name FROM web_form_submission",
    "UPDATE web_form_submission SET status = 'registered'",
    "DELETE FROM web_form_submission",
    "INSERT INTO web_form_submission (kind, first_name, last_name, consent, status) "
    "VALUES ('grant', 'A', 'B', TRUE, 'registered')",
    "INSERT INTO web_form_submission (kind, first_name, last_name, consent, request_id) "
    "VALUES ('grant', 'A', 'B', TRUE, 1)",
    "INSERT INTO web_form_submission (kind, first_name, last_name, consent, submitted_at) "
    "VALUES ('grant', 'A', 'B', TRUE, '2020-01-01')",
    "INSERT INTO request (number, kind, channel, status, applicant_first_name, "
    "applicant_last_name, registered_by_id) VALUES ('IOK/2026/99999', 'grant', 'web-form', "
    "'received', 'A', 'B', 1)",
]


@pytest.mark.parametrize("statement", PORTAL_MAY_NOT)
@pytest.mark.postgres
@pytest.mark.parametrize("database_url", ["postgres"], indirect=True)
def test_the_portal_may_only_insert_the_forms_columns(db: Database, portal: Portal,
                                                      statement: str) -> None:
    portal.submit_form(JAN)
    with pytest.raises(DBAPIError) as refused, portal.engine.begin() as connection:
        connection.execute(text(statement))
    assert refused.value.orig is not None
    assert refused.value.orig.sqlstate == "42501"  # type: ignore[attr-defined]
    with db.engine.connect() as connection:
        assert connection.execute(text(
            "SELECT count(*), min(status) FROM web_form_submission")).one() == (1, "new")


@pytest.mark.postgres
@pytest.mark.parametrize("database_url", ["postgres"], indirect=True)
def test_nothing_else_became_writable_for_the_portal(db: Database, portal: Portal) -> None:
    """Every privilege of the portal's group, listed by the database: the views it reads,
    the columns it updates, and the form's columns it inserts — nothing more."""
    group = group_names(db).portal
    with db.engine.connect() as connection:
        tables = set(connection.execute(text(
            "SELECT table_name, privilege_type FROM information_schema.table_privileges "
            "WHERE grantee = :group"), {"group": group}).all())
        columns = set(connection.execute(text(
            "SELECT table_name, column_name, privilege_type "
            "FROM information_schema.column_privileges WHERE grantee = :group "
            "AND privilege_type <> 'SELECT'"), {"group": group}).all())
    assert tables == {(view, "SELECT") for view in roles.PORTAL_VIEWS}
    assert columns == {("portal_account", column, "UPDATE")
                       for column in roles.PORTAL_UPDATE_COLUMNS} | {
        ("web_form_submission", column, "INSERT")
        for column in roles.PORTAL_INSERT_COLUMNS["web_form_submission"]}
