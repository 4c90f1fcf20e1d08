"""The window's language reaches what the services say: with ``--lang en`` their errors, the
audit's actions and "What happened" and the plurals are English; in Polish the audit shows
Polish words, never the raw action codes."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from iok_desk.db.engine import Database
from iok_desk.services.context import Actor
from iok_desk.ui.app import build_main_window
from iok_desk.ui.main_window import MainWindow
from iok_desk.ui.request_dialogs import NewRequestDialog

POLISH = re.compile(r"[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]|\b(?:Pole|wniosek|wniosku|konta|jest|nie|dla)\b")


@pytest.fixture
def english_window(english: None, qtbot: QtBot, db: Database, admin: Actor,
                   tmp_path: Path) -> Iterator[MainWindow]:
    window = build_main_window(db, admin, QSettings(str(tmp_path / "en.ini"),
                                                    QSettings.Format.IniFormat))
    window.show()
    yield window
    qtbot.waitUntil(lambda: window.desk.ops.idle)
    window.close()
    window.desk.ops.shutdown()
    window.deleteLater()


def audit_texts(window: MainWindow, qtbot: QtBot) -> tuple[list[str], list[str], list[str]]:
    """The audit page's action filter, its action column and its "What happened" column."""
    page = window.audit_page
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 and page.action.count() > 1)
    qtbot.waitUntil(lambda: page.model.row_at(0) is not None)
    rows = range(page.model.rowCount())
    headers = [page.model.headerData(column, Qt.Orientation.Horizontal)
               for column in range(page.model.columnCount())]
    action = headers.index(window.audit_page.tr("Action"))
    summary = headers.index(window.audit_page.tr("What happened"))
    return ([page.action.itemText(index) for index in range(1, page.action.count())],
            [page.model.data(page.model.index(row, action)) for row in rows],
            [page.model.data(page.model.index(row, summary)) for row in rows])


def test_the_english_window_says_the_services_errors_audit_and_plurals_in_english(
        jan: str, english_window: MainWindow, qtbot: QtBot) -> None:
    window = english_window
    qtbot.waitUntil(lambda: window.desk.ops.idle)
    window.new_request()
    dialog = window.child_dialog
    assert isinstance(dialog, NewRequestDialog)
    dialog.first_name.setText("Ewa")
    dialog.last_name.setText("Nowicka")
    dialog.unit.setText("Paprykowa 12/7")
    dialog.phone.setText("12 34")
    qtbot.mouseClick(dialog.register_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.text() != "")
    assert "Phone" in dialog.error.text() and "9 digits" in dialog.error.text()
    assert not POLISH.search(dialog.error.text()), dialog.error.text()
    dialog.close()

    choices, actions, summaries = audit_texts(window, qtbot)
    assert "login ID issued" in choices and "account.issue" not in choices
    assert "login ID issued" in actions
    for text in summaries:
        assert not POLISH.search(text), text
    assert any(text.startswith("login ID issued · request IOK/") for text in summaries)
    assert window.audit_page.summary.text().endswith("events shown")

    queue = window.requests_page
    queue.reload()
    qtbot.waitUntil(lambda: queue.summary.text() != "")
    assert re.fullmatch(r"\d+ requests?", queue.summary.text().split(" · ")[0])
    assert "(s)" not in queue.summary.text()


def test_the_polish_window_shows_polish_words_for_audit_actions(
        jan: str, window: MainWindow, qtbot: QtBot) -> None:
    choices, actions, summaries = audit_texts(window, qtbot)
    assert "wydanie identyfikatora" in choices and "rejestracja wniosku" in choices
    assert not any(re.fullmatch(r"[a-z_]+\.[a-z_]+", text) for text in choices + actions)
    assert any(text.startswith("Wydano identyfikator") for text in summaries)


def test_qts_own_dialogs_speak_polish(qapp: QApplication) -> None:
    """Qt's own translations (qtbase_pl from PySide6's translations directory) are loaded:
    the file dialog says "Szukaj w:", not "Look in:"."""
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "Szukaj w:"
    assert QCoreApplication.translate("QFileDialog", "Files of type:") == "Pliki rodzaju:"
