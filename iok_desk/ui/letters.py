"""Letters in the desk: produced on the worker (``letters.produce``), shown in the print preview.

A credential letter is rendered inside the issuing transaction, into memory: if rendering fails
nothing is committed, and once the account exists its letter is already here. The plaintext
letters of this session stay in memory for the batch print of today's letters."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from iok_desk.domain.credentials import format_login_id
from iok_desk.domain.letterhead import Letterhead
from iok_desk.letters import produce
from iok_desk.services.accounts import DeliverLetter
from iok_desk.services.dto import CredentialLetterData
from iok_desk.services.settings import get_letterhead

from .context import DeskContext
from .operations import Job
from .preview import PreviewDialog

Result = TypeVar("Result")


@dataclass(frozen=True)
class WithLetter(Generic[Result]):
    """A use case's result and the credential letter it issued (None: no new password)."""

    result: Result
    letter: CredentialLetterData | None
    pdf: bytes | None


def with_letter_in_memory(use_case: Callable[[DeliverLetter], Result]) -> WithLetter[Result]:
    """Run an issuing use case (on the worker) whose letter is rendered before its commit."""
    made: list[tuple[CredentialLetterData, bytes]] = []

    def deliver(letterhead: Letterhead, letter: CredentialLetterData) -> None:
        made.append((letter, produce.credential_letters_pdf(letterhead, [letter])))

    result = use_case(deliver)
    letter, pdf = made[0] if made else (None, None)
    return WithLetter(result, letter, pdf)


def _open_preview(pdf: bytes, title: str, file_name: str, info: str, parent: QWidget, *,
                  credential: bool = False) -> None:
    dialog = PreviewDialog(pdf, title, file_name, info, parent, credential=credential)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setObjectName("letterPreview")
    dialog.open()


def show_pdf(desk: DeskContext, work: Callable[[Job], bytes], title: str, file_name: str,
             info: str, parent: QWidget) -> None:
    """Produce a document on the worker (progress after a delay), then preview it."""
    desk.ops.run(work, lambda pdf: _open_preview(pdf, title, file_name, info, parent),
                 owner=parent, progress_parent=parent,
                 label=QCoreApplication.translate("Letters", "Preparing letters…"))


def print_receipt(desk: DeskContext, number: str, parent: QWidget) -> None:
    """The receipt of a request (its production is recorded and audited)."""
    db, actor = desk.db, desk.actor
    show_pdf(desk, lambda _job: produce.request_receipt(db, actor, number),
             QCoreApplication.translate("Letters", "Receipt of request %1").replace(
                 "%1", number), f"potwierdzenie-{number.replace('/', '-')}.pdf", "", parent)


def print_decision(desk: DeskContext, number: str, parent: QWidget) -> None:
    """The letter about a rejected request (recorded and audited)."""
    db, actor = desk.db, desk.actor
    show_pdf(desk, lambda _job: produce.decision_letter(db, actor, number),
             QCoreApplication.translate("Letters", "Decision on request %1").replace(
                 "%1", number), f"odmowa-{number.replace('/', '-')}.pdf", "", parent)


def _credential_info() -> str:
    return QCoreApplication.translate(
        "Letters", "The letter holds the first password: it is shown only here. Print it "
        "now; save the PDF only if you must.")


def _credential_title(letters: list[CredentialLetterData]) -> tuple[str, str]:
    if len(letters) == 1:
        return (QCoreApplication.translate("Letters", "Credential letter %1").replace(
            "%1", format_login_id(letters[0].login_id)), f"pismo-iok-{letters[0].login_id}.pdf")
    return (QCoreApplication.translate(
        "Letters", "Credential letters of this session (%1)").replace("%1", str(len(letters))),
        "pisma-iok.pdf")


def render_letters(desk: DeskContext, letters: list[CredentialLetterData],
                   parent: QWidget) -> None:
    """Render the letters again on the worker (progress and Cancel for a long batch), then
    open the preview: today's batch print."""
    db = desk.db
    batch = list(letters)

    def work(job: Job) -> bytes:
        return produce.credential_letters_pdf(get_letterhead(db), batch, progress=job.progress)

    title, name = _credential_title(batch)
    desk.ops.run(work, lambda pdf: _open_preview(pdf, title, name, _credential_info(), parent,
                                                 credential=True),
                 owner=parent, progress_parent=parent,
                 label=QCoreApplication.translate("Letters", "Preparing letters…"))


def show_issued_letter(desk: DeskContext, letter: CredentialLetterData, pdf: bytes,
                       parent: QWidget) -> None:
    """A letter just issued: remember it for today's batch and preview the PDF that was
    rendered before the commit; closing it unprinted and unsaved asks first."""
    show_issued_letters(desk, [letter], pdf, parent)


def show_issued_letters(desk: DeskContext, letters: list[CredentialLetterData], pdf: bytes,
                        parent: QWidget) -> None:
    """Letters just issued together (the batch new first password), as one PDF rendered
    before the commit: remembered for today's batch and previewed."""
    desk.letters_today.extend(letters)
    title, name = _credential_title(letters)
    _open_preview(pdf, title, name, _credential_info(), parent, credential=True)


def show_credential_letters(desk: DeskContext, letters: list[CredentialLetterData],
                            parent: QWidget) -> None:
    """Letters issued elsewhere (the screenshots' demo): remember them, render, preview."""
    desk.letters_today.extend(letters)
    render_letters(desk, letters, parent)
