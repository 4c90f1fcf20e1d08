"""Desk ▸ Clerks: an administrator changes a clerk's role and deactivates a clerk; the last
active administrator stays; a clerk does not get the menu entry."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from iok_desk.db.engine import Database
from iok_desk.services import clerks
from iok_desk.services.context import Actor
from iok_desk.ui.clerks_dialog import ClerksDialog
from iok_desk.ui.main_window import MainWindow


def _select(dialog: ClerksDialog, login: str) -> None:
    row = next(number for number in range(dialog.model.rowCount())
               if (info := dialog.model.row_at(number)) is not None and info.login == login)
    dialog.table.selectRow(row)


def test_an_admin_changes_roles_and_deactivates(window: MainWindow, qtbot: QtBot,
                                                db: Database, admin: Actor) -> None:
    clerks.add_clerk(db, admin, "ewa", "Ewa Kowalczyk", "clerk")
    qtbot.waitUntil(lambda: window.action_clerks.isEnabled())
    window.action_clerks.trigger()
    dialog = window.child_dialog
    assert isinstance(dialog, ClerksDialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2)
    _select(dialog, "ewa")
    dialog.role.setCurrentIndex(dialog.role.findData("supervisor"))
    with qtbot.waitSignal(dialog.model.modelReset, timeout=5000):
        dialog.set_role_button.click()
    assert {info.login: info.role for info in clerks.list_clerks(db)}["ewa"] == "supervisor"
    _select(dialog, "ewa")
    with qtbot.waitSignal(dialog.model.modelReset, timeout=5000):
        dialog.deactivate_button.click()
    assert {info.login: info.active for info in clerks.list_clerks(db)}["ewa"] is False
    _select(dialog, "admin")
    dialog.deactivate_button.click()
    qtbot.waitUntil(lambda: dialog.error.text() != "")
    assert "ostatnim aktywnym administratorem" in dialog.error.text()


def test_a_clerk_has_no_clerks_menu(make_window: Callable[[Actor], MainWindow],
                                    qtbot: QtBot, db: Database, admin: Actor) -> None:
    clerks.add_clerk(db, admin, "ewa", "Ewa Kowalczyk", "clerk")
    window = make_window(Actor("ewa", workstation="desk-2"))
    qtbot.waitUntil(lambda: "ewa (" in window.status_clerk.text())  # the role is known
    assert not window.action_clerks.isEnabled()
