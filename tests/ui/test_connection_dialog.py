"""Database connection (Desk menu): the address is checked by connecting, the password goes
only to the keyring, and the desk opens the saved address at its next start."""

from __future__ import annotations

import re
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url
from support.gui import type_text
from support.memory_keyring import MemoryKeyring

from iok_desk import bootstrap
from iok_desk.db.credentials_store import SERVICE, keyring_user
from iok_desk.db.engine import DATABASE_URL_VARIABLE, Database
from iok_desk.ui.connection_dialog import SAVED_URL_KEY, ConnectionDialog, saved_database_url
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
    ("postgresql+psycopg://anna@127.0.0.1:1/iok?connect_timeout=2", "serwer nie odpowiada"),
    ("postgresql+psycopg://anna:tajne@serwer/iok", "nie może zawierać hasła"),
    ("postgresql+psycopg://serwer/iok", "nazwę użytkownika"),
    ("to nie adres", "to nie jest poprawny adres bazy"),
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
        qsettings: QSettings, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(DATABASE_URL_VARIABLE, raising=False)
    monkeypatch.setattr(bootstrap, "site_config_file", lambda: tmp_path / "none.ini")
    assert bootstrap.configured_database_url(None, saved_database_url(qsettings)) is None
    qsettings.setValue(SAVED_URL_KEY, "postgresql+psycopg://anna@serwer/iok")
    saved = saved_database_url(qsettings)
    assert bootstrap.configured_database_url(None, saved) == "postgresql+psycopg://anna@serwer/iok"
    assert bootstrap.configured_database_url("sqlite:///x.sqlite3", saved) == "sqlite:///x.sqlite3"
    monkeypatch.setenv(DATABASE_URL_VARIABLE, "sqlite:///y.sqlite3")
    assert bootstrap.configured_database_url(None, saved) == "sqlite:///y.sqlite3"


@pytest.mark.parametrize(("address", "said"), [
    ("postgresql+psycopg://{user}@127.0.0.1:1/iok?connect_timeout=2",
     "Brak połączenia z bazą danych 127.0.0.1:1/iok: serwer nie odpowiada."),
    ("postgresql+psycopg://nobody_{tag}@127.0.0.1:5432/postgres",
     "Serwer bazy 127.0.0.1:5432/postgres odrzucił login albo hasło. Hasło nie zostało "
     "zapisane."),
    ("postgresql+psycopg://postgres@127.0.0.1:5432/missing_{tag}",
     "Serwer nie ma bazy danych 127.0.0.1:5432/missing_{tag}: sprawdź jej nazwę."),
])
def test_a_failed_connection_is_said_in_polish_without_the_drivers_english(
        qtbot: QtBot, window: MainWindow, memory_keyring: MemoryKeyring, address: str,
        said: str) -> None:
    tag = uuid.uuid4().hex[:8]
    dialog = _open(window)
    type_text(dialog.url, address.format(user="anna", tag=tag))
    type_text(dialog.password, "x")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=10_000)
    text = dialog.error.text()
    assert said.format(tag=tag) in text
    assert not re.search(r"connection|failed|refused|authentication|does not exist|FATAL",
                         text, re.IGNORECASE), text
    assert memory_keyring.entries == {}
    dialog.reject()
