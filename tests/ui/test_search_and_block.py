"""The one search box and the phone-in block, driven through the real widgets."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from support.gui import type_text

from iok_desk.db.engine import Database
from iok_desk.domain.credentials import damm_check_digit, format_login_id
from iok_desk.services import accounts, audit
from iok_desk.services.context import Actor
from iok_desk.ui.account_view import AccountDialog
from iok_desk.ui.block_dialog import BlockDialog
from iok_desk.ui.main_window import MainWindow


def type_search(qtbot: QtBot, window: MainWindow, text: str) -> None:
    with qtbot.waitSignal(window.search_panel.sig_search_done, timeout=5000):
        qtbot.keyClicks(window.search_panel.search, text)


def test_search_box_is_focused_at_start_and_checks_the_login_id(window: MainWindow,
                                                                 qtbot: QtBot) -> None:
    assert window.focusWidget() is window.search_panel.search
    qtbot.keyClicks(window.search_panel.search, "4821")
    assert window.search_panel.hint.text() == "Identyfikator: 4 z 8 cyfr"
    # A Damm check digit catches any single misheard digit.
    body = "4821093"
    valid = body + damm_check_digit(body)
    wrong = body + str((int(damm_check_digit(body)) + 1) % 10)
    window.search_panel.search.clear()
    qtbot.keyClicks(window.search_panel.search, wrong)
    assert "cyfra kontrolna" in window.search_panel.hint.text()
    window.search_panel.search.clear()
    qtbot.keyClicks(window.search_panel.search, format_login_id(valid))
    assert window.search_panel.hint.text().startswith("✓")


def test_results_as_you_type_without_diacritics_and_enter_opens(window: MainWindow,
                                                                 qtbot: QtBot, jan: str,
                                                                 anna: str) -> None:
    window.navigation.setCurrentRow(1)
    results = window.search_panel.results
    type_search(qtbot, window, "zolk")
    assert [row.login_id for row in results.rows] == [anna]
    assert results.data(results.index(0, 1)) == "Anna Żółkiewska"
    assert (window.pages.currentIndex(), window.navigation.currentRow()) == (0, -1)
    window.search_panel.search.clear()
    # Clearing the box goes back to the page the clerk was on.
    assert (window.pages.currentIndex(), window.navigation.currentRow()) == (2, 1)
    type_search(qtbot, window, "paprykowa 12")
    assert {row.login_id for row in window.search_panel.results.rows} == {jan, anna}
    qtbot.keyClick(window.search_panel.search, Qt.Key.Key_Down)
    chosen = window.search_panel.selected()
    assert chosen is not None
    qtbot.keyClick(window.search_panel.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(window.account_dialogs) == 1)
    dialog = window.account_dialogs[0]
    qtbot.waitUntil(lambda: dialog.details is not None)
    assert dialog.login_id == chosen.login_id
    assert format_login_id(chosen.login_id) in dialog.heading.text()


def test_enter_right_after_typing_opens_the_first_result(window: MainWindow, qtbot: QtBot,
                                                         jan: str) -> None:
    qtbot.keyClicks(window.search_panel.search, format_login_id(jan))
    qtbot.keyClick(window.search_panel.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(window.account_dialogs) == 1)
    assert window.account_dialogs[0].login_id == jan


def active_block_dialog(window: MainWindow, qtbot: QtBot) -> BlockDialog:
    """The block dialog open, once it shows the account as the database has it."""
    dialog = window.child_dialog
    assert isinstance(dialog, BlockDialog)
    qtbot.waitUntil(dialog.block_button.isEnabled)
    return dialog


def choose_verification(qtbot: QtBot, dialog: BlockDialog, presses: int = 1) -> None:
    """Alt+S (Sprawdzono), then Down: how the caller was verified."""
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    assert dialog.focusWidget() is dialog.verification
    for _ in range(presses):
        qtbot.keyClick(dialog.verification, Qt.Key.Key_Down)


def press_block_now(qtbot: QtBot, dialog: BlockDialog) -> None:
    """Alt+Z (Zablokuj teraz), as the clerk presses it."""
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Z, Qt.KeyboardModifier.AltModifier)


def test_phone_in_block_takes_five_keystrokes_after_the_search(
        window: MainWindow, qtbot: QtBot, db: Database, jan: str) -> None:
    type_search(qtbot, window, "kowalski")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.search_panel.search, Qt.Key.Key_B,
                   Qt.KeyboardModifier.ControlModifier)  # 1
    dialog = active_block_dialog(window, qtbot)
    assert (dialog.account_login.text(), dialog.account_name.text(),
            dialog.account_address.text(), dialog.account_status.text()) == (
        format_login_id(jan), "Jan Kowalski", "Paprykowa 12/5", "wydane")
    assert dialog.caller_name.text() == "Jan Kowalski"
    assert dialog.focusWidget() is dialog.reason
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Down)  # 2: used by someone else
    choose_verification(qtbot, dialog, presses=2)  # 3, 4: Alt+S, Down: phone of record
    press_block_now(qtbot, dialog)  # 5: block
    qtbot.waitUntil(lambda: dialog.outcome.text() != "")
    assert dialog.outcome.text().startswith(f"Zablokowano konto {format_login_id(jan)}")
    assert dialog.account_status.text() == "zablokowane"
    details = accounts.account_details(db, jan)
    assert details.status == "blocked"
    assert details.block_reason == "unauthorised-use"
    event = audit.audit_trail(db, audit.AuditFilter(action="account.block"))[0]
    assert event.details["caller"] == "Jan Kowalski"
    assert event.details["caller_phone"] == "+48 601234567"
    assert event.details["verification"] == "phone-of-record"
    # The results show the new state without another search.
    qtbot.waitUntil(lambda: window.search_panel.results.rows[0].status == "blocked")


def test_ctrl_b_right_after_typing_proposes_the_new_result_never_the_previous_one(
        window: MainWindow, qtbot: QtBot, db: Database, jan: str, anna: str) -> None:
    """The race of the phone block: the previous search shows Anna; the clerk selects the
    box (Ctrl+K), types Jan's login ID and presses Ctrl+B within the search's delay."""
    panel = window.search_panel
    type_search(qtbot, window, "zolk")
    assert [row.login_id for row in panel.results.rows] == [anna]
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(panel.search, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(panel.search, format_login_id(jan))
    qtbot.keyClick(panel.search, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    # Within the delay nothing may be proposed yet: the old rows are Anna's.
    assert window.child_dialog is None
    qtbot.waitUntil(lambda: isinstance(window.child_dialog, BlockDialog))
    dialog = active_block_dialog(window, qtbot)
    assert dialog.account_login.text() == format_login_id(jan)
    assert dialog.account_name.text() == "Jan Kowalski"
    assert dialog.account_address.text() == "Paprykowa 12/5"
    assert dialog.caller_name.text() == "Jan Kowalski"
    choose_verification(qtbot, dialog)
    press_block_now(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.outcome.text() != "")
    assert accounts.account_details(db, jan).status == "blocked"
    assert accounts.account_details(db, anna).status == "issued"


def test_ctrl_b_while_the_search_runs_waits_for_its_results(
        window: MainWindow, qtbot: QtBot, jan: str, anna: str) -> None:
    """Past the delay, the search is on its way but its rows are not shown yet."""
    panel = window.search_panel
    type_search(qtbot, window, "zolk")
    panel.search.setText(format_login_id(jan))
    qtbot.waitUntil(lambda: not panel._timer.isActive())
    window.block_selected()
    qtbot.waitUntil(lambda: isinstance(window.child_dialog, BlockDialog))
    assert active_block_dialog(window, qtbot).account_login.text() == format_login_id(jan)


def test_enter_in_the_block_dialog_blocks_nothing(window: MainWindow, qtbot: QtBot,
                                                  db: Database, jan: str) -> None:
    type_search(qtbot, window, "kowalski")
    window.block_selected()
    dialog = active_block_dialog(window, qtbot)
    for field in (dialog.reason, dialog.caller_name, dialog.caller_phone, dialog.note):
        field.setFocus()
        qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.desk.ops.idle)
    assert dialog.isVisible() and dialog.outcome.text() == ""
    assert accounts.account_details(db, jan).status == "issued"
    assert not dialog.block_button.isDefault()


def test_block_error_is_shown_next_to_the_field(window: MainWindow, qtbot: QtBot,
                                                db: Database, jan: str) -> None:
    type_search(qtbot, window, "kowalski")
    window.block_selected()
    dialog = active_block_dialog(window, qtbot)
    dialog.verification.setCurrentIndex(0)
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
    assert "Ctrl+B" in window.search_panel.hint.text()


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
    qtbot.waitUntil(block.block_button.isEnabled)
    assert (block.account_login.text(), block.account_address.text()) == (
        format_login_id(jan), "Paprykowa 12/5")
    choose_verification(qtbot, block)
    with qtbot.waitSignal(dialog.sig_loaded, timeout=5000):
        press_block_now(qtbot, block)
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
    dialog = active_block_dialog(window, qtbot)
    assert dialog.account_status.text() == "zablokowane"
    dialog.verification.setCurrentIndex(2)
    qtbot.mouseClick(dialog.block_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.outcome.text() != "")
    assert "już zablokowane" in dialog.outcome.text()
    assert audit.audit_trail(db, audit.AuditFilter(action="account.block_repeated"))
