"""Requests (wnioski): register, ask for more information, approve after the title check,
reject with a reason, verify against the register, carry out once approved (the account use
cases of ``services.accounts`` do the work)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
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
)
from iok_desk.domain import lifecycle
from iok_desk.domain.audit import AuditAction
from iok_desk.domain.choices import parse_choice
from iok_desk.domain.credentials import format_login_id, normalize_login_id
from iok_desk.domain.dates import now_utc, office_date
from iok_desk.domain.errors import ConflictError, FieldChecks, NotAllowed, ValidationError
from iok_desk.domain.rodo import LettersTo, PolicyKind, ProxyKind
from iok_desk.domain.states import (
    KINDS_NEEDING_LOGIN,
    KINDS_NEEDING_UNIT,
    OPEN_REQUEST_STATUSES,
    REQUEST_ACCOUNT_ACTIONS,
    REQUESTED_BLOCK_REASON,
    REQUESTED_REVOKE_REASON,
    AccountAction,
    AccountStatus,
    Channel,
    RequestKind,
    RequestStatus,
    ensure_account_action,
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

from . import accounts, persons
from .context import Actor, load_clerk, record_event
from .dto import Changes, IssueResult, RequestInfo, TitleInfo
from .lookups import (
    TitleVerdict,
    account_by_login,
    check_request_version,
    check_title,
    find_title_holder,
    find_unit,
    format_register_number,
    request_by_number,
)


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
    proxy: Proxy | None = None
    # The clerk saw the applicant's identity document (its number is never recorded).
    id_checked: bool = False


@dataclass(frozen=True)
class Proxy:
    """Who filed the request for the resident: ``kind`` a ``domain.rodo.ProxyKind``, the
    authorisation's reference (deed's repertory number, the form's number) and date;
    ``letters_to``: ``resident`` (posted to the resident) or ``proxy`` (handed to the proxy
    against the proxy's signature)."""

    name: str
    kind: str
    reference: str
    signed_on: date
    letters_to: str = "resident"


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
        session.flush()
        return replace(request_info(request, changed=True),
                       changes=Changes.of(requests=[request.number], new_requests=True))


def add_request(session: Session, clerk: Clerk, data: NewRequest) -> Request:
    """Validate ``data`` and add the request with its register number inside the caller's
    transaction (``register_request``, the e-mail import); the caller writes the audit event
    with ``record_register_event``."""
    # Every field is checked before any is reported: the clerk fixes them in one round.
    checks = FieldChecks()
    kind = checks.value(parse_choice, RequestKind, data.kind, "kind", "Rodzaj wniosku")
    channel = checks.value(parse_choice, Channel, data.channel, "channel", "Sposób złożenia")
    first_name = checks.value(validate_person_name, data.first_name, "first_name", "Imię")
    last_name = checks.value(validate_person_name, data.last_name, "last_name", "Nazwisko")
    email = checks.value(validate_email, data.email)
    phone = checks.value(validate_phone, data.phone)
    note = checks.value(clean_text, data.note, "note", "Uwagi", max_length=4000,
                        required=False, multiline=True)
    unit = None
    if kind in KINDS_NEEDING_UNIT or data.unit.strip():
        unit = checks.value(parse_unit_address, data.unit)
    login_id = ""
    if kind in KINDS_NEEDING_LOGIN or data.login_id.strip():
        login_id = checks.value(normalize_login_id, data.login_id) or ""
    if kind == RequestKind.REVOKE and not (login_id or data.unit.strip()):
        checks.add(ValidationError("Wniosek o odebranie dostępu musi wskazać identyfikator "
                                   "logowania albo lokal.", field="login_id", code="required"))
    received_at = data.received_at or now_utc()
    if received_at > now_utc():
        checks.add(ValidationError("Data wpływu wniosku nie może być z przyszłości.",
                                   field="received_at", code="future_date"))
    checks.done()
    assert kind is not None and channel is not None and first_name is not None
    assert last_name is not None and email is not None and phone is not None
    assert note is not None
    unit_text = str(unit) if unit is not None else ""

    if data.source_message_id:
        duplicate = session.scalar(select(Request.number).where(
            Request.source_message_id == data.source_message_id))
        if duplicate:
            raise ConflictError(f"Ta wiadomość została już zarejestrowana jako wniosek "
                                f"{duplicate}.", code="duplicate_message", number=duplicate)
    year = office_date(received_at).year
    sequence = _next_register_sequence(session, year)
    in_register = find_unit(session, unit) if unit is not None else None
    rules_version, _text = persons.current_policy(session, PolicyKind.RULES)
    clause_version, _text = persons.current_policy(session, PolicyKind.CLAUSE)
    proxy = _checked_proxy(data.proxy, received_at) if data.proxy else None
    request = Request(
        rules_version=rules_version, clause_version=clause_version,
        id_checked_by=clerk.login if data.id_checked else "",
        proxy_name=proxy[0] if proxy else "", proxy_kind=proxy[1] if proxy else None,
        proxy_reference=proxy[2] if proxy else "", proxy_date=proxy[3] if proxy else None,
        letters_to=proxy[4] if proxy else LettersTo.RESIDENT.value,
        number=format_register_number(year, sequence), year=year, sequence=sequence,
        kind=kind, channel=channel, status=RequestStatus.RECEIVED,
        applicant_first_name=first_name, applicant_last_name=last_name,
        applicant_email=email, applicant_phone=phone, unit_text=unit_text,
        login_id_text=login_id, note=note,
        unit_id=in_register.id if in_register else None,
        received_at=received_at, registered_by_id=clerk.id,
        source_message_id=data.source_message_id or None)
    session.add(request)
    return request


def _checked_proxy(proxy: Proxy, received_at: datetime) -> tuple[str, str, str, date, str]:
    """A proxy's name, kind, reference, date and the letters' addressee, validated."""
    name = clean_text(proxy.name, "proxy_name", "Pełnomocnik", max_length=120)
    kind = parse_choice(ProxyKind, proxy.kind, "proxy_kind", "Rodzaj umocowania")
    reference = clean_text(proxy.reference, "proxy_reference", "Oznaczenie dokumentu",
                           max_length=120)
    letters_to = parse_choice(LettersTo, proxy.letters_to, "letters_to", "Adresat pism")
    if proxy.signed_on > office_date(received_at):
        raise ValidationError("Data umocowania nie może być późniejsza niż wpływ wniosku.",
                              field="proxy_date", code="future_date")
    return name, kind.value, reference, proxy.signed_on, letters_to.value


def record_register_event(session: Session, clerk: Clerk, actor: Actor, request: Request,
                          **details: Any) -> None:
    """The audit event of a registration (``details`` adds to the standard ones)."""
    record_event(session, clerk, actor, AuditAction.REQUEST_REGISTER,
                 f"Zarejestrowano wniosek {request.number} ({label_pl(request.kind)}, "
                 f"{label_pl(request.channel)}) od {request.applicant_first_name} "
                 f"{request.applicant_last_name}"
                 + (f" przez pełnomocnika {request.proxy_name}" if request.proxy_kind else "")
                 + ".", request=request, number=request.number,
                 kind=request.kind.value, channel=request.channel.value,
                 rules_version=request.rules_version, clause_version=request.clause_version,
                 **{**({"proxy_kind": request.proxy_kind} if request.proxy_kind else {}),
                    **details})


def request_info(request: Request, *, changed: bool = False) -> RequestInfo:
    """The request as a value; ``changed``: it is the result of a use case that changed it."""
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
        version=request.version, proxy_name=request.proxy_name,
        proxy_kind=request.proxy_kind or "", proxy_reference=request.proxy_reference,
        proxy_date=request.proxy_date, letters_to=request.letters_to,
        rules_version=request.rules_version, clause_version=request.clause_version,
        id_checked_by=request.id_checked_by,
        changes=Changes.of(requests=[request.number]) if changed else Changes())


