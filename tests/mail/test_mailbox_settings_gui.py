"""Desk ▸ Mail settings against the worker's real Dovecot: the administrator tests the typed
settings (the server's folders listed, a wrong password said so) and saves them — the
settings for every desk, the password only in this desk's keyring."""

from __future__ import annotations

from collections.abc import Callable

import keyring
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from iok_desk.db.engine import Database
from iok_desk.db.models import Setting
from iok_desk.services import mailbox
from iok_desk.services.context import Actor
from iok_desk.ui.mailbox_settings_dialog import MailboxSettingsDialog
from iok_desk.ui.main_window import MainWindow

from .conftest import Office
from .servers import Dovecot


def open_dialog(window: MainWindow, qtbot: QtBot) -> MailboxSettingsDialog:
    qtbot.waitUntil(window.action_mail_settings.isEnabled, timeout=10_000)
    window.action_mail_settings.trigger()
    dialog = window.child_dialog
    assert isinstance(dialog, MailboxSettingsDialog)
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=10_000)
    return dialog


def test_admin_tests_and_saves_the_mailbox(make_window: Callable[[Actor], MainWindow],
                                           admin: Actor, db: Database, office: Office,
                                           qtbot: QtBot) -> None:
    keyring.delete_password(mailbox.KEYRING_SERVICE, office.settings.keyring_user)
    window = make_window(admin)
    dialog = open_dialog(window, qtbot)
    assert dialog.fields["host"].text() == "127.0.0.1"
    assert dialog.port.value() == office.settings.port

    dialog.password.setText("not-the-password")
    dialog.test_button.click()
    qtbot.waitUntil(lambda: bool(dialog.error.text()), timeout=20_000)
    assert office.user in dialog.error.text() and not dialog.report.text()
    assert dialog.password.styleSheet() and not dialog.fields["host"].styleSheet()

    dialog.password.setText(office.password)
    dialog.fields["done_folder"].setText("Zarejestrowane")
    dialog.test_button.click()
    qtbot.waitUntil(lambda: "INBOX" in dialog.report.text(), timeout=20_000)
    assert not dialog.error.text() and "Zarejestrowane" in dialog.report.text()  # missing
    assert mailbox.get_mailbox_settings(db).done_folder == "IOK-zarejestrowane"  # not saved

    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        dialog.save_button.click()
    assert mailbox.get_mailbox_settings(db).done_folder == "Zarejestrowane"
    assert keyring.get_password(mailbox.KEYRING_SERVICE,
                                office.settings.keyring_user) == office.password
    with db.reading() as session:
        assert office.password not in [row.value for row in session.scalars(select(Setting))]


def test_a_bad_port_and_tls_mode_are_pointed_at(make_window: Callable[[Actor], MainWindow],
                                                admin: Actor, office: Office,
                                                dovecot: Dovecot, qtbot: QtBot) -> None:
    dialog = open_dialog(make_window(admin), qtbot)
    dialog.port.setValue(dovecot.starttls_port)  # TLS from the start on the STARTTLS port
    dialog.test_button.click()
    qtbot.waitUntil(lambda: bool(dialog.error.text()), timeout=20_000)
    assert "TLS" in dialog.error.text()
    dialog.fields["inbox"].setText("Skrzynka ąę")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.fields["inbox"].styleSheet() != "", timeout=10_000)
    assert dialog.isVisible()
