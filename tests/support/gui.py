"""GUI fixtures shared by every test that drives the desk (a pytest plugin, registered in
tests/conftest.py): the main window over a real database (SQLite and PostgreSQL) with QSettings
in a temporary file — never the real user's — and a keyboard that types Polish letters."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from iok_desk.db.engine import Database
from iok_desk.services.context import Actor
from iok_desk.ui.app import build_main_window
from iok_desk.ui.main_window import MainWindow


@pytest.fixture
def qsettings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "iok-desk.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_window(qtbot: QtBot, db: Database, qsettings: QSettings
                ) -> Iterator[Callable[[Actor], MainWindow]]:
    """Opens main windows, each once its first figures are shown; at the end waits for their
    jobs, then closes them (not through qtbot.addWidget, which would delete them before their
    jobs are done)."""
    windows: list[MainWindow] = []

    def make(actor: Actor) -> MainWindow:
        window = build_main_window(db, actor, qsettings)
        window.show()
        qtbot.waitUntil(lambda: window.status_open.text() != "")
        windows.append(window)
        return window

    yield make
    for window in windows:
        ops = window.desk.ops
        qtbot.waitUntil(lambda ops=ops: ops.idle)
        for letter in window.unprinted_letters():
            letter.handed_out = True  # a test's letter: quitting asks nobody
        window.close()
        ops.shutdown()
        window.deleteLater()


@pytest.fixture
def window(make_window: Callable[[Actor], MainWindow], admin: Actor,
           register: dict[str, object]) -> MainWindow:
    """The administrator's main window over the demo unit register."""
    return make_window(admin)


def type_text(widget: QWidget, text: str) -> None:
    """Type like a keyboard, Polish letters included (QTest's key clicks take ASCII only)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     char))
