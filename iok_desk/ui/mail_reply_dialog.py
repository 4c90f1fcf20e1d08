"""Reply by e-mail to a request that came by e-mail (from the request's view): the clerk picks
the receipt, the needs-information note or the rejection — whichever the request's state
allows —, reads the message exactly as it will go, and sends it. The sent message is stored
with the request and audited (``services.mail_replies``); credentials are never among the
replies."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from iok_desk.domain.errors import IokError

from .context import DeskContext, show_error
from .forms import guard_dialog

if TYPE_CHECKING:
    from iok_desk.services import mail_replies


class MailReplyDialog(QDialog):
    """Signals:
        sig_sent(str): the reply was sent, stored and audited; the address it went to.
    """

    sig_sent = Signal(str)

    def __init__(self, desk: DeskContext, number: str, kinds: tuple[str, ...],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        guard_dialog(self)
        self._desk = desk
        self.number = number
        self.setWindowTitle(self.tr("Reply by e-mail — request %1").replace("%1", number))
        names = {"receipt": self.tr("Receipt of the request"),
                 "needs_info": self.tr("The request needs information"),
                 "rejection": self.tr("Rejection")}
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for kind in kinds:
            self.kind.addItem(names[kind], kind)
        self.to = QLabel()
        self.to.setObjectName("to")
        self.subject = QLabel()
        self.subject.setObjectName("subject")
        self.body = QPlainTextEdit()
        self.body.setObjectName("body")
        self.body.setReadOnly(True)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        kind_label = QLabel(self.tr("&Reply:"))
        kind_label.setBuddy(self.kind)
        form.addRow(kind_label, self.kind)
        form.addRow(self.tr("To:"), self.to)
        form.addRow(self.tr("Subject:"), self.subject)
        buttons = QDialogButtonBox()
        # An action, not the accept role: the button box would make it the default button.
        self.send_button = buttons.addButton(self.tr("&Send"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.send_button.setAutoDefault(False)
        self.send_button.setEnabled(False)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.body)
        layout.addWidget(QLabel(self.tr("Login IDs and passwords are never sent by e-mail: "
                                        "they go only in the printed letter.")))
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(lambda _index: self.compose())
        self.send_button.clicked.connect(self.send)
        cancel.clicked.connect(self.reject)
        self.resize(720, 560)
        self.compose()

    def compose(self) -> None:
        """Show the selected reply as it will be sent."""
        from iok_desk.services import mail_replies

        desk, number, kind = self._desk, self.number, str(self.kind.currentData())
        self.send_button.setEnabled(False)
        self.error.clear()
        if self.kind.count() == 0:
            return
        desk.ops.run(lambda _job: mail_replies.compose_reply(desk.db, number, kind),
                     self._on_composed, owner=self, on_failure=self._on_failed)

    def _on_composed(self, reply: mail_replies.Reply) -> None:
        if reply.kind != self.kind.currentData():
            return  # the clerk chose another reply meanwhile
        self.to.setText(reply.to)
        self.subject.setText(reply.subject)
        self.body.setPlainText(reply.body)
        self.send_button.setEnabled(True)

    def send(self) -> None:
        from iok_desk.services import mail_replies

        desk, number, kind = self._desk, self.number, str(self.kind.currentData())
        self.send_button.setEnabled(False)
        self.error.setText(self.tr("Sending…"))
        desk.ops.run(lambda _job: mail_replies.send_reply(desk.db, desk.actor, number, kind),
                     self._on_sent, owner=self, on_failure=self._on_failed)

    def _on_sent(self, reply: mail_replies.Reply) -> None:
        self.sig_sent.emit(reply.to)
        self.accept()

    def _on_failed(self, error: IokError) -> None:
        show_error(self.error, error)
        self.send_button.setEnabled(bool(self.body.toPlainText()))
