"""The Pisma page (issue 18): the letter register with its filter, the steps of a letter's
life from the page, the reconciliation and the dispatch list — on both databases."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

from PIL import Image
from pypdf import PdfReader
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from iok_desk.db.engine import Database
from iok_desk.domain.states import LetterState
from iok_desk.letters.credential import render_credential_letters
from iok_desk.services import accounts, clerks, letter_register, requests
from iok_desk.services.dto import CredentialLetterData
from iok_desk.services.settings import get_letterhead
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
    qtbot.mouseClick(page.buttons[LetterState.HANDED_OVER], Qt.MouseButton.LeftButton)
    assert page.handover_dialog is not None
    page.handover_dialog.received_by.setText("Jan Kowalski")
    qtbot.mouseClick(page.handover_dialog.hand_over_button, Qt.MouseButton.LeftButton)
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
    dialog.ask_reason = lambda _label: "Adresat nieznany."
    qtbot.mouseClick(dialog.close_accounts, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "1" in dialog.outcome.text() and dialog.table.rowCount() == 0)
    assert accounts.account_details(db, jan).status == "revoked"
    assert accounts.account_details(db, anna).status == "issued"
    dialog.close()


def test_handover_names_another_id_checker_and_attaches_the_scan(
        window: MainWindow, qtbot: QtBot, db: Database, jan: str, tmp_path: Path) -> None:
    clerks.add_clerk(db, window.desk.actor, "ewa", "Ewa Kowalczyk", "clerk")
    page = letters_page(window, qtbot)
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    number = cell(page, 0, 0)
    page.select(number)
    qtbot.mouseClick(page.buttons[LetterState.HANDED_OVER], Qt.MouseButton.LeftButton)
    dialog = page.handover_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.checked_by.count() == 2)
    assert dialog.checked_by.currentData() == window.desk.actor.login  # me by default
    assert dialog.received_by.text() == "Jan Kowalski"
    wrong = tmp_path / "pokwitowanie.pdf"
    wrong.write_bytes(b"MZ\x90\x00 a program, not a scan")
    dialog.choose_scan = lambda: str(wrong)
    qtbot.mouseClick(dialog.scan_button, Qt.MouseButton.LeftButton)
    assert dialog.scan_name.text() == "pokwitowanie.pdf"
    qtbot.mouseClick(dialog.hand_over_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "PDF, JPEG" in page.outcome.text())  # refused, nothing changed
    assert letter_register.get_letter(db, number).state == "printed"

    qtbot.mouseClick(page.buttons[LetterState.HANDED_OVER], Qt.MouseButton.LeftButton)
    dialog = page.handover_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.checked_by.count() == 2)
    dialog.checked_by.setCurrentIndex(dialog.checked_by.findData("ewa"))
    dialog.received_by.setText("Maria Kowalska")
    scan = tmp_path / "skan.jpg"
    scan.write_bytes(b"\xff\xd8\xff\xe0" + bytes(100))
    dialog.choose_scan = lambda: str(scan)
    qtbot.mouseClick(dialog.scan_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.hand_over_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: cell(page, 0, 1) == "wydane osobiście")
    handed = letter_register.get_letter(db, number)
    assert (handed.received_by, handed.id_checked_by, handed.has_scan) == (
        "Maria Kowalska", "ewa", True)
    assert letter_register.letter_scan(db, number) == ("skan.jpg", scan.read_bytes())


def _strip_scan(db: Database, letter: CredentialLetterData, tmp_path: Path) -> Path:
    """The desk's letter as a scanner returns its signed strip: 150 dpi, slightly rotated,
    as JPEG."""
    source = tmp_path / "letter.pdf"
    source.write_bytes(render_credential_letters(get_letterhead(db), [letter]))
    subprocess.run(["pdftoppm", "-r", "150", "-gray", "-png", str(source),
                    str(tmp_path / "page")], check=True)
    [page_png] = tmp_path.glob("page-*.png")
    with Image.open(page_png) as page:
        strip = page.convert("L").crop((0, page.height - 320, page.width, page.height))
    scan = tmp_path / "skan-pokwitowania.jpg"
    strip.rotate(2, expand=True, fillcolor=255).save(scan, "JPEG", quality=80)
    return scan


def test_dropping_scans_on_the_page_reads_the_strips(
        window: MainWindow, qtbot: QtBot, db: Database, register: dict[str, object],
        tmp_path: Path) -> None:
    actor = window.desk.actor
    number = requests.register_request(db, actor, requests.NewRequest(
        kind="grant", channel="paper", first_name="Jan", last_name="Kowalski",
        unit="Paprykowa 12/5")).number
    requests.approve_request(db, actor, number)
    letter = accounts.issue_credentials(db, actor, number).letter
    assert letter is not None
    scan = _strip_scan(db, letter, tmp_path)
    unreadable = tmp_path / "pusta-strona.png"
    Image.new("L", (600, 300), 255).save(unreadable)
    ignored = tmp_path / "notatka.txt"
    ignored.write_text("nie skan")
    page = letters_page(window, qtbot)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path)) for path in (scan, unreadable, ignored)])
    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, data,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    page.dragEnterEvent(enter)
    assert enter.isAccepted()
    only_text = QMimeData()
    only_text.setUrls([QUrl.fromLocalFile(str(ignored))])
    refused = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, only_text,
                              Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    refused.ignore()
    page.dragEnterEvent(refused)
    assert not refused.isAccepted()
    page.dropEvent(QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, data,
                              Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    qtbot.waitUntil(lambda: letter.letter_number in page.outcome.text(), timeout=20_000)
    assert "pusta-strona.png" in page.outcome.text() and "notatka" not in page.outcome.text()
    handed = letter_register.get_letter(db, letter.letter_number)
    assert handed.state == "handed_over" and handed.has_scan
    assert handed.received_by == "Jan Kowalski" and handed.id_checked_by == actor.login


def test_unused_accounts_get_new_first_passwords_in_one_batch(
        window: MainWindow, qtbot: QtBot, db: Database, jan: str, anna: str) -> None:
    page = letters_page(window, qtbot)
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    numbers = {cell(page, row, 2).replace(" ", ""): cell(page, row, 0) for row in range(2)}
    for login in (jan, anna):
        letter_register.post(db, window.desk.actor, numbers[login], tracking_number="RR1PL")
        letter_register.mark_returned(db, window.desk.actor, numbers[login])
    page.show_unused()
    dialog = page.unused_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2)
    dialog.ask_reason = lambda _label: "Zwrot z poczty."
    qtbot.mouseClick(dialog.new_passwords, Qt.MouseButton.LeftButton)
    assert "Zaznacz" in dialog.outcome.text()  # nothing selected: nothing asked, nothing done
    dialog.table.selectAll()
    qtbot.mouseClick(dialog.new_passwords, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.findChild(QDialog, "letterPreview") is not None,
                    timeout=20_000)
    preview = dialog.findChild(QDialog, "letterPreview")
    assert "(2)" in preview.windowTitle()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0)
    renewed = window.desk.letters_today[-2:]
    assert {letter.login_id for letter in renewed} == {jan, anna}
    assert {letter_register.get_letter(db, number).state for number in numbers.values()} == {
        "voided"}
    assert [letter_register.get_letter(db, letter.letter_number).state
            for letter in renewed] == ["printed", "printed"]
    preview.done(0)


def test_a_reconciliation_row_opens_the_letters_still_in_the_office(
        window: MainWindow, qtbot: QtBot, db: Database, jan: str, anna: str) -> None:
    page = letters_page(window, qtbot)
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    numbers = {cell(page, row, 2).replace(" ", ""): cell(page, row, 0) for row in range(2)}
    letter_register.hand_over(db, window.desk.actor, numbers[jan], received_by="Jan Kowalski")
    page.reload()
    qtbot.waitUntil(lambda: page.reconciliation_model.rowCount() == 1
                    and page.reconciliation_model.item(0, 3).text() == "1")
    page.reconciliation_table.activated.emit(page.reconciliation_model.index(0, 7))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert cell(page, 0, 0) == numbers[anna]
    assert page.state.currentData() == "printed"
    assert numbers[anna] in page.outcome.text() and numbers[jan] not in page.outcome.text()
