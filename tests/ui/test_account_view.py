"""The account view: actions its state allows, reissue with the letter in the print preview,
revoking one unit or the whole account, adding a unit, and a change by another clerk."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from support.gui import type_text

from iok_desk.db.engine import Database
from iok_desk.domain.credentials import format_login_id
from iok_desk.services import accounts
from iok_desk.services.context import Actor
from iok_desk.ui.account_view import AccountDialog, AddUnitDialog, RevokeDialog
from iok_desk.ui.main_window import MainWindow
from iok_desk.ui.preview import PreviewDialog


def open_account(window: MainWindow, qtbot: QtBot, login_id: str) -> AccountDialog:
    dialog = window.open_account(login_id)
    qtbot.waitUntil(lambda: dialog.details is not None)
    return dialog


def wait_preview(qtbot: QtBot, parent: object) -> PreviewDialog:
    def found() -> PreviewDialog | None:
        return parent.findChild(PreviewDialog, "letterPreview")  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: found() is not None, timeout=15000)
    preview = found()
    assert preview is not None
    qtbot.waitUntil(lambda: preview.document.status() == QPdfDocument.Status.Ready)
    return preview


def test_actions_follow_the_state(window: MainWindow, qtbot: QtBot, db: Database,
                                  admin: Actor, jan: str) -> None:
    dialog = open_account(window, qtbot, jan)
    assert dialog.block_button.isEnabled()
    assert dialog.add_unit_button.isEnabled()
    assert dialog.revoke_account_button.isEnabled()
    assert not dialog.revoke_unit_button.isEnabled()
    assert dialog.revoke_unit_button.toolTip() != ""
    accounts.revoke_access(db, admin, jan, reason="sale")
    dialog.reload()
    qtbot.waitUntil(lambda: dialog.details is not None and dialog.details.status == "revoked")
    for button in (dialog.block_button, dialog.reissue_button, dialog.revoke_account_button,
                   dialog.add_unit_button):
        assert not button.isEnabled()
    assert dialog.block_button.toolTip() == "Konto jest odebrane; to stan ostateczny."
    assert "odebrane" in dialog.status.text()


def test_reissue_opens_the_letter_in_the_preview_and_saves_only_on_request(
        window: MainWindow, qtbot: QtBot, db: Database, admin: Actor, jan: str,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    accounts.block_account(db, admin, jan, reason="lost-password", caller_name="Jan Kowalski")
    dialog = open_account(window, qtbot, jan)
    assert dialog.reissue_button.isEnabled()
    qtbot.mouseClick(dialog.reissue_button, Qt.MouseButton.LeftButton)
    box = dialog.child_dialog
    assert isinstance(box, QMessageBox)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    preview = wait_preview(qtbot, dialog)
    old = accounts.account_details(db, jan)
    assert old.status == "revoked"
    new_login = old.replaced_by_login_id
    assert new_login is not None
    assert dialog.login_id == new_login
    assert preview.document.pageCount() >= 1
    assert format_login_id(new_login) in preview.windowTitle()
    assert window.desk.letters_today[-1].login_id == new_login
    # No PDF on disk until the clerk saves.
    assert not list(tmp_path.rglob("*.pdf"))
    target = tmp_path / "pismo.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(target), "PDF (*.pdf)"))
    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert format_login_id(new_login) in text or new_login in text
    target.unlink()
    printed = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    assert preview.print_to(printer) == preview.document.pageCount()
    assert len(PdfReader(printed).pages) == preview.document.pageCount()
    printed.unlink()
    preview.close()


def test_revoke_one_unit_then_the_whole_account(window: MainWindow, qtbot: QtBot,
                                                db: Database, admin: Actor, jan: str) -> None:
    accounts.add_unit(db, admin, jan, "Śliwkowa 3")
    dialog = open_account(window, qtbot, jan)
    dialog.units.selectRow(1)
    assert dialog.revoke_unit_button.isEnabled()
    qtbot.mouseClick(dialog.revoke_unit_button, Qt.MouseButton.LeftButton)
    revoke = dialog.child_dialog
    assert isinstance(revoke, RevokeDialog)
    assert revoke.scope.currentData() == "Śliwkowa 3"
    revoke.reason.setCurrentIndex(revoke.reason.findData("gift"))
    with qtbot.waitSignal(dialog.sig_loaded, timeout=5000):
        qtbot.mouseClick(revoke.revoke_button, Qt.MouseButton.LeftButton)
    details = accounts.account_details(db, jan)
    assert details.status == "issued"
    assert [(unit.unit_address, unit.revoke_reason) for unit in details.units] == [
        ("Paprykowa 12/5", None), ("Śliwkowa 3", "gift")]
    qtbot.mouseClick(dialog.revoke_account_button, Qt.MouseButton.LeftButton)
    revoke = dialog.child_dialog
    assert isinstance(revoke, RevokeDialog)
    assert revoke.scope.currentData() == ""
    assert "nikomu" in revoke.warning.text()
    with qtbot.waitSignal(dialog.sig_loaded, timeout=5000):
        qtbot.mouseClick(revoke.revoke_button, Qt.MouseButton.LeftButton)
    assert accounts.account_details(db, jan).status == "revoked"
    assert accounts.account_details(db, jan).revoke_reason == "sale"


def test_add_unit_with_the_completer_and_a_refused_unit(window: MainWindow, qtbot: QtBot,
                                                        db: Database, jan: str) -> None:
    dialog = open_account(window, qtbot, jan)
    qtbot.mouseClick(dialog.add_unit_button, Qt.MouseButton.LeftButton)
    add = dialog.child_dialog
    assert isinstance(add, AddUnitDialog)
    qtbot.waitUntil(lambda: add.unit.completer() is not None)
    type_text(add.unit, "Paprykowa 12/7")
    qtbot.mouseClick(add.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: add.error.text() != "")
    assert "nie ma ważnego tytułu prawnego" in add.error.text()
    assert add.unit.styleSheet() != ""
    add.unit.clear()
    type_text(add.unit, "śliw")
    completer = add.unit.completer()
    qtbot.waitUntil(lambda: completer.completionCount() == 1)
    assert completer.currentCompletion() == "Śliwkowa 3"
    add.unit.setText(completer.currentCompletion())
    with qtbot.waitSignal(dialog.sig_loaded, timeout=5000):
        qtbot.mouseClick(add.add_button, Qt.MouseButton.LeftButton)
    assert [unit.unit_address for unit in accounts.account_details(db, jan).units] == [
        "Paprykowa 12/5", "Śliwkowa 3"]
    assert dialog.units.rowCount() == 2


def test_a_change_by_another_clerk_is_reported_and_the_view_reloads(
        window: MainWindow, qtbot: QtBot, db: Database, admin: Actor, jan: str) -> None:
    dialog = open_account(window, qtbot, jan)
    accounts.block_account(db, Actor("admin", workstation="other-desk"), jan,
                           reason="lost-password", caller_name="Jan Kowalski")
    qtbot.mouseClick(dialog.revoke_account_button, Qt.MouseButton.LeftButton)
    revoke = dialog.child_dialog
    assert isinstance(revoke, RevokeDialog)
    qtbot.mouseClick(revoke.revoke_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: revoke.error.text() != "")
    assert "innego pracownika" in revoke.error.text()
    assert accounts.account_details(db, jan).status == "blocked"
    qtbot.waitUntil(lambda: dialog.details is not None and dialog.details.status == "blocked")
    assert dialog.reissue_button.isEnabled()
    # The dialog now knows the account as it is: a second, informed click revokes.
    qtbot.waitUntil(lambda: revoke._details.status == "blocked")
    with qtbot.waitSignal(dialog.sig_loaded, timeout=5000):
        qtbot.mouseClick(revoke.revoke_button, Qt.MouseButton.LeftButton)
    assert accounts.account_details(db, jan).status == "revoked"
