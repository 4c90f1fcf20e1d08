"""The request form pre-filled from a message of the office mailbox or a submission of the
electronic form (the Poczta page opens them)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from iok_desk.domain.states import Channel
from iok_desk.services import intake, mailbox, requests, web_form
from iok_desk.services.dto import RequestInfo

from .context import DeskContext, clear_error
from .operations import Job
from .pages.mail import form_name
from .request_dialogs import NewRequestDialog


class MailRequestDialog(NewRequestDialog):
    """The request form pre-filled from a message in the mailbox; registering registers that
    message on the server's behalf (moved to the folder of registered mail)."""

    def __init__(self, desk: DeskContext, uid: str, raw: bytes,
                 preview: intake.EmailPreview, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent, email=(f"poczta-{uid}.eml", raw, preview))
        self._uid = uid
        self._preview = preview

    def _on_register(self) -> None:
        clear_error(self.error, self._fields)
        draft = replace(self._preview.draft, kind=str(self.kind.currentData()),
                        first_name=self.first_name.text(), last_name=self.last_name.text(),
                        unit=self.unit.text(), login_id=self.login_id.text(),
                        email=self.email.text(), phone=self.phone.text(),
                        note=self.note.toPlainText())
        desk, uid = self._desk, self._uid
        proxy, id_checked = self._proxy_given(), self.id_checked.isChecked()
        self.register_button.setEnabled(False)
        desk.ops.run(lambda _job: mailbox.register_message(
            desk.db, desk.actor, uid, draft=draft, proxy=proxy, id_checked=id_checked),
                     self._on_imported, owner=self, on_failure=self._on_failed)


class FormRequestDialog(NewRequestDialog):
    """The request form pre-filled from an electronic form's submission; registering marks
    the submission registered (channel web form)."""

    def __init__(self, desk: DeskContext, submission: web_form.Submission,
                 parent: QWidget | None = None) -> None:
        draft = submission.draft
        preview = intake.EmailPreview(
            message_key="", sender_name=f"{draft.first_name} {draft.last_name}",
            sender_email=draft.email, sent_at=submission.submitted_at,
            subject=form_name(submission.id),
            body_text="", forwarded_from="", draft=draft, problems=submission.problems,
            attachments=(), duplicate_of=None)
        super().__init__(desk, parent, email=(f"formularz-{submission.id}", b"", preview))
        self.setWindowTitle(QCoreApplication.translate(
            "MailPage", "Log a request from the electronic form no. %1").replace(
            "%1", str(submission.id)))
        self.channel.setCurrentIndex(self.channel.findData(Channel.WEB_FORM.value))
        # The resident filled the form at home: no clerk saw a document, no proxy signed.
        self.id_checked.hide()
        self.proxy.hide()
        self._submission = submission

    def _on_register(self) -> None:
        clear_error(self.error, self._fields)
        draft = replace(self._submission.draft, kind=str(self.kind.currentData()),
                        first_name=self.first_name.text(), last_name=self.last_name.text(),
                        unit=self.unit.text(), login_id=self.login_id.text(),
                        email=self.email.text(), phone=self.phone.text(),
                        note=self.note.toPlainText())
        desk, form_id = self._desk, self._submission.id
        self.register_button.setEnabled(False)
        def work(_job: Job) -> tuple[web_form.RegisteredForm, RequestInfo]:
            registered = web_form.register_submission(desk.db, desk.actor, form_id, draft=draft)
            return registered, requests.get_request(desk.db, registered.number)

        desk.ops.run(work, lambda done: self._on_registered(done[1]), owner=self,
                     on_failure=self._on_failed)
