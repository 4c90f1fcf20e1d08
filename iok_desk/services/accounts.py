"""Accounts: issue credentials for an approved grant, block, reissue, revoke, add a unit."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from iok_desk.db.engine import Database
from iok_desk.db.models import (
    Account,
    AccountUnit,
    Clerk,
    LetterRecord,
    Person,
    Request,
    Unit,
)
from iok_desk.domain.credentials import (
    format_login_id,
    generate_first_password,
    generate_login_id,
    hash_password,
    new_security_stamp,
)
from iok_desk.domain.dates import now_utc, office_date
from iok_desk.domain.errors import ConflictError, NotAllowed, ValidationError
from iok_desk.domain.letterhead import Letterhead
from iok_desk.domain.states import (
    LIVE_ACCOUNT_STATUSES,
    AccountStatus,
    BlockReason,
    ClerkRole,
    RequestKind,
    RequestStatus,
    RevokeReason,
    ensure_account_transition,
    ensure_request_transition,
    label_pl,
)
from iok_desk.domain.validation import clean_text, validate_person_name, validate_phone

from .audit import AuditFilter, events_in
from .context import Actor, load_clerk, record_event
from .dto import (
    AccountDetails,
    BlockResult,
    CredentialLetterData,
    IssueResult,
    RevokeResult,
    UnitAccessInfo,
)
from .lookups import account_by_login, request_by_number, unit_by_address
from .registry import refresh_person_search
from .requests import check_request_version, find_title_holder
from .settings import first_password_valid_days, letterhead_from

CREDENTIAL_LETTER = "credential"

DeliverLetter = Callable[[Letterhead, CredentialLetterData], None]
"""Called with the new credentials inside the transaction, after everything else is written
and flushed, before the commit: it renders the letter and puts it where it will survive (a
private file flushed to disk, the GUI's memory). If it raises, nothing is committed; once the
commit succeeds, no database work is left that could fail."""


def _deliver(session: Session, deliver: DeliverLetter | None,
             letter: CredentialLetterData) -> None:
    session.flush()
    if deliver is not None:
        deliver(letterhead_from(session), letter)


def unused_login_id(session: Session) -> str:
    """A random login ID never given before (revoked ones stay in the table for ever)."""
    while True:
        candidate = generate_login_id()
        if session.scalar(select(Account.id).where(Account.login_id == candidate)) is None:
            return candidate


def _lock_person(session: Session, person: Person) -> None:
    """Row-lock the person (PostgreSQL; SQLite's write lock already serialises): two clerks
    issuing or reissuing for the same person one after the other never make two live
    accounts."""
    session.execute(select(Person.id).where(Person.id == person.id).with_for_update())


def _live_access(account: Account) -> list[AccountUnit]:
    return [access for access in account.unit_access if access.revoked_at is None]


def _first_password() -> tuple[str, str]:
    """A first password and its hash, made before the transaction opens: hashing takes tens
    of milliseconds, which a write lock should not be held for."""
    password = generate_first_password()
    return password, hash_password(password)


def _new_account(session: Session, person: Person, units: list[Unit], *,
                 credentials: tuple[str, str], request: Request | None, register_number: str,
                 clerk: Clerk, reissue: bool) -> tuple[Account, CredentialLetterData]:
    """A fresh account with new credentials; only the hash is stored, the plaintext goes
    into the returned letter data and nowhere else."""
    now = now_utc()
    password, password_hash = credentials
    expires_at = now + timedelta(days=first_password_valid_days(session))
    account = Account(login_id=unused_login_id(session), person=person,
                      status=AccountStatus.ISSUED, password_hash=password_hash,
                      must_change_password=True, first_password_expires_at=expires_at,
                      security_stamp=new_security_stamp(), issued_at=now)
    session.add(account)
    for unit in units:
        session.add(AccountUnit(account=account, unit=unit, granted_at=now,
                                request_id=request.id if request else None))
    session.flush()
    session.add(LetterRecord(kind=CREDENTIAL_LETTER, account_id=account.id,
                             request_id=request.id if request else None, clerk_id=clerk.id,
                             created_at=now))
    home = units[0]
    letter = CredentialLetterData(
        register_number=register_number, login_id=account.login_id, password=password,
        first_name=person.first_name, last_name=person.last_name,
        address_lines=[f"ul. {home.address}", f"{home.postal_code} {home.city}".strip()],
        unit_addresses=[unit.address for unit in units], issued_on=office_date(now),
        expires_on=office_date(expires_at), reissue=reissue)
    return account, letter


def _check_version(account: Account, expected_version: int | None) -> None:
    if expected_version is not None and account.version != expected_version:
        raise ConflictError(f"Konto {format_login_id(account.login_id)} zostało w międzyczasie "
                            f"zmienione przez innego pracownika (stan: "
                            f"{label_pl(account.status)}). Widok zostanie odświeżony; nic nie "
                            "zostało zapisane.", code="conflict_stale",
                            status=account.status.value)


def _refuse_while_blocked(session: Session, person: Person) -> None:
    """A person with a blocked account gets a new login ID by reissue (in person, per the
    rules), not a second account next to the blocked one."""
    blocked = session.scalar(select(Account.login_id).where(
        Account.person_id == person.id, Account.status == AccountStatus.BLOCKED))
    if blocked is not None:
        raise NotAllowed(f"{person.full_name} ma zablokowane konto {format_login_id(blocked)}: "
                         "najpierw wydaj nowy identyfikator (po blokadzie), potem dodaj do niego "
                         "lokal.", code="person_has_blocked_account", login_id=blocked)


def issue_credentials(db: Database, actor: Actor, number: str, *,
                      expected_version: int | None = None,
                      deliver: DeliverLetter | None = None) -> IssueResult:
    """Execute an approved grant: a new account with a login ID and a first password — or,
    when the person already has a live account, the unit added to it (no new password)."""
    credentials = _first_password()
    with db.transaction() as session:
        clerk = load_clerk(session, actor)
        request = request_by_number(session, number, for_update=True)
        check_request_version(request, expected_version)
        if request.kind != RequestKind.GRANT:
            raise NotAllowed(f"Wniosek {request.number} nie jest wnioskiem o nadanie dostępu.",
                             code="wrong_request_kind")
        if request.status != RequestStatus.APPROVED:
            raise NotAllowed(f"Dane do logowania wydaje się tylko dla zatwierdzonego wniosku; "
                             f"wniosek {request.number} jest w stanie "
                             f"„{label_pl(request.status)}”.", code="request_not_approved")
        # The title is checked again: it may have ended (a sale) since the approval.
        person = find_title_holder(session, request)
        _lock_person(session, person)
        unit = request.unit
        assert unit is not None, "an approved grant has its unit resolved"
        if not person.email and request.applicant_email:
            person.email = request.applicant_email
        if not person.phone and request.applicant_phone:
            person.phone = request.applicant_phone
        refresh_person_search(person)
        _refuse_while_blocked(session, person)
        existing = session.scalar(select(Account).where(
            Account.person_id == person.id, Account.status.in_(LIVE_ACCOUNT_STATUSES))
            .order_by(Account.issued_at.desc()))
        ensure_request_transition(request.status, RequestStatus.DONE, request.number)
        request.status = RequestStatus.DONE
        if existing is not None:
            request.account = existing
            if unit.id not in {access.unit_id for access in _live_access(existing)}:
                session.add(AccountUnit(account=existing, unit=unit, request_id=request.id))
            existing.updated_at = now_utc()
            record_event(session, clerk, actor, "account.add_unit",
                         f"Wniosek {request.number}: lokal {unit.address} dodano do istniejącego "
                         f"konta {format_login_id(existing.login_id)}.", request=request,
                         account=existing, unit=unit.address)
            return IssueResult(login_id=existing.login_id, added_to_existing_account=True,
                               letter=None)
        account, letter = _new_account(session, person, [unit], credentials=credentials,
                                       request=request, register_number=request.number,
                                       clerk=clerk, reissue=False)
        request.account = account
        record_event(session, clerk, actor, "account.issue",
                     f"Wydano identyfikator {format_login_id(account.login_id)} dla "
                     f"{person.full_name} (wniosek {request.number}, lokal {unit.address}).",
                     request=request, account=account, unit=unit.address)
        _deliver(session, deliver, letter)
        return IssueResult(login_id=account.login_id, added_to_existing_account=False,
                           letter=letter)


def _finish_request(session: Session, number: str | None, kind: RequestKind,
                    account: Account, unit: Unit | None = None) -> Request | None:
    """Mark the approved request that asked for this action as done — after checking that
    the action is the one it asked for: its kind, its account, its unit."""
    if not number:
        return None
    request = request_by_number(session, number, for_update=True)
    if request.kind != kind:
        raise NotAllowed(f"Wniosek {request.number} dotyczy: {label_pl(request.kind)}.",
                         code="wrong_request_kind")
    if request.status != RequestStatus.APPROVED:
        raise NotAllowed(f"Wniosek {request.number} nie jest zatwierdzony (stan: "
                         f"„{label_pl(request.status)}”).", code="request_not_approved")
    if request.account_id not in (None, account.id):
        raise ValidationError(f"Wniosek {request.number} dotyczy innego konta.",
                              field="login_id", code="request_other_account")
    names_unit = kind in (RequestKind.REVOKE, RequestKind.ADD_UNIT) and request.unit_id
    if names_unit and (unit is None or unit.id != request.unit_id):
        raise ValidationError(f"Wniosek {request.number} dotyczy lokalu {request.unit_text}.",
                              field="unit", code="request_other_unit")
    request.account = account
    request.status = RequestStatus.DONE
    return request


def block_account(db: Database, actor: Actor, login_id: str, *, reason: str, caller_name: str,
                  caller_phone: str = "", note: str = "", request_number: str | None = None,
                  expected_version: int | None = None) -> BlockResult:
    """Block at once (phone-in or decision). Changes the security stamp, so the portal drops
    open sessions. Blocking a blocked account again is harmless: it is only recorded."""
    try:
        block_reason = BlockReason(reason)
    except ValueError:
        allowed = ", ".join(member.value for member in BlockReason)
        raise ValidationError(f"Nieznany powód blokady „{reason}” (dozwolone: {allowed}).",
                              field="reason", code="unknown_choice") from None
    caller = validate_person_name_or_text(caller_name)
    phone = validate_phone(caller_phone, "caller_phone", "Telefon zgłaszającego")
    remark = clean_text(note, "note", "Uwagi", max_length=2000, required=False, multiline=True)
    with db.transaction() as session:
        roles = (ClerkRole.SUPERVISOR,) if block_reason == BlockReason.ABUSE else ()
        clerk = load_clerk(session, actor, *roles)
        account = account_by_login(session, login_id, for_update=True)
        _check_version(account, expected_version)
        request = _finish_request(session, request_number, RequestKind.BLOCK, account)
        shown = format_login_id(account.login_id)
        details = {"reason": block_reason.value, "caller": caller, "caller_phone": phone,
                   "note": remark}
        if account.status == AccountStatus.BLOCKED:
            assert account.blocked_at is not None
            record_event(session, clerk, actor, "account.block_repeated",
                         f"Ponowne zgłoszenie blokady konta {shown} (już zablokowane) — "
                         f"zgłaszający: {caller}.", request=request, account=account, **details)
            return BlockResult(login_id=account.login_id, already_blocked=True,
                               blocked_at=account.blocked_at)
        ensure_account_transition(account.status, AccountStatus.BLOCKED, shown)
        now = now_utc()
        account.status = AccountStatus.BLOCKED
        account.blocked_at = now
        account.block_reason = block_reason
        account.security_stamp = new_security_stamp()
        record_event(session, clerk, actor, "account.block",
                     f"Zablokowano konto {shown} ({label_pl(block_reason)}) — zgłaszający: "
                     f"{caller}.", request=request, account=account, **details)
        return BlockResult(login_id=account.login_id, already_blocked=False, blocked_at=now)


def validate_person_name_or_text(value: str) -> str:
    """The caller's name as the clerk heard it: a name, or a short description
    ("właścicielka, nie przedstawiła się")."""
    try:
        return validate_person_name(value, "caller_name", "Zgłaszający")
    except ValidationError as error:
        if error.code != "name_characters":
            raise
        return clean_text(value, "caller_name", "Zgłaszający", max_length=120)


def _reissue_request(session: Session, number: str, old: Account) -> Request:
    """The approved request of this person (or about this account) that the reissue carries
    out; it is done with it."""
    request = request_by_number(session, number, for_update=True)
    if request.status != RequestStatus.APPROVED:
        raise NotAllowed(f"Wniosek {request.number} nie jest zatwierdzony (stan: "
                         f"„{label_pl(request.status)}”).", code="request_not_approved")
    if old.id != request.account_id and old.person_id != request.person_id:
        raise ValidationError(f"Wniosek {request.number} dotyczy innej osoby albo innego konta.",
                              field="request", code="request_other_account")
    return request


def reissue_account(db: Database, actor: Actor, login_id: str, *,
                    request_number: str | None = None,
                    expected_version: int | None = None,
                    deliver: DeliverLetter | None = None) -> IssueResult:
    """After a block the person comes in person: the old account is retired for good and a
    new one, with a new login ID and first password, gets the same person and units."""
    credentials = _first_password()
    with db.transaction() as session:
        clerk = load_clerk(session, actor)
        old = account_by_login(session, login_id, for_update=True)
        _check_version(old, expected_version)
        shown = format_login_id(old.login_id)
        if old.status != AccountStatus.BLOCKED:
            raise NotAllowed(f"Nowy identyfikator wydaje się po zablokowaniu konta; konto "
                             f"{shown} jest w stanie „{label_pl(old.status)}”.",
                             code="reissue_not_blocked", status=old.status.value)
        _lock_person(session, old.person)
        units = [access.unit for access in _live_access(old)]
        if not units:
            raise NotAllowed(f"Konto {shown} nie ma już dostępu do żadnego lokalu.",
                             code="reissue_no_units")
        other = session.scalar(select(Account.login_id).where(
            Account.person_id == old.person_id, Account.status.in_(LIVE_ACCOUNT_STATUSES)))
        if other is not None:
            raise NotAllowed(f"{old.person.full_name} ma już czynne konto "
                             f"{format_login_id(other)}; lokale dodaje się do niego.",
                             code="person_has_live_account", login_id=other)
        request = _reissue_request(session, request_number, old) if request_number else None
        now = now_utc()
        account, letter = _new_account(session, old.person, units, credentials=credentials,
                                       request=request,
                                       register_number=request.number if request else "",
                                       clerk=clerk, reissue=True)
        for access in _live_access(old):
            access.revoked_at = now
            access.revoke_reason = RevokeReason.REISSUE
        old.status = AccountStatus.REVOKED
        old.revoked_at = now
        old.revoke_reason = RevokeReason.REISSUE
        old.replaced_by_id = account.id
        old.security_stamp = new_security_stamp()
        if request is not None:
            request.account = account
            request.status = RequestStatus.DONE
        new_shown = format_login_id(account.login_id)
        unit_addresses = [unit.address for unit in units]
        record_event(session, clerk, actor, "account.reissue",
                     f"Konto {shown} zastąpiono nowym {new_shown} ({old.person.full_name}).",
                     request=request, account=old, new_login_id=account.login_id,
                     units=unit_addresses)
        record_event(session, clerk, actor, "account.issue",
                     f"Wydano identyfikator {new_shown} w miejsce zablokowanego {shown} "
                     f"({old.person.full_name}).", request=request, account=account,
                     replaces_login_id=old.login_id, units=unit_addresses)
        _deliver(session, deliver, letter)
        return IssueResult(login_id=account.login_id, added_to_existing_account=False,
                           letter=letter)


def _revoke_reason(reason: str) -> RevokeReason:
    allowed = [RevokeReason.SALE, RevokeReason.GIFT, RevokeReason.REQUEST,
               RevokeReason.DECISION, RevokeReason.TITLE_ENDED]
    try:
        value = RevokeReason(reason)
    except ValueError:
        value = None
    if value not in allowed:
        raise ValidationError(f"Nieznany powód odebrania dostępu „{reason}” (dozwolone: "
                              + ", ".join(member.value for member in allowed) + ").",
                              field="reason", code="unknown_choice")
    assert value is not None
    return value


def revoke_access(db: Database, actor: Actor, login_id: str, *, reason: str,
                  unit: str | None = None, request_number: str | None = None,
                  expected_version: int | None = None) -> RevokeResult:
    """Revoke one unit (``unit`` given) or the whole account. An account left with no unit is
    revoked; revoked is final and its login ID is never given again."""
    revoke_reason = _revoke_reason(reason)
    with db.transaction() as session:
        clerk = load_clerk(session, actor)
        account = account_by_login(session, login_id, for_update=True)
        _check_version(account, expected_version)
        shown = format_login_id(account.login_id)
        if account.status == AccountStatus.REVOKED:
            raise NotAllowed(f"Konto {shown} jest już odebrane.", code="account_transition",
                             current=account.status.value, target="revoked")
        live = _live_access(account)
        target: Unit | None = None
        if unit:
            target = unit_by_address(session, unit)
            chosen = [access for access in live if access.unit_id == target.id]
            if not chosen:
                raise ValidationError(f"Konto {shown} nie ma dostępu do lokalu "
                                      f"{target.address}.", field="unit",
                                      code="unit_not_on_account")
        else:
            chosen = live
        request = _finish_request(session, request_number, RequestKind.REVOKE, account, target)
        now = now_utc()
        for access in chosen:
            access.revoked_at = now
            access.revoke_reason = revoke_reason
        account.updated_at = now
        revoked_units = [access.unit.address for access in chosen]
        whole = len(chosen) == len(live)
        if whole:
            ensure_account_transition(account.status, AccountStatus.REVOKED, shown)
            account.status = AccountStatus.REVOKED
            account.revoked_at = now
            account.revoke_reason = revoke_reason
            account.security_stamp = new_security_stamp()
            summary = f"Odebrano dostęp: konto {shown} zamknięte ({label_pl(revoke_reason)})."
            action = "account.revoke"
        else:
            summary = (f"Odebrano dostęp konta {shown} do lokalu "
                       f"{', '.join(revoked_units)} ({label_pl(revoke_reason)}).")
            action = "account.revoke_unit"
        record_event(session, clerk, actor, action, summary, request=request, account=account,
                     reason=revoke_reason.value, units=revoked_units)
        return RevokeResult(login_id=account.login_id, account_status=account.status.value,
                            revoked_units=revoked_units)


def add_unit(db: Database, actor: Actor, login_id: str, unit: str, *,
             request_number: str | None = None,
             expected_version: int | None = None) -> list[str]:
    """Give a live account access to one more unit, after the same title check as a grant.
    Returns the account's units."""
    with db.transaction() as session:
        clerk = load_clerk(session, actor)
        account = account_by_login(session, login_id, for_update=True)
        _check_version(account, expected_version)
        shown = format_login_id(account.login_id)
        if account.status not in LIVE_ACCOUNT_STATUSES:
            raise NotAllowed(f"Do konta {shown} w stanie „{label_pl(account.status)}” nie można "
                             "dodać lokalu.", code="account_not_live",
                             status=account.status.value)
        target = unit_by_address(session, unit)
        if target.id in {access.unit_id for access in _live_access(account)}:
            raise ValidationError(f"Konto {shown} ma już dostęp do lokalu {target.address}.",
                                  field="unit", code="unit_already_on_account")
        today = office_date(now_utc())
        if not any(title.unit_id == target.id and title.valid_on(today)
                   for title in account.person.titles):
            raise ValidationError(f"{account.person.full_name} nie ma ważnego tytułu prawnego "
                                  f"do lokalu {target.address}.", field="unit",
                                  code="check_no_title")
        request = _finish_request(session, request_number, RequestKind.ADD_UNIT, account,
                                  target)
        session.add(AccountUnit(account=account, unit=target,
                                request_id=request.id if request else None))
        account.updated_at = now_utc()
        record_event(session, clerk, actor, "account.add_unit",
                     f"Dodano lokal {target.address} do konta {shown}.", request=request,
                     account=account, unit=target.address)
        session.flush()
        return [access.unit.address for access in _live_access(account)]


def account_details(db: Database, login_id: str) -> AccountDetails:
    """Everything the account view shows: status and its dates, units, requests, letters,
    audit events."""
    with db.reading() as session:
        account = account_by_login(session, login_id)
        person = account.person
        replaced_by = session.get(Account, account.replaced_by_id) if account.replaced_by_id \
            else None
        requests = session.scalars(select(Request.number).where(
            Request.account_id == account.id).order_by(Request.id)).all()
        letters = session.execute(select(LetterRecord.kind, LetterRecord.created_at).where(
            LetterRecord.account_id == account.id).order_by(LetterRecord.id)).all()
        return AccountDetails(
            login_id=account.login_id, status=account.status.value,
            person_name=person.full_name, first_name=person.first_name,
            last_name=person.last_name, email=person.email, phone=person.phone,
            must_change_password=account.must_change_password,
            first_password_expires_at=account.first_password_expires_at,
            issued_at=account.issued_at, last_login_at=account.last_login_at,
            blocked_at=account.blocked_at,
            block_reason=account.block_reason.value if account.block_reason else None,
            revoked_at=account.revoked_at,
            revoke_reason=account.revoke_reason.value if account.revoke_reason else None,
            replaced_by_login_id=replaced_by.login_id if replaced_by else None,
            units=[UnitAccessInfo(unit_address=access.unit.address,
                                  accounting_key=access.unit.accounting_key,
                                  granted_at=access.granted_at, revoked_at=access.revoked_at,
                                  revoke_reason=access.revoke_reason.value
                                  if access.revoke_reason else None)
                   for access in account.unit_access],
            requests=list(requests),
            letters=[f"{kind} {created_at.isoformat()}" for kind, created_at in letters],
            events=events_in(session, AuditFilter(login_id=account.login_id)),
            version=account.version)
