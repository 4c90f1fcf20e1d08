"""The desk's first start and its failures at start, as the clerk sees them."""

from __future__ import annotations

import argparse
import getpass
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends.fail import Keyring as FailKeyring
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import text
from sqlalchemy.engine import make_url
from support.memory_keyring import MemoryKeyring
from support.rows import row_counts

from iok_desk import bootstrap
from iok_desk.db.credentials_store import SERVICE, keyring_user
from iok_desk.db.engine import DATABASE_URL_VARIABLE, Database
from iok_desk.domain.errors import DatabaseUnavailable, IokError
from iok_desk.services import clerks, connection
from iok_desk.services.context import CLERK_VARIABLE
from iok_desk.ui import app
from iok_desk.ui.first_run import FirstRunDialog
from iok_desk.ui.i18n import install_translators


@pytest.fixture(scope="module", autouse=True)
def polish(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, "pl")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture
def qsettings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "iok-desk.ini"), QSettings.Format.IniFormat)


@pytest.fixture(autouse=True)
def nothing_configured(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.delenv(DATABASE_URL_VARIABLE, raising=False)
    monkeypatch.delenv(CLERK_VARIABLE, raising=False)
    monkeypatch.setattr(getpass, "getuser", lambda: "Jan Kowalski")
    monkeypatch.setattr(bootstrap, "site_config_file", lambda: tmp_path / "site.ini")
    trial = tmp_path / "trial.sqlite3"
    monkeypatch.setattr(bootstrap, "trial_database_url", lambda: f"sqlite:///{trial}")
    return trial


def when_modal(act: Callable[[QApplication], None]) -> None:
    """Act on the modal dialog the code under test is about to open."""
    def attempt() -> None:
        if QApplication.activeModalWidget() is None:
            QTimer.singleShot(20, attempt)
            return
        act(QApplication.instance())  # type: ignore[arg-type]
    QTimer.singleShot(0, attempt)


def _args(database: str | None = None) -> argparse.Namespace:
    return argparse.Namespace(database=database, clerk=None, lang="pl")


def test_the_first_run_offers_a_trial_with_demo_data_marked_in_the_title(
        qtbot: QtBot, qsettings: QSettings, nothing_configured: Path, tmp_path: Path) -> None:
    seen: dict[str, str] = {}

    def choose_trial(_app: QApplication) -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, FirstRunDialog)
        seen["login"] = dialog.login.text()
        dialog.resize(1366 // 2, dialog.height())
        dialog.grab().save(str(tmp_path / "first-run.png"))
        dialog.start_button.click()

    when_modal(choose_trial)
    desk = app.open_desk(_args(), qsettings)
    assert desk is not None
    assert seen["login"] == "jan.kowalski"  # a valid form of the Windows user "Jan Kowalski"
    assert desk.url == bootstrap.trial_database_url() and nothing_configured.exists()
    assert desk.actor.login == "jan.kowalski"
    assert row_counts(desk.db())["account"] > 0  # the demo data is there
    window = app.build_main_window(desk.db(), desk.actor, qsettings)
    assert "WERSJA PRÓBNA" in window.windowTitle()
    window.close()
    desk.close()
    again = app.open_desk(_args(), qsettings)  # asked once: the choice is kept
    assert again is not None and again.url == bootstrap.trial_database_url()
    again.close()


@pytest.mark.postgres
def test_the_first_run_connects_to_the_office_database_and_checks_its_schema(
        qtbot: QtBot, qsettings: QSettings, postgres_server, memory_keyring: MemoryKeyring
        ) -> None:  # type: ignore[no-untyped-def]
    office = postgres_server.create_database()
    dialog = FirstRunDialog(qsettings)
    qtbot.addWidget(dialog)
    dialog.office.setChecked(True)
    dialog.host.setText(f"{office.host}:{office.port or 5432}")
    dialog.database.setText(office.database)
    dialog.db_login.setText(office.username)
    dialog.password.setText("Tajne-2026")
    dialog.start_button.click()  # the schema is not there yet: the administrator must upgrade
    assert "iok-desk db upgrade" in dialog.error.text() and dialog.result() == 0
    administrator = Database(office.render_as_string(hide_password=False))
    bootstrap.upgrade(administrator)
    administrator.dispose()
    dialog.password.setText("Tajne-2026")
    dialog.start_button.click()
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted, dialog.error.text()
    assert make_url(dialog.url).database == office.database
    assert memory_keyring.entries == {(SERVICE, keyring_user(dialog.url)): "Tajne-2026"}
    assert "Tajne" not in Path(qsettings.fileName()).read_text(encoding="utf-8")


@pytest.mark.parametrize("failure", ["unreachable", "too_old", "newer", "password_in_address"])
def test_a_failure_at_start_is_a_message_box_and_on_stderr(
        qtbot: QtBot, qsettings: QSettings, capsys: pytest.CaptureFixture[str],
        tmp_path: Path, failure: str) -> None:
    if failure == "unreachable":
        url, expected = ("postgresql+psycopg://anna@127.0.0.1:1/iok?connect_timeout=2",
                         "Brak połączenia z bazą danych")
    elif failure == "password_in_address":  # refused before any connection is tried
        url, expected = ("postgresql+psycopg://anna:tajne@serwer/iok",
                         "adres bazy nie może zawierać hasła")
    else:
        url = f"sqlite:///{tmp_path / 'iok.sqlite3'}"
        database = Database(url)
        bootstrap.upgrade(database)
        if failure == "too_old":
            expected = "Zainstaluj IOK Desk 99.3"
            connection.record_min_desk_version(database, "99.3")
        else:  # a newer desk's revision, from before desks recorded their lowest version
            expected = "Zaktualizuj program"
            with database.engine.begin() as connection_:
                connection_.execute(text("UPDATE alembic_version SET version_num = '0099_x'"))
                connection_.execute(text("DELETE FROM setting"))
        database.dispose()
    shown: list[str] = []

    def close(_app: QApplication) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        shown.append(box.text())
        box.buttons()[0].click() if box.buttons()[0].text() == "Zamknij" else box.reject()

    when_modal(close)
    assert app.open_desk(_args(url), qsettings) is None
    assert expected in shown[0]
    assert expected in capsys.readouterr().err


def _server_refuses_the_password(monkeypatch: pytest.MonkeyPatch) -> None:
    """The office server asks for a password it was not given (the test server trusts every
    local connection, so its refusal is played here, at the connection check)."""
    def refuse(_db: Database) -> None:
        raise DatabaseUnavailable("Serwer bazy odrzucił hasło (no password supplied).",
                                  code="wrong_password")
    monkeypatch.setattr(connection, "check_reachable", refuse)


def test_the_machine_wide_default_opens_the_first_run_filled_in_to_ask_for_the_password(
        qtbot: QtBot, qsettings: QSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "site.ini").write_text(
        "[database]\nurl = postgresql+psycopg://{login}@serwer.biuro:5433/iok\n",
        encoding="utf-8")
    _server_refuses_the_password(monkeypatch)
    seen: list[tuple[str, ...]] = []

    def look(_app: QApplication) -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, FirstRunDialog)
        seen.append((str(dialog.office.isChecked()), dialog.host.text(), dialog.database.text(),
                     dialog.db_login.text(), dialog.error.text()))
        dialog.reject()

    when_modal(look)
    assert app.open_desk(_args(), qsettings) is None
    assert seen[0][:4] == ("True", "serwer.biuro:5433", "iok", "jan.kowalski")
    assert "nie ma hasła do bazy" in seen[0][4] and "iok-desk connect" in seen[0][4]
    assert "nie ma hasła do bazy" in capsys.readouterr().err


