"""The keys clerks know from Polish office programs (issue 13 "Keyboard"): Tab leaves every
table, Ctrl+1…5 put the focus in the page's list, Insert logs a request, Enter and F2 open the
selected row, F1 shows the page's help, and every menu entry's keys are in its tooltip."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from iok_desk.db.engine import Database
from iok_desk.services.context import Actor
from iok_desk.ui.main_window import MainWindow
from iok_desk.ui.request_dialogs import NewRequestDialog, VerifyRequestDialog

from .test_requests import log


def _active(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.waitUntil(lambda: window.desk.ops.idle)


def test_tab_leaves_every_table(window: MainWindow, qtbot: QtBot) -> None:
    views = window.findChildren(QAbstractItemView)
    assert len(views) >= 6
    assert [view.objectName() for view in views if view.tabKeyNavigation()] == []
    _active(qtbot, window)
    table = window.requests_page.table
    qtbot.keyClick(window.search_panel.search, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is table
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not table


def test_ctrl_digit_puts_the_focus_in_the_page_s_list(window: MainWindow, qtbot: QtBot) -> None:
    _active(qtbot, window)
    for row, page in enumerate(window.page_list):
        window.search_panel.search.setFocus()
        qtbot.keyClick(window.search_panel.search, Qt.Key.Key_1 + row,
                       Qt.KeyboardModifier.ControlModifier)
        assert window.pages.currentWidget() is page
        view = page.main_view()
        if view is not None:
            assert QApplication.focusWidget() is view, page.KEY
        else:
            assert QApplication.focusWidget() is not window.search_panel.search


def test_insert_logs_a_request_and_enter_or_f2_opens_the_selected_one(
        window: MainWindow, qtbot: QtBot, db: Database, admin: Actor) -> None:
    number = log(db, admin, "Jan", "Kowalski", "Paprykowa 12/5")
    window.requests_page.reload()
    _active(qtbot, window)
    table = window.requests_page.table
    qtbot.keyClick(window.search_panel.search, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.requests_page.model.rowCount() == 1)
    table.setCurrentIndex(window.requests_page.model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Insert)
    assert isinstance(window.child_dialog, NewRequestDialog)
    window.child_dialog.close()
    for key in (Qt.Key.Key_Return, Qt.Key.Key_F2):
        _active(qtbot, window)
        table.setFocus()
        qtbot.keyClick(table, key)
        dialog = window.request_dialog
        assert isinstance(dialog, VerifyRequestDialog) and dialog.isVisible(), key
        assert number in dialog.windowTitle()
        dialog.close()
        window.request_dialog = None


def test_f1_shows_the_help_of_the_page_shown(window: MainWindow, qtbot: QtBot) -> None:
    _active(qtbot, window)
    texts = set()
    for row in range(len(window.page_list)):
        qtbot.keyClick(window.search_panel.search, Qt.Key.Key_1 + row,
                       Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F1)
        box = window.child_dialog
        assert isinstance(box, QMessageBox) and box.isVisible()
        assert box.windowTitle() == window.navigation.item(row).text()
        assert "F1" in box.detailedText()
        texts.add(box.text())
        box.close()
        _active(qtbot, window)
    assert len(texts) == len(window.page_list)


@pytest.mark.parametrize("language", ["pl", "en"])
def test_every_menu_entry_shows_its_keys(language: str, request: pytest.FixtureRequest,
                                          window: MainWindow) -> None:
    if language == "en":
        request.getfixturevalue("english")
    names = [action.text() for action in window.menuBar().actions()]
    assert len(names) == 4  # Desk, Account, View, Help: the main window builds all of them
    keyed = [action for menu in window.menuBar().actions() for action in menu.menu().actions()
             if action.shortcuts()]
    assert {key.toString() for action in keyed for key in action.shortcuts()} >= {
        "F1", "F2", "F3", "F5", "F7", "F8", "Ins", "Ctrl+1", "Ctrl+5"}
    for action in keyed:
        for key in action.shortcuts():
            assert key.toString() in action.toolTip(), action.text()
