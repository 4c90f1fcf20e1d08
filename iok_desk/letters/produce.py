"""Making documents: the one place where a service call meets its renderer, for every front end.

The renderers in this package turn plain data into PDF or CSV; the functions here fetch that data
through the services (so the production is recorded and audited where the service says so) and
return the document's bytes. ``CredentialLetterFile`` is the credential letter's way to disk: it
is prepared inside the issuing transaction and only moved into place after the commit.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from enum import StrEnum
from pathlib import Path

from iok_desk.db.engine import Database
from iok_desk.domain.credentials import format_login_id
from iok_desk.domain.errors import IokError
from iok_desk.domain.letterhead import Letterhead
from iok_desk.private_files import PendingFile, TargetNotWritable, prepare
from iok_desk.services import overview, reports, settings
from iok_desk.services.context import Actor
from iok_desk.services.dto import BlockConfirmationData, CredentialLetterData


class LetterNotRendered(IokError):
    """The letter could not be produced (a missing font, a broken reportlab installation)."""

    code = "letter_not_rendered"


class LetterNotMoved(IokError):
    """The account is committed, its complete letter lies beside the target, not at it."""

    code = "letter_not_moved"


class Format(StrEnum):
    PDF = "pdf"
    CSV = "csv"


def credential_letters_pdf(letterhead: Letterhead, letters: Sequence[CredentialLetterData],
                           progress: Callable[[int, int], None] | None = None) -> bytes:
    """The credential letters as one PDF. Any failure of the renderer (a missing font file is
    a ``TTFError``, a damaged installation an ``ImportError``) becomes a message: inside an
    issuing transaction it rolls everything back."""
    try:
        from .credential import render_credential_letters
        return render_credential_letters(letterhead, letters, progress=progress)
    except Exception as error:
        raise LetterNotRendered(
            f"Nie udało się przygotować pisma z hasłem ({type(error).__name__}: {error}); nic "
            "nie zostało zapisane, konto nie zostało utworzone.", detail=str(error)) from error


class CredentialLetterFile:
    """The credential letter on its way to ``target``.

    ``deliver`` (an ``accounts.DeliverLetter``) renders the letter and writes it to a private
    temporary file beside the target, flushed to disk, while the issuing transaction is still
    open; ``move_into_place`` after the commit is the only step left. ``discard`` removes the
    temporary file when the transaction did not commit."""

    def __init__(self, target: Path | str, *, overwrite: bool = False,
                 on_prepared: Callable[[PendingFile], None] | None = None) -> None:
        self.target = Path(target)
        self.overwrite = overwrite
        self.pending: PendingFile | None = None
        self._on_prepared = on_prepared

    def deliver(self, letterhead: Letterhead, letter: CredentialLetterData) -> None:
        self.deliver_all(letterhead, [letter])

    def deliver_all(self, letterhead: Letterhead, letters: list[CredentialLetterData]) -> None:
        """A batch's letters as one PDF (``accounts.DeliverLetters``)."""
        pdf = credential_letters_pdf(letterhead, letters)
        self.pending = prepare(self.target, pdf, overwrite=self.overwrite)
        if self._on_prepared is not None:
            self._on_prepared(self.pending)

    def move_into_place(self, login_id: str) -> Path:
        """Put the letter at its target; the account ``login_id`` (a batch: its login IDs,
        comma-separated) already exists."""
        assert self.pending is not None, "deliver ran inside the committed transaction"
        try:
            self.pending.move_into_place()
        except TargetNotWritable as error:
            raise LetterNotMoved(
                f"Konto {format_login_id(login_id)} zostało utworzone, ale pisma nie udało się "
                f"umieścić w {self.target} ({error.__cause__}). Pełne pismo z hasłem jest w "
                f"{self.pending.temporary} — przenieś je i wydrukuj; nie wydawaj konta "
                "ponownie.", path=str(self.target),
                complete_copy=str(self.pending.temporary)) from error
        return self.target

    def discard(self) -> None:
        if self.pending is not None:
            self.pending.discard()
            self.pending = None


