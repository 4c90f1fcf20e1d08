"""The administrator's settings of the resident's rights: publish a new version of the rules or
of the information clause (the Art. 15 letter quotes the clause; receipts name the versions),
and the retention periods."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from iok_desk.domain.errors import IokError
from iok_desk.domain.rodo import PolicyKind
from iok_desk.services import persons, retention

from .context import DeskContext, clear_error, show_error


class PolicyDialog(QDialog):
    """Publish a version (audited, never edited afterwards) and set the retention days."""

    def __init__(self, desk: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self.setObjectName("policyDialog")
        self.setWindowTitle(self.tr("Rules, information clause and retention"))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("information clause"), PolicyKind.CLAUSE.value)
        self.kind.addItem(self.tr("rules of the IOK service"), PolicyKind.RULES.value)
        self.version = QLineEdit()
        self.version.setPlaceholderText(self.tr("e.g. 2026-12"))
        self.text = QPlainTextEdit()
        self.publish_button = QPushButton(self.tr("&Publish"))
        self.publish_button.clicked.connect(self.publish)
        policy = QGroupBox(self.tr("New version"))
        rows = QFormLayout(policy)
        for text, widget in ((self.tr("&Kind:"), self.kind), (self.tr("&Version:"), self.version),
                             (self.tr("&Text:"), self.text)):
            label = QLabel(text)
            label.setBuddy(widget)
            rows.addRow(label, widget)
        rows.addRow("", self.publish_button)
        self.days: dict[str, QSpinBox] = {}
        periods = QGroupBox(self.tr("Retention periods (days)"))
        rows = QFormLayout(periods)
        labels = {"rejected": self.tr("Rejected requests and their attachments:"),
                  "email": self.tr("E-mails after registration or dismissal:"),
                  "former": self.tr("Persons without a title or a live account:"),
                  "audit": self.tr("Correction details in the audit trail:")}
        for name in retention.DEFAULT_DAYS:
            box = QSpinBox()
            box.setRange(30, 20 * 366)
            box.setObjectName(f"{name}Days")
            self.days[name] = box
            rows.addRow(labels[name], box)
        self.save_button = QPushButton(self.tr("&Save periods"))
        self.save_button.clicked.connect(self.save_days)
        rows.addRow("", self.save_button)
        self.error = QLabel()
        self.error.setWordWrap(True)
        close = QPushButton(self.tr("&Close"))
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addWidget(self.error, 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(policy, 1)
        layout.addWidget(periods)
        layout.addLayout(bottom)
        self.resize(640, 560)
        desk.ops.run(lambda _job: retention.get_retention_days(desk.db), self._on_days,
                     owner=self, on_failure=self._on_failed)

    def _on_days(self, days: dict[str, int]) -> None:
        for name, value in days.items():
            self.days[name].setValue(value)

    def _on_failed(self, error: IokError) -> None:
        show_error(self.error, error)

    def publish(self) -> None:
        clear_error(self.error)
        desk = self._desk
        kind, version, text = str(self.kind.currentData()), self.version.text(), \
            self.text.toPlainText()
        desk.ops.run(lambda _job: persons.publish_policy(desk.db, desk.actor, kind, version,
                                                         text),
                     self._on_published, owner=self, on_failure=self._on_failed)

    def _on_published(self, version: str) -> None:
        self.error.setText(self.tr("Published version %1.").replace("%1", version))
        self.version.clear()

    def save_days(self) -> None:
        clear_error(self.error)
        desk = self._desk
        values = {name: box.value() for name, box in self.days.items()}
        desk.ops.run(lambda _job: retention.set_retention_days(desk.db, desk.actor, values),
                     lambda changed: self.error.setText(
                         self.tr("Saved: %1.").replace("%1", ", ".join(changed) or "—")),
                     owner=self, on_failure=self._on_failed)
