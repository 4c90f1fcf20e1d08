"""The one search box and the phone-in block, driven through the real widgets."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from iok_desk.db.engine import Database
from iok_desk.domain.credentials import damm_check_digit, format_login_id
from iok_desk.services import accounts, audit
from iok_desk.services.context import Actor
from iok_desk.ui.account_view import AccountDialog
from iok_desk.ui.block_dialog import BlockDialog
from iok_desk.ui.main_window import MainWindow

from .conftest import type_text


def type_search(qtbot: QtBot, window: MainWindow, text: str) -> None:
    with qtbot.waitSignal(window.sig_search_done, timeout=5000):
        qtbot.keyClicks(window.search, text)


def test_search_box_is_focused_at_start_and_checks_the_login_id(window: MainWindow,
                                                                 qtbot: QtBot) -> None:
    assert window.focusWidget() is window.search
    qtbot.keyClicks(window.search, "4821")
    assert window.search_hint.text() == "Identyfikator: 4 z 8 cyfr"
    # A Damm check digit catches any single misheard digit.
    body = "4821093"
    valid = body + damm_check_digit(body)
    wrong = body + str((int(damm_check_digit(body)) + 1) % 10)
    window.search.clear()
    qtbot.keyClicks(window.search, wrong)
    assert "cyfra kontrolna" in window.search_hint.text()
    window.search.clear()
    qtbot.keyClicks(window.search, format_login_id(valid))
    assert window.search_hint.text().startswith("✓")


def test_results_as_you_type_without_diacritics_and_enter_opens(window: MainWindow,
                                                                 qtbot: QtBot, jan: str,
                                                                 anna: str) -> None:
    window.navigation.setCurrentRow(1)
    type_search(qtbot, window, "zolk")
    assert [row.login_id for row in window.results.rows] == [anna]
    assert window.results.data(window.results.index(0, 1)) == "Anna Żółkiewska"
    assert (window.pages.currentIndex(), window.navigation.currentRow()) == (0, -1)
    window.search.clear()
    # Clearing the box goes back to the page the clerk was on.
    assert (window.pages.currentIndex(), window.navigation.currentRow()) == (2, 1)
    type_search(qtbot, window, "paprykowa 12")
    assert {row.login_id for row in window.results.rows} == {jan, anna}
    qtbot.keyClick(window.search, Qt.Key.Key_Down)
    chosen = window.selected_result()
    assert chosen is not None
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(window.account_dialogs) == 1)
    dialog = window.account_dialogs[0]
    qtbot.waitUntil(lambda: dialog.details is not None)
    assert dialog.login_id == chosen.login_id
    assert format_login_id(chosen.login_id) in dialog.heading.text()


def test_enter_right_after_typing_opens_the_first_result(window: MainWindow, qtbot: QtBot,
                                                         jan: str) -> None:
    qtbot.keyClicks(window.search, format_login_id(jan))
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(window.account_dialogs) == 1)
    assert window.account_dialogs[0].login_id == jan


def active_block_dialog(window: MainWindow) -> BlockDialog:
    dialog = window.child_dialog
    assert isinstance(dialog, BlockDialog)
    return dialog


def test_phone_in_block_takes_three_keystrokes_after_the_search(
        window: MainWindow, qtbot: QtBot, db: Database, jan: str) -> None:
    type_search(qtbot, window, "kowalski")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.search, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)  # 1
    dialog = active_block_dialog(window)
    assert dialog.caller_name.text() == "Jan Kowalski"
    assert dialog.focusWidget() is dialog.reason
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Down)  # 2: used by someone else
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)  # 3: block
    qtbot.waitUntil(lambda: dialog.outcome.text() != "")
    assert dialog.outcome.text().startswith(f"Zablokowano konto {format_login_id(jan)}")
    details = accounts.account_details(db, jan)
    assert details.status == "blocked"
    assert details.block_reason == "unauthorised-use"
    event = audit.audit_trail(db, audit.AuditFilter(action="account.block"))[0]
    assert event.details["caller"] == "Jan Kowalski"
    assert event.details["caller_phone"] == "+48 601234567"
    # The results show the new state without another search.
    qtbot.waitUntil(lambda: window.results.rows[0].status == "blocked")


def test_block_error_is_shown_next_to_the_field(window: MainWindow, qtbot: QtBot,
                                                db: Database, jan: str) -> None:
    type_search(qtbot, window, "kowalski")
    window.block_selected()
    dialog = active_block_dialog(window)
    dialog.caller_name.clear()
    qtbot.mouseClick(dialog.block_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.text() != "")
    assert "Zgłaszający" in dialog.error.text()
    assert dialog.caller_name.styleSheet() != ""
    assert accounts.account_details(db, jan).status == "issued"
    type_text(dialog.caller_name, "sąsiadka, nie przedstawiła się")
    qtbot.mouseClick(dialog.block_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.outcome.text() != "")
    assert accounts.account_details(db, jan).status == "blocked"


def test_ctrl_b_without_a_result_points_to_the_search(window: MainWindow,
                                                      qtbot: QtBot) -> None:
    window.block_selected()
    assert window.child_dialog is None
    assert "Ctrl+B" in window.search_hint.text()


def open_account(window: MainWindow, qtbot: QtBot, login_id: str) -> AccountDialog:
    dialog = window.open_account(login_id)
    qtbot.waitUntil(lambda: dialog.details is not None)
    return dialog


def test_block_from_the_account_view(window: MainWindow, qtbot: QtBot, db: Database,
                                     jan: str) -> None:
    dialog = open_account(window, qtbot, jan)
    assert not dialog.reissue_button.isEnabled()
    assert "po zablokowaniu" in dialog.reissue_button.toolTip()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    block = dialog.child_dialog
    assert isinstance(block, BlockDialog)
    qtbot.keyClick(block.reason, Qt.Key.Key_Return)
    with qtbot.waitSignal(dialog.sig_loaded, timeout=5000):
        qtbot.waitUntil(lambda: block.outcome.text() != "")
    qtbot.waitUntil(lambda: dialog.details is not None and dialog.details.status == "blocked")
    assert accounts.account_details(db, jan).block_reason == "lost-password"
    assert dialog.reissue_button.isEnabled()
    assert "zablokowane" in dialog.status.text()


def test_second_report_on_a_blocked_account_is_recorded(
        make_window: Callable[[Actor], MainWindow], admin: Actor, qtbot: QtBot,
        db: Database, jan: str) -> None:
    accounts.block_account(db, admin, jan, reason="lost-password", caller_name="Jan Kowalski")
    window = make_window(admin)
    type_search(qtbot, window, format_login_id(jan))
    window.block_selected()
    dialog = active_block_dialog(window)
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.outcome.text() != "")
    assert "już zablokowane" in dialog.outcome.text()
    assert audit.audit_trail(db, audit.AuditFilter(action="account.block_repeated"))
