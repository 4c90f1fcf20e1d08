"""Credential letters: rendered off the GUI thread, shown in the print preview. The plaintext
letters of this session stay in memory for the batch print of today's letters."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from iok_desk.domain.credentials import format_login_id
from iok_desk.letters.credential import render_credential_letters
from iok_desk.services.dto import CredentialLetterData
from iok_desk.services.settings import get_letterhead

from .context import DeskContext
from .operations import Job
from .preview import PreviewDialog


def render_letters(desk: DeskContext, letters: list[CredentialLetterData],
                   parent: QWidget) -> None:
    """Render the letters on the worker (progress and Cancel for a long batch), then open
    the preview."""
    db = desk.db
    batch = list(letters)

    def work(job: Job) -> bytes:
        return render_credential_letters(get_letterhead(db), batch, progress=job.progress)

    def show(pdf: bytes) -> None:
        if len(batch) == 1:
            title = QCoreApplication.translate("Letters", "Credential letter %1").replace(
                "%1", format_login_id(batch[0].login_id))
            name = f"pismo-iok-{batch[0].login_id}.pdf"
        else:
            title = QCoreApplication.translate(
                "Letters", "Credential letters issued today (%1)").replace("%1", str(len(batch)))
            name = "pisma-iok.pdf"
        dialog = PreviewDialog(pdf, title, name, QCoreApplication.translate(
            "Letters", "The letter holds the first password: it is shown only here. Print it "
            "now; save the PDF only if you must."), parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setObjectName("letterPreview")
        dialog.open()

    desk.ops.run(work, show, owner=parent, progress_parent=parent,
                 label=QCoreApplication.translate("Letters", "Preparing letters…"))


def show_credential_letters(desk: DeskContext, letters: list[CredentialLetterData],
                            parent: QWidget) -> None:
    """New letters: remember them for today's batch, then preview them."""
    desk.letters_today.extend(letters)
    render_letters(desk, letters, parent)
