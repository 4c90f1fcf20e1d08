"""Requests (wnioski): register, ask for more information, approve after the title check,
reject with a reason. Executing an approved request is in ``services.accounts``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from iok_desk.db.engine import Database
from iok_desk.db.models import (
    Account,
    AccountUnit,
    Clerk,
    Person,
    RegisterCounter,
    Request,
    Title,
)
from iok_desk.domain.credentials import format_login_id, normalize_login_id
from iok_desk.domain.dates import format_date, now_utc, office_date
from iok_desk.domain.errors import ConflictError, NotAllowed, ValidationError
from iok_desk.domain.states import (
    LIVE_ACCOUNT_STATUSES,
    AccountStatus,
    Channel,
    RequestKind,
    RequestStatus,
    ensure_request_transition,
    label_pl,
)
from iok_desk.domain.validation import (
    clean_text,
    fold_for_search,
    parse_unit_address,
    validate_email,
    validate_person_name,
    validate_phone,
)

from .context import Actor, load_clerk, record_event
from .dto import RequestInfo
from .lookups import (
    account_by_login,
    find_unit,
    format_register_number,
    request_by_number,
)

KINDS_NEEDING_LOGIN = frozenset({RequestKind.ADD_UNIT, RequestKind.BLOCK, RequestKind.REVOKE})
KINDS_NEEDING_UNIT = frozenset({RequestKind.GRANT, RequestKind.ADD_UNIT})


@dataclass(frozen=True)
class NewRequest:
    """A request as the applicant wrote it. Unit and login ID are needed by some kinds only:
    a grant names a unit, a block names a login ID, add-unit names both."""

    kind: str
    channel: str
    first_name: str
    last_name: str
    unit: str = ""
    login_id: str = ""
    email: str = ""
    phone: str = ""
    note: str = ""
    received_at: datetime | None = None
    source_message_id: str | None = None


def _enum_value(enum_class: type[RequestKind] | type[Channel], value: str, field: str,
                label: str) -> RequestKind | Channel:
    try:
        return enum_class(value)
    except ValueError:
        allowed = ", ".join(member.value for member in enum_class)
        raise ValidationError(f"Pole „{label}”: nieznana wartość „{value}” (dozwolone: "
                              f"{allowed}).", field=field, code="unknown_choice") from None


def _next_register_sequence(session: Session, year: int) -> int:
    """Take the next number of the year's register inside this transaction (row-locked on
    PostgreSQL, under the write lock on SQLite): concurrent clerks never get the same number
    and a rollback leaves no gap."""
    dialect = session.get_bind().dialect.name
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    upsert = insert(RegisterCounter).values(year=year, last_number=1).on_conflict_do_update(
        index_elements=[RegisterCounter.year],
        set_={"last_number": RegisterCounter.last_number + 1},
    ).returning(RegisterCounter.last_number)
    return int(session.execute(upsert).scalar_one())


def register_request(db: Database, actor: Actor, data: NewRequest) -> RequestInfo:
    """Register a request with the applicant's data as given; returns it with its number."""
    with db.transaction() as session:
        clerk = load_clerk(session, actor)
        request = add_request(session, clerk, data)
        record_register_event(session, clerk, actor, request)
        return request_info(request)


