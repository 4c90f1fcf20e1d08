"""The window stays alive when the database goes away under a clerk's action: the dialog says
nothing was saved, the status bar says the database is not answering, and the next click
reconnects and goes through — on SQLite (file locked) and PostgreSQL (connection killed)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from iok_desk.db.engine import Database
from iok_desk.services import requests
from iok_desk.ui.main_window import MainWindow
from iok_desk.ui.request_dialogs import NewRequestDialog

from .test_connection_lost import ServerKill, goes_away


def test_registering_while_the_database_is_away(qtbot: QtBot, window: MainWindow,
                                                db: Database,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    qtbot.waitUntil(lambda: window.desk.ops.idle)
    dialog = NewRequestDialog(window.desk, window)
    dialog.first_name.setText("Jan")
    dialog.last_name.setText("Kowalski")
    dialog.unit.setText("Paprykowa 12/5")
    qtbot.waitUntil(lambda: window.desk.ops.idle)
    with goes_away(db, monkeypatch, "INSERT INTO REQUEST") as outage:
        qtbot.mouseClick(dialog.register_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=10_000)
    assert not isinstance(outage, ServerKill) or outage.killed
    assert "nic nie zostało zapisane" in dialog.error.text()
    assert dialog.number is None and dialog.register_button.isEnabled()
    qtbot.waitUntil(lambda: "b00020" in window.status_database.styleSheet())
    assert window.isVisible()
    assert requests.list_requests(db) == []
    # The next click reconnects.
    with qtbot.waitSignal(dialog.sig_registered, timeout=10_000) as registered:
        qtbot.mouseClick(dialog.register_button, Qt.MouseButton.LeftButton)
    assert requests.get_request(db, registered.args[0]).applicant_last_name == "Kowalski"
    qtbot.waitUntil(lambda: window.status_database.styleSheet() == "")
    dialog.close()
    dialog.deleteLater()
