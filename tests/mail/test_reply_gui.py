"""Replying from the request's view against the worker's aiosmtpd: the clerk sees the reply
before it goes, only the replies the request's state allows are offered, and the sent reply
is kept with the request and audited. A paper request offers no e-mail reply."""

from __future__ import annotations

from collections.abc import Callable
from email import message_from_bytes, policy
from email.message import EmailMessage

import pytest
from pytestqt.qtbot import QtBot

from iok_desk.db.engine import Database
from iok_desk.domain.audit import AuditAction
from iok_desk.services import audit, intake, mail_replies, requests
from iok_desk.services.context import Actor
from iok_desk.ui.mail_reply_dialog import MailReplyDialog
from iok_desk.ui.main_window import MainWindow
from iok_desk.ui.request_dialogs import VerifyRequestDialog

from .conftest import Office
from .messages import COMPLETE_GRANT, message
from .servers import SmtpServer

pytestmark = pytest.mark.usefixtures("register")


def by_email(db: Database, admin: Actor) -> str:
    return intake.import_email(db, admin, message(COMPLETE_GRANT.replace(
        "Telefon: 601 234 567", "E-mail: jan@example.pl"),
        message_id="<wniosek-gui@example.pl>")).number


def open_request(window: MainWindow, number: str, qtbot: QtBot) -> VerifyRequestDialog:
    window.open_request(number)
    view = window.request_dialog
    qtbot.waitUntil(lambda: view.info is not None, timeout=10_000)
    return view


def open_reply(view: VerifyRequestDialog, qtbot: QtBot) -> MailReplyDialog:
    view.reply_button.click()
    qtbot.waitUntil(lambda: isinstance(getattr(view, "reply_dialog", None), MailReplyDialog),
                    timeout=10_000)
    dialog = view.reply_dialog
    qtbot.waitUntil(dialog.send_button.isEnabled, timeout=10_000)
    return dialog


def test_clerk_reads_and_sends_the_reply(make_window: Callable[[Actor], MainWindow],
                                         admin: Actor, db: Database, office: Office,
                                         smtp: SmtpServer, qtbot: QtBot) -> None:
    number = by_email(db, admin)
    requests.ask_for_information(db, admin, number, "Brak podpisu na wniosku.")
    view = open_request(make_window(admin), number, qtbot)
    assert view.reply_button.isVisibleTo(view)
    dialog = open_reply(view, qtbot)
    kinds = [dialog.kind.itemData(row) for row in range(dialog.kind.count())]
    assert kinds == ["receipt", "needs_info"]  # no rejection of a request not rejected
    dialog.kind.setCurrentIndex(1)
    qtbot.waitUntil(lambda: "Brak podpisu" in dialog.body.toPlainText(), timeout=10_000)
    assert dialog.to.text() == "jan@example.pl" and number in dialog.subject.text()
    assert smtp.received == []  # seen, not sent yet
    shown = dialog.body.toPlainText()

    with qtbot.waitSignal(dialog.sig_sent, timeout=20_000):
        dialog.send_button.click()
    (_sender, recipients, raw), = smtp.received
    assert recipients == ["jan@example.pl"]
    sent = message_from_bytes(raw, policy=policy.default)
    assert isinstance(sent, EmailMessage)
    body = sent.get_body()
    assert body is not None and body.get_content().replace("\r\n", "\n") == shown
    assert [item.file_name for item in intake.list_attachments(db, number)
            if item.file_name.startswith("odpowiedz")] == ["odpowiedz-needs_info.eml"]
    assert [event.action for event in audit.audit_trail(db, limit=20)
            if event.action == AuditAction.MAIL_REPLY] == [AuditAction.MAIL_REPLY]
    qtbot.waitUntil(lambda: "jan@example.pl" in view.error.text(), timeout=10_000)


def test_a_refused_send_says_why_and_keeps_nothing(make_window: Callable[[Actor], MainWindow],
                                                   admin: Actor, db: Database, office: Office,
                                                   smtp: SmtpServer, qtbot: QtBot) -> None:
    number = by_email(db, admin)
    smtp.password = "changed-on-the-server"
    dialog = open_reply(open_request(make_window(admin), number, qtbot), qtbot)
    dialog.send_button.click()
    qtbot.waitUntil(lambda: "SMTP" in dialog.error.text(), timeout=20_000)
    assert dialog.isVisible() and smtp.received == []
    assert not [item for item in intake.list_attachments(db, number)
                if item.file_name.startswith("odpowiedz")]


def test_a_paper_request_has_no_e_mail_reply(make_window: Callable[[Actor], MainWindow],
                                             admin: Actor, db: Database, qtbot: QtBot) -> None:
    number = requests.register_request(db, admin, requests.NewRequest(
        kind="grant", channel="paper", first_name="Jan", last_name="Kowalski",
        unit="Paprykowa 12/5", email="jan@example.pl")).number
    view = open_request(make_window(admin), number, qtbot)
    assert not view.reply_button.isVisibleTo(view)
    assert mail_replies.reply_kinds(db, number) == ()
