"""Settings (administrator): the letterhead every letter prints, the first password's validity
(and from its letter's delivery), the failed-logins threshold, separation of duties."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

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
        self._add_phone_settings(child(form, QFormLayout, "credentials"))
        self._add_delivery_settings(child(form, QFormLayout, "credentials"))
        self.error = child(form, QLabel, "error")
        buttons = child(form, QDialogButtonBox, "buttons")
        self.save_button = buttons.addButton(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save"))
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        self.save_button.clicked.connect(self._on_save)
        cancel.clicked.connect(self.reject)
        self.save_button.setEnabled(False)

        def work(_job: Job) -> tuple[Letterhead, int, int, bool, tuple[bool, int, int]]:
            return (settings.get_letterhead(desk.db),
                    settings.get_first_password_valid_days(desk.db),
                    settings.get_failed_login_threshold(desk.db),
                    settings.get_separation_of_duties(desk.db),
                    settings.get_delivery_settings(desk.db))

        desk.ops.run(work, lambda result: self._on_loaded(*result), owner=self)

    def _add_phone_settings(self, layout: QFormLayout) -> None:
        """The failed-logins threshold and separation of duties (issue 18)."""
        self.failed_logins = QSpinBox()
        self.failed_logins.setObjectName("failedLogins")
        self.failed_logins.setRange(1, 1000)
        threshold_label = QLabel(self.tr("Failed logins to &list an account:"))
        threshold_label.setBuddy(self.failed_logins)
        layout.addRow(threshold_label, self.failed_logins)
        self.separate_duties = QCheckBox(self.tr("Sepa&ration of duties"))
        self.separate_duties.setObjectName("separateDuties")
        explained = QLabel(self.tr(
            "Who approved a grant does not print its credential letter; a block for abuse "
            "takes effect when a second clerk, a supervisor, countersigns it. The database "
            "enforces both."))
        explained.setWordWrap(True)
        explained.setStyleSheet("color: #4b5563;")
        layout.addRow(self.separate_duties)
        layout.addRow(explained)

    def _add_delivery_settings(self, layout: QFormLayout) -> None:
        """Activation on delivery and the first password's days by channel (the letter
        register)."""
        self.activation = QCheckBox(self.tr("&First password works only once its letter is "
                                            "handed over or posted"))
        self.activation.setObjectName("activation")
        layout.addRow(self.activation)
        self.in_person_days = QSpinBox()
        self.in_person_days.setObjectName("inPersonDays")
        self.by_post_days = QSpinBox()
        self.by_post_days.setObjectName("byPostDays")
        for box, text in ((self.in_person_days, self.tr("Days from handover &in person:")),
                          (self.by_post_days, self.tr("Days from posting (registered &mail):"))):
            box.setRange(1, 365)
            label = QLabel(text)
            label.setBuddy(box)
            layout.addRow(label, box)

    def _on_loaded(self, letterhead: Letterhead, days: int, failed_logins: int = 5,
                   separate_duties: bool = False,
                   delivery: tuple[bool, int, int] = (True, 7, 14)) -> None:
        for name, widget in self.fields.items():
            widget.setText(getattr(letterhead, name))
        self.days.setValue(days)
        self.failed_logins.setValue(failed_logins)
        self.separate_duties.setChecked(separate_duties)
        activation, in_person, by_post = delivery
        self.activation.setChecked(activation)
        self.in_person_days.setValue(in_person)
        self.by_post_days.setValue(by_post)
        self.save_button.setEnabled(True)

    def _on_save(self) -> None:
        widgets: dict[str, QWidget] = {**self.fields, "first_password_days": self.days,
                                       "failed_logins": self.failed_logins,
                                       "days_in_person": self.in_person_days,
                                       "days_by_post": self.by_post_days}
        clear_error(self.error, widgets)
        letterhead = Letterhead(**{name: widget.text() for name, widget in self.fields.items()})
        actions.update_settings(self._desk, letterhead, self.days.value(), owner=self,
                                failed_logins=self.failed_logins.value(),
                                separate_duties=self.separate_duties.isChecked(),
                                delivery=(self.activation.isChecked(),
                                          self.in_person_days.value(),
                                          self.by_post_days.value()),
                                done=lambda _changed: self.accept(),
                                failed=lambda error: self._on_failed(error, widgets))

    def _on_failed(self, error: IokError, widgets: dict[str, QWidget]) -> None:
        show_error(self.error, error, widgets)