def _start_transition(session: Session, actor: Actor, number: str, target: RequestStatus,
                      expected_version: int | None) -> tuple[Clerk, Request]:
    """The clerk and the request, locked, after checking that nobody changed the request
    since the clerk looked (``expected_version``) and that its life cycle allows ``target``."""
    clerk = load_clerk(session, actor)
    request = request_by_number(session, number, for_update=True)
    check_request_version(request, expected_version)
    ensure_request_transition(request.status, target, request.number)
    return clerk, request


OPEN = "open"
"""The ``status`` filter of the requests still waiting for a decision."""


def get_request(db: Database, number: str) -> RequestInfo:
    with db.reading() as session:
        return request_info(request_by_number(session, number))


def list_requests(db: Database, status: str | None = None, *, limit: int = 500,
                  offset: int = 0) -> list[RequestInfo]:
    """Requests, newest first; ``status`` filters (``open`` = received or needs_info)."""
    query = select(Request).order_by(Request.received_at.desc(), Request.id.desc())
    if status == OPEN:
        query = query.where(Request.status.in_(OPEN_REQUEST_STATUSES))
    elif status:
        query = query.where(Request.status == parse_choice(
            RequestStatus, status, "status", f"Stan wniosku ({OPEN} albo jeden ze stanów)"))
    with db.reading() as session:
        return [request_info(request)
                for request in session.scalars(query.limit(limit).offset(offset))]


