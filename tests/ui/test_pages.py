"""The accounts and units lists (lazy, sorted and filtered in the database), the audit view
with CSV export, settings, the batch print of today's letters, remembered state."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from support.gui import type_text

from iok_desk.db.engine import Database
from iok_desk.letters.credential import render_credential_letters
from iok_desk.services import accounts, audit, browse, clerks, requests, settings
from iok_desk.services.context import Actor
from iok_desk.services.demo import create_demo_data
from iok_desk.ui.account_view import RevokeDialog
from iok_desk.ui.forms import BORDER
from iok_desk.ui.main_window import MainWindow
from iok_desk.ui.models import PAGE_SIZE
from iok_desk.ui.settings_dialog import SettingsDialog

from .test_account_view import wait_preview

DEMO_ACCOUNTS = 260


@pytest.fixture
def demo_window(make_window: Callable[[Actor], MainWindow], db: Database,
                admin: Actor) -> MainWindow:
    create_demo_data(db, admin, accounts_count=DEMO_ACCOUNTS)
    return make_window(admin)


def show_page(window: MainWindow, qtbot: QtBot, row: int) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.search_panel.search, Qt.Key.Key_1 + row,
                   Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentIndex() == row + 1


def test_accounts_list_is_lazy_and_sorted_in_the_database(
        demo_window: MainWindow, qtbot: QtBot, db: Database,
        qtmodeltester: ModelTester) -> None:
    window = demo_window
    page = window.accounts_page
    show_page(window, qtbot, 1)
    model = page.model
    # Every load the page started is over: a scroll while one is still under way fetches nothing.
    qtbot.waitUntil(lambda: model.rowCount() > 0 and model.total is not None
                    and window.desk.ops.idle)
    total = model.total
    assert total == browse.account_count(db, browse.AccountQuery()) == len(
        browse.account_ids(db, browse.AccountQuery()))
    assert total > 2 * PAGE_SIZE
    # The first page only; the next one when the clerk scrolls to the end.
    assert model.rowCount() == PAGE_SIZE
    qtmodeltester.check(model)
    page.table.scrollToBottom()
    # The view may ask for one more page at once when the last row is still in sight.
    qtbot.waitUntil(lambda: model.rowCount() >= 2 * PAGE_SIZE and window.desk.ops.idle)
    shown = model.rowCount()
    assert [model.id_at(row) for row in range(shown)] == browse.account_ids(
        db, browse.AccountQuery())[:shown]
    with qtbot.waitSignal(model.sig_loaded, timeout=5000):
        page.table.horizontalHeader().sectionClicked.emit(0)
        page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    while model.rowCount() < total:
        shown = model.rowCount()
        page.table.scrollToBottom()
        qtbot.waitUntil(lambda shown=shown: model.rowCount() > shown)
    assert not model.canFetchMore()
    expected = browse.account_ids(db, browse.AccountQuery(sort_key="login_id",
                                                          descending=True))
    assert [model.id_at(row) for row in range(total)] == expected
    first, second = model.row_at(0), model.row_at(1)
    assert first is not None and second is not None and first.login_id > second.login_id
    with qtbot.waitSignal(model.sig_loaded, timeout=5000):
        qtbot.keyClicks(page.filter, "kowal")
    found = browse.account_ids(db, browse.AccountQuery(text="kowal"))
    assert 0 < model.rowCount() == len(found) < total == len(expected)
    assert page.summary.text().startswith(str(len(found)))
    with qtbot.waitSignal(model.sig_loaded, timeout=5000):
        page.status.setCurrentIndex(page.status.findData("blocked"))
    qtbot.waitUntil(lambda: model.rowCount() == 0 or model.row_at(0) is not None)
    assert all(model.row_at(row).status == "blocked"  # type: ignore[union-attr]
               for row in range(model.rowCount()))
    page.filter.clear()
    qtbot.waitUntil(lambda: model.rowCount() > 0 and model.row_at(0) is not None)
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(window.account_dialogs) == 1)
    assert window.account_dialogs[0].login_id == model.row_at(0).login_id  # type: ignore[union-attr]


def test_units_list_shows_titles_and_revokes_after_a_sale(
        window: MainWindow, qtbot: QtBot, db: Database, jan: str,
        qtmodeltester: ModelTester) -> None:
    page = window.units_page
    show_page(window, qtbot, 2)
    with qtbot.waitSignal(page.model.sig_loaded, timeout=5000):
        qtbot.keyClicks(page.filter, "paprykowa 12/5")
    assert page.model.rowCount() == 1
    qtbot.waitUntil(lambda: page.model.row_at(0) is not None)
    qtmodeltester.check(page.model)
    assert page.model.data(page.model.index(0, 3)) == "1"
    with qtbot.waitSignal(page.sig_unit_loaded, timeout=5000):
        qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton,
                         pos=page.table.visualRect(page.model.index(0, 0)).center())
    assert page.titles.rowCount() == 2
    assert page.accounts.rowCount() == 1
    assert page.accounts.item(0, 1).text() == "Jan Kowalski"
    qtbot.mouseClick(page.revoke_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(window.child_dialog, RevokeDialog))
    revoke = window.child_dialog
    assert isinstance(revoke, RevokeDialog)
    assert revoke.scope.currentData() == "Paprykowa 12/5"
    assert revoke.reason.currentData() == "sale"
    with qtbot.waitSignal(page.sig_unit_loaded, timeout=5000):
        qtbot.mouseClick(revoke.revoke_button, Qt.MouseButton.LeftButton)
    assert page.accounts.rowCount() == 0
    assert not page.revoke_button.isEnabled()
    assert accounts.account_details(db, jan).status == "revoked"


def test_audit_view_filters_and_exports_csv(window: MainWindow, qtbot: QtBot, db: Database,
                                            admin: Actor, jan: str, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    accounts.block_account(db, admin, jan, reason="lost-password", caller_name="Jan Kowalski")
    page = window.audit_page
    show_page(window, qtbot, 3)
    page.reload()
    qtbot.waitUntil(lambda: page.action.findData("account.block") >= 0)
    qtbot.waitUntil(lambda: window.desk.ops.idle)
    with qtbot.waitSignal(page.sig_loaded, timeout=5000):
        page.action.setCurrentIndex(page.action.findData("account.block"))
        qtbot.mouseClick(page.findChild(type(page.more_button), "applyButton"),
                         Qt.MouseButton.LeftButton)
    assert [row.action for row in page.model.rows] == ["account.block"]
    type_text(page.login, "1234 5678")
    qtbot.keyClick(page.login, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.error.text() != "")
    assert "Identyfikator logowania" in page.error.text()
    page.login.clear()
    page.action.setCurrentIndex(0)
    target = tmp_path / "dziennik.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(target), "CSV (*.csv)"))
    with qtbot.waitSignal(page.sig_exported, timeout=10000):
        qtbot.mouseClick(page.findChild(type(page.more_button), "exportButton"),
                         Qt.MouseButton.LeftButton)
    with target.open(encoding="utf-8-sig") as file:
        rows = list(csv.reader(file, delimiter=";"))
    assert rows[0][0] == "Kiedy"
    assert {row[3] for row in rows[1:]} >= {"account.block", "account.issue",
                                             "request.register"}
    assert len(rows) - 1 == len(audit.audit_trail(db, page.current_filter()))
    assert target.stat().st_mode & 0o777 == 0o600  # personal data: the clerk's alone


def test_settings_for_the_administrator_only(window: MainWindow, qtbot: QtBot, db: Database,
                                             admin: Actor,
                                             make_window: Callable[[Actor], MainWindow]
                                             ) -> None:
    qtbot.waitUntil(window.action_settings.isEnabled)
    window.action_settings.trigger()
    dialog = window.child_dialog
    assert isinstance(dialog, SettingsDialog)
    qtbot.waitUntil(dialog.save_button.isEnabled)
    assert dialog.fields["city"].text() == "Gdynia"
    dialog.days.setValue(0)
    dialog.days.clear()
    qtbot.keyClicks(dialog.days, "45")
    dialog.fields["department"].clear()
    type_text(dialog.fields["department"], "Dział Księgowości, pokój 19")
    dialog.fields["city"].clear()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.text() != "")
    assert dialog.fields["city"].styleSheet() != ""
    type_text(dialog.fields["city"], "Gdynia")
    assert dialog.activation.isChecked() and dialog.in_person_days.value() == 7
    assert dialog.by_post_days.value() == 14
    dialog.in_person_days.setValue(3)
    dialog.by_post_days.setValue(21)
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert settings.get_delivery_settings(db) == (True, 3, 21)
    assert settings.get_first_password_valid_days(db) == 45
    assert settings.get_letterhead(db).department == "Dział Księgowości, pokój 19"
    clerks.add_clerk(db, admin, "ewa", "Ewa Nowak", "clerk")
    other = make_window(Actor("ewa", workstation="desk-2"))
    qtbot.waitUntil(lambda: "pracownik" in other.status_clerk.text())
    assert not other.action_settings.isEnabled()
    assert other.action_settings.toolTip() == "Ustawienia zmienia tylko administrator."


def test_print_letters_issued_today_in_one_job(window: MainWindow, qtbot: QtBot,
                                               db: Database, admin: Actor,
                                               register: dict[str, object]) -> None:
    window.print_today()
    assert "nie wydano" in window.statusBar().currentMessage()
    for first, last, unit in (("Jan", "Kowalski", "Paprykowa 12/5"),
                              ("Anna", "Żółkiewska", "Paprykowa 12/7")):
        number = requests.register_request(db, admin, requests.NewRequest(
            kind="grant", channel="paper", first_name=first, last_name=last,
            unit=unit)).number
        requests.approve_request(db, admin, number)
        letter = accounts.issue_credentials(db, admin, number).letter
        assert letter is not None
        window.desk.letters_today.append(letter)
    reports = window.reports_page
    show_page(window, qtbot, 4)
    reports.reload()
    qtbot.waitUntil(lambda: reports.session_count.text() == "2")
    assert reports.letters_count.text() == "2"
    qtbot.keyClick(window.search_panel.search, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    preview = wait_preview(qtbot, window)
    assert "(2)" in preview.windowTitle()
    single = single_letter_pages(window)
    assert preview.document.pageCount() == 2 * single
    preview.close()


def single_letter_pages(window: MainWindow) -> int:
    """Pages of one letter, for comparison with the batch."""
    pdf = render_credential_letters(settings.get_letterhead(window.desk.db),
                                    window.desk.letters_today[:1])
    return len(PdfReader(io.BytesIO(pdf)).pages)


def test_window_state_and_filters_are_remembered(
        make_window: Callable[[Actor], MainWindow], admin: Actor, qtbot: QtBot,
        qsettings: QSettings, register: dict[str, object]) -> None:
    first = make_window(admin)
    first.resize(1100, 700)
    first.navigation.setCurrentRow(1)
    qtbot.keyClicks(first.accounts_page.filter, "kowal")
    first.accounts_page.status.setCurrentIndex(first.accounts_page.status.findData("active"))
    first.accounts_page.table.horizontalHeader().resizeSection(1, 333)
    first.requests_page.age.setCurrentIndex(first.requests_page.age.findData(14))
    first.close()
    second = make_window(admin)
    # Geometry comes back, fitted to the screen: the offscreen screen is 800 px wide, so the
    # width is clamped to it, frame included (never below the window's minimum); the height
    # fits and is kept.
    assert abs(second.height() - 700) <= 10
    screen = second.screen().availableGeometry().width()
    assert second.width() == max(min(1100, screen - 2 * BORDER),
                                 second.minimumSizeHint().width())
    assert second.navigation.currentRow() == 1
    assert second.accounts_page.filter.text() == "kowal"
    assert second.accounts_page.status.currentData() == "active"
    assert second.accounts_page.table.horizontalHeader().sectionSize(1) == 333
    assert second.requests_page.age.currentData() == 14
    assert Path(qsettings.fileName()).is_file()
