"""A colleague's inline forward of a registered request, fetched from a real Dovecot: it is
attached to that request like a reply, not registered a second time."""

from __future__ import annotations

from intake.test_client_files import ORIGINAL, OUTLOOK_FORWARD_PL

from iok_desk.db.engine import Database
from iok_desk.services import intake, mailbox, requests
from iok_desk.services.context import Actor

from .conftest import Office


def test_an_inline_forward_is_attached_to_the_request_it_repeats(
        db: Database, admin: Actor, register: dict[str, str], office: Office) -> None:
    number = intake.import_email(db, admin, ORIGINAL).number
    office.deliver(OUTLOOK_FORWARD_PL.decode().encode("iso-8859-2"))
    (item,) = mailbox.list_inbox(db)
    assert item.reply_to == number
    assert item.preview is not None
    assert item.preview.forwarded_from == "Jan Kowalski <jan@example.pl>"
    report = mailbox.fetch_mailbox(db, admin)
    assert [(entry.outcome, entry.number) for entry in report.messages] == [
        ("attached", number)]
    assert len(requests.list_requests(db)) == 1
    assert len(intake.list_attachments(db, number)) == 2
    assert office.count("INBOX") == 0
