"""GUI fixtures: the main window over a real database (SQLite and PostgreSQL), Polish
translations, and QSettings in a temporary file — never the real user's."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from iok_desk.db.engine import Database
from iok_desk.services import accounts, requests
from iok_desk.services.context import Actor
from iok_desk.ui.app import build_main_window
from iok_desk.ui.i18n import install_translators
from iok_desk.ui.main_window import MainWindow


@pytest.fixture(scope="session", autouse=True)
def polish(qapp: QApplication) -> Iterator[None]:
    """The desk speaks Polish by default; the tests read what the clerk reads."""
    translators = install_translators(qapp, "pl")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture
def qsettings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "iok-desk.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_window(qtbot: QtBot, db: Database, qsettings: QSettings
                ) -> Iterator[Callable[[Actor], MainWindow]]:
    """Opens main windows; at the end waits for their jobs, then closes them (not through
    qtbot.addWidget, which would delete them before their jobs are done)."""
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
        window.close()
        ops.shutdown()
        window.deleteLater()


@pytest.fixture
def window(make_window: Callable[[Actor], MainWindow], admin: Actor,
           register: dict[str, object]) -> MainWindow:
    return make_window(admin)


# The offscreen platform plugin has no window system: it cannot propagate size hints, raise a
# window or grab the keyboard (a completer's popup), and Qt says so. Not warnings about the desk.
OFFSCREEN_NOISE = (r"^This plugin does not support (propagateSizeHints|raise|grabbing the "
                   r"keyboard)")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


def issue_account(db: Database, actor: Actor, first: str, last: str, unit: str) -> str:
    """Register, approve and execute a grant through the use cases; the new login ID."""
    info = requests.register_request(db, actor, requests.NewRequest(
        kind="grant", channel="paper", first_name=first, last_name=last, unit=unit))
    requests.approve_request(db, actor, info.number)
    return accounts.issue_credentials(db, actor, info.number).login_id


@pytest.fixture
def jan(db: Database, admin: Actor, register: dict[str, object]) -> str:
    """Jan Kowalski's account on Paprykowa 12/5 (issued, first password not used yet)."""
    return issue_account(db, admin, "Jan", "Kowalski", "Paprykowa 12/5")


@pytest.fixture
def anna(db: Database, admin: Actor, register: dict[str, object]) -> str:
    """Anna Żółkiewska's account on Paprykowa 12/7."""
    return issue_account(db, admin, "Anna", "Żółkiewska", "Paprykowa 12/7")


def type_text(widget: QWidget, text: str) -> None:
    """Type like a keyboard, Polish letters included (QTest's key clicks take ASCII only)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     char))
