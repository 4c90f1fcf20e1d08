"""The mail settings and the e-mail reply dialogs in both languages: no two widgets on one
mnemonic, every text translated, and a look at them at 1366×768 (PNG beside the test's
tmp_path). The servers behind them are tested in tests/mail/."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from iok_desk.db.engine import Database
from iok_desk.services import intake, requests
from iok_desk.services.context import Actor
from iok_desk.ui.mail_reply_dialog import MailReplyDialog
from iok_desk.ui.mailbox_settings_dialog import MailboxSettingsDialog
from iok_desk.ui.main_window import MainWindow
from iok_desk.ui.request_dialogs import VerifyRequestDialog

from .test_enter_safety import assert_enter_changes_nothing, no_default_among, shown
from .test_mnemonics import clashes

EMAIL = ("From: Jan Kowalski <jan@example.pl>\r\nTo: iok@msmgdynia.example\r\n"
         "Subject: Wniosek o dostep\r\nMessage-ID: <dlg-1@example.pl>\r\n"
         "Content-Type: text/plain; charset=utf-8\r\n\r\n"
         "Wnoszę o dostęp do IOK.\r\nImię i nazwisko: Jan Kowalski\r\n"
         "Adres lokalu: Paprykowa 12/5\r\nE-mail: jan@example.pl\r\n".encode())


@pytest.fixture(params=["pl", "en"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    if request.param == "en":
        request.getfixturevalue("english")
    yield request.param


def test_mail_dialogs_have_no_clashing_mnemonics(
        language: str, make_window: Callable[[Actor], MainWindow], admin: Actor, db: Database,
        register: dict[str, object], qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(admin)
    desk = window.desk
    number = intake.import_email(db, admin, EMAIL).number
    requests.ask_for_information(db, admin, number, "Brak podpisu na wniosku.")
    settings = MailboxSettingsDialog(desk, window)
    view = VerifyRequestDialog(desk, number, window)
    reply = MailReplyDialog(desk, number, ("receipt", "needs_info"), window)
    for dialog in (settings, view, reply):
        dialog.show()
        qtbot.waitUntil(lambda: desk.ops.idle)
        assert clashes(dialog) == {}, type(dialog).__name__
    assert view.reply_button.isVisibleTo(view)
    qtbot.waitUntil(reply.send_button.isEnabled)
    polish = language == "pl"
    assert (settings.windowTitle() == "Ustawienia poczty") is polish
    assert ("Odpowiedz e-" in view.reply_button.text()) is polish
    assert ("Potwierdzenie" in reply.kind.currentText()) is polish
    assert number in reply.body.toPlainText()
    settings.resize(1366, 768)
    settings.grab().save(str(tmp_path / f"mail-settings-{language}.png"))
    reply.resize(1366, 768)
    reply.grab().save(str(tmp_path / f"mail-reply-{language}.png"))
    for dialog in (settings, view, reply):
        dialog.close()


def test_enter_neither_saves_the_settings_nor_sends_a_reply(
        window: MainWindow, admin: Actor, db: Database, register: dict[str, object],
        qtbot: QtBot) -> None:
    settings = shown(qtbot, MailboxSettingsDialog(window.desk, window))
    qtbot.waitUntil(settings.save_button.isEnabled)
    settings.fields["host"].setText("poczta.example.pl")
    settings.fields["user"].setText("iok")
    assert_enter_changes_nothing(qtbot, window, db, settings)
    no_default_among(settings.save_button, settings.test_button)
    settings.close()

    number = intake.import_email(db, admin, EMAIL).number
    reply = shown(qtbot, MailReplyDialog(window.desk, number, ("receipt",), window))
    qtbot.waitUntil(reply.send_button.isEnabled)
    assert_enter_changes_nothing(qtbot, window, db, reply)
    no_default_among(reply.send_button)
