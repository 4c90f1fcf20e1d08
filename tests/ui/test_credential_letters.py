"""The credential letter in the desk: rendered before the commit (a failing render issues
nothing), kept in memory, saved only privately, and never closed unprinted without a question;
a new first password from the account view; a reissue that leaves out an ended title."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update
from support.gui import type_text

from iok_desk.db.engine import Database
from iok_desk.db.models import Title, Unit
from iok_desk.domain.dates import now_utc, office_date
from iok_desk.letters import produce
from iok_desk.services import accounts, requests
from iok_desk.services.context import Actor
from iok_desk.ui.account_view import NewPasswordDialog
from iok_desk.ui.main_window import MainWindow

from .test_account_view import open_account, wait_preview
from .test_requests import click_and_wait, log, open_verify


def test_closing_an_unprinted_letter_asks_and_save_writes_a_private_file(
        window: MainWindow, qtbot: QtBot, db: Database, admin: Actor, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    number = log(db, admin, "Jan", "Kowalski", "Paprykowa 12/5")
    requests.approve_request(db, admin, number)
    dialog = open_verify(window, qtbot, number)
    qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    preview = wait_preview(qtbot, dialog)
    assert requests.get_request(db, number).status == "done"
    preview.reject()  # Escape or the window's close button
    box = preview.close_question
    assert isinstance(box, QMessageBox) and preview.isVisible()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert preview.isVisible()  # the letter stays until printed or saved
    target = tmp_path / "pismo.pdf"
    target.write_bytes(b"an older letter")  # the file dialog asked before replacing it
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(target), "PDF (*.pdf)"))
    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes().startswith(b"%PDF")
    assert target.stat().st_mode & 0o077 == 0
    preview.reject()
    assert not preview.isVisible()  # saved: no question


def test_a_letter_that_cannot_be_rendered_issues_nothing(
        window: MainWindow, qtbot: QtBot, db: Database, admin: Actor,
        monkeypatch: pytest.MonkeyPatch) -> None:
    number = log(db, admin, "Jan", "Kowalski", "Paprykowa 12/5")
    requests.approve_request(db, admin, number)
    dialog = open_verify(window, qtbot, number)

    def broken(*_args: object, **_kwargs: object) -> bytes:
        raise produce.LetterNotRendered("Nie udało się przygotować pisma z hasłem (TTFError); "
                                        "nic nie zostało zapisane, konto nie zostało "
                                        "utworzone.")

    monkeypatch.setattr(produce, "credential_letters_pdf", broken)
    qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.text() != "")
    assert "konto nie zostało utworzone" in dialog.error.text()
    assert requests.get_request(db, number).status == "approved"
    assert window.desk.letters_today == []


def test_a_new_first_password_from_the_account_view(window: MainWindow, qtbot: QtBot,
                                                    db: Database, admin: Actor,
                                                    jan: str) -> None:
    dialog = open_account(window, qtbot, jan)
    assert dialog.new_password_button.isEnabled()
    qtbot.mouseClick(dialog.new_password_button, Qt.MouseButton.LeftButton)
    renew = dialog.child_dialog
    assert isinstance(renew, NewPasswordDialog)
    qtbot.mouseClick(renew.issue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: renew.error.text() != "")  # a reason is required
    type_text(renew.reason, "Pismo zalane kawą.")
    qtbot.mouseClick(renew.issue_button, Qt.MouseButton.LeftButton)
    preview = wait_preview(qtbot, dialog)
    assert preview.credential and window.desk.letters_today[-1].login_id == jan
    events = [event.action for event in accounts.account_details(db, jan).events]
    assert "account.new_first_password" in events
    accounts.block_account(db, admin, jan, reason="lost-password", caller_name="Jan Kowalski")
    dialog.reload()
    qtbot.waitUntil(lambda: dialog.details is not None and dialog.details.status == "blocked")
    assert not dialog.new_password_button.isEnabled()
    assert "nowy identyfikator" in dialog.new_password_button.toolTip()


def test_a_reissue_tells_the_clerk_which_unit_was_left_out(
        window: MainWindow, qtbot: QtBot, db: Database, admin: Actor, jan: str) -> None:
    accounts.add_unit(db, admin, jan, "Śliwkowa 3")
    accounts.block_account(db, admin, jan, reason="lost-password", caller_name="Jan Kowalski")
    with db.transaction() as session:  # the garage was sold yesterday
        garage = session.scalar(select(Unit.id).where(Unit.street == "Śliwkowa"))
        session.execute(update(Title).where(Title.unit_id == garage).values(
            valid_to=office_date(now_utc()) - timedelta(days=1)))
    dialog = open_account(window, qtbot, jan)
    qtbot.mouseClick(dialog.reissue_button, Qt.MouseButton.LeftButton)
    box = dialog.child_dialog
    assert isinstance(box, QMessageBox)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    wait_preview(qtbot, dialog)
    assert "Śliwkowa 3" in dialog.error.text()
    assert window.desk.letters_today[-1].unit_addresses == ["Paprykowa 12/5"]


def test_a_block_request_is_carried_out_by_the_service(window: MainWindow, qtbot: QtBot,
                                                       db: Database, admin: Actor,
                                                       jan: str) -> None:
    number = requests.register_request(db, admin, requests.NewRequest(
        kind="block", channel="paper", first_name="Jan", last_name="Kowalski",
        login_id=jan)).number
    requests.approve_request(db, admin, number)
    dialog = open_verify(window, qtbot, number)
    click_and_wait(qtbot, dialog, dialog.issue_button)
    assert accounts.account_details(db, jan).status == "blocked"
    assert requests.get_request(db, number).status == "done"


def test_quitting_with_an_unprinted_letter_asks_first(
        window: MainWindow, qtbot: QtBot, db: Database, admin: Actor,
        monkeypatch: pytest.MonkeyPatch) -> None:
    number = log(db, admin, "Jan", "Kowalski", "Paprykowa 12/5")
    requests.approve_request(db, admin, number)
    dialog = open_verify(window, qtbot, number)
    qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    preview = wait_preview(qtbot, dialog)
    asked: list[str] = []
    answer = QMessageBox.StandardButton.Cancel

    def warning(_parent: object, title: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(title)
        return answer

    monkeypatch.setattr(QMessageBox, "warning", warning)
    window.close()
    assert asked and window.isVisible() and preview.isVisible()
    answer = QMessageBox.StandardButton.Close
    window.close()
    assert len(asked) == 2 and not window.isVisible()
    assert preview.handed_out  # the preview does not ask a second time
