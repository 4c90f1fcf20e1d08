"""The "Poczta" page against the worker's Dovecot: new messages listed with their drafts, one
registered through the pre-filled request form, one dismissed — each gone from the server's
inbox — and a mailbox that is not set up says so."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from iok_desk.db.engine import Database
from iok_desk.services import requests
from iok_desk.services.context import Actor
from iok_desk.ui.mail_dialogs import MailRequestDialog
from iok_desk.ui.main_window import MainWindow

from .conftest import Office
from .messages import COMPLETE_GRANT, WITHOUT_UNIT, message


def open_mail(window: MainWindow, qtbot: QtBot) -> None:
    window.navigation.setCurrentRow(window.page_list.index(window.mail_page))
    assert window.pages.currentWidget() is window.mail_page


def submit_web_form(db: Database) -> None:
    """Jan Kowalski's grant request sent through the electronic form, written by the portal's
    own connection."""
    from sqlalchemy import create_engine

    from iok_desk.portal import Portal, WebForm

    engine = create_engine(db.url)
    Portal(engine).submit_form(WebForm(kind="grant", first_name="Jan", last_name="Kowalski",
                                       consent=True, unit_text="Paprykowa 12/5"))
    engine.dispose()


@pytest.mark.usefixtures("register")
def test_register_and_dismiss_from_the_page(make_window: Callable[[Actor], MainWindow],
                                            admin: Actor, db: Database, office: Office,
                                            qtbot: QtBot) -> None:
    office.deliver(message(COMPLETE_GRANT))
    office.deliver(message(WITHOUT_UNIT, sender="Anna Nowak <anna@example.pl>",
                           subject="Prośba"))
    window = make_window(admin)
    page = window.mail_page
    with qtbot.waitSignal(page.sig_loaded, timeout=20_000):
        open_mail(window, qtbot)
    model = page.model
    assert model.rowCount() == 2
    texts = [[model.index(row, column).data() for column in range(5)] for row in range(2)]
    assert "jan@example.pl" in texts[0][1] and "Paprykowa 12/5" in texts[0][3]
    assert "adres lokalu" in texts[1][4].lower()
    assert "Paprykowa 12/5" in page.body.toPlainText()  # the selected message's text

    page.table.selectRow(0)
    page.register_selected()
    qtbot.waitUntil(lambda: isinstance(page.child_dialog, MailRequestDialog), timeout=20_000)
    dialog = page.child_dialog
    assert isinstance(dialog, MailRequestDialog)
    assert dialog.unit.text() == "Paprykowa 12/5"
    with qtbot.waitSignal(page.sig_loaded, timeout=20_000):
        dialog.register_button.click()
    assert dialog.number is not None
    assert requests.get_request(db, dialog.number).channel == "e-mail"
    assert model.rowCount() == 1 and office.count("INBOX") == 1
    dialog.close()

    page.table.selectRow(0)
    with qtbot.waitSignal(page.sig_loaded, timeout=20_000):
        page.dismiss_selected("prośba bez danych, oddzwoniono")
    assert model.rowCount() == 0
    assert (office.count("INBOX"), office.count("IOK-odrzucone")) == (0, 1)
    # In the Polish window (a worker that ran tests/ui first) or in Qt's English source.
    assert "odłożona" in page.summary.text().lower() or "dismissed" in \
        page.summary.text().lower()


def test_page_without_a_mailbox_says_who_sets_it_up(make_window: Callable[[Actor], MainWindow],
                                                    admin: Actor, qtbot: QtBot) -> None:
    window = make_window(admin)
    open_mail(window, qtbot)
    qtbot.waitUntil(lambda: "mailbox settings" in window.mail_page.summary.text(),
                    timeout=10_000)
    assert not window.mail_page.register_button.isEnabled()


@pytest.mark.usefixtures("register")
def test_electronic_form_is_in_the_queue_without_a_mailbox(
        make_window: Callable[[Actor], MainWindow], admin: Actor, db: Database,
        qtbot: QtBot) -> None:
    from iok_desk.ui.mail_dialogs import FormRequestDialog

    submit_web_form(db)
    window = make_window(admin)
    page = window.mail_page
    with qtbot.waitSignal(page.sig_loaded, timeout=20_000):
        open_mail(window, qtbot)
    assert page.model.rowCount() == 1
    assert "mailbox settings" in page.summary.text()  # the mailbox is not set up: said so
    assert not page.merge_button.isEnabled()
    page.table.selectRow(0)
    page.register_selected()
    dialog = page.child_dialog
    assert isinstance(dialog, FormRequestDialog)
    assert dialog.channel.currentData() == "web-form"
    with qtbot.waitSignal(page.sig_loaded, timeout=20_000):
        dialog.register_button.click()
    assert dialog.number is not None
    assert requests.get_request(db, dialog.number).channel == "web-form"
    assert page.model.rowCount() == 0
    dialog.close()


def test_a_heic_attachment_is_named_not_shown_as_text(qtbot: QtBot) -> None:
    from iok_desk.ui.attachments import AttachmentPreviewDialog

    heic = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 64
    dialog = AttachmentPreviewDialog("IMG_0042.HEIC", heic)
    qtbot.addWidget(dialog)
    assert dialog.content_type == "image/heic" and dialog.text is None
    assert dialog.image is not None and "HEIC" in dialog.image.text()
