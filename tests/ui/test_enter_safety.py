"""No state change is a side effect of Enter: in every dialog with a button that changes data,
Enter in each field and table changes nothing, and the default button is the safe one or none.
Each dialog is filled so that its button would succeed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from support.rows import row_counts

from iok_desk.db.engine import Database
from iok_desk.services import accounts, requests
from iok_desk.services.context import Actor
from iok_desk.ui.account_view import AddUnitDialog, RevokeDialog
from iok_desk.ui.block_dialog import BlockDialog
from iok_desk.ui.connection_dialog import SAVED_URL_KEY, ConnectionDialog
from iok_desk.ui.main_window import MainWindow
from iok_desk.ui.register_dialog import RegisterImportDialog
from iok_desk.ui.request_dialogs import NewRequestDialog, VerifyRequestDialog
from iok_desk.ui.settings_dialog import SettingsDialog

from .test_requests import log

FIELDS = (QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)


def press_enter_everywhere(qtbot: QtBot, dialog: QDialog) -> int:
    """Enter in every visible, enabled field and table of the dialog; how many there were."""
    pressed = 0
    for widget in dialog.findChildren(QWidget):
        if (isinstance(widget, FIELDS) and widget.isVisibleTo(dialog) and widget.isEnabled()
                and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
                and not isinstance(widget.parent(), QComboBox | QAbstractSpinBox)):
            widget.setFocus()
            qtbot.keyClick(widget, Qt.Key.Key_Return)
            qtbot.keyClick(widget, Qt.Key.Key_Enter)
            pressed += 1
    return pressed


def assert_enter_changes_nothing(qtbot: QtBot, window: MainWindow, db: Database,
                                 dialog: QDialog) -> None:
    qtbot.waitUntil(lambda: window.desk.ops.idle)
    before = row_counts(db)
    changes: list[object] = []
    window.desk.ops.sig_changed.connect(changes.append)
    assert press_enter_everywhere(qtbot, dialog) > 0
    qtbot.waitUntil(lambda: window.desk.ops.idle)
    assert changes == []
    assert row_counts(db) == before
    assert dialog.isVisible()


def no_default_among(*changing: QPushButton) -> None:
    """None of the buttons that change data is the dialog's default button."""
    assert [button.text() for button in changing if button.isDefault()] == []


def shown(qtbot: QtBot, dialog: QDialog) -> QDialog:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_verification_dialog(window: MainWindow, qtbot: QtBot, db: Database,
                             admin: Actor) -> None:
    number = log(db, admin, "Jan", "Kowalski", "Paprykowa 12/5")
    dialog = VerifyRequestDialog(window.desk, number, window)
    shown(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.info is not None and dialog.titles.rowCount() > 0)
    assert dialog.ask_button.isEnabled() and dialog.approve_button.isEnabled()
    dialog.text.setPlainText("Proszę o akt notarialny.")
    dialog.titles.selectRow(0)
    assert_enter_changes_nothing(qtbot, window, db, dialog)
    assert requests.get_request(db, number).status == "received"
    no_default_among(dialog.ask_button, dialog.resume_button, dialog.approve_button,
                     dialog.reject_button, dialog.issue_button)
    assert dialog.findChild(QPushButton, "closeButton").isDefault()


def test_block_dialog(window: MainWindow, qtbot: QtBot, db: Database, jan: str) -> None:
    dialog = BlockDialog(window.desk, jan, "Jan Kowalski", "601 234 567", "issued", None,
                         window)
    shown(qtbot, dialog)
    qtbot.waitUntil(dialog.block_button.isEnabled)
    assert_enter_changes_nothing(qtbot, window, db, dialog)
    assert accounts.account_details(db, jan).status == "issued"
    no_default_among(dialog.block_button)


def test_new_request_dialog(window: MainWindow, qtbot: QtBot, db: Database) -> None:
    dialog = NewRequestDialog(window.desk, window)
    shown(qtbot, dialog)
    dialog.first_name.setText("Jan")
    dialog.last_name.setText("Kowalski")
    dialog.unit.setText("Paprykowa 12/5")
    assert_enter_changes_nothing(qtbot, window, db, dialog)
    assert requests.list_requests(db) == []


@pytest.mark.parametrize("unit", ["Paprykowa 12/5", None])
def test_revoke_dialog(window: MainWindow, qtbot: QtBot, db: Database, jan: str,
                       unit: str | None) -> None:
    details = accounts.account_details(db, jan)
    dialog = RevokeDialog(window.desk, details, unit, window)
    shown(qtbot, dialog)
    assert_enter_changes_nothing(qtbot, window, db, dialog)
    assert accounts.account_details(db, jan).status == "issued"


def test_add_unit_dialog(window: MainWindow, qtbot: QtBot, db: Database, jan: str) -> None:
    dialog = AddUnitDialog(window.desk, accounts.account_details(db, jan), window)
    shown(qtbot, dialog)
    dialog.unit.setText("Śliwkowa 3")
    assert_enter_changes_nothing(qtbot, window, db, dialog)
    assert len(accounts.account_details(db, jan).units) == 1


def test_settings_dialog(window: MainWindow, qtbot: QtBot, db: Database) -> None:
    dialog = SettingsDialog(window.desk, window)
    shown(qtbot, dialog)
    qtbot.waitUntil(dialog.save_button.isEnabled)
    dialog.days.setValue(dialog.days.value() + 1)
    assert_enter_changes_nothing(qtbot, window, db, dialog)


def test_register_import_dialog(window: MainWindow, qtbot: QtBot, db: Database,
                                tmp_path: Path) -> None:
    dialog = RegisterImportDialog(window.desk, window)
    shown(qtbot, dialog)
    csv = tmp_path / "rejestr.csv"
    csv.write_text("klucz;adres\n", encoding="utf-8")
    dialog.set_file(csv)
    assert_enter_changes_nothing(qtbot, window, db, dialog)
    assert dialog.result_shown is None and dialog.error.text() == ""
    no_default_among(dialog.import_button, dialog.revoke_button)


def test_connection_dialog(window: MainWindow, qtbot: QtBot, db: Database,
                           qsettings: QSettings) -> None:
    dialog = ConnectionDialog(window.desk, qsettings, window)
    shown(qtbot, dialog)
    dialog.url.setText(str(db.url))
    assert_enter_changes_nothing(qtbot, window, db, dialog)
    assert qsettings.value(SAVED_URL_KEY) is None
    no_default_among(dialog.save_button)
