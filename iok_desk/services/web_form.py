"""The electronic form ("formularz elektroniczny"): what the portal inserted into
``web_form_submission`` reaches the desk's queue; a clerk registers a submission as a request
with the channel web form (or it is registered unattended when complete), or dismisses it.
Each use case writes its audit event in the same transaction; a submission is processed once
(its row is locked and its status checked)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from iok_desk.db.engine import Database
from iok_desk.db.models import WebFormSubmission
from iok_desk.domain.audit import AuditAction
from iok_desk.domain.dates import now_utc
from iok_desk.domain.errors import ConflictError, IokError, NotFound
from iok_desk.domain.states import Channel
from iok_desk.domain.validation import clean_text
from iok_desk.intake.draft import Problem, RequestDraft

from .context import Actor, load_clerk, record_event
from .dto import Changes
from .intake import DraftIncomplete, _problems
from .requests import NewRequest, add_request, record_register_event

NEW, REGISTERED, DISMISSED = "new", "registered", "dismissed"


@dataclass(frozen=True)
class Submission:
    """A form waiting in the queue: its draft and what to fix before registering."""

    id: int
    submitted_at: datetime
    draft: RequestDraft
    problems: tuple[Problem, ...]


@dataclass(frozen=True)
class FormOutcome:
    id: int
    outcome: str  # registered, needs_clerk
    number: str = ""
    reason: str = ""


def _draft(row: WebFormSubmission) -> RequestDraft:
    return RequestDraft(kind=row.kind, first_name=row.first_name, last_name=row.last_name,
                        unit=row.unit_text, login_id=row.login_id_text, email=row.email,
                        phone=row.phone, note=row.note, source="form")


def list_submissions(db: Database) -> list[Submission]:
    """The forms not registered or dismissed yet, oldest first."""
    with db.reading() as session:
        rows = session.scalars(select(WebFormSubmission).where(
            WebFormSubmission.status == NEW).order_by(WebFormSubmission.id)).all()
        return [Submission(row.id, row.submitted_at, _draft(row), _problems(session, _draft(row)))
                for row in rows]


def _new_row(session: Session, submission_id: int) -> WebFormSubmission:
    row = session.scalar(select(WebFormSubmission).where(
        WebFormSubmission.id == submission_id).with_for_update())
    if row is None:
        raise NotFound(f"Nie ma formularza nr {submission_id}.", code="form_not_found")
    if row.status != NEW:
        raise ConflictError(f"Formularz nr {submission_id} został już obsłużony "
                            f"({'zarejestrowany' if row.status == REGISTERED else 'odłożony'}).",
                            code="form_processed", id=submission_id)
    return row


@dataclass(frozen=True)
class RegisteredForm:
    """The request a form became."""

    number: str

    @property
    def changes(self) -> Changes:
        return Changes.of(requests=[self.number], new_requests=True)


def register_submission(db: Database, actor: Actor, submission_id: int, *,
                        draft: RequestDraft | None = None) -> RegisteredForm:
    """Register the form as a request (channel web form), with the clerk's corrections in
    ``draft``."""
    with db.transaction() as session:
        clerk = load_clerk(session, actor)
        row = _new_row(session, submission_id)
        used = draft or _draft(row)
        problems = _problems(session, used)
        if problems:
            raise DraftIncomplete(problems)
        received = row.submitted_at if row.submitted_at <= now_utc() else now_utc()
        request = add_request(session, clerk, NewRequest(
            kind=used.kind, channel=Channel.WEB_FORM.value, first_name=used.first_name,
            last_name=used.last_name, unit=used.unit, login_id=used.login_id,
            email=used.email, phone=used.phone, note=used.note, received_at=received,
            source_message_id=f"formularz:{row.id}"))
        session.flush()
        row.status, row.request_id, row.processed_at = REGISTERED, request.id, now_utc()
        record_register_event(session, clerk, actor, request, source="formularz elektroniczny",
                              form_id=row.id)
        return RegisteredForm(request.number)


def dismiss_submission(db: Database, actor: Actor, submission_id: int, reason: str) -> None:
    """Not a request (a test, a duplicate, nonsense): the form leaves the queue, the reason
    goes to the audit trail."""
    why = clean_text(reason, "reason", "Powód", max_length=500)
    with db.transaction() as session:
        clerk = load_clerk(session, actor)
        row = _new_row(session, submission_id)
        row.status, row.processed_at, row.processed_reason = DISMISSED, now_utc(), why
        record_event(session, clerk, actor, AuditAction.WEB_FORM_DISMISS,
                     f"Odłożono formularz elektroniczny nr {row.id} ({row.first_name} "
                     f"{row.last_name}): {why}", form_id=row.id, reason=why)


def register_complete_submissions(db: Database, actor: Actor) -> list[FormOutcome]:
    """Unattended: register every complete form, each in its own transaction; list the rest
    with what a clerk must fix."""
    outcomes: list[FormOutcome] = []
    for item in list_submissions(db):
        if item.problems:
            outcomes.append(FormOutcome(item.id, "needs_clerk", reason=" ".join(
                problem.message for problem in item.problems)))
            continue
        try:
            outcomes.append(FormOutcome(item.id, "registered",
                                        number=register_submission(db, actor, item.id).number))
        except ConflictError as error:
            if error.code != "form_processed":
                raise
        except IokError as error:
            outcomes.append(FormOutcome(item.id, "needs_clerk", reason=error.message))
    return outcomes