def add_request(session: Session, clerk: Clerk, data: NewRequest) -> Request:
    """Validate ``data`` and add the request with its register number inside the caller's
    transaction (``register_request``, the e-mail import); the caller writes the audit event
    with ``record_register_event``."""
    kind = RequestKind(_enum_value(RequestKind, data.kind, "kind", "Rodzaj wniosku"))
    channel = Channel(_enum_value(Channel, data.channel, "channel", "Sposób złożenia"))
    first_name = validate_person_name(data.first_name, "first_name", "Imię")
    last_name = validate_person_name(data.last_name, "last_name", "Nazwisko")
    email = validate_email(data.email)
    phone = validate_phone(data.phone)
    note = clean_text(data.note, "note", "Uwagi", max_length=4000, required=False,
                      multiline=True)
    unit_text = ""
    if kind in KINDS_NEEDING_UNIT or data.unit.strip():
        unit_text = str(parse_unit_address(data.unit))
    login_id = ""
    if (kind in KINDS_NEEDING_LOGIN and kind != RequestKind.REVOKE) or data.login_id.strip():
        login_id = normalize_login_id(data.login_id)
    if kind == RequestKind.REVOKE and not (login_id or unit_text):
        raise ValidationError("Wniosek o odebranie dostępu musi wskazać identyfikator "
                              "logowania albo lokal.", field="login_id", code="required")
    received_at = data.received_at or now_utc()
    if received_at > now_utc():
        raise ValidationError("Data wpływu wniosku nie może być z przyszłości.",
                              field="received_at", code="future_date")

    if data.source_message_id:
        duplicate = session.scalar(select(Request.number).where(
            Request.source_message_id == data.source_message_id))
        if duplicate:
            raise ConflictError(f"Ta wiadomość została już zarejestrowana jako wniosek "
                                f"{duplicate}.", code="duplicate_message", number=duplicate)
    year = office_date(received_at).year
    sequence = _next_register_sequence(session, year)
    unit = find_unit(session, parse_unit_address(unit_text)) if unit_text else None
    request = Request(
        number=format_register_number(year, sequence), year=year, sequence=sequence,
        kind=kind, channel=channel, status=RequestStatus.RECEIVED,
        applicant_first_name=first_name, applicant_last_name=last_name,
        applicant_email=email, applicant_phone=phone, unit_text=unit_text,
        login_id_text=login_id, note=note, unit_id=unit.id if unit else None,
        received_at=received_at, registered_by_id=clerk.id,
        source_message_id=data.source_message_id or None)
    session.add(request)
    return request


def record_register_event(session: Session, clerk: Clerk, actor: Actor, request: Request,
                          **details: Any) -> None:
    """The audit event of a registration (``details`` adds to the standard ones)."""
    record_event(session, clerk, actor, "request.register",
                 f"Zarejestrowano wniosek {request.number} ({label_pl(request.kind)}, "
                 f"{label_pl(request.channel)}) od {request.applicant_first_name} "
                 f"{request.applicant_last_name}.", request=request, number=request.number,
                 kind=request.kind.value, channel=request.channel.value, **details)


def request_info(request: Request) -> RequestInfo:
    return RequestInfo(
        number=request.number, kind=request.kind.value, channel=request.channel.value,
        status=request.status.value, applicant_first_name=request.applicant_first_name,
        applicant_last_name=request.applicant_last_name,
        applicant_email=request.applicant_email, applicant_phone=request.applicant_phone,
        unit_text=request.unit_text,
        unit_address=request.unit.address if request.unit else None,
        login_id=request.login_id_text, note=request.note,
        decision_reason=request.decision_reason, received_at=request.received_at,
        decided_at=request.decided_at,
        account_login_id=request.account.login_id if request.account else None,
        version=request.version)


def check_request_version(request: Request, expected_version: int | None) -> None:
    """ConflictError when the request changed since the clerk looked at it."""
    if expected_version is not None and request.version != expected_version:
        raise ConflictError(f"Wniosek {request.number} został w międzyczasie zmieniony przez "
                            f"innego pracownika (stan: {label_pl(request.status)}). Widok "
                            "zostanie odświeżony; nic nie zostało zapisane.",
                            code="conflict_stale", status=request.status.value)


def _start_transition(session: Session, actor: Actor, number: str, target: RequestStatus,
                      expected_version: int | None) -> tuple[Clerk, Request]:
    """The clerk and the request, locked, after checking that nobody changed the request
    since the clerk looked (``expected_version``) and that its life cycle allows ``target``."""
    clerk = load_clerk(session, actor)
    request = request_by_number(session, number, for_update=True)
    check_request_version(request, expected_version)
    ensure_request_transition(request.status, target, request.number)
    return clerk, request


def get_request(db: Database, number: str) -> RequestInfo:
    with db.reading() as session:
        return request_info(request_by_number(session, number))


