"""Credential letters: rendered off the GUI thread, shown in the print preview. The plaintext
letters of this session stay in memory for the batch print of today's letters."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from iok_desk.domain.credentials import format_login_id
from iok_desk.letters.credential import render_credential_letters
from iok_desk.letters.receipt import render_request_receipt
from iok_desk.services.dto import CredentialLetterData
from iok_desk.services.reports import RequestLetterKind, prepare_request_letter
from iok_desk.services.settings import get_letterhead

from .context import DeskContext
from .operations import Job
from .preview import PreviewDialog


def show_pdf(desk: DeskContext, work: Callable[[Job], bytes], title: str, file_name: str,
             info: str, parent: QWidget) -> None:
    """Produce a document on the worker (progress after a delay), then preview it."""

    def show(pdf: bytes) -> None:
        dialog = PreviewDialog(pdf, title, file_name, info, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setObjectName("letterPreview")
        dialog.open()

    desk.ops.run(work, show, owner=parent, progress_parent=parent,
                 label=QCoreApplication.translate("Letters", "Preparing letters…"))


def print_receipt(desk: DeskContext, number: str, parent: QWidget) -> None:
    """The receipt of a request (its production is recorded and audited)."""
    db, actor = desk.db, desk.actor

    def work(_job: Job) -> bytes:
        data = prepare_request_letter(db, actor, number, RequestLetterKind.RECEIPT)
        return render_request_receipt(get_letterhead(db), data)

    show_pdf(desk, work, QCoreApplication.translate("Letters", "Receipt of request %1").replace(
        "%1", number), f"potwierdzenie-{number.replace('/', '-')}.pdf", "", parent)


def render_letters(desk: DeskContext, letters: list[CredentialLetterData],
                   parent: QWidget) -> None:
    """Render the letters on the worker (progress and Cancel for a long batch), then open
    the preview."""
    db = desk.db
    batch = list(letters)

    def work(job: Job) -> bytes:
        return render_credential_letters(get_letterhead(db), batch, progress=job.progress)

    if len(batch) == 1:
        title = QCoreApplication.translate("Letters", "Credential letter %1").replace(
            "%1", format_login_id(batch[0].login_id))
        name = f"pismo-iok-{batch[0].login_id}.pdf"
    else:
        title = QCoreApplication.translate(
            "Letters", "Credential letters issued today (%1)").replace("%1", str(len(batch)))
        name = "pisma-iok.pdf"
    show_pdf(desk, work, title, name, QCoreApplication.translate(
        "Letters", "The letter holds the first password: it is shown only here. Print it "
        "now; save the PDF only if you must."), parent)


def show_credential_letters(desk: DeskContext, letters: list[CredentialLetterData],
                            parent: QWidget) -> None:
    """New letters: remember them for today's batch, then preview them."""
    desk.letters_today.extend(letters)
    render_letters(desk, letters, parent)
