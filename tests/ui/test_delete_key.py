"""Delete in the lists (issue 13 "Keyboard"): on each page it does what is safe there, always
through a dialog that asks first, whose default button is Cancel and where Enter confirms
nothing; where nothing may be deleted, the status bar says so."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot
from support.rows import row_counts

from iok_desk.db.engine import Database
from iok_desk.services import accounts, requests
from iok_desk.services.context import Actor
from iok_desk.ui.account_view import RevokeDialog
from iok_desk.ui.main_window import MainWindow
from iok_desk.ui.pages.base import Page
from iok_desk.ui.pages.requests import RejectRequestDialog

from .test_mnemonics import clashes
from .test_requests import log


def _press_delete_in(qtbot: QtBot, window: MainWindow, page: Page) -> None:
    """Show the page, focus its list on the selected row and press Delete there."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.show_page(window.page_list.index(page))
    view = page.main_view()
    assert view is not None
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Delete)


def _enter_everywhere_changes_nothing(qtbot: QtBot, window: MainWindow, db: Database,
                                      dialog: object) -> None:
    from .test_enter_safety import assert_enter_changes_nothing

    assert_enter_changes_nothing(qtbot, window, db, dialog)  # type: ignore[arg-type]


def test_delete_is_in_the_menu_with_its_key(window: MainWindow) -> None:
    assert window.action_delete.shortcut() == QKeySequence(Qt.Key.Key_Delete)
    assert "Del" in window.action_delete.toolTip()
    assert window.action_delete in window.menuBar().actions()[1].menu().actions()


def test_delete_in_the_queue_asks_to_reject_the_request(window: MainWindow, qtbot: QtBot,
                                                        db: Database, admin: Actor) -> None:
    number = log(db, admin, "Jan", "Kowalski", "Paprykowa 12/5")
    page = window.requests_page
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.table.selectRow(0)
    _press_delete_in(qtbot, window, page)
    dialog = page.reject_dialog
    assert isinstance(dialog, RejectRequestDialog)
    qtbot.waitExposed(dialog)
    assert number in dialog.windowTitle()
    assert dialog.cancel_button.isDefault() and not dialog.reject_button.isDefault()
    assert dialog.focusWidget() is dialog.reason
    before = row_counts(db)
    qtbot.keyClicks(dialog.reason, "Brak tytulu")
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        qtbot.keyClick(dialog.reason, key)  # a new line of the reason, never a decision
    qtbot.waitUntil(lambda: window.desk.ops.idle)
    assert dialog.isVisible()
    assert requests.get_request(db, number).status == "received" and row_counts(db) == before
    assert dialog.reason.toPlainText().startswith("Brak tytulu\n")

    qtbot.mouseClick(dialog.reject_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible())
    rejected = requests.get_request(db, number)
    assert rejected.status == "rejected" and rejected.decision_reason == "Brak tytulu"
    after = row_counts(db)
    assert after["audit_event"] == before["audit_event"] + 1


def test_delete_refuses_a_request_past_its_decision_and_an_empty_reason(
        window: MainWindow, qtbot: QtBot, db: Database, admin: Actor) -> None:
    approved = log(db, admin, "Jan", "Kowalski", "Paprykowa 12/5")
    requests.approve_request(db, admin, approved)
    page = window.requests_page
    page.status.setCurrentIndex(page.status.findData(""))  # every status
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.table.selectRow(0)
    _press_delete_in(qtbot, window, page)
    assert page.reject_dialog is None
    assert approved in window.statusBar().currentMessage()

    waiting = log(db, admin, "Anna", "Nowak", "Paprykowa 12/7")
    with qtbot.waitSignal(page.sig_loaded):
        page.reload()
    page.table.selectRow([info.number for info in page.model.rows].index(waiting))
    _press_delete_in(qtbot, window, page)
    dialog = page.reject_dialog
    assert isinstance(dialog, RejectRequestDialog)
    before = row_counts(db)
    qtbot.mouseClick(dialog.reject_button, Qt.MouseButton.LeftButton)  # no reason given
    qtbot.waitUntil(lambda: dialog.error.text() != "")
    assert dialog.isVisible() and requests.get_request(db, waiting).status == "received"
    assert row_counts(db) == before


