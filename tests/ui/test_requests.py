"""Logging a request, the request queue, and verifying a request up to the credential letter."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from support.gui import type_text

from iok_desk.db.engine import Database
from iok_desk.domain.dates import now_utc
from iok_desk.services import accounts, audit, requests
from iok_desk.services.context import Actor
from iok_desk.ui.main_window import MainWindow
from iok_desk.ui.request_dialogs import NewRequestDialog, VerifyRequestDialog

from .test_account_view import wait_preview


def log(db: Database, actor: Actor, first: str, last: str, unit: str, days_ago: int = 0,
        kind: str = "grant") -> str:
    return requests.register_request(db, actor, requests.NewRequest(
        kind=kind, channel="paper", first_name=first, last_name=last, unit=unit,
        received_at=now_utc() - timedelta(days=days_ago))).number


def test_log_a_request_from_the_keyboard(window: MainWindow, qtbot: QtBot,
                                         db: Database) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.search_panel.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.child_dialog
    assert isinstance(dialog, NewRequestDialog)
    assert dialog.focusWidget() is dialog.kind
    dialog.channel.setCurrentIndex(dialog.channel.findData("e-mail"))
    type_text(dialog.first_name, "Anna")
    qtbot.mouseClick(dialog.register_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.text() != "")
    assert "Nazwisko" in dialog.error.text()
    assert dialog.last_name.styleSheet() != ""
    assert requests.list_requests(db) == []
    type_text(dialog.last_name, "Żółkiewska")
    qtbot.waitUntil(lambda: dialog.unit.completer() is not None)
    type_text(dialog.unit, "paprykowa 12/7")
    type_text(dialog.email, "anna@example.pl")
    type_text(dialog.note, "Proszę o dostęp do IOK.")
    with qtbot.waitSignal(dialog.sig_registered, timeout=5000) as registered:
        qtbot.mouseClick(dialog.register_button, Qt.MouseButton.LeftButton)
    number = registered.args[0]
    assert number in dialog.outcome.text()
    info = requests.get_request(db, number)
    assert (info.kind, info.channel, info.applicant_last_name, info.unit_address,
            info.applicant_email, info.note) == ("grant", "e-mail", "Żółkiewska",
                                                 "Paprykowa 12/7", "anna@example.pl",
                                                 "Proszę o dostęp do IOK.")
    qtbot.waitUntil(lambda: window.status_open.text() == "Otwarte wnioski: 1")
    qtbot.waitUntil(lambda: window.requests_page.model.rowCount() == 1)


def test_queue_filters_and_overdue_requests_stand_out(window: MainWindow, qtbot: QtBot,
                                                      db: Database, admin: Actor,
                                                      qtmodeltester: ModelTester) -> None:
    old = log(db, admin, "Jan", "Kowalski", "Paprykowa 12/5", days_ago=20)
    fresh = log(db, admin, "Anna", "Żółkiewska", "Paprykowa 12/7", days_ago=1)
    page = window.requests_page
    with qtbot.waitSignal(page.sig_loaded, timeout=5000):
        page.reload()
    model = page.model
    qtmodeltester.check(model)
    assert [row.number for row in model.rows] == [old, fresh]
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(model.index(1, 0), Qt.ItemDataRole.ForegroundRole) is None
    assert model.data(model.index(0, 2)) == "⚠ 20"
    assert model.data(model.index(1, 2)) == "1"
    assert "1 zaległy" in page.summary.text()
    with qtbot.waitSignal(page.sig_loaded, timeout=5000):
        page.age.setCurrentIndex(page.age.findData(14))
    assert [row.number for row in model.rows] == [old]
    with qtbot.waitSignal(page.sig_loaded, timeout=5000):
        page.kind.setCurrentIndex(page.kind.findData("block"))
    assert model.rows == []


def open_verify(window: MainWindow, qtbot: QtBot, number: str) -> VerifyRequestDialog:
    page = window.requests_page
    with qtbot.waitSignal(page.sig_loaded, timeout=5000):
        page.status.setCurrentIndex(page.status.findData(""))
        page.reload()
    row = [info.number for info in page.model.rows].index(number)
    page.table.selectRow(row)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = window.request_dialog
    assert isinstance(dialog, VerifyRequestDialog)
    qtbot.waitUntil(lambda: dialog.info is not None)
    return dialog


def click_and_wait(qtbot: QtBot, dialog: VerifyRequestDialog, button: object) -> None:
    with qtbot.waitSignal(dialog.sig_loaded, timeout=5000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def test_verify_ask_resume_approve_and_issue(window: MainWindow, qtbot: QtBot, db: Database,
                                             admin: Actor) -> None:
    number = log(db, admin, "Jan", "Kowalski", "Paprykowa 12/5")
    window.navigation.setCurrentRow(0)
    dialog = open_verify(window, qtbot, number)
    assert dialog.titles.rowCount() == 2
    assert dialog.titles.item(0, 0).text() == "Jan Kowalski"
    assert dialog.match.text() == "✓ Jan Kowalski ma ważny dziś tytuł prawny do tego lokalu."
    assert not dialog.issue_button.isEnabled()
    assert not dialog.resume_button.isEnabled()
    qtbot.mouseClick(dialog.ask_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.text() != "")
    assert "Czego brakuje" in dialog.error.text()
    type_text(dialog.text, "Brak podpisu.")
    click_and_wait(qtbot, dialog, dialog.ask_button)
    assert requests.get_request(db, number).status == "needs_info"
    assert dialog.resume_button.isEnabled()
    assert not dialog.approve_button.isEnabled()
    assert "wymaga uzupełnienia" in dialog.approve_button.toolTip()
    click_and_wait(qtbot, dialog, dialog.resume_button)
    click_and_wait(qtbot, dialog, dialog.approve_button)
    assert requests.get_request(db, number).status == "approved"
    assert dialog.issue_button.isEnabled()
    qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    preview = wait_preview(qtbot, dialog)
    info = requests.get_request(db, number)
    assert info.status == "done"
    assert info.account_login_id is not None
    assert accounts.account_details(db, info.account_login_id).status == "issued"
    assert preview.document.pageCount() >= 1
    preview.close()


def test_a_title_that_ended_is_shown_and_the_request_rejected(window: MainWindow,
                                                              qtbot: QtBot, db: Database,
                                                              admin: Actor) -> None:
    number = log(db, admin, "Anna", "Żółkiewska", "Paprykowa 12/5")
    dialog = open_verify(window, qtbot, number)
    assert dialog.match.text() == ("✗ Tytuł prawny osoby Anna Żółkiewska do tego lokalu nie "
                                   "jest dziś ważny.")
    qtbot.mouseClick(dialog.approve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.text() != "")
    assert "wygasł" in dialog.error.text()
    assert requests.get_request(db, number).status == "received"
    type_text(dialog.text, "Wnioskodawczyni sprzedała lokal.")
    click_and_wait(qtbot, dialog, dialog.reject_button)
    info = requests.get_request(db, number)
    assert (info.status, info.decision_reason) == ("rejected",
                                                   "Wnioskodawczyni sprzedała lokal.")
    assert not dialog.approve_button.isEnabled()


def test_receipt_is_printed_right_after_logging(window: MainWindow, qtbot: QtBot,
                                                db: Database) -> None:
    window.new_request()
    dialog = window.child_dialog
    assert isinstance(dialog, NewRequestDialog)
    assert not dialog.receipt_button.isEnabled()
    type_text(dialog.first_name, "Jan")
    type_text(dialog.last_name, "Kowalski")
    type_text(dialog.unit, "Paprykowa 12/5")
    with qtbot.waitSignal(dialog.sig_registered, timeout=5000) as registered:
        qtbot.mouseClick(dialog.register_button, Qt.MouseButton.LeftButton)
    assert dialog.focusWidget() is dialog.receipt_button
    qtbot.keyClick(dialog.receipt_button, Qt.Key.Key_Return)
    preview = wait_preview(qtbot, dialog)
    assert registered.args[0] in preview.windowTitle()
    assert preview.document.pageCount() >= 1
    events = audit.audit_trail(db, audit.AuditFilter(action="letter.receipt"))
    assert [event.request_number for event in events] == [registered.args[0]]
    preview.close()


def test_approved_add_unit_request_is_carried_out_and_a_rejection_letter_printed(
        window: MainWindow, qtbot: QtBot, db: Database, admin: Actor, jan: str) -> None:
    number = requests.register_request(db, admin, requests.NewRequest(
        kind="add-unit", channel="paper", first_name="Jan", last_name="Kowalski",
        unit="Śliwkowa 3", login_id=jan)).number
    dialog = open_verify(window, qtbot, number)
    click_and_wait(qtbot, dialog, dialog.approve_button)
    assert dialog.issue_button.text() == "&Dodaj lokal do konta"
    click_and_wait(qtbot, dialog, dialog.issue_button)
    assert requests.get_request(db, number).status == "done"
    assert [unit.unit_address for unit in accounts.account_details(db, jan).units] == [
        "Paprykowa 12/5", "Śliwkowa 3"]
    dialog.close()
    refused = log(db, admin, "Anna", "Żółkiewska", "Paprykowa 12/5")
    requests.reject_request(db, admin, refused, "Brak tytułu prawnego do lokalu.")
    dialog = open_verify(window, qtbot, refused)
    assert dialog.decision_button.isEnabled()
    qtbot.mouseClick(dialog.decision_button, Qt.MouseButton.LeftButton)
    preview = wait_preview(qtbot, dialog)
    assert refused in preview.windowTitle()
    assert audit.audit_trail(db, audit.AuditFilter(action="letter.decision"))
    preview.close()


def test_every_bad_field_is_reported_in_one_round(window: MainWindow, qtbot: QtBot,
                                                  db: Database) -> None:
    window.new_request()
    dialog = window.child_dialog
    assert isinstance(dialog, NewRequestDialog)
    type_text(dialog.first_name, "Ewa")
    type_text(dialog.unit, "Paprykowa")  # no building number
    type_text(dialog.email, "ewa@")
    type_text(dialog.phone, "12 34")
    qtbot.mouseClick(dialog.register_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.text() != "")
    lines = dialog.error.text().splitlines()
    assert len(lines) == 4, lines  # last name, unit, e-mail and phone at once
    for word in ("Nazwisko", "Lokal", "e-mail", "telefonu"):
        assert any(word in line for line in lines), word
    for field in (dialog.last_name, dialog.unit, dialog.email, dialog.phone):
        assert field.styleSheet() != ""
    assert dialog.first_name.styleSheet() == ""
    assert dialog.focusWidget() is dialog.last_name
    assert requests.list_requests(db) == []


def ask_about_an_unknown_unit(window: MainWindow,
                              qtbot: QtBot) -> tuple[NewRequestDialog, QMessageBox | None]:
    """A new request for a unit the register does not hold, registered: the dialog and the
    question it then asks."""
    window.new_request()
    dialog = window.child_dialog
    assert isinstance(dialog, NewRequestDialog)
    type_text(dialog.first_name, "Ewa")
    type_text(dialog.last_name, "Nowicka")
    type_text(dialog.unit, "Paprykowa 12/99")
    qtbot.mouseClick(dialog.register_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.unit_question is not None
                    and dialog.unit_question.isVisible())
    question = dialog.unit_question
    return dialog, question


def test_an_unknown_unit_is_registered_only_after_a_warning(window: MainWindow, qtbot: QtBot,
                                                            db: Database) -> None:
    dialog, question = ask_about_an_unknown_unit(window, qtbot)
    assert question is not None and "Paprykowa 12/99" in question.text()
    assert question.defaultButton() is question.button(question.StandardButton.No)
    question.button(question.StandardButton.No).click()
    qtbot.waitUntil(dialog.register_button.isEnabled)
    assert requests.list_requests(db) == [] and dialog.unit.styleSheet() != ""

    qtbot.mouseClick(dialog.register_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.unit_question is not question
                    and dialog.unit_question is not None
                    and dialog.unit_question.isVisible())
    with qtbot.waitSignal(dialog.sig_registered, timeout=5000) as registered:
        dialog.unit_question.button(dialog.unit_question.StandardButton.Yes).click()
    info = requests.get_request(db, registered.args[0])
    assert (info.unit_text, info.unit_address) == ("Paprykowa 12/99", None)
