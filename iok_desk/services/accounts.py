"""Accounts: issue credentials for an approved grant, block, reissue, a new first password,
revoke, add a unit. Each use case loads, calls the life cycle of ``domain.lifecycle`` and records
the event; the rules of what is allowed live in ``domain.states``."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, object_session

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
from iok_desk.domain import lifecycle
from iok_desk.domain.addresses import postal_address_lines
from iok_desk.domain.audit import AuditAction
from iok_desk.domain.choices import parse_choice
from iok_desk.domain.credentials import (
    format_login_id,
    generate_first_password,
    generate_login_id,
    hash_password,
    new_security_stamp,
)
from iok_desk.domain.dates import now_utc, office_date
from iok_desk.domain.errors import NotAllowed, NotFound, ValidationError
from iok_desk.domain.letterhead import Letterhead
from iok_desk.domain.states import (
    CLERK_REVOKE_REASONS,
    LIVE_ACCOUNT_STATUSES,
    AccountAction,
    AccountStatus,
    BlockReason,
    CallerVerification,
    ClerkRole,
    RequestKind,
    RequestStatus,
    RevokeReason,
    ensure_account_action,
    label_pl,
    revoking_closes_account,
)
from iok_desk.domain.validation import clean_text, validate_person_name, validate_phone

from . import letter_register
from .audit import AuditFilter, events_in
from .context import Actor, load_clerk, record_event
from .dto import (
    AccountDetails,
    BlockResult,
    Changes,
    CredentialLetterData,
    IssueResult,
    NewPasswordsResult,
    RevokeResult,
    UnitAccessInfo,
    UnitsResult,
)
from .lookups import account_by_login, find_title_holder, request_to_carry_out, unit_by_address
from .portal_view import portal_view
from .registry import refresh_person_search
from .settings import first_password_valid_days, letterhead_from, separation_of_duties

CREDENTIAL_LETTER = "credential"
VOIDED_CREDENTIAL_LETTER = "credential-void"

DeliverLetter = Callable[[Letterhead, CredentialLetterData], None]
"""Called with the new credentials inside the transaction, after everything else is written
and flushed, before the commit: it renders the letter and puts it where it will survive (a
private file flushed to disk, the GUI's memory). If it raises, nothing is committed; once the
commit succeeds, no database work is left that could fail."""

DeliverLetters = Callable[[Letterhead, list[CredentialLetterData]], None]
"""``DeliverLetter`` for a batch: all its letters at once, as one document."""


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


def _never_used(account: Account) -> bool:
    """Nobody has logged in to the portal with it yet."""
    return account.last_login_at is None and account.password_changed_at is None


def _ensure(action: AccountAction, account: Account) -> None:
    ensure_account_action(action, account.status, format_login_id(account.login_id),
                          len(_live_access(account)), _never_used(account))


def _check_version(account: Account, expected_version: int | None) -> None:
    lifecycle.check_version(account, expected_version,
                            f"konta {format_login_id(account.login_id)}", account.status)


def _locked_account(session: Session, login_id: str, expected_version: int | None,
                    action: AccountAction | None) -> Account:
    """The account, locked, after checking that nobody changed it since the clerk looked and
    that its life cycle allows ``action`` (None: the use case decides from the units)."""
    account = account_by_login(session, login_id, for_update=True)
    _check_version(account, expected_version)
    if action is not None:
        _ensure(action, account)
    return account


def _holds_title(person: Person, unit: Unit, today: date) -> bool:
    return any(title.unit_id == unit.id and title.valid_on(today) for title in person.titles)


def _first_password() -> tuple[str, str]:
    """A first password and its hash, made before the transaction opens: hashing takes tens
    of milliseconds, which a write lock should not be held for."""
    password = generate_first_password()
    return password, hash_password(password)


def first_passwords(count: int, *, workers: int | None = None) -> list[tuple[str, str]]:
    """``count`` first passwords and their hashes for ``issue_credentials(credentials=…)``,
    hashed on ``workers`` threads at once (argon2 releases the GIL: issuing 1,000 accounts
    costs about one core's hashing time divided by the cores). Held in memory only."""
    passwords = [generate_first_password() for _ in range(count)]
    with ThreadPoolExecutor(max_workers=workers or os.cpu_count() or 1) as pool:
        return list(zip(passwords, pool.map(hash_password, passwords), strict=True))


def _letter(account: Account, person: Person, units: list[Unit], *, password: str,
            register_number: str, now: datetime, reissue: bool,
            record: LetterRecord) -> CredentialLetterData:
    assert account.first_password_expires_at is not None
    session = object_session(record)
    assert session is not None
    return CredentialLetterData(
        letter_number=record.number or "",
        valid_days=letter_register.letter_validity(session, record),
        register_number=register_number, login_id=account.login_id, password=password,
        first_name=person.first_name, last_name=person.last_name,
        address_lines=postal_address_lines(units[0].address, units[0].postal_code,
                                           units[0].city),
        unit_addresses=[unit.address for unit in units], issued_on=office_date(now),
        expires_on=office_date(account.first_password_expires_at), reissue=reissue)


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
    record = _numbered_letter(session, clerk, account, request, now)
    return account, _letter(account, person, units, password=password,
                            register_number=register_number, now=now, reissue=reissue,
                            record=record)


def _numbered_letter(session: Session, clerk: Clerk, account: Account, request: Request | None,
                     now: datetime) -> LetterRecord:
    """The letter register's entry of a new credential letter (issue 18)."""
    return letter_register.register_credential_letter(
        session, clerk, account, request_id=request.id if request else None, now=now)


def _refuse_while_blocked(session: Session, person: Person) -> None:
    """A person with a blocked account gets a new login ID by reissue (in person, per the
    rules), not a second account next to the blocked one."""
    blocked = session.scalar(select(Account.login_id).where(
        Account.person_id == person.id, Account.status == AccountStatus.BLOCKED))
    if blocked is not None:
        raise NotAllowed(f"{person.full_name} ma zablokowane konto {format_login_id(blocked)}: "
                         "najpierw wydaj nowy identyfikator (po blokadzie), potem dodaj do niego "
                         "lokal.", code="person_has_blocked_account", login_id=blocked)


def _refuse_own_approval(session: Session, request: Request | None, clerk: Clerk) -> None:
    """Separation of duties (a setting, off by default): the clerk who approved a request does
    not print its credential letter (the database refuses it too, revision 0007)."""
    if request is not None and request.decided_by_id == clerk.id \
            and separation_of_duties(session):
        raise NotAllowed(f"Wniosek {request.number} zatwierdził(a) {clerk.full_name}: przy "
                         "rozdziale obowiązków pismo z hasłem drukuje inny pracownik.",
                         code="duties_approver_prints", number=request.number)


def _done(request: Request | None, account: Account, now: datetime) -> None:
    """The request that asked for this action is carried out."""
    if request is not None:
        request.account = account
        lifecycle.move_to(request, RequestStatus.DONE, at=now)


def issue_credentials(db: Database, actor: Actor, number: str, *,
                      expected_version: int | None = None,
                      deliver: DeliverLetter | None = None,
                      credentials: tuple[str, str] | None = None) -> IssueResult:
    """Execute an approved grant: a new account with a login ID and a first password — or,
    when the person already has a live account, the unit added to it (no new password).
    ``credentials``: a first password and its hash made beforehand (``first_passwords``)."""
    credentials = credentials or _first_password()
    with db.transaction() as session:
        clerk = load_clerk(session, actor)
        request = request_to_carry_out(session, number, RequestKind.GRANT, expected_version)
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
        now = now_utc()
        if existing is not None:
            _done(request, existing, now)
            if unit.id not in {access.unit_id for access in _live_access(existing)}:
                session.add(AccountUnit(account=existing, unit=unit, request_id=request.id))
            existing.updated_at = now
            record_event(session, clerk, actor, AuditAction.ACCOUNT_ADD_UNIT,
                         f"Wniosek {request.number}: lokal {unit.address} dodano do istniejącego "
                         f"konta {format_login_id(existing.login_id)}.", request=request,
                         account=existing, unit=unit.address)
            return IssueResult(login_id=existing.login_id, added_to_existing_account=True,
                               letter=None, changes=Changes.of(
                                   accounts=[existing.login_id], requests=[request.number],
                                   units=[unit.address]))
        _refuse_own_approval(session, request, clerk)
        account, letter = _new_account(session, person, [unit], credentials=credentials,
                                       request=request, register_number=request.number,
                                       clerk=clerk, reissue=False)
        _done(request, account, now)
        record_event(session, clerk, actor, AuditAction.ACCOUNT_ISSUE,
                     # The name in the nominative, after a colon: a name cannot be declined.
                     f"Wydano identyfikator {format_login_id(account.login_id)} — osoba: "
                     f"{person.full_name} (wniosek {request.number}, lokal {unit.address}).",
                     request=request, account=account, unit=unit.address)
        _deliver(session, deliver, letter)
        return IssueResult(login_id=account.login_id, added_to_existing_account=False,
                           letter=letter, changes=Changes.of(
                               accounts=[account.login_id], requests=[request.number],
                               units=[unit.address], new_accounts=True))


def _request_for(session: Session, number: str | None, kind: RequestKind, account: Account,
                 unit: Unit | None = None) -> Request | None:
    """The approved request that asked for this action on this account (and unit), if one is
    named; it is marked done by the caller's ``_done``."""
    if not number:
        return None
    request = request_to_carry_out(session, number, kind)
    if request.account_id not in (None, account.id):
        raise ValidationError(f"Wniosek {request.number} dotyczy innego konta.",
                              field="login_id", code="request_other_account")
    names_unit = kind in (RequestKind.REVOKE, RequestKind.ADD_UNIT) and request.unit_id
    if names_unit and (unit is None or unit.id != request.unit_id):
        raise ValidationError(f"Wniosek {request.number} dotyczy lokalu {request.unit_text}.",
                              field="unit", code="request_other_unit")
    return request


def block_account(db: Database, actor: Actor, login_id: str, *, reason: str, caller_name: str,
                  caller_phone: str = "", note: str = "", request_number: str | None = None,
                  expected_version: int | None = None,
                  verification: str | None = None) -> BlockResult:
    """Block at once (phone-in or decision). Changes the security stamp, so the portal drops
    open sessions. Blocking a blocked account again is harmless: it is only recorded.

    ``verification``: how the caller was verified (``CallerVerification``), recorded with the
    block; an empty string is refused (the phone-in dialog always asks), None records none
    (a block by decision). With separation of duties on, an abuse block is first proposed
    (by any clerk) and takes effect when another clerk, a supervisor, blocks it too
    (``pending_countersign`` says which of the two happened)."""
    block_reason = parse_choice(BlockReason, reason, "reason", "Powód blokady")
    caller = validate_person_name_or_text(caller_name)
    phone = validate_phone(caller_phone, "caller_phone", "Telefon zgłaszającego")
    remark = clean_text(note, "note", "Uwagi", max_length=2000, required=False, multiline=True)
    if verification is not None and not verification.strip():
        raise ValidationError("Zaznacz, jak sprawdzono, kto dzwoni.", field="verification",
                              code="verification_required")
    checked = (None if verification is None else parse_choice(
        CallerVerification, verification, "verification", "Sprawdzenie zgłaszającego"))
    with db.transaction() as session:
        countersign = block_reason == BlockReason.ABUSE and separation_of_duties(session)
        roles = (ClerkRole.SUPERVISOR,) if block_reason == BlockReason.ABUSE else ()
        clerk = load_clerk(session, actor, *(() if countersign else roles))
        account = _locked_account(session, login_id, expected_version, AccountAction.BLOCK)
        request = _request_for(session, request_number, RequestKind.BLOCK, account)
        now = now_utc()
        shown = format_login_id(account.login_id)
        details = {"reason": block_reason.value, "caller": caller, "caller_phone": phone,
                   "note": remark, "verification": checked.value if checked else None}
        if countersign and account.status in LIVE_ACCOUNT_STATUSES:
            if account.block_proposed_by is None:
                return _propose_abuse_block(session, clerk, actor, account, request, now,
                                            details)
            _check_countersigner(clerk, account)
            details.update(proposed_by=account.block_proposed_by,
                           proposed_at=account.block_proposed_at.isoformat()
                           if account.block_proposed_at else None,
                           countersigned_by=clerk.login)
        _done(request, account, now)
        changes = Changes.of(accounts=[account.login_id],
                             requests=[request.number if request else None])
        if not lifecycle.block(account, block_reason, now):
            assert account.blocked_at is not None
            record_event(session, clerk, actor, AuditAction.ACCOUNT_BLOCK_REPEATED,
                         f"Ponowne zgłoszenie blokady konta {shown} (już zablokowane) — "
                         f"zgłaszający: {caller}.", request=request, account=account, **details)
            return BlockResult(login_id=account.login_id, already_blocked=True,
                               blocked_at=account.blocked_at, changes=changes)
        record_event(session, clerk, actor, AuditAction.ACCOUNT_BLOCK,
                     f"Zablokowano konto {shown} ({label_pl(block_reason)}) — zgłaszający: "
                     f"{caller}.", request=request, account=account, **details)
        return BlockResult(login_id=account.login_id, already_blocked=False, blocked_at=now,
                           changes=changes)


def _propose_abuse_block(session: Session, clerk: Clerk, actor: Actor, account: Account,
                         request: Request | None, now: datetime,
                         details: dict[str, str | None]) -> BlockResult:
    account.block_proposed_by = clerk.login
    account.block_proposed_at = now
    account.updated_at = now
    shown = format_login_id(account.login_id)
    record_event(session, clerk, actor, AuditAction.ACCOUNT_BLOCK_PROPOSE,
                 f"Zaproponowano blokadę konta {shown} ({label_pl(BlockReason.ABUSE)}) — "
                 f"zgłaszający: {details['caller']}; czeka na kontrasygnatę kierownika.",
                 request=request, account=account, **details)
    return BlockResult(login_id=account.login_id, already_blocked=False, blocked_at=None,
                       pending_countersign=True,
                       changes=Changes.of(accounts=[account.login_id]))


def _check_countersigner(clerk: Clerk, account: Account) -> None:
    if clerk.login == account.block_proposed_by:
        raise NotAllowed("Blokadę z powodu nadużycia zaproponował(a) ten sam pracownik: "
                         "kontrasygnuje ją inny pracownik — kierownik.",
                         code="duties_same_clerk", login_id=account.login_id)
    if clerk.role not in (ClerkRole.SUPERVISOR, ClerkRole.ADMIN):
        raise NotAllowed("Blokadę z powodu nadużycia kontrasygnuje kierownik.",
                         code="duties_countersign_role", login_id=account.login_id)


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
    request = request_to_carry_out(session, number, None)
    if old.id != request.account_id and old.person_id != request.person_id:
        raise ValidationError(f"Wniosek {request.number} dotyczy innej osoby albo innego konta.",
                              field="request", code="request_other_account")
    return request


def reissue_account(db: Database, actor: Actor, login_id: str, *,
                    request_number: str | None = None,
                    expected_version: int | None = None,
                    deliver: DeliverLetter | None = None) -> IssueResult:
    """After a block the person comes in person: the old account is retired for good and a
    new one, with a new login ID and first password, gets the same person and the units to
    which the person's title is still valid (the others are named in ``dropped_units``)."""
    credentials = _first_password()
    with db.transaction() as session:
        clerk = load_clerk(session, actor)
        old = _locked_account(session, login_id, expected_version, AccountAction.REISSUE)
        shown = format_login_id(old.login_id)
        _lock_person(session, old.person)
        other = session.scalar(select(Account.login_id).where(
            Account.person_id == old.person_id, Account.status.in_(LIVE_ACCOUNT_STATUSES)))
        if other is not None:
            raise NotAllowed(f"{old.person.full_name} ma już czynne konto "
                             f"{format_login_id(other)}; lokale dodaje się do niego.",
                             code="person_has_live_account", login_id=other)
        now = now_utc()
        today = office_date(now)
        live = _live_access(old)
        kept = [access for access in live if _holds_title(old.person, access.unit, today)]
        dropped = [access for access in live if access not in kept]
        if not kept:
            raise NotAllowed(f"Tytuł prawny osoby {old.person.full_name} do żadnego z lokali "
                             f"konta {shown} nie jest już ważny ("
                             + ", ".join(access.unit.address for access in dropped)
                             + "); nowego identyfikatora nie wydaje się.",
                             code="reissue_no_valid_title")
        request = _reissue_request(session, request_number, old) if request_number else None
        _refuse_own_approval(session, request, clerk)
        units = [access.unit for access in kept]
        account, letter = _new_account(session, old.person, units, credentials=credentials,
                                       request=request,
                                       register_number=request.number if request else "",
                                       clerk=clerk, reissue=True)
        for access in kept:
            lifecycle.revoke_access(access, RevokeReason.REISSUE, now)
        for access in dropped:
            lifecycle.revoke_access(access, RevokeReason.TITLE_ENDED, now)
        lifecycle.revoke(old, RevokeReason.REISSUE, now)
        old.replaced_by_id = account.id
        _done(request, account, now)
        new_shown = format_login_id(account.login_id)
        unit_addresses = [unit.address for unit in units]
        dropped_units = [access.unit.address for access in dropped]
        ended = (f" Bez lokali, do których tytuł wygasł: {', '.join(dropped_units)}."
                 if dropped_units else "")
        record_event(session, clerk, actor, AuditAction.ACCOUNT_REISSUE,
                     f"Konto {shown} zastąpiono nowym {new_shown} ({old.person.full_name})."
                     + ended, request=request, account=old, new_login_id=account.login_id,
                     units=unit_addresses, dropped_units=dropped_units)
        record_event(session, clerk, actor, AuditAction.ACCOUNT_ISSUE,
                     f"Wydano identyfikator {new_shown} w miejsce zablokowanego {shown} "
                     f"({old.person.full_name}).", request=request, account=account,
                     replaces_login_id=old.login_id, units=unit_addresses)
        _deliver(session, deliver, letter)
        return IssueResult(login_id=account.login_id, added_to_existing_account=False,
                           letter=letter, dropped_units=dropped_units, changes=Changes.of(
                               accounts=[old.login_id, account.login_id],
                               requests=[request.number if request else None],
                               units=unit_addresses + dropped_units, new_accounts=True))


def _issuing_grant(session: Session, account: Account) -> Request | None:
    """The grant the account was issued on: separation of duties keeps its approver from
    printing any of the account's credential letters, a new first password's too."""
    return session.scalar(select(Request).where(
        Request.account_id == account.id, Request.kind == RequestKind.GRANT)
        .order_by(Request.id).limit(1))


def _renew_first_password(session: Session, clerk: Clerk, actor: Actor, account: Account,
                          grant: Request | None, *, why: str, password_hash: str,
                          password: str) -> CredentialLetterData:
    """The new first password of one checked, locked, never-used account, its numbered
    letter (of the account's grant, for the database's separation of duties) and its audit
    event; the earlier letters are voided."""
    now = now_utc()
    # Read before any assignment: a query autoflushes, and the database accepts the new
    # hash only in the same UPDATE as the new stamp.
    expires_at = now + timedelta(days=first_password_valid_days(session))
    account.password_hash = password_hash
    account.first_password_expires_at = expires_at
    account.must_change_password = True
    account.security_stamp = new_security_stamp()
    account.updated_at = now
    voided = letter_register.void_open_letters(session, account, why, now)
    if not voided:  # a letter printed before the letter register had no number
        session.add(LetterRecord(kind=VOIDED_CREDENTIAL_LETTER, account_id=account.id,
                                 clerk_id=clerk.id, created_at=now))
    record = _numbered_letter(session, clerk, account, grant, now)
    units = [access.unit for access in _live_access(account)]
    shown = format_login_id(account.login_id)
    record_event(session, clerk, actor, AuditAction.ACCOUNT_NEW_FIRST_PASSWORD,
                 f"Nowe hasło do pierwszego logowania dla konta {shown} "
                 f"({account.person.full_name}), pismo nr {record.number}; poprzednie "
                 f"pismo unieważnione: {why}", account=account, reason=why,
                 letter_number=record.number, voided_letters=voided)
    return _letter(account, account.person, units, password=password, register_number="",
                   now=now, reissue=False, record=record)


def new_first_password(db: Database, actor: Actor, login_id: str, *, reason: str,
                       expected_version: int | None = None,
                       deliver: DeliverLetter | None = None) -> IssueResult:
    """A spoiled or lost letter of an account nobody has used yet: a new first password and
    expiry for the same login ID; the old letter is voided. (A blocked account gets a new
    login ID by reissue instead.) The old password hash is overwritten, never read."""
    why = clean_text(reason, "reason", "Powód", max_length=500)
    password, password_hash = _first_password()
    with db.transaction() as session:
        clerk = load_clerk(session, actor)
        account = _locked_account(session, login_id, expected_version,
                                  AccountAction.NEW_FIRST_PASSWORD)
        grant = _issuing_grant(session, account)
        _refuse_own_approval(session, grant, clerk)
        letter = _renew_first_password(session, clerk, actor, account, grant, why=why,
                                       password_hash=password_hash, password=password)
        _deliver(session, deliver, letter)
        return IssueResult(login_id=account.login_id, added_to_existing_account=False,
                           letter=letter, changes=Changes.of(accounts=[account.login_id]))


def new_first_passwords(db: Database, actor: Actor, login_ids: Sequence[str], *, reason: str,
                        deliver: DeliverLetters | None = None) -> NewPasswordsResult:
    """The batch of the unused-letters list: a new first password for each of several
    never-used accounts (same login IDs), each audited, all in one transaction. One
    transaction because the letters leave as one document: it is written before the commit,
    so either every password works and is in it, or nothing changed. Every account is checked
    first; if any is refused (used meanwhile, blocked, the clerk approved its grant under
    separation of duties), one error lists each refused login ID with its reason."""
    why = clean_text(reason, "reason", "Powód", max_length=500)
    wanted = list(dict.fromkeys(login_id.strip() for login_id in login_ids if login_id.strip()))
    if not wanted:
        raise ValidationError("Wybierz konta, którym wydać nowe hasło.", field="login",
                              code="no_accounts_chosen")
    credentials = first_passwords(len(wanted))
    with db.transaction() as session:
        clerk = load_clerk(session, actor)
        checked: list[tuple[Account, Request | None]] = []
        refused: list[dict[str, str]] = []
        for login_id in wanted:
            try:
                account = _locked_account(session, login_id, None,
                                          AccountAction.NEW_FIRST_PASSWORD)
                grant = _issuing_grant(session, account)
                _refuse_own_approval(session, grant, clerk)
            except (NotAllowed, NotFound, ValidationError) as error:
                # The login ID as typed: it may be the typo refused.
                refused.append({"login_id": login_id, "code": error.code or "",
                                "message": error.message})
                continue
            checked.append((account, grant))
        if refused:
            raise NotAllowed("Nie wydano żadnego hasła; odmowa dla: " + "; ".join(
                f"{item['login_id']} — {item['message']}" for item in refused),
                code="batch_refused", refused=refused,
                accounts=", ".join(item["login_id"] for item in refused))
        letters = [_renew_first_password(session, clerk, actor, account, grant, why=why,
                                         password_hash=password_hash, password=password)
                   for (account, grant), (password, password_hash)
                   in zip(checked, credentials, strict=True)]
        session.flush()
        if deliver is not None:
            deliver(letterhead_from(session), letters)
        return NewPasswordsResult(letters=letters, changes=Changes.of(
            accounts=[account.login_id for account, _ in checked]))


def revoke_access(db: Database, actor: Actor, login_id: str, *, reason: str,
                  unit: str | None = None, request_number: str | None = None,
                  expected_version: int | None = None) -> RevokeResult:
    """Revoke one unit (``unit`` given) or the whole account. An account left with no unit is
    revoked; revoked is final and its login ID is never given again."""
    revoke_reason = parse_choice(RevokeReason, reason, "reason", "Powód odebrania dostępu",
                                 allowed=CLERK_REVOKE_REASONS)
    with db.transaction() as session:
        clerk = load_clerk(session, actor)
        account = _locked_account(session, login_id, expected_version, None)
        shown = format_login_id(account.login_id)
        live = _live_access(account)
        target: Unit | None = None
        if unit:
            _ensure(AccountAction.REVOKE_UNIT, account)
            target = unit_by_address(session, unit)
            chosen = [access for access in live if access.unit_id == target.id]
            if not chosen:
                raise ValidationError(f"Konto {shown} nie ma dostępu do lokalu "
                                      f"{target.address}.", field="unit",
                                      code="unit_not_on_account")
        else:
            _ensure(AccountAction.REVOKE_ACCOUNT, account)
            chosen = live
        request = _request_for(session, request_number, RequestKind.REVOKE, account, target)
        now = now_utc()
        _done(request, account, now)
        for access in chosen:
            lifecycle.revoke_access(access, revoke_reason, now)
        account.updated_at = now
        revoked_units = [access.unit.address for access in chosen]
        if revoking_closes_account(len(live), len(chosen)):
            lifecycle.revoke(account, revoke_reason, now)
            summary = f"Odebrano dostęp: konto {shown} zamknięte ({label_pl(revoke_reason)})."
            action = AuditAction.ACCOUNT_REVOKE
        else:
            summary = (f"Odebrano dostęp konta {shown} do lokalu "
                       f"{', '.join(revoked_units)} ({label_pl(revoke_reason)}).")
            action = AuditAction.ACCOUNT_REVOKE_UNIT
        record_event(session, clerk, actor, action, summary, request=request, account=account,
                     reason=revoke_reason.value, units=revoked_units)
        return RevokeResult(login_id=account.login_id, account_status=account.status.value,
                            revoked_units=revoked_units, changes=Changes.of(
                                accounts=[account.login_id], units=revoked_units,
                                requests=[request.number if request else None]))


def add_unit(db: Database, actor: Actor, login_id: str, unit: str, *,
             request_number: str | None = None,
             expected_version: int | None = None) -> UnitsResult:
    """Give a live account access to one more unit, after the same title check as a grant.
    Returns the account's units."""
    with db.transaction() as session:
        clerk = load_clerk(session, actor)
        account = _locked_account(session, login_id, expected_version, AccountAction.ADD_UNIT)
        shown = format_login_id(account.login_id)
        target = unit_by_address(session, unit)
        if target.id in {access.unit_id for access in _live_access(account)}:
            raise ValidationError(f"Konto {shown} ma już dostęp do lokalu {target.address}.",
                                  field="unit", code="unit_already_on_account")
        now = now_utc()
        if not _holds_title(account.person, target, office_date(now)):
            raise ValidationError(f"{account.person.full_name} nie ma ważnego tytułu prawnego "
                                  f"do lokalu {target.address}.", field="unit",
                                  code="check_no_title")
        request = _request_for(session, request_number, RequestKind.ADD_UNIT, account, target)
        _done(request, account, now)
        session.add(AccountUnit(account=account, unit=target,
                                request_id=request.id if request else None))
        account.updated_at = now
        record_event(session, clerk, actor, AuditAction.ACCOUNT_ADD_UNIT,
                     f"Dodano lokal {target.address} do konta {shown}.", request=request,
                     account=account, unit=target.address)
        session.flush()
        return UnitsResult(login_id=account.login_id,
                           units=[access.unit.address for access in _live_access(account)],
                           changes=Changes.of(accounts=[account.login_id],
                                              units=[target.address],
                                              requests=[request.number if request else None]))


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
            version=account.version, never_used=_never_used(account),
            portal=portal_view(session, account), block_proposed_by=account.block_proposed_by,
            block_proposed_at=account.block_proposed_at)
