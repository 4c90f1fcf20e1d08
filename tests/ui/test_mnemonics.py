"""No window has two widgets on one mnemonic (Alt+letter), in Polish or in English: the main
window with each page (its menu bar included), each menu's own entries, and every dialog."""

from __future__ import annotations

import io
import re
from collections import defaultdict
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMainWindow, QWidget
from pytestqt.qtbot import QtBot
from reportlab.pdfgen.canvas import Canvas

from iok_desk.db.engine import Database
from iok_desk.services import accounts
from iok_desk.services.context import Actor
from iok_desk.services.intake import BatchResult, FileOutcome
from iok_desk.ui.account_view import AccountDialog, AddUnitDialog, NewPasswordDialog, RevokeDialog
from iok_desk.ui.block_dialog import BlockDialog
from iok_desk.ui.clerks_dialog import ClerksDialog
from iok_desk.ui.connection_dialog import ConnectionDialog
from iok_desk.ui.email_import import ImportSummaryDialog
from iok_desk.ui.first_run import FirstRunDialog
from iok_desk.ui.main_window import MainWindow
from iok_desk.ui.preview import PreviewDialog
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


def test_each_menu_s_entries(language: str, make_window: Callable[[Actor], MainWindow],
                             admin: Actor) -> None:
    window = make_window(admin)
    menus = [action.menu() for action in window.menuBar().actions()]
    assert len(menus) == 4
    for menu in menus:
        owners: dict[str, list[str]] = defaultdict(list)
        for action in menu.actions():
            if not action.isSeparator():
                key = mnemonic(action.text())
                assert key is not None, action.text()
                owners[key].append(action.text())
        assert {key: found for key, found in owners.items() if len(found) > 1} == {}, \
            menu.title()


def _pdf() -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(72, 720, "IOK")
    canvas.save()
    return buffer.getvalue()


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
               AddUnitDialog(desk, details, window), NewRequestDialog(desk, window),
               ClerksDialog(desk, window), FirstRunDialog(qsettings, None, "", window),
               PreviewDialog(_pdf(), "IOK", "iok.pdf", "", window),
               ImportSummaryDialog(BatchResult((
                   FileOutcome("a.eml", number=number),
                   FileOutcome("b.eml", error="?", code="duplicate_message")), False),
                   window)]
    account = AccountDialog(desk, jan, window)
    dialogs.append(NewPasswordDialog(desk, details, account))
    for dialog in dialogs:
        dialog.show()
        qtbot.waitUntil(lambda: desk.ops.idle)
        assert clashes(dialog) == {}, type(dialog).__name__
        dialog.close()