def request_receipt(db: Database, actor: Actor, number: str) -> bytes:
    """The receipt of a request (its production is recorded and audited)."""
    from .receipt import render_request_receipt
    data = reports.prepare_request_letter(db, actor, number, reports.RequestLetterKind.RECEIPT)
    return render_request_receipt(settings.get_letterhead(db), data)


def decision_letter(db: Database, actor: Actor, number: str) -> bytes:
    """The letter about a rejected request, quoting the reason (recorded and audited)."""
    from .decision import render_decision_letter
    data = reports.prepare_request_letter(db, actor, number, reports.RequestLetterKind.DECISION)
    return render_decision_letter(settings.get_letterhead(db), data)


def person_export(db: Database, actor: Actor, person: str, *, file_name: str,
                  as_json: bool = False) -> bytes:
    """Everything held on a person (RODO Art. 15) as a Polish PDF letter or as JSON; the
    export is recorded and audited, naming ``file_name``."""
    from iok_desk.services import persons

    from .person_export import person_export_json, render_person_export
    export = persons.export_person(db, actor, person, file_name=file_name)
    if as_json:
        return person_export_json(export)
    return render_person_export(settings.get_letterhead(db), export)


def blank_request_form(db: Database, *, fillable: bool = False) -> bytes:
    from .request_form import render_request_form
    return render_request_form(settings.get_letterhead(db), fillable=fillable)


def request_register(db: Database, actor: Actor, day_from: date, day_to: date,
                     output: Format = Format.PDF, *, file_name: str) -> tuple[bytes, int]:
    """The request register of a period and its number of rows (the reading is audited,
    naming ``file_name``)."""
    from .register import render_request_register, request_register_csv
    register = reports.request_register(db, actor, day_from, day_to, file_name=file_name)
    if output == Format.CSV:
        return request_register_csv(register).encode("utf-8"), len(register.rows)
    return render_request_register(settings.get_letterhead(db), register), len(register.rows)


def audit_extract(db: Database, actor: Actor, login_id: str,
                  output: Format = Format.PDF, *, file_name: str) -> tuple[bytes, int]:
    """One account's audit extract and its number of events (the reading is audited)."""
    from .audit_extract import audit_extract_csv, render_audit_extract
    extract = reports.audit_extract(db, actor, login_id, file_name=file_name)
    if output == Format.CSV:
        return audit_extract_csv(extract).encode("utf-8"), len(extract.events)
    return render_audit_extract(settings.get_letterhead(db), extract), len(extract.events)


def monthly_report(db: Database, actor: Actor, month: date, *,
                   file_name: str) -> tuple[bytes, overview.MonthlyFigures]:
    """The month's report as PDF and its figures (the reading is audited, naming
    ``file_name``)."""
    from .monthly import render_monthly_report
    figures = overview.monthly_report(db, actor, month, file_name=file_name)
    return render_monthly_report(settings.get_letterhead(db), figures), figures


def block_confirmation(db: Database, actor: Actor, login_id: str,
                       target: Path | str | None = None) -> bytes:
    """The block's confirmation letter to the resident, rendered inside the transaction that
    records it was sent (a failed rendering records nothing); with ``target`` also written
    there (a private file prepared before the commit, moved into place after it)."""
    from iok_desk.services import phone

    from .block_confirmation import render_block_confirmation
    made: list[bytes] = []
    pending: list[PendingFile] = []

    def deliver(letterhead: Letterhead, data: BlockConfirmationData) -> None:
        pdf = render_block_confirmation(letterhead, data)
        made.append(pdf)
        if target is not None:
            pending.append(prepare(Path(target), pdf))

    try:
        phone.send_block_confirmation(db, actor, login_id, deliver=deliver)
    except BaseException:
        for file in pending:
            file.discard()
        raise
    for file in pending:
        file.move_into_place()
    return made[0]


def dispatch_list(db: Database, actor: Actor, day: date) -> tuple[bytes, int]:
    """The day's registered letters in the layout of the post's book of dispatch, and how
    many (the printing is audited: it names residents)."""
    from iok_desk.services import letter_register

    from .dispatch import render_dispatch_list
    dispatch = letter_register.dispatch_list(db, actor, day)
    return render_dispatch_list(settings.get_letterhead(db), dispatch), len(dispatch.entries)
