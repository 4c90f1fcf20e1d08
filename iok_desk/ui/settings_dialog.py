"""Settings (administrator): the letterhead every letter prints, the first password's validity."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QSpinBox, QWidget

from iok_desk.domain.errors import IokError
from iok_desk.services import settings
from iok_desk.services.settings import Letterhead

from . import actions
from .context import DeskContext, clear_error, show_error
from .forms import child, load_form
from .operations import Job

LETTERHEAD_FIELDS = [item.name for item in dataclasses.fields(Letterhead)]


class SettingsDialog(QDialog):
    """Loads the current settings, saves the changed ones (one audited transaction)."""

    def __init__(self, desk: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self.setWindowTitle(self.tr("Settings"))
        form = load_form("settings_dialog", self)
        self.fields = {name: child(form, QLineEdit, name) for name in LETTERHEAD_FIELDS}
        self.days = child(form, QSpinBox, "days")
        self.error = child(form, QLabel, "error")
        buttons = child(form, QDialogButtonBox, "buttons")
        self.save_button = buttons.addButton(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save"))
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        self.save_button.clicked.connect(self._on_save)
        cancel.clicked.connect(self.reject)
        self.save_button.setEnabled(False)

        def work(_job: Job) -> tuple[Letterhead, int]:
            return (settings.get_letterhead(desk.db),
                    settings.get_first_password_valid_days(desk.db))

        desk.ops.run(work, lambda result: self._on_loaded(*result), owner=self)

    def _on_loaded(self, letterhead: Letterhead, days: int) -> None:
        for name, widget in self.fields.items():
            widget.setText(getattr(letterhead, name))
        self.days.setValue(days)
        self.save_button.setEnabled(True)

    def _on_save(self) -> None:
        widgets: dict[str, QWidget] = {**self.fields, "first_password_days": self.days}
        clear_error(self.error, widgets)
        letterhead = Letterhead(**{name: widget.text() for name, widget in self.fields.items()})
        actions.update_settings(self._desk, letterhead, self.days.value(), owner=self,
                                done=lambda _changed: self.accept(),
                                failed=lambda error: self._on_failed(error, widgets))

    def _on_failed(self, error: IokError, widgets: dict[str, QWidget]) -> None:
        show_error(self.error, error, widgets)