def list_requests(db: Database, status: str | None = None, *, limit: int = 500,
                  offset: int = 0) -> list[RequestInfo]:
    """Requests, newest first; ``status`` filters (``open`` = received or needs_info)."""
    query = select(Request).order_by(Request.received_at.desc(), Request.id.desc())
    if status == "open":
        query = query.where(Request.status.in_([RequestStatus.RECEIVED,
                                                RequestStatus.NEEDS_INFO]))
    elif status:
        try:
            query = query.where(Request.status == RequestStatus(status))
        except ValueError:
            allowed = ", ".join(["open", *(member.value for member in RequestStatus)])
            raise ValidationError(f"Nieznany stan wniosku „{status}” (dozwolone: {allowed}).",
                                  field="status", code="unknown_choice") from None
    with db.reading() as session:
        return [request_info(request)
                for request in session.scalars(query.limit(limit).offset(offset))]


def count_open_requests(db: Database) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(Request).where(
            Request.status.in_([RequestStatus.RECEIVED, RequestStatus.NEEDS_INFO]))) or 0


def ask_for_information(db: Database, actor: Actor, number: str, note: str, *,
                        expected_version: int | None = None) -> RequestInfo:
    """received → needs_info: the applicant must complete or correct the request."""
    what = clean_text(note, "note", "Czego brakuje", max_length=2000, multiline=True)
    with db.transaction() as session:
        clerk, request = _start_transition(session, actor, number, RequestStatus.NEEDS_INFO,
                                           expected_version)
        request.status = RequestStatus.NEEDS_INFO
        request.decision_reason = what
        record_event(session, clerk, actor, "request.needs_info",
                     f"Wniosek {request.number} wymaga uzupełnienia: {what}", request=request)
        return request_info(request)


def resume_request(db: Database, actor: Actor, number: str, note: str = "", *,
                   expected_version: int | None = None) -> RequestInfo:
    """needs_info → received: the missing information arrived."""
    addition = clean_text(note, "note", "Uzupełnienie", max_length=2000, required=False,
                          multiline=True)
    with db.transaction() as session:
        clerk, request = _start_transition(session, actor, number, RequestStatus.RECEIVED,
                                           expected_version)
        request.status = RequestStatus.RECEIVED
        request.decision_reason = ""
        if addition:
            request.note = (request.note + "\n" if request.note else "") + addition
        record_event(session, clerk, actor, "request.resume",
                     f"Wniosek {request.number} uzupełniony.", request=request)
        return request_info(request)


def reject_request(db: Database, actor: Actor, number: str, reason: str, *,
                   expected_version: int | None = None) -> RequestInfo:
    """→ rejected, with a reason the decision letter quotes."""
    why = clean_text(reason, "reason", "Uzasadnienie", max_length=2000, multiline=True)
    with db.transaction() as session:
        clerk, request = _start_transition(session, actor, number, RequestStatus.REJECTED,
                                           expected_version)
        request.status = RequestStatus.REJECTED
        request.decision_reason = why
        request.decided_at = now_utc()
        request.decided_by_id = clerk.id
        record_event(session, clerk, actor, "request.reject",
                     f"Odrzucono wniosek {request.number}: {why}", request=request, reason=why)
        return request_info(request)


