"""The reason dialog (issue 13): a state change that needs a reason or a number never happens
on Enter in the text — OK is disabled until something is typed, Cancel is the default button,
only OK confirms. Shown here on the Pisma page, where Delete voids the selected letter."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QPlainTextEdit
from pytestqt.qtbot import QtBot

from iok_desk.db.engine import Database
from iok_desk.services import letter_register
from iok_desk.ui.main_window import MainWindow
from iok_desk.ui.pages import LettersPage
from iok_desk.ui.reason_dialog import ReasonDialog

from .test_letters_page import cell, letters_page


def test_enter_in_the_reason_confirms_nothing_and_ok_needs_a_reason(qtbot: QtBot) -> None:
    for multi_line in (False, True):
        dialog = ReasonDialog(None, "Void", "Why?", multi_line=multi_line)
        qtbot.addWidget(dialog)
        given: list[str] = []
        dialog.sig_given.connect(given.append)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.cancel_button.isDefault() and not dialog.ok_button.isDefault()
        assert not dialog.ok_button.isEnabled()
        dialog.text.setFocus()
        qtbot.keyClicks(dialog.text, "  ")
        assert not dialog.ok_button.isEnabled()  # blanks are no reason
        qtbot.keyClicks(dialog.text, "misprint")
        assert dialog.ok_button.isEnabled()
        qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
        qtbot.keyClick(dialog.text, Qt.Key.Key_Enter)
        assert dialog.isVisible() and given == []
        if isinstance(dialog.text, QPlainTextEdit):
            assert "\n" in dialog.text.toPlainText()  # Enter is a new line there
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        assert not dialog.isVisible() and given == ["misprint"]


def _in_the_dialog(act: Callable[[ReasonDialog], None], seen: list[ReasonDialog]) -> None:
    """Acts on the reason dialog once it runs its own event loop (it waits for the answer)."""
    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ReasonDialog) or not dialog.isVisible():
            QTimer.singleShot(10, attempt)
            return
        seen.append(dialog)
        try:
            act(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()  # a failed step must not leave the test waiting on the dialog

    QTimer.singleShot(0, attempt)


def _press_delete(qtbot: QtBot, window: MainWindow, page: LettersPage) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)


def test_delete_on_the_letters_page_voids_the_letter_only_with_ok(
        window: MainWindow, qtbot: QtBot, db: Database, jan: str, anna: str) -> None:
    page = letters_page(window, qtbot)
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    number = cell(page, 0, 0)
    page.select(number)
    seen: list[ReasonDialog] = []

    def enter_then_cancel(dialog: ReasonDialog) -> None:
        qtbot.keyClicks(dialog.text, "lost")
        qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
        assert dialog.isVisible()  # Enter did not confirm
        qtbot.keyClick(dialog.text, Qt.Key.Key_Escape)

    _in_the_dialog(enter_then_cancel, seen)
    _press_delete(qtbot, window, page)
    assert len(seen) == 1 and number in seen[0].findChild(type(page.outcome)).text()
    assert letter_register.get_letter(db, number).state == "printed"

    def type_and_ok(dialog: ReasonDialog) -> None:
        qtbot.keyClicks(dialog.text, "misprint")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    _in_the_dialog(type_and_ok, seen)
    _press_delete(qtbot, window, page)
    assert len(seen) == 2
    qtbot.waitUntil(lambda: letter_register.get_letter(db, number).state == "voided")
    qtbot.waitUntil(lambda: number in page.outcome.text())

    def shown_voided() -> bool:
        page.select(number)
        info = page.selected()
        return info is not None and info.state == "voided"

    qtbot.waitUntil(shown_voided)
    assert page.delete_selected() != ""  # a voided letter cannot be voided again