def count_open_requests(db: Database) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(Request).where(
            Request.status.in_(OPEN_REQUEST_STATUSES))) or 0


def ask_for_information(db: Database, actor: Actor, number: str, note: str, *,
                        expected_version: int | None = None) -> RequestInfo:
    """received → needs_info: the applicant must complete or correct the request."""
    what = clean_text(note, "note", "Czego brakuje", max_length=2000, multiline=True)
    with db.transaction() as session:
        clerk, request = _start_transition(session, actor, number, RequestStatus.NEEDS_INFO,
                                           expected_version)
        lifecycle.move_to(request, RequestStatus.NEEDS_INFO, at=now_utc(), reason=what)
        record_event(session, clerk, actor, AuditAction.REQUEST_NEEDS_INFO,
                     f"Wniosek {request.number} wymaga uzupełnienia: {what}", request=request,
                     what=what)
        return request_info(request, changed=True)


def resume_request(db: Database, actor: Actor, number: str, note: str = "", *,
                   expected_version: int | None = None) -> RequestInfo:
    """needs_info → received: the missing information arrived."""
    addition = clean_text(note, "note", "Uzupełnienie", max_length=2000, required=False,
                          multiline=True)
    with db.transaction() as session:
        clerk, request = _start_transition(session, actor, number, RequestStatus.RECEIVED,
                                           expected_version)
        lifecycle.move_to(request, RequestStatus.RECEIVED, at=now_utc(), reason="")
        if addition:
            request.note = (request.note + "\n" if request.note else "") + addition
        record_event(session, clerk, actor, AuditAction.REQUEST_RESUME,
                     f"Wniosek {request.number} uzupełniony.", request=request)
        return request_info(request, changed=True)


def reject_request(db: Database, actor: Actor, number: str, reason: str, *,
                   expected_version: int | None = None) -> RequestInfo:
    """→ rejected, with a reason the decision letter quotes."""
    why = clean_text(reason, "reason", "Uzasadnienie", max_length=2000, multiline=True)
    with db.transaction() as session:
        clerk, request = _start_transition(session, actor, number, RequestStatus.REJECTED,
                                           expected_version)
        lifecycle.move_to(request, RequestStatus.REJECTED, at=now_utc(), by=clerk.id,
                          reason=why)
        record_event(session, clerk, actor, AuditAction.REQUEST_REJECT,
                     f"Odrzucono wniosek {request.number}: {why}", request=request, reason=why)
        return request_info(request, changed=True)


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
            ensure_account_action(
                REQUEST_ACCOUNT_ACTIONS.get(request.kind, AccountAction.ADD_UNIT),
                account.status, format_login_id(account.login_id),
                sum(access.revoked_at is None for access in account.unit_access))
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
        lifecycle.move_to(request, RequestStatus.APPROVED, at=now_utc(), by=clerk.id)
        record_event(session, clerk, actor, AuditAction.REQUEST_APPROVE,
                     f"Zatwierdzono wniosek {request.number} ({label_pl(request.kind)}).",
                     request=request, account=account)
        return request_info(request, changed=True)


@dataclass(frozen=True)
class VerifiedTitle:
    title: TitleInfo
    applicants: bool
    """The title is held by the person the request names."""


@dataclass(frozen=True)
class Verification:
    """A request beside the unit register: every title to its unit, which are the
    applicant's, and the verdict of the title check that approval and issue apply."""

    request: RequestInfo
    titles: list[VerifiedTitle]
    verdict: TitleVerdict
    message: str


