"""Retention as the real PostgreSQL roles: a supervisor's login runs it and the audit trail
loses the person's data — and a dismissed form's — through ``iok_redact_personal_data()``; no
clerk, supervisor or admin login can UPDATE or DELETE an audit event, a db_change row or a
redaction row, nor call the procedure for a person or request that is not past its time or an
event that is no dismissal."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from iok_desk.db.engine import Database
from iok_desk.db.models import Person, Title
from iok_desk.domain.dates import now_utc, office_date
from iok_desk.domain.errors import NotAllowed
from iok_desk.domain.states import TitleKind
from iok_desk.services import accounts, registry, requests, retention
from iok_desk.services.context import Actor

from .conftest import Logins
from .test_attacks_postgres import refused

pytestmark = pytest.mark.postgres
on_postgres = pytest.mark.parametrize("database_url", ["postgres"], indirect=True)


@on_postgres
def test_retention_by_a_supervisor_and_the_trail_stays_append_only(
        db: Database, admin: Actor, register: dict[str, str], logins: Logins) -> None:
    clerk, supervisor = logins.clerk("anna", "clerk", admin), logins.clerk("sam", "supervisor",
                                                                         admin)
    root = logins.clerk("adam", "admin", admin)
    today = office_date(now_utc())
    with db.transaction() as session:
        person = registry.create_person(session, "Zenobia", "Wiśniewska",
                                        email="zenobia.w@example.pl")
        unit = registry.create_unit(session, registry.get_or_create_estate(
            session, "MSM-01", "Zasób"), "G-0099", "Śliwkowa", "9", "", kind="garage")
        registry.create_title(session, person, unit, TitleKind.OWNERSHIP,
                              today - timedelta(days=900))
    desk = logins.connect(clerk)
    number = requests.register_request(desk, clerk.actor(), requests.NewRequest(
        kind="grant", channel="paper", first_name="Zenobia", last_name="Wiśniewska",
        unit="Śliwkowa 9", note="Zenobia prosi o telefon")).number
    requests.approve_request(desk, clerk.actor(), number)
    login = accounts.issue_credentials(desk, clerk.actor(), number).login_id
    jan = requests.register_request(desk, clerk.actor(), requests.NewRequest(
        kind="grant", channel="paper", first_name="Jan", last_name="Kowalski",
        unit="Paprykowa 12/5")).number
    with pytest.raises(NotAllowed) as not_a_supervisor:
        retention.run_retention(desk, clerk.actor(), now=now_utc() + timedelta(days=3000))
    assert not_a_supervisor.value.code == "role_required"
    accounts.revoke_access(desk, clerk.actor(), login, reason="sale")
    with db.transaction() as session:
        session.scalars(select(Title).join(Person).where(
            Person.last_name == "Wiśniewska")).one().valid_to = today - timedelta(days=1)

    report = retention.run_retention(logins.connect(supervisor), supervisor.actor(),
                                     now=now_utc() + timedelta(days=7 * 366))
    assert report.requests == [number] and len(report.persons) == 1
    owner = db.engine.raw_connection()
    try:
        cursor = owner.cursor()
        cursor.execute("SELECT summary, details::text FROM audit_event "
                       "UNION ALL SELECT '', changes::text FROM db_change")
        trail = repr(cursor.fetchall())
    finally:
        owner.close()
    for gone in ("Zenobia", "Wiśniewska", "zenobia.w"):
        assert gone not in trail
    assert "Kowalski" in trail and jan in trail

    zenobia, = report.persons
    jan_id = db.engine.connect().exec_driver_sql(
        "SELECT id FROM person WHERE last_name = 'Kowalski'").scalar_one()
    for who in (clerk, supervisor, root):
        session = who.psql()
        try:
            session.execute("SELECT set_config('iok.redacting', 'on', false)")
            for statement in ("UPDATE audit_event SET summary = 'x'",
                              "DELETE FROM audit_event",
                              "UPDATE db_change SET changes = '{}'",
                              "DELETE FROM db_change",
                              "UPDATE audit_redaction SET subject = 'x'",
                              "DELETE FROM audit_redaction",
                              "INSERT INTO audit_redaction (audit_event_id, redacted_at, "
                              "subject, applied) VALUES (1, now(), 'x', true)"):
                assert refused(session, statement) == "42501", (who.name, statement)
            if who is clerk:
                assert refused(session, "SELECT iok_redact_personal_data('person', %s)",
                               zenobia) == "42501"
                assert refused(session, "SELECT iok_expire_audit_personal(now())") == "42501"
            else:
                # Even marked pseudonymised by hand, a person with a live title is refused.
                session.execute("UPDATE person SET pseudonymised_at = now() WHERE id = %s",
                                (jan_id,))
                assert refused(session, "SELECT iok_redact_personal_data('person', %s)",
                               jan_id) == "IK004"
                assert refused(session, "SELECT iok_redact_personal_data('request', "
                               "(SELECT id FROM request WHERE number = %s))", jan) == "IK004"
                assert refused(session, "SELECT iok_redact_personal_data('clerk', 1)") == \
                    "IK004"
        finally:
            session.close()


@on_postgres
def test_a_dismissed_form_is_pseudonymised_by_the_supervisor_and_nobody_updates_the_trail(
        db: Database, admin: Actor, register: dict[str, str], logins: Logins) -> None:
    from iok_desk.portal import Portal, WebForm
    from iok_desk.services import web_form

    clerk, supervisor = logins.clerk("ola", "clerk", admin), logins.clerk("max", "supervisor",
                                                                        admin)
    root = logins.clerk("ida", "admin", admin)
    Portal(db.engine).submit_form(WebForm(
        kind="grant", first_name="Zbigniew", last_name="Formularski", consent=True,
        unit_text="Paprykowa 12/7", email="zbyszek.f@example.pl", phone="+48 503444555",
        note="Zbyszek, wnuk pani Anny"))
    desk = logins.connect(clerk)
    form, = web_form.list_submissions(desk)
    web_form.dismiss_submission(desk, clerk.actor(), form.id, "Duplikat od Formularskiego")
    jan = requests.register_request(desk, clerk.actor(), requests.NewRequest(
        kind="grant", channel="paper", first_name="Jan", last_name="Kowalski",
        unit="Paprykowa 12/5")).number
    later = now_utc() + timedelta(days=100)
    with pytest.raises(NotAllowed):
        retention.run_retention(desk, clerk.actor(), now=later)

    report = retention.run_retention(logins.connect(supervisor), supervisor.actor(), now=later)
    assert len(report.dismissed) == 1
    owner = db.engine.raw_connection()
    try:
        cursor = owner.cursor()
        cursor.execute("SELECT summary, details::text FROM audit_event UNION ALL "
                       "SELECT first_name || last_name || email || phone || note, "
                       "processed_reason FROM web_form_submission")
        trail = repr(cursor.fetchall())
    finally:
        owner.close()
    for gone in ("Zbigniew", "Formularski", "zbyszek.f", "503444555", "wnuk pani", "Duplikat"):
        assert gone not in trail, gone
    assert "Kowalski" in trail and jan in trail

    dismissal, = report.dismissed
    for who in (clerk, supervisor, root):
        session = who.psql()
        try:
            for statement in (f"UPDATE audit_event SET summary = 'x' WHERE id = {dismissal}",
                              f"UPDATE audit_event SET details = '{{}}' WHERE id = {dismissal}",
                              f"DELETE FROM audit_event WHERE id = {dismissal}",
                              "DELETE FROM audit_redaction"):
                assert refused(session, statement) == "42501", (who.name, statement)
            if who is clerk:
                assert refused(session, "SELECT iok_redact_personal_data('audit_event', %s)",
                               dismissal) == "42501"
            else:  # an event that is no dismissal cannot be emptied through the branch
                assert refused(session, "SELECT iok_redact_personal_data('audit_event', "
                               "(SELECT max(id) FROM audit_event WHERE action <> "
                               "'web_form.dismiss'))") == "IK004"
                assert session.execute("SELECT iok_redact_personal_data('audit_event', %s)",
                                       (dismissal,)).fetchone() == (0,)  # done once only
        finally:
            session.close()
