"""Translations (Polish by default, English on request, the compiled .qm in step with its .ts)
and a database that stops answering: said so, and the next action reconnects."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from iok_desk.db.engine import Database
from iok_desk.services import accounts
from iok_desk.services.context import Actor
from iok_desk.ui.app import build_main_window
from iok_desk.ui.block_dialog import BlockDialog
from iok_desk.ui.i18n import I18N_DIR
from iok_desk.ui.main_window import MainWindow

from .test_search_and_block import type_search

ROOT = Path(__file__).resolve().parents[2]
TS = I18N_DIR / "iok_desk_pl.ts"
QM = I18N_DIR / "iok_desk_pl.qm"


def tool(name: str) -> str:
    return str(Path(sys.executable).parent / name)


def messages(path: Path) -> set[tuple[str, str]]:
    root = ET.parse(path).getroot()
    return {(context.findtext("name", ""), message.findtext("source", ""))
            for context in root.iter("context") for message in context.iter("message")
            if message.find("translation") is not None
            and message.find("translation").get("type") not in ("obsolete", "vanished")}


def test_every_string_is_translated_and_the_ts_is_current(tmp_path: Path) -> None:
    root = ET.parse(TS).getroot()
    unfinished = [message.findtext("source") for message in root.iter("message")
                  if message.find("translation").get("type") == "unfinished"]
    assert unfinished == []
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(path) for path in (ROOT / "iok_desk" / "ui").rglob("*.py"))
    forms = sorted(str(path) for path in (ROOT / "iok_desk" / "ui" / "forms").glob("*.ui"))
    subprocess.run([tool("pyside6-lupdate"), *sources, *forms, "-ts", str(fresh),
                    "-source-language", "en", "-target-language", "pl"], check=True,
                   capture_output=True)
    assert messages(fresh) == messages(TS)


def test_the_committed_qm_is_compiled_from_the_ts(tmp_path: Path) -> None:
    built = tmp_path / "built.qm"
    subprocess.run([tool("pyside6-lrelease"), str(TS), "-qm", str(built)], check=True,
                   capture_output=True)
    assert built.read_bytes() == QM.read_bytes()


def test_the_english_plural_forms_are_current_and_compiled(tmp_path: Path) -> None:
    """English is the source language: iok_desk_en.ts holds only the %n messages' forms."""
    english = I18N_DIR / "iok_desk_en.ts"
    root = ET.parse(english).getroot()
    assert [message.findtext("source") for message in root.iter("message")
            if message.find("translation").get("type") == "unfinished"] == []
    fresh = tmp_path / "fresh_en.ts"
    sources = sorted(str(path) for path in (ROOT / "iok_desk" / "ui").rglob("*.py"))
    forms = sorted(str(path) for path in (ROOT / "iok_desk" / "ui" / "forms").glob("*.ui"))
    subprocess.run([tool("pyside6-lupdate"), *sources, *forms, "-ts", str(fresh),
                    "-pluralonly", "-source-language", "en", "-target-language", "en"],
                   check=True, capture_output=True)
    assert messages(fresh) == messages(english)
    built = tmp_path / "built_en.qm"
    subprocess.run([tool("pyside6-lrelease"), str(english), "-qm", str(built)], check=True,
                   capture_output=True)
    assert built.read_bytes() == (I18N_DIR / "iok_desk_en.qm").read_bytes()


def test_english_with_lang_en(english: None, qtbot: QtBot, db: Database, admin: Actor,
                              tmp_path: Path) -> None:
    window = build_main_window(db, admin, QSettings(str(tmp_path / "en.ini"),
                                                    QSettings.Format.IniFormat))
    window.show()
    qtbot.waitUntil(lambda: window.status_open.text() != "")
    assert window.status_open.text() == "Open requests: 0"
    assert window.navigation.item(0).text() == "Requests"
    assert QCoreApplication.translate("Labels", "blocked") == "blocked"
    qtbot.waitUntil(lambda: window.desk.ops.idle)
    window.close()
    window.desk.ops.shutdown()
    window.deleteLater()


def test_polish_by_default(window: MainWindow) -> None:
    assert window.navigation.item(0).text() == "Wnioski"
    assert [window.navigation.item(row).text() for row in range(5)] == [
        "Wnioski", "Konta", "Lokale", "Dziennik zdarzeń", "Raporty"]
    assert window.search_panel.search.placeholderText().startswith("Identyfikator, nazwisko")


@contextmanager
def database_away(db: Database) -> Iterator[None]:
    """The database stops answering: SQLite held locked by another program, PostgreSQL
    gone from the server (its connections cut, the database renamed away)."""
    url = make_url(db.url)
    if db.dialect == "sqlite":
        other = sqlite3.connect(str(url.database), isolation_level=None)
        other.execute("BEGIN EXCLUSIVE")
        try:
            yield
        finally:
            other.execute("ROLLBACK")
            other.close()
        return
    server = create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    name = url.database
    with server.connect() as connection:
        connection.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                "WHERE datname = :name AND pid <> pg_backend_pid()"),
                           {"name": name})
        connection.execute(text(f'ALTER DATABASE "{name}" RENAME TO "{name}_away"'))
    try:
        yield
    finally:
        with server.connect() as connection:
            connection.execute(text(f'ALTER DATABASE "{name}_away" RENAME TO "{name}"'))
        server.dispose()


def test_lost_database_is_reported_and_the_next_action_reconnects(
        window: MainWindow, qtbot: QtBot, db: Database, jan: str,
        make_window: Callable[[Actor], MainWindow]) -> None:
    type_search(qtbot, window, "kowalski")
    window.block_selected()
    dialog = window.child_dialog
    assert isinstance(dialog, BlockDialog)
    qtbot.waitUntil(dialog.block_button.isEnabled)
    dialog.verification.setCurrentIndex(0)
    with database_away(db):
        qtbot.mouseClick(dialog.block_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=15000)
    assert "nic nie zostało zapisane" in dialog.error.text()
    assert "nie odpowiada" in window.status_database.text()
    qtbot.mouseClick(dialog.block_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.outcome.text() != "", timeout=10000)
    assert accounts.account_details(db, jan).status == "blocked"
    assert "nie odpowiada" not in window.status_database.text()
