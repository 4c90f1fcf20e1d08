"""The Pisma page (issue 18): the letter register with its filter, the steps of a letter's
life from the page, the reconciliation and the dispatch list — on both databases."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from iok_desk.db.engine import Database
from iok_desk.domain.states import LetterState
from iok_desk.services import accounts, letter_register
from iok_desk.ui.main_window import MainWindow
from iok_desk.ui.pages import LettersPage


def letters_page(window: MainWindow, qtbot: QtBot) -> LettersPage:
    window.activateWindow()
    qtbot.keyClick(window.search_panel.search, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    page = window.letters_page
    assert window.pages.currentWidget() is page
    return page


def cell(page: LettersPage, row: int, column: int) -> str:
    return page.model.item(row, column).text()


def test_hand_over_post_and_void_from_the_page(window: MainWindow, qtbot: QtBot, db: Database,
                                               jan: str, anna: str, tmp_path: Path) -> None:
    page = letters_page(window, qtbot)
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    numbers = [cell(page, row, 0) for row in range(2)]
    assert {cell(page, row, 1) for row in range(2)} == {"wydrukowane, w biurze"}
    recon = page.reconciliation_model
    assert [recon.item(0, column).text() for column in (1, 2, 3, 4)] == ["admin", "2", "0", "0"]
    assert recon.item(0, 7).text().startswith("2: ")
    assert not page.buttons[LetterState.RETURNED].isEnabled()

    page.select(numbers[1])
    assert page.buttons[LetterState.HANDED_OVER].isEnabled()
    page.ask_text = lambda _title, _label: "Jan Kowalski"
    qtbot.mouseClick(page.buttons[LetterState.HANDED_OVER], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: cell(page, 1, 1) == "wydane osobiście")
    assert "Jan Kowalski" in cell(page, 1, 6) and numbers[1] in page.outcome.text()
    assert letter_register.get_letter(db, numbers[1]).state == "handed_over"

    page.select(numbers[0])
    page.ask_text = lambda _title, _label: "RR123456789PL"
    qtbot.mouseClick(page.buttons[LetterState.POSTED], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: cell(page, 0, 1) == "nadane pocztą")
    qtbot.waitUntil(lambda: recon.item(0, 7).text() == "0")

    page.ask_path = lambda _caption, name: str(tmp_path / name)
    qtbot.mouseClick(page.form.findChild(type(page.buttons[LetterState.POSTED]),
                                         "dispatchButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "ksiazka-nadawcza" in page.outcome.text(), timeout=20_000)
    [saved] = tmp_path.glob("ksiazka-nadawcza-*.pdf")
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(saved.read_bytes())).pages)
    assert "RR123456789PL" in text

    page.select(numbers[0])
    page.ask_text = lambda _title, _label: "   "  # no reason: refused, nothing changes
    qtbot.mouseClick(page.buttons[LetterState.VOIDED], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Powód" in page.outcome.text())
    assert letter_register.get_letter(db, numbers[0]).state == "posted"

    page.state.setCurrentIndex(page.state.findData("handed_over"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert cell(page, 0, 0) == numbers[1]


def test_unused_first_passwords_are_closed_in_a_batch(
        window: MainWindow, qtbot: QtBot, db: Database, jan: str, anna: str) -> None:
    page = letters_page(window, qtbot)
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    numbers = {cell(page, row, 2).replace(" ", ""): cell(page, row, 0) for row in range(2)}
    letter_register.post(db, window.desk.actor, numbers[jan], tracking_number="RR1PL")
    letter_register.mark_returned(db, window.desk.actor, numbers[jan])
    page.show_unused()
    dialog = page.unused_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    assert dialog.table.item(0, 4).text() == "zwrócone przez pocztę"
    assert dialog.table.item(0, 2).text().startswith("wygasło")
    dialog.table.selectRow(0)
    dialog.ask_reason = lambda: "Adresat nieznany."
    qtbot.mouseClick(dialog.close_accounts, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "1" in dialog.outcome.text() and dialog.table.rowCount() == 0)
    assert accounts.account_details(db, jan).status == "revoked"
    assert accounts.account_details(db, anna).status == "issued"
    dialog.close()
