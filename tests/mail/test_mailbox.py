"""The office mailbox against a real Dovecot over TLS: the list of new messages with their
drafts, register / merge / dismiss moving the message on the server, two desks sharing one
inbox, and the unattended fetch."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from iok_desk.db.engine import Database
from iok_desk.domain.audit import AuditAction
from iok_desk.domain.errors import ConflictError, NotAllowed, ValidationError
from iok_desk.services import audit, intake, mailbox, requests
from iok_desk.services.context import Actor

from .conftest import Office
from .messages import COMPLETE_GRANT, WITHOUT_UNIT, message
from .servers import Dovecot, free_port

pytestmark = pytest.mark.usefixtures("register")


def test_inbox_lists_each_message_with_its_draft(db: Database, office: Office) -> None:
    office.deliver(message(COMPLETE_GRANT))
    office.deliver(message(WITHOUT_UNIT, sender="Anna Nowak <anna@example.pl>"))
    items = mailbox.list_inbox(db)
    assert [item.preview.sender_email for item in items if item.preview] == [
        "jan@example.pl", "anna@example.pl"]
    first, second = (item.preview for item in items)
    assert first is not None and second is not None
    assert (first.draft.kind, first.draft.unit, first.problems) == (
        "grant", "Paprykowa 12/5", ())
    assert [problem.field for problem in second.problems] == ["unit"]
    assert office.count("INBOX") == 2  # reading moves nothing


def test_registered_message_leaves_the_inbox_of_every_desk(db: Database, database_url: str,
                                                           admin: Actor,
                                                           office: Office) -> None:
    office.deliver(message(COMPLETE_GRANT))
    other_desk = Database(database_url)
    try:
        mine, theirs = mailbox.list_inbox(db), mailbox.list_inbox(other_desk)
        assert [item.uid for item in mine] == [item.uid for item in theirs]
        result = mailbox.register_message(db, admin, mine[0].uid)
        info = requests.get_request(db, result.number)
        assert (info.channel, info.unit_address) == ("e-mail", "Paprykowa 12/5")
        assert mailbox.list_inbox(other_desk) == ()
        assert (office.count("INBOX"), office.count("IOK-zarejestrowane")) == (0, 1)
        # The other clerk still had it on screen: told it is gone, nothing registered twice.
        with pytest.raises(ConflictError) as gone:
            mailbox.register_message(other_desk, admin, theirs[0].uid)
        assert gone.value.code == "mail_gone"
        assert len(requests.list_requests(db)) == 1
    finally:
        other_desk.dispose()


def test_a_message_registered_elsewhere_but_not_moved_is_moved_at_next_look(
        db: Database, admin: Actor, office: Office) -> None:
    raw = message(COMPLETE_GRANT)
    number = intake.import_email(db, admin, raw).number  # e.g. dropped as a file meanwhile
    office.deliver(raw)
    assert mailbox.list_inbox(db) == ()
    assert office.count("IOK-zarejestrowane") == 1
    report = mailbox.fetch_mailbox(db, admin)
    assert report.messages == ()
    assert len(requests.list_requests(db)) == 1 and requests.get_request(db, number)


def test_clerk_corrects_the_draft_and_registers(db: Database, admin: Actor,
                                                office: Office) -> None:
    office.deliver(message(WITHOUT_UNIT))
    item = mailbox.list_inbox(db)[0]
    assert item.preview is not None
    with pytest.raises(intake.DraftIncomplete):
        mailbox.register_message(db, admin, item.uid)
    assert office.count("INBOX") == 1  # refused: stays for the clerk
    from dataclasses import replace
    fixed = replace(item.preview.draft, unit="Paprykowa 12/5")
    number = mailbox.register_message(db, admin, item.uid, draft=fixed).number
    assert requests.get_request(db, number).unit_address == "Paprykowa 12/5"
    assert office.count("INBOX") == 0


def test_merge_attaches_the_message_to_its_request(db: Database, admin: Actor,
                                                   office: Office) -> None:
    number = intake.import_email(db, admin, message(WITHOUT_UNIT.replace(
        "e-Kartoteki.", "e-Kartoteki, lokal Paprykowa 12/5."))).number
    office.deliver(message("Dosyłam skan podpisanego wniosku.\n", subject="Re: wniosek"))
    uid = mailbox.list_inbox(db)[0].uid
    stored, _ = mailbox.merge_message(db, admin, uid, number)
    assert [item.file_name for item in stored] == [f"poczta-{uid}.eml"]
    assert len(intake.list_attachments(db, number)) == 2
    assert (office.count("INBOX"), office.count("IOK-zarejestrowane")) == (0, 1)


def test_dismiss_moves_the_message_and_audits_the_reason(db: Database, admin: Actor,
                                                         office: Office) -> None:
    office.deliver(message("Dziękuję za pomoc!\n", subject="Podziękowanie"))
    uid = mailbox.list_inbox(db)[0].uid
    with pytest.raises(ValidationError):
        mailbox.dismiss_message(db, admin, uid, "  ")
    mailbox.dismiss_message(db, admin, uid, "podziękowanie, nie wniosek")
    assert (office.count("INBOX"), office.count("IOK-odrzucone")) == (0, 1)
    events = [event for event in audit.audit_trail(db, limit=20)
              if event.action == AuditAction.MAIL_DISMISS]
    assert len(events) == 1 and "podziękowanie, nie wniosek" in events[0].summary


def test_fetch_registers_what_is_complete_and_lists_the_rest(db: Database, admin: Actor,
                                                             office: Office) -> None:
    office.deliver(message(COMPLETE_GRANT))
    office.deliver(message(WITHOUT_UNIT, sender="Anna Nowak <anna@example.pl>"))
    report = mailbox.fetch_mailbox(db, admin)
    registered, waiting = report.having("registered"), report.having("needs_clerk")
    assert len(registered) == 1 and registered[0].sender == "jan@example.pl"
    assert requests.get_request(db, registered[0].number).channel == "e-mail"
    assert [item.sender for item in waiting] == ["anna@example.pl"]
    assert "adres lokalu" in waiting[0].reason.lower()
    assert (office.count("INBOX"), office.count("IOK-zarejestrowane")) == (1, 1)
    assert mailbox.fetch_mailbox(db, admin).having("registered") == ()


def test_wrong_password_and_untrusted_certificate_are_refused(
        db: Database, admin: Actor, office: Office, tmp_path: Path,
        certificate: tuple[Path, Path]) -> None:
    """On a Dovecot of its own: after a failed login Dovecot delays the next ones from the
    same address (its auth penalty), which would slow the worker's other tests."""
    from dataclasses import replace

    cert, key = certificate
    root = tmp_path / "dovecot"
    root.mkdir()
    (root / "key.pem").write_bytes(key.read_bytes())
    server = Dovecot(root, free_port(), cert)
    server.start()
    try:
        user, _ = server.add_user()
        _refused_logins(db, admin, replace(office.settings, port=server.port, user=user))
    finally:
        server.stop()


