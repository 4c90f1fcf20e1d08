"""The office mailbox ("Poczta"): new messages with the request each would register and what
is missing; the clerk registers one (the request form pre-filled from it), attaches it to an
existing request, or dismisses it. Each of these moves the message out of the shared inbox on
the server, so the other workstations stop listing it. The electronic form's submissions are
listed with them, to register (channel web form) or dismiss."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from iok_desk.domain.dates import format_datetime
from iok_desk.domain.errors import IokError

from ..changes import Changed
from ..context import DeskContext
from ..forms import child
from ..labels import label, problem_text
from ..models import Column, ListTableModel
from .base import Page

# The mailbox and the e-mail parser (pypdf, Pillow) come with the first look at the page: a
# start needs none of them (tests/ui/test_startup_imports.py).
if TYPE_CHECKING:
    from iok_desk.intake.draft import Problem, RequestDraft
    from iok_desk.services import intake, mailbox, web_form


@dataclass(frozen=True)
class QueueRow:
    """One row of the page: a message of the mailbox (``mail``) or a submission of the
    electronic form (``form``)."""

    mail: mailbox.MailItem | None = None
    form: web_form.Submission | None = None

    @property
    def draft(self) -> RequestDraft | None:
        if self.form is not None:
            return self.form.draft
        return self.mail.preview.draft if self.mail and self.mail.preview else None

    @property
    def problems(self) -> tuple[Problem, ...]:
        if self.form is not None:
            return self.form.problems
        return self.mail.preview.problems if self.mail and self.mail.preview else ()


def form_name(number: int) -> str:
    return QCoreApplication.translate("MailPage", "Electronic form no. %1").replace(
        "%1", str(number))


def _sent(row: QueueRow) -> str:
    if row.form is not None:
        return format_datetime(row.form.submitted_at)
    preview = row.mail.preview if row.mail else None
    return format_datetime(preview.sent_at) if preview and preview.sent_at else ""


def _sender(row: QueueRow) -> str:
    if row.form is not None:
        draft = row.form.draft
        return f"{draft.first_name} {draft.last_name} <{draft.email}>".replace(" <>", "")
    preview = row.mail.preview if row.mail else None
    return f"{preview.sender_name} <{preview.sender_email}>".strip() if preview else ""


def _subject(row: QueueRow) -> str:
    if row.form is not None:
        return form_name(row.form.id)
    preview = row.mail.preview if row.mail else None
    return preview.subject if preview else ""


def _draft_text(row: QueueRow) -> str:
    if row.mail is not None and row.mail.reply_to:
        return QCoreApplication.translate("MailPage", "reply to request %1").replace(
            "%1", row.mail.reply_to)
    draft = row.draft
    if draft is None:
        return ""
    kind = label(draft.kind) if draft.kind else ""
    person = f"{draft.first_name} {draft.last_name}".strip()
    return " · ".join(part for part in (kind, person, draft.unit or draft.login_id) if part)


def _missing_text(row: QueueRow) -> str:
    if row.mail is not None and row.mail.preview is None:
        return problem_text(None, row.mail.code, row.mail.error, row.mail.details)
    if row.mail is not None and row.mail.reply_to:
        return ""
    return "; ".join(problem_text(problem.field, problem.code, problem.message, problem.details)
                     for problem in row.problems)


class MailPage(Page):
    """The mailbox's new messages.

    Signals:
        sig_loaded(int): the list was (re)loaded from the server; the number of messages.
    """

    FORM = "mail_page"
    KEY = "mail"
    sig_loaded = Signal(int)

    def __init__(self, desk: DeskContext, settings: QSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(desk, settings, parent)
        form = self.form
        self.table = child(form, QTableView, "table")
        self.body = child(form, QPlainTextEdit, "body")
        self.summary = child(form, QLabel, "summary")
        self.mailbox_label = child(form, QLabel, "mailbox")
        self.refresh_button = child(form, QPushButton, "refreshButton")
        self.register_button = child(form, QPushButton, "registerButton")
        self.merge_button = child(form, QPushButton, "mergeButton")
        self.dismiss_button = child(form, QPushButton, "dismissButton")
        self.model = ListTableModel[QueueRow]([
            Column(self.tr("Sent"), _sent),
            Column(self.tr("From"), _sender),
            Column(self.tr("Subject"), _subject),
            Column(self.tr("Request found"), _draft_text),
            Column(self.tr("To fix"), lambda row: _missing_text(row) or self.tr("complete")),
        ], self, flag=lambda row: bool(_missing_text(row)))
        self.table.setModel(self.model)
        # Fixed widths (not fitted to the contents): what is missing, the last column, must
        # stay on screen whatever the senders and subjects are.
        self.remember_table(self.table, (21, 28, 22, 30))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self.table.activated.connect(lambda _index: self.register_selected())
        self.refresh_button.clicked.connect(self.reload)
        self.register_button.clicked.connect(self.register_selected)
        self.merge_button.clicked.connect(self._ask_number)
        self.dismiss_button.clicked.connect(self._ask_reason)
        self._loaded_once = False
        self._notice = ""  # what the last action did, shown with the reloaded list
        self._generation = 0
        self.child_dialog: QWidget | None = None
        self._enable_actions()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded_once:  # the server is asked only once the clerk looks
            self.reload()

    def on_changed(self, changes: Changed) -> None:
        mailbox_changed = any(key.startswith("mailbox.") for key in changes.settings)
        if (changes.everything or mailbox_changed) and self._loaded_once:
            self.reload()

    def reload(self) -> None:
        self._loaded_once = True
        desk = self._desk
        self._generation += 1
        generation = self._generation
        self.summary.setText(self.tr("Checking the mailbox…"))
        self.refresh_button.setEnabled(False)

        from iok_desk.services import mailbox, web_form

        def work(_job: object) -> tuple[mailbox.MailboxSettings, tuple[mailbox.MailItem, ...],
                                        str, list[web_form.Submission]]:
            # The electronic form's submissions are shown whatever the mailbox says.
            settings = mailbox.get_mailbox_settings(desk.db)
            try:
                items, problem = mailbox.list_inbox(desk.db), ""
            except IokError as error:
                items, problem = (), error.message
            return settings, items, problem, web_form.list_submissions(desk.db)

        desk.ops.run(work, lambda result: self._on_items(generation, *result), owner=self,
                     on_failure=self._on_failed)

    def _on_items(self, generation: int, settings: mailbox.MailboxSettings,
                  items: tuple[mailbox.MailItem, ...], problem: str,
                  forms: list[web_form.Submission]) -> None:
        if generation != self._generation:
            return
        self.refresh_button.setEnabled(True)
        self.mailbox_label.setText(self.tr("%1 on %2, folder %3").replace(
            "%1", settings.user).replace("%2", settings.host).replace("%3", settings.inbox)
            if settings.configured else "")
        rows = [QueueRow(mail=item) for item in items] + [QueueRow(form=item)
                                                          for item in forms]
        self.model.set_rows(rows)
        waiting = sum(1 for row in rows if _missing_text(row))
        notice, self._notice = self._notice, ""
        parts = [notice] if notice else []
        if problem:
            parts.append(problem)
        else:
            parts.append(self.tr("%n new message(s)", "", len(items)))
        if forms:
            parts.append(self.tr("%n electronic form(s)", "", len(forms)))
        if waiting:
            parts.append(self.tr("%n to complete", "", waiting))
        self.summary.setText(" · ".join(parts))
        if rows:
            self.table.selectRow(0)
        self._show_selected()
        self.sig_loaded.emit(len(rows))

    def _on_failed(self, error: IokError) -> None:
        self.refresh_button.setEnabled(True)
        self.summary.setText(error.message)
        self._enable_actions()

    def selected(self) -> QueueRow | None:
        return self.model.row_at(self.table.currentIndex().row())

    def _enable_actions(self) -> None:
        row = self.selected()
        self.register_button.setEnabled(row is not None and row.draft is not None)
        self.merge_button.setEnabled(row is not None and row.mail is not None)
        self.dismiss_button.setEnabled(row is not None)

    def _show_selected(self) -> None:
        row = self.selected()
        self._enable_actions()
        if row is None:
            self.body.clear()
            return
        if row.mail is not None and row.mail.preview is None:
            self.body.setPlainText(problem_text(None, row.mail.code, row.mail.error,
                                                row.mail.details))
            return
        problems = "".join("• " + problem_text(problem.field, problem.code, problem.message,
                                               problem.details) + "\n"
                           for problem in row.problems)
        if row.form is not None:
            draft = row.form.draft
            text = "\n".join(f"{name}: {value}" for name, value in (
                (self.tr("Unit"), draft.unit), (self.tr("Login ID"), draft.login_id),
                (self.tr("Phone"), draft.phone), (self.tr("Note"), draft.note)) if value)
        else:
            assert row.mail is not None and row.mail.preview is not None
            text = row.mail.preview.body_text
        self.body.setPlainText((problems + "\n" if problems else "") + text)

    # -- what the clerk does --------------------------------------------------------------

    def register_selected(self) -> None:
        """Open the request form pre-filled from the message (as it is on the server now) or
        the electronic form; a reply to a registered request is attached to it instead."""
        row = self.selected()
        if row is not None and row.form is not None:
            from ..mail_dialogs import FormRequestDialog

            dialog = FormRequestDialog(self._desk, row.form, self)
            dialog.sig_registered.connect(lambda _number: self.reload())
            self.child_dialog = dialog
            dialog.open()
            return
        item = row.mail if row is not None else None
        if item is None or item.preview is None:
            return
        if item.reply_to:
            self.merge_selected(item.reply_to)
            return
        desk, uid = self._desk, item.uid
        from iok_desk.services import mailbox

        desk.ops.run(lambda _job: mailbox.read_message(desk.db, uid),
                     lambda result: self._open_form(uid, *result), owner=self,
                     on_failure=self._on_action_failed)

    def _open_form(self, uid: str, raw: bytes, preview: intake.EmailPreview) -> None:
        from ..mail_dialogs import MailRequestDialog

        dialog = MailRequestDialog(self._desk, uid, raw, preview, self)
        dialog.sig_registered.connect(lambda _number: self.reload())
        self.child_dialog = dialog
        dialog.open()

    def _ask_number(self) -> None:
        from ..reason_dialog import ReasonDialog

        dialog = ReasonDialog(self, self.tr("Attach to a request"), self.tr(
            "Number of the request this message belongs to (e.g. IOK/2026/00012):"))
        dialog.sig_given.connect(self.merge_selected)
        self.child_dialog = dialog
        dialog.open()

    def _ask_reason(self) -> None:
        from ..reason_dialog import ReasonDialog

        dialog = ReasonDialog(self, self.tr("Dismiss the message"), self.tr(
            "Why is this message not a request? (kept in the audit trail)"), multi_line=True)
        dialog.sig_given.connect(self.dismiss_selected)
        self.child_dialog = dialog
        dialog.open()

    def merge_selected(self, number: str) -> None:
        row = self.selected()
        item = row.mail if row is not None else None
        if item is None:
            return
        desk, uid, number = self._desk, item.uid, number.strip()
        from iok_desk.services import mailbox

        desk.ops.run(lambda _job: mailbox.merge_message(desk.db, desk.actor, uid, number),
                     lambda _result: self._after_action(
                         self.tr("Attached to request %1.").replace("%1", number)),
                     owner=self, on_failure=self._on_action_failed)

    def dismiss_selected(self, reason: str) -> None:
        row = self.selected()
        if row is not None and row.form is not None:
            desk, form_id = self._desk, row.form.id
            from iok_desk.services import web_form

            desk.ops.run(lambda _job: web_form.dismiss_submission(desk.db, desk.actor,
                                                                  form_id, reason),
                         lambda _result: self._after_action(self.tr("Form dismissed.")),
                         owner=self, on_failure=self._on_action_failed)
            return
        item = row.mail if row is not None else None
        if item is None:
            return
        desk, uid = self._desk, item.uid
        from iok_desk.services import mailbox

        desk.ops.run(lambda _job: mailbox.dismiss_message(desk.db, desk.actor, uid, reason),
                     lambda _result: self._after_action(self.tr("Message dismissed.")),
                     owner=self, on_failure=self._on_action_failed)

    def _after_action(self, message: str) -> None:
        self._notice = message
        self.reload()

    def _on_action_failed(self, error: IokError) -> None:
        self.summary.setText(error.message)
        if error.code == "mail_gone":
            self.reload()
