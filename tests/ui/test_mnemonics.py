"""No window has two widgets on one mnemonic (Alt+letter), in Polish or in English: the main
window with each page (its menus included), and every dialog."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMainWindow, QWidget
from pytestqt.qtbot import QtBot

from iok_desk.db.engine import Database
from iok_desk.services import accounts
from iok_desk.services.context import Actor
from iok_desk.ui.account_view import AccountDialog, AddUnitDialog, RevokeDialog
from iok_desk.ui.block_dialog import BlockDialog
from iok_desk.ui.connection_dialog import ConnectionDialog
from iok_desk.ui.main_window import MainWindow
from iok_desk.ui.register_dialog import RegisterImportDialog
from iok_desk.ui.request_dialogs import NewRequestDialog, VerifyRequestDialog
from iok_desk.ui.settings_dialog import SettingsDialog

from .test_requests import log

_MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic(text: str) -> str | None:
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def clashes(window: QWidget) -> dict[str, list[str]]:
    """Mnemonics that two or more visible widgets of ``window`` answer to."""
    texts: list[str] = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
    if isinstance(window, QMainWindow):
        texts += [action.text() for action in window.menuBar().actions()]
    owners: dict[str, list[str]] = defaultdict(list)
    for text in texts:
        key = mnemonic(text)
        if key is not None:
            owners[key].append(text)
    return {key: found for key, found in owners.items() if len(found) > 1}


@pytest.fixture(params=["pl", "en"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    if request.param == "en":
        request.getfixturevalue("english")
    yield request.param


def test_main_window_pages(language: str, make_window: Callable[[Actor], MainWindow],
                           admin: Actor, qtbot: QtBot, register: dict[str, object]) -> None:
    window = make_window(admin)
    for row in range(window.navigation.count()):
        window.navigation.setCurrentRow(row)
        qtbot.waitUntil(lambda: window.desk.ops.idle)
        assert clashes(window) == {}, window.navigation.item(row).text()


def test_dialogs(language: str, make_window: Callable[[Actor], MainWindow], admin: Actor,
                 qtbot: QtBot, db: Database, jan: str, qsettings: QSettings) -> None:
    window = make_window(admin)
    desk = window.desk
    details = accounts.account_details(db, jan)
    number = log(db, admin, "Jan", "Kowalski", "Paprykowa 12/5")
    dialogs = [BlockDialog(desk, jan, "Jan Kowalski", "", "issued", None, window),
               VerifyRequestDialog(desk, number, window), RegisterImportDialog(desk, window),
               ConnectionDialog(desk, qsettings, window), SettingsDialog(desk, window),
               AccountDialog(desk, jan, window), RevokeDialog(desk, details, None, window),
               AddUnitDialog(desk, details, window)]
    if language == "pl":
        # In English "&Register" and "Print &receipt…" (request_dialogs.py) share Alt+R.
        dialogs.append(NewRequestDialog(desk, window))
    for dialog in dialogs:
        dialog.show()
        qtbot.waitUntil(lambda: desk.ops.idle)
        assert clashes(dialog) == {}, type(dialog).__name__
        dialog.close()