def _refused_logins(db: Database, admin: Actor, settings: mailbox.MailboxSettings) -> None:
    mailbox.update_mailbox_settings(db, admin, settings)
    mailbox.store_mailbox_password(settings, "not-the-password")
    with pytest.raises(NotAllowed) as refused:
        mailbox.list_inbox(db)
    assert refused.value.code == "mailbox_login_refused"
    mailbox.update_mailbox_settings(db, admin, dataclasses.replace(settings, ca_file=""))
    with pytest.raises(NotAllowed) as untrusted:
        mailbox.list_inbox(db)
    assert untrusted.value.code == "mailbox_tls"


def test_settings_are_admin_only_and_checked(db: Database, admin: Actor,
                                             office: Office) -> None:
    from dataclasses import replace
    with pytest.raises(ValidationError):
        mailbox.update_mailbox_settings(db, admin, replace(office.settings,
                                                           done_folder="Zażółć"))
    with pytest.raises(ValidationError):
        mailbox.update_mailbox_settings(db, admin, replace(office.settings,
                                                           done_folder="INBOX"))
    assert mailbox.get_mailbox_settings(db) == office.settings


def test_a_reply_is_attached_to_its_request_not_registered_again(
        db: Database, admin: Actor, office: Office) -> None:
    first = message(COMPLETE_GRANT, message_id="<first@example.pl>")
    number = intake.import_email(db, admin, first).number
    office.deliver(message("W załączeniu podpis.\n", subject="Re: Wniosek",
                           extra_headers="In-Reply-To: <first@example.pl>\r\n"
                                         "References: <first@example.pl>\r\n"))
    (item,) = mailbox.list_inbox(db)
    assert item.reply_to == number
    report = mailbox.fetch_mailbox(db, admin)
    assert [(entry.outcome, entry.number) for entry in report.messages] == [
        ("attached", number)]
    assert len(requests.list_requests(db)) == 1
    assert len(intake.list_attachments(db, number)) == 2
    assert office.count("INBOX") == 0
