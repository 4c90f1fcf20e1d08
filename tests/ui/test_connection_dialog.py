"""Database connection (Desk menu): the address is checked by connecting, the password goes
only to the keyring, and the desk opens the saved address at its next start."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url
from support.gui import type_text
from support.memory_keyring import MemoryKeyring

from iok_desk.cli.common import Desk
from iok_desk.db.credentials_store import SERVICE, keyring_user
from iok_desk.db.engine import DATABASE_URL_VARIABLE, Database
from iok_desk.ui.app import desk_for_gui
from iok_desk.ui.connection_dialog import SAVED_URL_KEY, ConnectionDialog
from iok_desk.ui.main_window import MainWindow


def _open(window: MainWindow) -> ConnectionDialog:
    window.action_connection.trigger()
    dialog = window.child_dialog
    assert isinstance(dialog, ConnectionDialog)
    return dialog


def test_a_working_address_is_saved_and_its_password_kept_in_the_keyring(
        qtbot: QtBot, window: MainWindow, db: Database, qsettings: QSettings,
        memory_keyring: MemoryKeyring) -> None:
    address = make_url(db.url).set(password=None).render_as_string(hide_password=False)
    dialog = _open(window)
    type_text(dialog.url, address)
    type_text(dialog.password, "Tajne-2026")
    with qtbot.waitSignal(dialog.accepted):
        dialog.save_button.click()
    assert qsettings.value(SAVED_URL_KEY) == address
    if db.dialect == "postgresql":
        assert memory_keyring.entries == {(SERVICE, keyring_user(address)): "Tajne-2026"}
    else:
        assert memory_keyring.entries == {}  # a file has no password
    assert "Tajne-2026" not in Path(qsettings.fileName()).read_text(encoding="utf-8")


@pytest.mark.parametrize(("address", "field_error"), [
    ("postgresql+psycopg://anna@127.0.0.1:1/iok?connect_timeout=2", "Nie udało się połączyć"),
    ("postgresql+psycopg://anna:tajne@serwer/iok", "nie może zawierać hasła"),
    ("postgresql+psycopg://serwer/iok", "nazwę użytkownika"),
    ("to nie adres", "To nie jest adres bazy"),
])
def test_a_bad_address_is_explained_and_nothing_is_saved(
        qtbot: QtBot, window: MainWindow, qsettings: QSettings, memory_keyring: MemoryKeyring,
        address: str, field_error: str) -> None:
    dialog = _open(window)
    type_text(dialog.url, address)
    type_text(dialog.password, "x")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: field_error in dialog.error.text())
    assert dialog.isVisible() and dialog.save_button.isEnabled()
    assert dialog.password.text() == ""  # the typed password does not linger in the widget
    assert qsettings.value(SAVED_URL_KEY) is None
    assert memory_keyring.entries == {}
    dialog.reject()


def test_the_saved_address_is_opened_unless_the_start_names_another(
        qsettings: QSettings, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(DATABASE_URL_VARIABLE, raising=False)
    default = Desk(None, "admin")
    plain = argparse.Namespace(database=None, clerk="admin")
    assert desk_for_gui(default, plain, qsettings) is default  # nothing saved yet
    qsettings.setValue(SAVED_URL_KEY, "postgresql+psycopg://anna@serwer/iok")
    chosen = desk_for_gui(default, plain, qsettings)
    assert chosen.url == "postgresql+psycopg://anna@serwer/iok"
    explicit = Desk("sqlite:///x.sqlite3", "admin")
    named = argparse.Namespace(database="sqlite:///x.sqlite3", clerk="admin")
    assert desk_for_gui(explicit, named, qsettings) is explicit
    monkeypatch.setenv(DATABASE_URL_VARIABLE, "sqlite:///y.sqlite3")
    assert desk_for_gui(default, plain, qsettings) is default
