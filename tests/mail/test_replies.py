"""Replies by e-mail against a real SMTP server (aiosmtpd, STARTTLS and login): stored with
the request and audited; refused without TLS or for a request that did not come by e-mail; and
no path e-mails credentials."""

from __future__ import annotations

import ast
import inspect
from email import message_from_bytes

import pytest

from iok_desk.db.engine import Database
from iok_desk.domain.audit import AuditAction
from iok_desk.domain.errors import ConflictError, NotAllowed, ValidationError
from iok_desk.services import accounts, audit, intake, mail_replies, requests
from iok_desk.services.context import Actor

from .conftest import OFFICE, Office
from .messages import COMPLETE_GRANT, message
from .servers import SmtpServer

pytestmark = pytest.mark.usefixtures("register")


def _by_email(db: Database, admin: Actor) -> tuple[str, str]:
    message_id = "<wniosek-1@example.pl>"
    number = intake.import_email(db, admin, message(COMPLETE_GRANT.replace(
        "Telefon: 601 234 567", "E-mail: jan@example.pl"), message_id=message_id)).number
    return number, message_id


def test_receipt_is_sent_over_tls_stored_and_audited(db: Database, admin: Actor,
                                                     office: Office, smtp: SmtpServer) -> None:
    number, message_id = _by_email(db, admin)
    reply = mail_replies.send_reply(db, admin, number, "receipt")
    (sender, recipients, raw), = smtp.received
    sent = message_from_bytes(raw)
    assert (sender, recipients) == (OFFICE, ["jan@example.pl"])
    assert sent["In-Reply-To"] == message_id and number in sent["Subject"]
    assert number in reply.body and "nigdy pocztą elektroniczną" in reply.body
    stored = [item for item in intake.list_attachments(db, number)
              if item.file_name == "odpowiedz-receipt.eml"]
    assert len(stored) == 1
    events = [event for event in audit.audit_trail(db, limit=20)
              if event.action == AuditAction.MAIL_REPLY]
    assert len(events) == 1 and "jan@example.pl" in events[0].summary


def test_needs_info_and_rejection_quote_the_clerks_words(db: Database, admin: Actor,
                                                         office: Office,
                                                         smtp: SmtpServer) -> None:
    number, _ = _by_email(db, admin)
    with pytest.raises(NotAllowed):  # not in that state yet
        mail_replies.send_reply(db, admin, number, "rejection")
    requests.ask_for_information(db, admin, number, "Brak podpisu na wniosku.")
    needs = mail_replies.send_reply(db, admin, number, "needs_info")
    assert "Brak podpisu na wniosku." in needs.body
    requests.reject_request(db, admin, number, "Wnioskodawca nie ma tytułu do lokalu.")
    rejection = mail_replies.send_reply(db, admin, number, "rejection")
    assert "nie ma tytułu do lokalu" in rejection.body
    assert len(smtp.received) == 2


def test_failed_sending_stores_nothing(db: Database, admin: Actor, office: Office,
                                       smtp: SmtpServer) -> None:
    number, _ = _by_email(db, admin)
    smtp.password = "changed-on-the-server"
    with pytest.raises(NotAllowed) as refused:
        mail_replies.send_reply(db, admin, number, "receipt")
    assert refused.value.code == "smtp_login_refused"
    assert [item.file_name for item in intake.list_attachments(db, number)
            if item.file_name.startswith("odpowiedz")] == []
    assert not [event for event in audit.audit_trail(db, limit=20)
                if event.action == AuditAction.MAIL_REPLY]
    assert smtp.received == []


def test_paper_request_gets_no_e_mail(db: Database, admin: Actor, office: Office) -> None:
    number = requests.register_request(db, admin, requests.NewRequest(
        kind="grant", channel="paper", first_name="Jan", last_name="Kowalski",
        unit="Paprykowa 12/5", email="jan@example.pl")).number
    with pytest.raises(NotAllowed) as refused:
        mail_replies.send_reply(db, admin, number, "receipt")
    assert refused.value.code == "reply_not_email"


def test_no_path_e_mails_credentials(db: Database, admin: Actor, office: Office,
                                     smtp: SmtpServer) -> None:
    """As the attacker would try: every reply kind, on a request whose account was issued;
    a made-up kind; and the module's source, which must not read accounts or passwords."""
    number, _ = _by_email(db, admin)
    requests.approve_request(db, admin, number)
    letters: list[tuple[str, str]] = []
    accounts.issue_credentials(db, admin, number, deliver=lambda _head, letter: letters.append(
        (letter.login_id, letter.password)))
    (login_id, password), = letters
    sent = mail_replies.send_reply(db, admin, number, "receipt")
    for kind in ("credentials", "credential", "password", "letter", "account.issue"):
        with pytest.raises(ValidationError):
            mail_replies.send_reply(db, admin, number, kind)
    for other in ("needs_info", "rejection"):
        with pytest.raises((NotAllowed, ConflictError)):
            mail_replies.send_reply(db, admin, number, other)
    assert {kind.value for kind in mail_replies.ReplyKind} == {
        "receipt", "needs_info", "rejection"}
    everything = b"".join(raw for _s, _r, raw in smtp.received)
    assert len(smtp.received) == 1 and sent.body
    assert password.encode() not in everything
    assert login_id.encode() not in everything and login_id[:4].encode() + b" " not in everything
    tree = ast.parse(inspect.getsource(mail_replies))
    names = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    attributes = {node.attr for node in ast.walk(tree) if isinstance(node, ast.Attribute)}
    assert not {"Account", "CredentialLetterData"} & names
    assert not {"account", "login_id", "password_hash", "password"} & attributes


def test_server_without_starttls_is_refused(db: Database, admin: Actor, office: Office) -> None:
    """A server offering no encryption gets nothing: not even the login."""
    from dataclasses import replace

    from aiosmtpd.controller import Controller

    from iok_desk.services import mailbox

    from .servers import free_port

    got: list[bytes] = []

    class Handler:
        async def handle_DATA(self, _server: object, _session: object,
                              envelope: object) -> str:
            got.append(b"x")
            return "250 OK"

    port = free_port()
    plain = Controller(Handler(), hostname="127.0.0.1", port=port)
    plain.start()
    try:
        mailbox.update_mailbox_settings(db, admin, replace(office.settings, smtp_port=port))
        number, _ = _by_email(db, admin)
        with pytest.raises(NotAllowed) as refused:
            mail_replies.send_reply(db, admin, number, "receipt")
        assert refused.value.code == "smtp_no_tls" and got == []
    finally:
        plain.stop()
