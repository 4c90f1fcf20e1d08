"""Retention (RODO Art. 5(1)(e)): data past its period is erased or pseudonymised.

Categories and their settings (days; defaults and their reasons in docs/retention.md):

- ``rejected``: a rejected request's attachments are erased and its applicant's data, note
  and reason replaced, counted from the decision;
- ``email``: an e-mail attached to a request (``message/rfc822``, an Outlook ``.msg``) is
  erased, counted from the registration (the request keeps what the clerk took from it); the
  events of a message or electronic form the desk dismissed (linked to no person or request)
  lose their sender, subject and reason, and a dismissed form's row its names, contacts and
  note, counted from the dismissal;
- ``former``: a person whose every account is revoked and who holds no title: names,
  contacts and notes — theirs and their requests' — replaced, attachments erased, counted
  from the last of the title's end, the account's revocation, the last decision;
- ``audit``: the before/after values of corrections in the audit trail are removed.

Rows are never deleted: keys stay, so the register of requests keeps its numbers without a
gap; an attachment keeps its row with no content. The audit trail keeps every event: the
personal data in the events of a pseudonymised person or request is replaced through
``iok_redact_personal_data()`` on PostgreSQL (revisions 0008, 0011, 0013; no desk login has
UPDATE on the trail), by the same rule here on SQLite.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from hashlib import sha256
from typing import Any

from sqlalchemy import ColumnElement, Select, func, or_, select, text, update
from sqlalchemy.orm import Session, selectinload

from iok_desk.db.engine import Database
from iok_desk.db.models import (
    Account,
    Attachment,
    AuditEvent,
    AuditRedaction,
    Person,
    Request,
    Setting,
    Title,
    WebFormSubmission,
)
from iok_desk.domain.audit import AuditAction
from iok_desk.domain.dates import now_utc, office_date
from iok_desk.domain.errors import ValidationError
from iok_desk.domain.rodo import (
    PSEUDONYM_FIRST_NAME,
    REDACTED,
    TYPED_ABOUT_A_PERSON,
    TYPED_IN_A_DISMISSAL,
    dismissed_form_last_name,
    names_person,
    pseudonym_last_name,
)
from iok_desk.domain.states import AccountStatus, ClerkRole, RequestStatus

from .context import Actor, load_clerk, record_event
from .dto import Changes
from .registry import refresh_person_search

SETTING_PREFIX = "retention."
DEFAULT_DAYS = {"rejected": 365, "email": 90, "former": 6 * 365, "audit": 6 * 365}
LABELS_PL = {"rejected": "wnioski odrzucone i ich załączniki",
             "email": "wiadomości e-mail po rejestracji wniosku, odłożone wiadomości i formularze",
             "former": "dane osób bez tytułu i bez czynnego konta",
             "audit": "szczegóły sprostowań w dzienniku zdarzeń"}
# An e-mail as it came: a saved .eml, or an Outlook .msg (services.intake).
EMAIL_TYPES = ("message/rfc822", "application/vnd.ms-outlook")
_OPEN = (RequestStatus.RECEIVED, RequestStatus.NEEDS_INFO, RequestStatus.APPROVED)
_TYPED = {**TYPED_ABOUT_A_PERSON, **TYPED_IN_A_DISMISSAL}


def retention_days(session: Session) -> dict[str, int]:
    stored = {row.key[len(SETTING_PREFIX):]: row.value for row in session.scalars(
        select(Setting).where(Setting.key.startswith(SETTING_PREFIX)))}
    return {name: int(stored.get(name, default)) for name, default in DEFAULT_DAYS.items()}


def get_retention_days(db: Database) -> dict[str, int]:
    with db.reading() as session:
        return retention_days(session)


def set_retention_days(db: Database, actor: Actor, values: dict[str, int]) -> list[str]:
    """Admin only: change retention periods (30 days to 20 years each)."""
    for name, days in values.items():
        if name not in DEFAULT_DAYS:
            raise ValidationError(f"Nie ma kategorii „{name}”; są: "
                                  + ", ".join(DEFAULT_DAYS) + ".", field=name,
                                  code="bad_category")
        if not 30 <= days <= 20 * 366:
            raise ValidationError("Okres przechowywania to od 30 dni do 20 lat.", field=name,
                                  code="out_of_range")
    with db.transaction() as session:
        clerk = load_clerk(session, actor, ClerkRole.ADMIN)
        changed = []
        for name, days in values.items():
            row = session.get(Setting, SETTING_PREFIX + name)
            if row is None:
                session.add(Setting(key=SETTING_PREFIX + name, value=str(days)))
            elif row.value != str(days):
                row.value = str(days)
            else:
                continue
            changed.append(SETTING_PREFIX + name)
        if changed:
            record_event(session, clerk, actor, AuditAction.SETTINGS_CHANGE,
                         "Zmieniono ustawienia: " + ", ".join(changed) + ".", keys=changed)
        return changed


@dataclass(frozen=True)
class RetentionReport:
    """What a run erased or would erase: register numbers, person numbers, counts."""

    dry_run: bool
    as_of: str
    attachments: list[int] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    persons: list[int] = field(default_factory=list)
    audit_details: int = 0
    dismissed: list[int] = field(default_factory=list)
    """The audit events of dismissed messages and forms pseudonymised (their ids)."""

    @property
    def changes(self) -> Changes:
        """Audited either way; a real run that erased something may have touched any person,
        request or account: every view reloads."""
        if self.dry_run or not (self.attachments or self.requests or self.persons
                                or self.dismissed):
            return Changes.of()
        return Changes.all()

    def same_work(self, other: RetentionReport) -> bool:
        mine, theirs = asdict(self), asdict(other)
        mine.pop("dry_run")
        theirs.pop("dry_run")
        return mine == theirs

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def _former_persons(now: datetime, cutoff: datetime) -> Select[int]:
    """The persons past the ``former`` period, as one statement: not yet pseudonymised, no
    title valid today, every account revoked, no open request, and every one of those moments
    — the person's creation, each title's last day, each revocation, each request's decision
    (or receipt) — before ``cutoff``."""
    today = office_date(now)
    # A title's moment is the midnight (UTC) that starts its last day.
    last_title_day = (cutoff - timedelta(microseconds=1)).astimezone(UTC).date()
    lingering_title = select(Title.id).where(
        Title.person_id == Person.id,
        or_(Title.valid_to.is_(None), Title.valid_to >= today, Title.valid_to > last_title_day))
    lingering_account = select(Account.id).where(
        Account.person_id == Person.id,
        or_(Account.status != AccountStatus.REVOKED, Account.revoked_at.is_(None),
            Account.revoked_at >= cutoff))
    lingering_request = (
        select(Request.id).outerjoin(Account, Account.id == Request.account_id)
        .where(or_(Request.person_id == Person.id, Account.person_id == Person.id),
               or_(Request.status.in_(_OPEN),
                   func.coalesce(Request.decided_at, Request.received_at) >= cutoff)))
    return select(Person.id).where(
        Person.pseudonymised_at.is_(None), Person.created_at < cutoff,
        ~lingering_title.exists(), ~lingering_account.exists(), ~lingering_request.exists())


def _has_personal_details(session: Session) -> ColumnElement[bool]:
    """The event keeps before/after values of a correction (``details.personal``)."""
    if session.get_bind().dialect.name == "postgresql":
        return AuditEvent.details.op("->")("personal").is_not(None)
    return func.json_extract(AuditEvent.details, "$.personal").is_not(None)


def _plan(session: Session, now: datetime) -> tuple[list[Attachment], list[Request],
                                                   list[Person], int, list[AuditEvent]]:
    """What is past its period: one statement per category, whatever the number of
    persons (``bench/bench_retention.py`` measures it against a query per person)."""
    days = retention_days(session)
    former = _former_persons(now, now - timedelta(days=days["former"]))
    of_former = (select(Request.id).outerjoin(Account, Account.id == Request.account_id)
                 .where(Request.pseudonymised_at.is_(None),
                        or_(Request.person_id.in_(former), Account.person_id.in_(former))))
    rejected = select(Request.id).where(
        Request.status == RequestStatus.REJECTED, Request.pseudonymised_at.is_(None),
        Request.decided_at < now - timedelta(days=days["rejected"]))
    persons = list(session.scalars(select(Person).where(Person.id.in_(former))
                                   .options(selectinload(Person.accounts))
                                   .order_by(Person.id)))
    requests = list(session.scalars(select(Request).where(
        or_(Request.id.in_(of_former), Request.id.in_(rejected)))
        .options(selectinload(Request.account)).order_by(Request.id)))
    attachments = list(session.scalars(select(Attachment).where(
        Attachment.size_bytes > 0,
        or_(Attachment.request_id.in_(of_former), Attachment.request_id.in_(rejected),
            Attachment.content_type.in_(EMAIL_TYPES)
            & (Attachment.created_at < now - timedelta(days=days["email"]))))
        .order_by(Attachment.id)))
    audit = session.scalar(select(func.count()).select_from(AuditEvent).where(
        AuditEvent.occurred_at < now - timedelta(days=days["audit"]),
        _has_personal_details(session))) or 0
    # A dismissal is redacted once: its redaction row says it is done.
    redacted = select(AuditRedaction.id).where(AuditRedaction.audit_event_id == AuditEvent.id)
    dismissals = list(session.scalars(select(AuditEvent).where(
        AuditEvent.action.in_(list(TYPED_IN_A_DISMISSAL)),
        AuditEvent.occurred_at < now - timedelta(days=days["email"]), ~redacted.exists())
        .order_by(AuditEvent.id)))
    return attachments, requests, persons, audit, dismissals


def _terms(*values: str) -> list[str]:
    return sorted({value for value in values if value and len(value) >= 2
                   and value != REDACTED}, key=len, reverse=True)


def _redact_sqlite(session: Session, subject: str, events: list[AuditEvent],
                   terms: list[str], *, typed: bool = True) -> None:
    """SQLite's way past the trail's guard: a redaction row first, then only the summary
    and details change (revision 0008's trigger checks both). ``typed``: what a clerk typed
    about the person is replaced too (``TYPED_ABOUT_A_PERSON``, as revision 0011 does)."""
    import json
    now = now_utc()
    for event in events:
        session.add(AuditRedaction(audit_event_id=event.id, redacted_at=now, subject=subject))
        session.flush()
        summary = event.summary
        details = dict(event.details or {})
        details.pop("personal", None)
        found = {key: details[key] for key in _TYPED.get(event.action, ())
                 if typed and details.get(key)}
        values = [item for value in found.values()
                  for item in (value if isinstance(value, list) else [value])]
        for value in _terms(*(str(item) for item in values)):
            summary = summary.replace(value, REDACTED)
        details.update({key: [REDACTED] * len(value) if isinstance(value, list) else REDACTED
                        for key, value in found.items()})
        encoded = json.dumps(details, ensure_ascii=False)
        for term in terms:
            summary = summary.replace(term, REDACTED)
            encoded = encoded.replace(json.dumps(term, ensure_ascii=False)[1:-1], REDACTED)
        session.execute(update(AuditEvent).where(AuditEvent.id == event.id)
                        .values(summary=summary, details=json.loads(encoded)))


def _events_of(session: Session, request_ids: list[int], account_ids: list[int],
               person_id: int | None) -> list[AuditEvent]:
    events = session.scalars(select(AuditEvent).where(or_(
        AuditEvent.request_id.in_(request_ids), AuditEvent.account_id.in_(account_ids),
        AuditEvent.action.in_([AuditAction.PERSON_CORRECT.value,
                               AuditAction.PERSON_EXPORT.value,
                               AuditAction.EXPORT_SEARCH.value]))))
    return [event for event in events if event.request_id in request_ids
            or event.account_id in account_ids
            or (person_id is not None and names_person(event.details or {}, person_id))]


def _pseudonymise_request(session: Session, request: Request, now: datetime,
                          name: tuple[str, str] | None = None) -> list[str]:
    terms = [request.applicant_first_name, request.applicant_last_name,
             request.applicant_email, request.applicant_phone, request.note,
             request.decision_reason, request.proxy_name, request.proxy_reference]
    first, last = name or (PSEUDONYM_FIRST_NAME, f"wniosku {request.number}")
    request.applicant_first_name, request.applicant_last_name = first, last
    request.applicant_email = request.applicant_phone = request.note = ""
    request.decision_reason = REDACTED if request.decision_reason else ""
    if request.proxy_kind:
        request.proxy_name, request.proxy_reference = REDACTED, ""
    request.pseudonymised_at = now
    # The electronic form it was registered from keeps the resident's own spelling.
    for form in session.scalars(select(WebFormSubmission).where(
            WebFormSubmission.request_id == request.id)):
        terms += [form.first_name, form.last_name, form.email, form.phone, form.note]
        form.first_name, form.last_name = first, last
        form.email = form.phone = form.note = ""
    return terms


def _redact_dismissals(session: Session, dismissals: list[AuditEvent]) -> None:
    """A dismissed message's event loses its sender, subject and reason; a dismissed form's
    row its names, contacts and note, which its event's summary quotes (SQLite: the desk;
    PostgreSQL: revision 0013's ``iok_redact_personal_data('audit_event', id)``, which takes
    the same values from the event and the form's row, never from the caller)."""
    if session.get_bind().dialect.name == "postgresql":
        for event in dismissals:
            session.execute(text("SELECT iok_redact_personal_data('audit_event', :id)"),
                            {"id": event.id})
        return
    from .web_form import DISMISSED  # it imports the intake, which start-up must not

    for event in dismissals:
        terms: list[str] = []
        form_id = (event.details or {}).get("form_id")
        form = session.get(WebFormSubmission, form_id) if isinstance(form_id, int) else None
        if event.action == AuditAction.WEB_FORM_DISMISS and form is not None \
                and form.status == DISMISSED:
            terms = [form.first_name, form.last_name, form.email, form.phone, form.note,
                     form.processed_reason]
            form.first_name = PSEUDONYM_FIRST_NAME
            form.last_name = dismissed_form_last_name(form.id)
            form.email = form.phone = form.note = ""
            form.processed_reason = REDACTED
            session.flush()
        _redact_sqlite(session, f"audit_event {event.id}", [event], _terms(*terms))


def _execute(session: Session, report: RetentionReport, attachments: list[Attachment],
             requests: list[Request], persons: list[Person], dismissals: list[AuditEvent],
             now: datetime) -> None:
    postgres = session.get_bind().dialect.name == "postgresql"
    if not postgres:  # freed pages are zeroed, not left in the file
        session.execute(text("PRAGMA secure_delete = ON"))
    empty = sha256(b"").hexdigest()
    for attachment in attachments:
        attachment.content, attachment.size_bytes, attachment.sha256 = b"", 0, empty
        attachment.file_name = f"usunięty-{attachment.id}"
    by_person: dict[int, list[Request]] = {}
    person_ids = {person.id for person in persons}
    for request in requests:
        owner = request.person_id if request.person_id in person_ids else None
        if owner is None and request.account is not None and \
                request.account.person_id in person_ids:
            owner = request.account.person_id
        by_person.setdefault(owner or 0, []).append(request)
    done: list[tuple[str, int, list[str], list[int], list[int]]] = []
    for request in by_person.get(0, []):
        done.append(("request", request.id, _pseudonymise_request(session, request, now),
                     [request.id], []))
    for person in persons:
        terms = [person.first_name, person.last_name, person.email, person.phone,
                 f"{person.first_name} {person.last_name}"]
        name = (PSEUDONYM_FIRST_NAME, pseudonym_last_name(person.id))
        person.first_name, person.last_name = name
        person.email = person.phone = ""
        person.pseudonymised_at = now
        refresh_person_search(person)
        own = by_person.get(person.id, [])
        for request in own:
            terms += _pseudonymise_request(session, request, now, name)
        done.append(("person", person.id, terms, [r.id for r in own],
                     [account.id for account in person.accounts]))
    session.flush()
    for subject, key, terms, request_ids, account_ids in done:
        if postgres:
            if subject == "person":
                for request_id in request_ids:
                    session.execute(text("SELECT iok_redact_personal_data('request', :id)"),
                                    {"id": request_id})
            session.execute(text("SELECT iok_redact_personal_data(:table, :id)"),
                            {"table": subject, "id": key})
        else:
            events = _events_of(session, request_ids, account_ids,
                                key if subject == "person" else None)
            files = [name for event in events if event.request_id in request_ids
                     for name in (event.details or {}).get("files", [])
                     if isinstance(name, str)]
            _redact_sqlite(session, f"{subject} {key}", events, _terms(*terms, *files))
    if report.audit_details:
        cutoff = now - timedelta(days=retention_days(session)["audit"])
        if postgres:
            session.execute(text("SELECT iok_expire_audit_personal(:cutoff)"),
                            {"cutoff": cutoff})
        else:
            old = list(session.scalars(select(AuditEvent).where(
                AuditEvent.occurred_at < cutoff, _has_personal_details(session))))
            _redact_sqlite(session, "audit details", old, [], typed=False)
    _redact_dismissals(session, dismissals)


def run_retention(db: Database, actor: Actor, *, dry_run: bool = False,
                  now: datetime | None = None) -> RetentionReport:
    """Supervisor's: erase and pseudonymise what is past its period (``dry_run``: only say
    what). Audited either way, with numbers and keys only."""
    moment = now or now_utc()
    with db.transaction() as session:
        clerk = load_clerk(session, actor, ClerkRole.SUPERVISOR)
        attachments, requests, persons, audit, dismissals = _plan(session, moment)
        report = RetentionReport(
            dry_run=dry_run, as_of=moment.isoformat(),
            attachments=[a.id for a in attachments], requests=[r.number for r in requests],
            persons=[p.id for p in persons], audit_details=audit,
            dismissed=[event.id for event in dismissals])
        if not dry_run:
            _execute(session, report, attachments, requests, persons, dismissals, moment)
        record_event(session, clerk, actor, AuditAction.RETENTION_RUN,
                     ("Próbny przebieg retencji" if dry_run else "Retencja") +
                     f": załączniki {len(attachments)}, wnioski {len(requests)}, osoby "
                     f"{len(persons)}, szczegóły dziennika {audit}, odłożone wiadomości "
                     f"{len(dismissals)}.", **report.as_json())
        return report