def test_a_missing_keyring_is_named_with_what_to_install(
        monkeypatch: pytest.MonkeyPatch) -> None:
    _server_refuses_the_password(monkeypatch)
    keyring.set_keyring(FailKeyring())
    with pytest.raises(IokError) as error:
        bootstrap.open_database("postgresql+psycopg://anna@serwer/iok")
    assert error.value.code == "keyring_unavailable"
    assert "Menedżer poświadczeń" in error.value.message
    assert "iok-desk connect" in error.value.message


def test_leaving_a_trial_database_offers_a_backup_once_a_week(
        qtbot: QtBot, qsettings: QSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
        ) -> None:
    desk = bootstrap.Desk(bootstrap.trial_database_url(), "admin")
    clerks.bootstrap_first_admin(desk.db(), desk.actor)
    asked: list[str] = []
    target = tmp_path / "kopia.sqlite3"
    monkeypatch.setattr(QMessageBox, "question", lambda *args: asked.append(args[2])
                        or QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    app.offer_trial_backup(desk, qsettings)
    assert asked == ["Zapisać kopię zapasową bazy próbnej? (Pytanie raz w tygodniu.)"]
    copy = Database(f"sqlite:///{target}")
    assert row_counts(copy)["clerk"] == 1
    copy.dispose()
    app.offer_trial_backup(desk, qsettings)  # the same week: not asked again
    assert len(asked) == 1
    qsettings.setValue(app.BACKUP_OFFERED_KEY, "2000-01-01")
    target.unlink()
    app.offer_trial_backup(desk, qsettings)
    assert len(asked) == 2 and target.exists()
    desk.close()


def test_the_about_box_shows_the_package_version(qtbot: QtBot, tmp_path: Path) -> None:
    from importlib.metadata import version

    database = Database(f"sqlite:///{tmp_path / 'iok.sqlite3'}")
    box = app.about_box(None, database)  # type: ignore[arg-type]
    assert f"IOK Desk {version('iok-desk')}" in box.text() and "Baza danych: sqlite" in box.text()
    database.dispose()