def find_title_holder(session: Session, request: Request) -> Person:
    """The person named in the request who holds a title to its unit valid today.

    Raises ValidationError saying which check failed: unit not in the register, nobody of
    that name holds a title to it, or the title is not valid today.
    """
    if request.unit_id is None:
        unit = find_unit(session, parse_unit_address(request.unit_text))
        if unit is None:
            raise ValidationError(f"Lokal „{request.unit_text}” nie występuje w rejestrze "
                                  "lokali.", field="unit", code="check_unit_unknown")
        request.unit_id = unit.id
    assert request.unit_id is not None
    titles = session.scalars(select(Title).join(Person).where(
        Title.unit_id == request.unit_id,
        Person.name_search == fold_for_search(
            f"{request.applicant_last_name} {request.applicant_first_name}"))).all()
    applicant = f"{request.applicant_first_name} {request.applicant_last_name}"
    if not titles:
        raise ValidationError(f"W rejestrze nie ma tytułu prawnego osoby {applicant} do lokalu "
                              f"„{request.unit_text}”.", field="unit", code="check_no_title")
    today = office_date(now_utc())
    valid = [title for title in titles if title.valid_on(today)]
    if not valid:
        last = max(titles, key=lambda title: title.valid_from)
        when = (f"wygasł {format_date(last.valid_to)}" if last.valid_to and last.valid_to < today
                else f"obowiązuje dopiero od {format_date(last.valid_from)}")
        raise ValidationError(f"Tytuł prawny osoby {applicant} do lokalu „{request.unit_text}” "
                              f"{when}.", field="unit", code="check_title_not_valid")
    return valid[0].person


def _account_seeing_unit(session: Session, request: Request) -> Account:
    """For a revoke request naming only its unit: the applicant's account that still sees it."""
    unit = find_unit(session, parse_unit_address(request.unit_text))
    if unit is None:
        raise ValidationError(f"Lokal „{request.unit_text}” nie występuje w rejestrze lokali.",
                              field="unit", code="check_unit_unknown")
    request.unit_id = unit.id
    found = session.scalars(select(Account).join(AccountUnit).join(Person).where(
        AccountUnit.unit_id == unit.id, AccountUnit.revoked_at.is_(None),
        Account.status != AccountStatus.REVOKED,
        Person.name_search == fold_for_search(
            f"{request.applicant_last_name} {request.applicant_first_name}"))).all()
    applicant = f"{request.applicant_first_name} {request.applicant_last_name}"
    if not found:
        raise ValidationError(f"Żadne konto osoby {applicant} nie ma dostępu do lokalu "
                              f"{unit.address}.", field="unit", code="check_no_account")
    if len(found) > 1:
        raise ValidationError(f"{applicant} ma kilka kont z dostępem do lokalu {unit.address}; "
                              "wpisz we wniosku identyfikator logowania.", field="login_id",
                              code="check_several_accounts")
    return found[0]


def approve_request(db: Database, actor: Actor, number: str, *,
                    expected_version: int | None = None) -> RequestInfo:
    """→ approved, after the checks its kind needs (title to the unit; the account named)."""
    with db.transaction() as session:
        clerk, request = _start_transition(session, actor, number, RequestStatus.APPROVED,
                                           expected_version)
        account: Account | None = None
        if request.login_id_text:
            account = account_by_login(session, request.login_id_text)
            if account.status == AccountStatus.REVOKED:
                raise NotAllowed(f"Konto {format_login_id(account.login_id)} jest już "
                                 "odebrane.", code="check_account_revoked")
            request.account_id = account.id
        if request.kind == RequestKind.REVOKE and account is None:
            account = _account_seeing_unit(session, request)
            request.account_id = account.id
            request.login_id_text = account.login_id
        if request.kind in KINDS_NEEDING_UNIT:
            person = find_title_holder(session, request)
            request.person_id = person.id
            if account is not None and account.person_id != person.id:
                raise ValidationError(f"Konto {format_login_id(account.login_id)} należy do "
                                      "innej osoby niż wnioskodawca.", field="login_id",
                                      code="check_account_owner")
            if request.kind == RequestKind.ADD_UNIT and account is not None \
                    and account.status not in LIVE_ACCOUNT_STATUSES:
                raise NotAllowed(f"Do konta {format_login_id(account.login_id)} w stanie "
                                 f"„{label_pl(account.status)}” nie można dodać lokalu.",
                                 code="check_account_not_live")
        request.status = RequestStatus.APPROVED
        request.decided_at = now_utc()
        request.decided_by_id = clerk.id
        record_event(session, clerk, actor, "request.approve",
                     f"Zatwierdzono wniosek {request.number} ({label_pl(request.kind)}).",
                     request=request, account=account)
        return request_info(request)
