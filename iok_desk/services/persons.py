"""A person's record (RODO Art. 15 and 16): everything the desk holds on one person, the
correction of their names and contacts, and the export of it all; the published versions of
the rules and of the information clause.

A person is named (``find_person``) by ``#ID`` (the person's number in the desk), by a login
ID of one of their accounts (8 digits), or by ``Name Surname, Unit`` (a title holder or a
former one of the unit, e.g. ``Jan Kowalski, Paprykowa 12/5``)."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from pathlib import PurePath
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from iok_desk.db.engine import Database
from iok_desk.db.models import (
    Attachment,
    AuditEvent,
    LetterRecord,
    Person,
    PolicyVersion,
    Request,
    Title,
)
from iok_desk.domain.audit import AuditAction
from iok_desk.domain.dates import now_utc, office_date
from iok_desk.domain.errors import ConflictError, NotFound, ValidationError
from iok_desk.domain.rodo import (
    DEFAULT_CLAUSE,
    DEFAULT_CLAUSE_VERSION,
    DEFAULT_RULES_VERSION,
    PolicyKind,
    names_person,
    validate_version_label,
)
from iok_desk.domain.states import ClerkRole, TitleKind, label_pl
from iok_desk.domain.validation import (
    clean_text,
    fold_for_search,
    parse_unit_address,
    validate_email,
    validate_person_name,
    validate_phone,
)

from .context import Actor, load_clerk, record_event
from .dto import Changes
from .lookups import account_by_login, find_unit
from .registry import refresh_person_search

_PERSON_ID = re.compile(r"^#\s*(\d{1,9})$")
_LOGIN_ID = re.compile(r"^[\d\s-]{8,11}$")
CONTACT_FIELDS = ("first_name", "last_name", "email", "phone")
FIELD_LABELS_PL = {"first_name": "imię", "last_name": "nazwisko", "email": "e-mail",
                   "phone": "telefon"}


def find_person(session: Session, spec: str) -> Person:
    """The person ``spec`` names (see the module's docstring); NotFound or ValidationError."""
    text = (spec or "").strip()
    match = _PERSON_ID.match(text)
    if match:
        person = session.get(Person, int(match.group(1)))
        if person is None:
            raise NotFound(f"Nie ma osoby {text}.", code="person_not_found")
        return person
    if _LOGIN_ID.match(text):
        return account_by_login(session, text).person
    if "," not in text:
        raise ValidationError("Osobę wskazuje #numer, identyfikator logowania (8 cyfr) albo "
                              "„Imię Nazwisko, lokal”, np. „Jan Kowalski, Paprykowa 12/5”.",
                              field="person", code="person_spec")
    name, unit_text = (part.strip() for part in text.split(",", 1))
    unit = find_unit(session, parse_unit_address(unit_text))
    if unit is None:
        raise NotFound(f"Lokal „{unit_text}” nie występuje w rejestrze lokali.",
                       code="unit_not_found", unit=unit_text)
    words = name.split()
    wanted = {fold_for_search(" ".join(words[1:] + words[:1])), fold_for_search(name)}
    people = list(session.scalars(select(Person).join(Title, Title.person_id == Person.id)
                                  .where(Title.unit_id == unit.id,
                                         Person.name_search.in_(wanted)).distinct()))
    if not people:
        raise NotFound(f"Lokal {unit.address} nie ma (ani nie miał) posiadacza „{name}”.",
                       code="person_not_found")
    if len(people) > 1:
        raise ConflictError(f"Lokal {unit.address} ma kilku posiadaczy „{name}”; wskaż "
                            "osobę numerem (#…).", code="person_ambiguous")
    return people[0]


@dataclass(frozen=True)
class PersonRecord:
    """Everything the desk holds on one person, as plain values (the export's content)."""

    person: dict[str, Any]
    titles: list[dict[str, Any]]
    accounts: list[dict[str, Any]]
    requests: list[dict[str, Any]]
    letters: list[dict[str, Any]]
    audit: list[dict[str, Any]]
    version: int = field(default=0, compare=False)

    @property
    def person_id(self) -> int:
        return int(self.person["id"])

    @property
    def full_name(self) -> str:
        return f"{self.person['first_name']} {self.person['last_name']}"

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("version")
        return data


def _iso(value: datetime | date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _requests_of(session: Session, person: Person) -> list[Request]:
    """The person's requests: linked to the person or to one of their accounts."""
    account_ids = [account.id for account in person.accounts]
    return list(session.scalars(select(Request).where(or_(
        Request.person_id == person.id, Request.account_id.in_(account_ids)))
        .order_by(Request.received_at, Request.id)))


def record_of(session: Session, person: Person) -> PersonRecord:
    """The person's record, read inside the caller's session. Nothing of another person:
    only rows linked to this person (a unit's other holders are not listed)."""
    requests = _requests_of(session, person)
    request_ids = [request.id for request in requests]
    account_ids = [account.id for account in person.accounts]
    titles = [{"unit": title.unit.address, "kind": title.kind.value,
               "kind_pl": label_pl(TitleKind(title.kind)),
               "valid_from": _iso(title.valid_from), "valid_to": _iso(title.valid_to)}
              for title in sorted(person.titles, key=lambda t: (t.valid_from, t.id))]
    accounts = [{"login_id": account.login_id, "status": account.status.value,
                 "issued_at": _iso(account.issued_at), "last_login_at": _iso(account.last_login_at),
                 "blocked_at": _iso(account.blocked_at), "revoked_at": _iso(account.revoked_at),
                 "units": [{"unit": access.unit.address, "granted_at": _iso(access.granted_at),
                            "revoked_at": _iso(access.revoked_at)}
                           for access in account.unit_access]}
                for account in sorted(person.accounts, key=lambda a: a.id)]
    attachments: dict[int, list[dict[str, Any]]] = {}
    if request_ids:
        for attachment in session.execute(
                select(Attachment.request_id, Attachment.file_name, Attachment.content_type,
                       Attachment.size_bytes, Attachment.created_at)
                .where(Attachment.request_id.in_(request_ids)).order_by(Attachment.id)):
            attachments.setdefault(attachment.request_id, []).append(
                {"file_name": attachment.file_name, "content_type": attachment.content_type,
                 "size_bytes": attachment.size_bytes, "added_at": _iso(attachment.created_at)})
    request_rows = [{
        "number": request.number, "kind": request.kind.value, "channel": request.channel.value,
        "status": request.status.value, "received_at": _iso(request.received_at),
        "decided_at": _iso(request.decided_at),
        "applicant": f"{request.applicant_first_name} {request.applicant_last_name}",
        "email": request.applicant_email, "phone": request.applicant_phone,
        "unit": request.unit_text, "note": request.note,
        "decision_reason": request.decision_reason,
        "proxy": ({"name": request.proxy_name, "kind": request.proxy_kind,
                   "reference": request.proxy_reference,
                   "date": _iso(request.proxy_date)} if request.proxy_kind else None),
        "rules_version": request.rules_version, "clause_version": request.clause_version,
        "id_checked_by": request.id_checked_by,
        "attachments": attachments.get(request.id, [])} for request in requests]
    letters = [{"kind": letter.kind, "created_at": _iso(letter.created_at)}
               for letter in session.scalars(select(LetterRecord).where(or_(
                   LetterRecord.request_id.in_(request_ids),
                   LetterRecord.account_id.in_(account_ids))).order_by(LetterRecord.id))]
    events = session.scalars(select(AuditEvent).where(or_(
        AuditEvent.request_id.in_(request_ids), AuditEvent.account_id.in_(account_ids),
        AuditEvent.action.in_([AuditAction.PERSON_CORRECT.value,
                               AuditAction.PERSON_EXPORT.value,
                               AuditAction.EXPORT_SEARCH.value])))
        .order_by(AuditEvent.id))
    audit = [{"occurred_at": _iso(event.occurred_at), "action": event.action,
              "clerk": event.clerk_login, "summary": event.summary} for event in events
             if event.request_id in request_ids or event.account_id in account_ids
             or names_person(event.details or {}, person.id)]
    return PersonRecord(
        person={"id": person.id, "first_name": person.first_name, "last_name": person.last_name,
                "email": person.email, "phone": person.phone,
                "registered_at": _iso(person.created_at),
                "pseudonymised_at": _iso(person.pseudonymised_at)},
        titles=titles, accounts=accounts, requests=request_rows, letters=letters, audit=audit,
        version=person.version)


def person_record(db: Database, spec: str) -> PersonRecord:
    """The record of the person ``spec`` names (``find_person``)."""
    with db.reading() as session:
        return record_of(session, find_person(session, spec))


@dataclass(frozen=True)
class Correction:
    """What a correction changed; ``live_logins``: the person's live accounts, whose letters
    print the old name — a new letter is offered only if the resident asks for one."""

    person_id: int
    changed: dict[str, tuple[str, str]]
    live_logins: tuple[str, ...]
    changes: Changes = field(default_factory=Changes, compare=False)

    @property
    def name_changed(self) -> bool:
        return bool({"first_name", "last_name"} & set(self.changed))


def correct_person(db: Database, actor: Actor, spec: str, *, reason: str,
                   first_name: str | None = None, last_name: str | None = None,
                   email: str | None = None, phone: str | None = None,
                   expected_version: int | None = None) -> Correction:
    """Correct a person's names or contacts (Art. 16), with the reason (e.g. „wniosek o
    sprostowanie z 01.12.2026”); the audit event keeps before and after under ``personal``
    (the retention run removes them with the person's other data)."""
    why = clean_text(reason, "reason", "Podstawa sprostowania", max_length=300)
    given = {"first_name": None if first_name is None else
             validate_person_name(first_name, "first_name", "Imię"),
             "last_name": None if last_name is None else
             validate_person_name(last_name, "last_name", "Nazwisko"),
             "email": None if email is None else validate_email(email),
             "phone": None if phone is None else validate_phone(phone)}
    with db.transaction() as session:
        clerk = load_clerk(session, actor)
        person = find_person(session, spec)
        if expected_version is not None and person.version != expected_version:
            raise ConflictError("Dane tej osoby zmienił w międzyczasie ktoś inny; odśwież "
                                "widok.", code="stale_person")
        if person.pseudonymised_at is not None:
            raise ConflictError("Dane tej osoby zostały usunięte (pseudonimizacja).",
                                code="person_pseudonymised")
        changed = {name: (str(getattr(person, name)), value) for name, value in given.items()
                   if value is not None and value != getattr(person, name)}
        if not changed:
            raise ValidationError("Nic się nie zmienia: podaj nową wartość.", code="no_change")
        for name, (_before, after) in changed.items():
            setattr(person, name, after)
        refresh_person_search(person)
        live = tuple(account.login_id for account in person.accounts
                     if account.status.value in ("issued", "active"))
        record_event(session, clerk, actor, AuditAction.PERSON_CORRECT,
                     f"Sprostowano dane osoby #{person.id} ("
                     + ", ".join(FIELD_LABELS_PL[name] for name in changed) + f"): {why}.",
                     person_id=person.id, fields=sorted(changed), reason=why,
                     personal={"before": {k: v[0] for k, v in changed.items()},
                               "after": {k: v[1] for k, v in changed.items()}})
        return Correction(person_id=person.id, changed=changed, live_logins=live,
                          changes=Changes.of(accounts=live))


@dataclass(frozen=True)
class PersonExport:
    """The Art. 15 export: the record, the clause in force, the retention periods."""

    record: PersonRecord
    clause_version: str
    clause_text: str
    retention_days: dict[str, int]
    written_on: date
    address_lines: list[str]

    def as_json(self) -> dict[str, Any]:
        return {"record": self.record.as_json(), "information_clause":
                {"version": self.clause_version, "text": self.clause_text},
                "retention_days": self.retention_days, "written_on": self.written_on.isoformat()}


def export_person(db: Database, actor: Actor, spec: str, *, file_name: str) -> PersonExport:
    """Prepare the export of everything held on a person; its production is recorded (a
    letter row) and audited, naming the file (without folders) but no personal data."""
    from .retention import retention_days

    with db.transaction() as session:
        clerk = load_clerk(session, actor)
        person = find_person(session, spec)
        record = record_of(session, person)
        version, text = current_policy(session, PolicyKind.CLAUSE)
        now = now_utc()
        account = min(person.accounts, key=lambda a: a.id) if person.accounts else None
        session.add(LetterRecord(kind="person_export", account_id=account.id if account else None,
                                 clerk_id=clerk.id, created_at=now))
        record_event(session, clerk, actor, AuditAction.PERSON_EXPORT,
                     f"Wydano kopię danych osoby #{person.id} (art. 15 RODO) do pliku "
                     f"{PurePath(file_name).name}.", person_id=person.id,
                     file=PurePath(file_name).name, clause_version=version)
        units = [title.unit for title in sorted(person.titles, key=lambda t: t.valid_from,
                                                reverse=True)]
        address = ([f"ul. {units[0].address}", f"{units[0].postal_code} {units[0].city}"]
                   if units else [])
        return PersonExport(record=record, clause_version=version, clause_text=text,
                            retention_days=retention_days(session), written_on=office_date(now),
                            address_lines=address)


def current_policy(session: Session, kind: PolicyKind) -> tuple[str, str]:
    """The newest published version of the rules or the clause, and its text; the built-in
    ones before the admin published any."""
    row = session.scalar(select(PolicyVersion).where(PolicyVersion.kind == kind.value)
                         .order_by(PolicyVersion.id.desc()).limit(1))
    if row is not None:
        return row.version, row.text
    if kind == PolicyKind.CLAUSE:
        return DEFAULT_CLAUSE_VERSION, DEFAULT_CLAUSE
    return DEFAULT_RULES_VERSION, ""


def publish_policy(db: Database, actor: Actor, kind: str, version: str, text: str) -> str:
    """Admin only: publish a new version of the rules or the information clause; requests
    registered from now on record it (and their receipts name it)."""
    try:
        policy = PolicyKind(kind)
    except ValueError:
        raise ValidationError("Publikuje się zasady (rules) albo klauzulę informacyjną "
                              "(clause).", field="kind", code="bad_policy_kind") from None
    label = validate_version_label(version)
    body = clean_text(text, "text", "Treść", max_length=20000, multiline=True,
                      required=policy == PolicyKind.CLAUSE)
    with db.transaction() as session:
        clerk = load_clerk(session, actor, ClerkRole.ADMIN)
        if session.scalar(select(PolicyVersion.id).where(PolicyVersion.kind == policy.value,
                                                         PolicyVersion.version == label)):
            raise ConflictError(f"Wersja „{label}” jest już opublikowana.",
                                code="policy_version_exists")
        session.add(PolicyVersion(kind=policy.value, version=label, text=body,
                                  published_at=now_utc(), published_by_id=clerk.id))
        record_event(session, clerk, actor, AuditAction.POLICY_PUBLISH,
                     f"Opublikowano nową wersję: {policy.value} „{label}”.",
                     kind=policy.value, version=label)
        return label
