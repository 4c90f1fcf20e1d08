"""Desk ▸ Clerks (administrator): the clerks of the database, a clerk's new role, deactivation."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableView,
    QWidget,
)

from iok_desk.domain.errors import IokError
from iok_desk.domain.states import ClerkRole
from iok_desk.services import clerks, roles
from iok_desk.services.clerks import ClerkInfo

from .context import DeskContext, clear_error, show_error
from .forms import child, load_form
from .labels import label
from .models import Column, ListTableModel


class ClerksDialog(QDialog):
    """Each change is one audited use case (``clerk set-role`` / ``clerk deactivate``)."""

    def __init__(self, desk: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self.setWindowTitle(self.tr("Clerks"))
        self.resize(640, 420)
        form = load_form("clerks_dialog", self)
        self.table = child(form, QTableView, "table")
        self.role = child(form, QComboBox, "role")
        self.error = child(form, QLabel, "error")
        self.set_role_button = child(form, QPushButton, "setRoleButton")
        self.deactivate_button = child(form, QPushButton, "deactivateButton")
        for role in ClerkRole:
            self.role.addItem(label(role.value), role.value)
        self.model = ListTableModel[ClerkInfo]([
            Column(self.tr("Login"), lambda row: row.login),
            Column(self.tr("Name"), lambda row: row.full_name),
            Column(self.tr("Role"), lambda row: label(row.role)),
            Column(self.tr("Active"), lambda row: self.tr("yes") if row.active
                   else self.tr("no")),
        ], self)
        self.table.setModel(self.model)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._on_selected)
        buttons = child(form, QDialogButtonBox, "buttons")
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        close.clicked.connect(self.accept)
        self.set_role_button.clicked.connect(
            lambda: self._change(role=str(self.role.currentData())))
        self.deactivate_button.clicked.connect(lambda: self._change(active=False))
        self._on_selected()
        self.reload()

    def reload(self) -> None:
        desk = self._desk
        desk.ops.run(lambda _job: clerks.list_clerks(desk.db), self._on_loaded, owner=self)

    def _on_loaded(self, staff: list[ClerkInfo]) -> None:
        self.model.set_rows(staff)
        self.table.resizeColumnsToContents()
        self._on_selected()

    def selected(self) -> ClerkInfo | None:
        index = self.table.selectionModel().currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _on_selected(self, *_args: object) -> None:
        clerk = self.selected()
        self.set_role_button.setEnabled(clerk is not None and clerk.active)
        self.deactivate_button.setEnabled(clerk is not None and clerk.active)
        if clerk is not None:
            self.role.setCurrentIndex(max(0, self.role.findData(clerk.role)))

    def _change(self, *, role: str | None = None, active: bool | None = None) -> None:
        clerk = self.selected()
        if clerk is None:
            return
        clear_error(self.error)
        desk = self._desk
        desk.ops.run(lambda _job: roles.change_clerk_with_login(
            desk.db, desk.actor, clerk.login, role=role, active=active),
            lambda _info: self.reload(), owner=self, on_failure=self._on_failed)

    def _on_failed(self, error: IokError) -> None:
        show_error(self.error, error)