def verification(db: Database, number: str) -> Verification:
    with db.reading() as session:
        request = request_by_number(session, number)
        try:
            check = check_title(session, request)
        except ValidationError as error:  # an address the register cannot read
            return Verification(request_info(request), [], TitleVerdict.UNIT_UNKNOWN,
                                error.message)
        today = office_date(now_utc())
        return Verification(
            request=request_info(request),
            titles=[VerifiedTitle(TitleInfo(
                person_name=title.person.full_name, unit_address=title.unit.address,
                kind=title.kind.value, valid_from=title.valid_from, valid_to=title.valid_to,
                valid_today=title.valid_on(today)), title in check.applicants)
                for title in check.titles],
            verdict=check.verdict, message=check.message)


@dataclass(frozen=True)
class CarryOutResult:
    """What carrying out an approved request did; ``issued`` for a grant (the letter data
    when a new account was made)."""

    number: str
    kind: str
    login_id: str
    message: str
    issued: IssueResult | None = field(default=None, repr=False)
    changes: Changes = field(default_factory=Changes, repr=False, compare=False)


def carry_out(db: Database, actor: Actor, number: str, *, expected_version: int | None = None,
              deliver: accounts.DeliverLetter | None = None) -> CarryOutResult:
    """Do what an approved request asks: a grant issues credentials (``deliver`` takes the
    letter, and a grant needs one), add-unit adds the unit, a block blocks (the request is the
    reason), a revoke revokes the unit named or the whole account ("na wniosek"). Each use case
    checks again, under lock, that the request is approved and of its kind."""
    info = get_request(db, number)
    kind = RequestKind(info.kind)
    # The account use cases lock the request and check its state again; the version the
    # clerk saw is compared here.
    lifecycle.check_version(info, expected_version, f"wniosku {info.number}",
                            RequestStatus(info.status))
    if info.status != RequestStatus.APPROVED:
        raise NotAllowed(f"Realizuje się tylko zatwierdzony wniosek; wniosek {info.number} "
                         f"jest w stanie „{label_pl(RequestStatus(info.status))}”.",
                         code="request_not_approved")
    login = info.account_login_id or info.login_id
    if kind == RequestKind.GRANT:
        if deliver is None:
            raise ValidationError("Wniosek o nadanie dostępu realizuje się z pismem z hasłem: "
                                  "podaj, gdzie ma trafić (--letter).", field="letter",
                                  code="letter_required")
        issued = accounts.issue_credentials(db, actor, info.number, deliver=deliver,
                                            expected_version=expected_version)
        message = (f"Lokal dodano do istniejącego konta {format_login_id(issued.login_id)}; "
                   "nowe hasło nie jest potrzebne." if issued.letter is None else
                   f"Wydano identyfikator {format_login_id(issued.login_id)}.")
        return CarryOutResult(info.number, kind.value, issued.login_id, message, issued,
                              issued.changes)
    if kind == RequestKind.ADD_UNIT:
        units = accounts.add_unit(db, actor, login, info.unit_text, request_number=info.number)
        return CarryOutResult(info.number, kind.value, units.login_id,
                              f"Lokal {info.unit_address or info.unit_text} dodano do konta "
                              f"{format_login_id(units.login_id)}.", changes=units.changes)
    if kind == RequestKind.BLOCK:
        blocked = accounts.block_account(
            db, actor, login, reason=REQUESTED_BLOCK_REASON.value,
            caller_name=f"{info.applicant_first_name} {info.applicant_last_name}",
            caller_phone=info.applicant_phone,
            note=f"Wniosek {info.number}" + (f": {info.note}" if info.note else ""),
            request_number=info.number)
        return CarryOutResult(info.number, kind.value, blocked.login_id,
                              f"Konto {format_login_id(blocked.login_id)} zablokowane.",
                              changes=blocked.changes)
    revoked = accounts.revoke_access(db, actor, login, reason=REQUESTED_REVOKE_REASON.value,
                                     unit=info.unit_text or None, request_number=info.number)
    return CarryOutResult(info.number, kind.value, revoked.login_id,
                          f"Konto {format_login_id(revoked.login_id)}: odebrano dostęp do "
                          + ", ".join(revoked.revoked_units) + ".", changes=revoked.changes)
