"""Retention reaches what the desk dismissed: a message from the Poczta page and an
electronic form are linked to no person or request, yet their events (sender, subject,
reason, the resident's names) and the form's own row lose the personal data once the ``email``
period has passed; the rows stay, a dry run reports the same work, and a second run has none."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text

from iok_desk.db.engine import Database
from iok_desk.db.models import AuditEvent, AuditRedaction, Base, WebFormSubmission
from iok_desk.domain.audit import AuditAction
from iok_desk.domain.dates import now_utc
from iok_desk.domain.rodo import PSEUDONYM_FIRST_NAME, REDACTED, dismissed_form_last_name
from iok_desk.portal import Portal, WebForm
from iok_desk.services import mailbox, requests, retention, web_form
from iok_desk.services.context import Actor

from .conftest import Office
from .messages import message

pytestmark = pytest.mark.usefixtures("register")

GONE = ("Halina", "halina.kos", "Pytanie o czynsz", "odpowiedziano telefonicznie",
        "Zbigniew", "Formularski", "zbyszek.f", "503444555", "wnuk pani", "Duplikat")


def _everything(db: Database) -> str:
    with db.reading() as session:
        return "\n".join(repr(tuple(row)) for table in Base.metadata.sorted_tables
                         for row in session.execute(text(f'SELECT * FROM "{table.name}"')))


def _dismiss_a_message_and_a_form(db: Database, admin: Actor, office: Office) -> int:
    """Returns the dismissed form's id."""
    office.deliver(message("Ile wynosi czynsz za grudzień?\n", subject="Pytanie o czynsz",
                           sender="Halina Kos <halina.kos@example.pl>"))
    uid, = [item.uid for item in mailbox.list_inbox(db)]
    mailbox.dismiss_message(db, admin, uid, "Halina Kos: odpowiedziano telefonicznie")
    engine = create_engine(db.url)  # the portal's own connection
    Portal(engine).submit_form(WebForm(
        kind="grant", first_name="Zbigniew", last_name="Formularski", consent=True,
        unit_text="Paprykowa 12/7", email="zbyszek.f@example.pl", phone="+48 503444555",
        note="Zbyszek, wnuk pani Anny"))
    engine.dispose()
    form, = web_form.list_submissions(db)
    web_form.dismiss_submission(db, admin, form.id, "Duplikat formularza Formularskiego")
    return form.id


def test_dismissed_message_and_form_are_pseudonymised_after_the_email_period(
        db: Database, admin: Actor, office: Office, database_url: str) -> None:
    form_id = _dismiss_a_message_and_a_form(db, admin, office)
    kept = requests.register_request(db, admin, requests.NewRequest(
        kind="grant", channel="paper", first_name="Jan", last_name="Kowalski",
        unit="Paprykowa 12/5")).number
    everything = _everything(db)
    assert all(value in everything for value in GONE)
    with db.reading() as session:
        events_before = len(list(session.scalars(select(AuditEvent.id))))

    soon = retention.run_retention(db, admin, dry_run=True, now=now_utc() + timedelta(days=60))
    assert soon.dismissed == []
    later = now_utc() + timedelta(days=100)
    dry = retention.run_retention(db, admin, dry_run=True, now=later)
    real = retention.run_retention(db, admin, now=later)
    assert len(real.dismissed) == 2 and dry.same_work(real)
    assert real.changes.everything and not dry.changes.everything
    assert retention.run_retention(db, admin, dry_run=True, now=later).dismissed == []

    everything = _everything(db)
    for gone in GONE:
        assert gone not in everything, gone
    assert "Kowalski" in everything and kept in everything  # what is not dismissed stays
    with db.reading() as session:
        assert len(list(session.scalars(select(AuditEvent.id)))) == events_before + 4
        mail_event = session.scalars(select(AuditEvent).where(
            AuditEvent.action == AuditAction.MAIL_DISMISS)).one()
        assert {key: mail_event.details[key] for key in ("sender", "subject", "reason")} == \
            dict.fromkeys(("sender", "subject", "reason"), REDACTED)
        assert mail_event.details["message_key"]
        form_event = session.scalars(select(AuditEvent).where(
            AuditEvent.action == AuditAction.WEB_FORM_DISMISS)).one()
        assert form_event.details == {"form_id": form_id, "reason": REDACTED}
        assert f"nr {form_id}" in form_event.summary and REDACTED in form_event.summary
        form = session.get(WebFormSubmission, form_id)
        assert form is not None and form.status == web_form.DISMISSED
        assert (form.first_name, form.last_name, form.email, form.phone, form.note,
                form.processed_reason) == (PSEUDONYM_FIRST_NAME,
                                           dismissed_form_last_name(form_id), "", "", "",
                                           REDACTED)
        assert (form.kind, form.unit_text) == ("grant", "Paprykowa 12/7")
        redacted = set(session.scalars(select(AuditRedaction.audit_event_id)))
        assert redacted == {mail_event.id, form_event.id}
    if db.dialect == "sqlite":  # PostgreSQL: tests/security/test_retention_roles.py
        db.dispose()  # the last connection checkpoints the WAL
        path = Path(database_url.removeprefix("sqlite:///"))
        raw = b"".join(file.read_bytes() for file in path.parent.glob(path.name + "*"))
        assert b"Kowalski" in raw  # the scan reads the file's data
        for gone in GONE:
            assert gone.encode() not in raw, gone
