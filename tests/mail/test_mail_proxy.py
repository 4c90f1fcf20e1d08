"""The mail dialogs take the proxy and the identity check as the paper request form does
(issue 14): a message registered from the Poczta page or dropped on the window as an .eml
records them; the electronic form's dialog offers neither (nobody was in front of staff)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from iok_desk.db.engine import Database
from iok_desk.services import intake, requests
from iok_desk.services.context import Actor
from iok_desk.ui.mail_dialogs import FormRequestDialog, MailRequestDialog
from iok_desk.ui.main_window import MainWindow
from iok_desk.ui.request_dialogs import NewRequestDialog

from .conftest import Office
from .messages import COMPLETE_GRANT, message
from .test_mail_page import open_mail, submit_web_form


@pytest.mark.usefixtures("register")
def test_a_message_filed_by_a_proxy_is_registered_with_the_proxy(
        make_window: Callable[[Actor], MainWindow], admin: Actor, db: Database, office: Office,
        qtbot: QtBot) -> None:
    office.deliver(message(COMPLETE_GRANT))
    window = make_window(admin)
    page = window.mail_page
    with qtbot.waitSignal(page.sig_loaded, timeout=20_000):
        open_mail(window, qtbot)
    page.table.selectRow(0)
    page.register_selected()
    qtbot.waitUntil(lambda: isinstance(page.child_dialog, MailRequestDialog), timeout=20_000)
    dialog = page.child_dialog
    assert isinstance(dialog, MailRequestDialog)
    assert dialog.proxy.isVisibleTo(dialog) and dialog.id_checked.isVisibleTo(dialog)
    fill_proxy(dialog)
    with qtbot.waitSignal(page.sig_loaded, timeout=20_000):
        dialog.register_button.click()
    assert dialog.number is not None, dialog.error.text()
    assert_proxy_recorded(db, dialog.number)
    dialog.close()


def fill_proxy(dialog: NewRequestDialog) -> None:
    dialog.id_checked.setChecked(True)
    dialog.proxy.setChecked(True)
    dialog.proxy_name.setText("Marta Kowalska")
    dialog.proxy_kind.setCurrentIndex(dialog.proxy_kind.findData("written"))
    dialog.proxy_reference.setText("upoważnienie z 28.11.2026")
    dialog.proxy_date.setDate(QDate(2026, 11, 28))
    dialog.letters_to.setCurrentIndex(dialog.letters_to.findData("proxy"))


def assert_proxy_recorded(db: Database, number: str) -> None:
    info = requests.get_request(db, number)
    assert (info.channel, info.proxy_name, info.proxy_kind, info.proxy_reference,
            info.letters_to, info.id_checked_by) == (
        "e-mail", "Marta Kowalska", "written", "upoważnienie z 28.11.2026", "proxy", "admin")


@pytest.mark.usefixtures("register")
def test_a_dropped_message_filed_by_a_proxy_is_registered_with_the_proxy(
        make_window: Callable[[Actor], MainWindow], admin: Actor, db: Database,
        qtbot: QtBot) -> None:
    raw = message(COMPLETE_GRANT)
    window = make_window(admin)
    dialog = NewRequestDialog(window.desk, window, email=(
        "wniosek.eml", raw, intake.preview_email(db, raw)))
    qtbot.addWidget(dialog)
    fill_proxy(dialog)
    with qtbot.waitSignal(dialog.sig_registered, timeout=20_000) as registered:
        dialog.register_button.click()
    assert_proxy_recorded(db, registered.args[0])


@pytest.mark.usefixtures("register")
def test_the_electronic_form_dialog_offers_no_proxy_and_no_id_check(
        make_window: Callable[[Actor], MainWindow], admin: Actor, db: Database,
        qtbot: QtBot) -> None:
    submit_web_form(db)
    window = make_window(admin)
    page = window.mail_page
    with qtbot.waitSignal(page.sig_loaded, timeout=20_000):
        open_mail(window, qtbot)
    page.table.selectRow(0)
    page.register_selected()
    dialog = page.child_dialog
    assert isinstance(dialog, FormRequestDialog)
    assert not dialog.proxy.isVisibleTo(dialog) and not dialog.id_checked.isVisibleTo(dialog)
    dialog.close()