def test_delete_in_the_accounts_list_opens_the_revoke_dialog(
        window: MainWindow, qtbot: QtBot, db: Database, jan: str) -> None:
    page = window.accounts_page
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.table.selectRow(0)
    _press_delete_in(qtbot, window, page)
    qtbot.waitUntil(lambda: isinstance(window.child_dialog, RevokeDialog))
    dialog = window.child_dialog
    assert isinstance(dialog, RevokeDialog)
    qtbot.waitExposed(dialog)
    assert dialog.scope.currentData() == ""  # the whole account, said in the dialog
    assert not dialog.revoke_button.isDefault()
    cancel = next(button for button in dialog.findChildren(QPushButton)
                  if button is not dialog.revoke_button and button.isDefault())
    _enter_everywhere_changes_nothing(qtbot, window, db, dialog)
    assert accounts.account_details(db, jan).status == "issued"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert accounts.account_details(db, jan).status == "issued"


def test_delete_in_the_units_list_revokes_the_selected_account_s_access(
        window: MainWindow, qtbot: QtBot, db: Database, jan: str) -> None:
    page = window.units_page
    _press_delete_in(qtbot, window, page)  # no account chosen: nothing but a word why
    assert window.child_dialog is None and window.statusBar().currentMessage() != ""
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3 and page.model.row_at(0) is not None)
    with qtbot.waitSignal(page.sig_unit_loaded):
        page.table.selectRow(0)
        page.table.clicked.emit(page.model.index(0, 0))  # Paprykowa 12/5, Jan's
    _press_delete_in(qtbot, window, page)
    qtbot.waitUntil(lambda: isinstance(window.child_dialog, RevokeDialog))
    dialog = window.child_dialog
    assert isinstance(dialog, RevokeDialog)
    qtbot.waitExposed(dialog)
    assert dialog.scope.currentData() == "Paprykowa 12/5"
    _enter_everywhere_changes_nothing(qtbot, window, db, dialog)
    assert [access.revoked_at for access in accounts.account_details(db, jan).units] == [None]


def test_delete_changes_nothing_in_the_audit_trail(window: MainWindow, qtbot: QtBot,
                                                   db: Database, jan: str) -> None:
    page = window.audit_page
    with qtbot.waitSignal(page.sig_loaded):
        page.show_events()
    page.table.selectRow(0)
    before = row_counts(db)
    _press_delete_in(qtbot, window, page)
    assert window.child_dialog is None
    assert "dziennik" in window.statusBar().currentMessage().lower()
    qtbot.waitUntil(lambda: window.desk.ops.idle)
    assert row_counts(db) == before


@pytest.mark.parametrize("language", ["pl", "en"])
def test_the_reject_dialog_speaks_the_window_s_language_without_mnemonic_clashes(
        request: pytest.FixtureRequest, language: str,
        make_window: Callable[[Actor], MainWindow], admin: Actor, qtbot: QtBot,
        db: Database, register: dict[str, object]) -> None:
    if language == "en":
        request.getfixturevalue("english")
    window = make_window(admin)
    number = log(db, admin, "Jan", "Kowalski", "Paprykowa 12/5")
    dialog = RejectRequestDialog(window.desk, requests.get_request(db, number), window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert clashes(dialog) == {}
    assert [button.text().replace("&", "") for button in (
        dialog.reject_button, dialog.cancel_button)] == {
        "pl": ["Odrzuć wniosek", "Anuluj"], "en": ["Reject the request", "Cancel"]}[language]
    dialog.close()


def test_delete_in_a_text_field_deletes_a_character_only(window: MainWindow,
                                                         qtbot: QtBot) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    field = window.accounts_page.filter
    window.show_page(window.page_list.index(window.accounts_page))
    field.setFocus()
    field.setText("kowal")
    field.setCursorPosition(0)
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    assert field.text() == "owal"
    assert window.statusBar().currentMessage() == "" and window.child_dialog is None
