"""The desk's own dialog that asks for one text before a state change (a reason, a number).

Unlike ``QInputDialog.getText`` it never confirms on Enter in the text: OK stays disabled until
something is typed, Cancel is the default button, and only a click on OK (or its mnemonic)
confirms."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from .forms import guard_dialog


class ReasonDialog(QDialog):
    """Asks for a reason: ``sig_given`` carries the stripped text when OK is clicked."""

    sig_given = Signal(str)

    def __init__(self, parent: QWidget | None, title: str, label: str, *,
                 multi_line: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        prompt = QLabel(label)
        prompt.setWordWrap(True)
        layout.addWidget(prompt)
        self.text: QLineEdit | QPlainTextEdit
        if multi_line:
            self.text = QPlainTextEdit()
            self.text.setTabChangesFocus(True)
            self.text.textChanged.connect(self._update_ok)
        else:
            self.text = QLineEdit()
            self.text.textChanged.connect(self._update_ok)
        self.text.setAccessibleName(label)
        prompt.setBuddy(self.text)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&OK"))
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("&Cancel"))
        self.ok_button.setAutoDefault(False)
        self.cancel_button.setDefault(True)
        layout.addWidget(buttons)
        self.ok_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        self.resize(460, self.sizeHint().height())
        guard_dialog(self)
        self._update_ok()

    def reason(self) -> str:
        text = self.text.toPlainText() if isinstance(self.text, QPlainTextEdit) \
            else self.text.text()
        return text.strip()

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.reason()))

    def accept(self) -> None:
        if not self.reason():
            return
        super().accept()
        self.sig_given.emit(self.reason())


def ask_reason(parent: QWidget, title: str, label: str, *, multi_line: bool = False) -> str | None:
    """The reason typed and confirmed with OK, or None when cancelled (waits for the answer)."""
    dialog = ReasonDialog(parent, title, label, multi_line=multi_line)
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.reason() if accepted else None
    finally:
        dialog.deleteLater()
