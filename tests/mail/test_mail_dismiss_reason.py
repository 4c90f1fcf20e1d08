"""Dismissing a message on the "Poczta" page asks for the reason in the desk's reason dialog:
Enter in the reason dismisses nothing, OK with a reason moves the message out of the inbox."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from iok_desk.services.context import Actor
from iok_desk.ui.main_window import MainWindow
from iok_desk.ui.reason_dialog import ReasonDialog

from .conftest import Office
from .messages import COMPLETE_GRANT, message
from .test_mail_page import open_mail


@pytest.mark.usefixtures("register")
def test_enter_in_the_reason_dismisses_nothing_and_ok_does(
        make_window: Callable[[Actor], MainWindow], admin: Actor, office: Office,
        qtbot: QtBot) -> None:
    office.deliver(message(COMPLETE_GRANT))
    window = make_window(admin)
    page = window.mail_page
    with qtbot.waitSignal(page.sig_loaded, timeout=20_000):
        open_mail(window, qtbot)
    page.table.selectRow(0)
    qtbot.mouseClick(page.dismiss_button, Qt.MouseButton.LeftButton)
    dialog = page.child_dialog
    assert isinstance(dialog, ReasonDialog)
    qtbot.waitExposed(dialog)
    assert not dialog.ok_button.isEnabled() and dialog.cancel_button.isDefault()
    dialog.text.setFocus()
    qtbot.keyClicks(dialog.text, "podziekowanie, nie wniosek")
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        qtbot.keyClick(dialog.text, key)
    qtbot.waitUntil(lambda: window.desk.ops.idle)
    assert dialog.isVisible() and office.count("INBOX") == 1
    with qtbot.waitSignal(page.sig_loaded, timeout=20_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert office.count("INBOX") == 0 and page.model.rowCount() == 0
