"""The letter register: every credential letter has a number (``PL/YYYY/NNNNN``, gapless per
year) and a life — printed → handed over (in person) or posted (registered mail) → returned
undelivered; voided with a reason. Each step is one use case with its audit event.

With activation on delivery (a setting, on by default) the letter's first password works at
the portal only once the letter is handed over or posted, for 7 days in person or 14 by post
from that moment (settings): the service sets ``account.first_password_expires_at`` when the
letter leaves the office, and the database's ``portal_account`` view (revision 0006) shows an
undelivered, returned or voided letter's password as expired whatever that column says.
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session, aliased

from iok_desk.db.engine import Database
from iok_desk.db.models import Account, AccountUnit, Clerk, LetterCounter, LetterRecord
from iok_desk.domain import lifecycle
from iok_desk.domain.addresses import postal_address_lines
from iok_desk.domain.audit import AuditAction
from iok_desk.domain.credentials import format_login_id
from iok_desk.domain.dates import OFFICE_ZONE, now_utc, office_date
from iok_desk.domain.errors import NotAllowed, NotFound, ValidationError
from iok_desk.domain.letter_numbers import format_letter_number, normalize_letter_number
from iok_desk.domain.states import (
    DEAD_LETTER_STATES,
    AccountStatus,
    LetterState,
    RevokeReason,
    ensure_letter_transition,
    label_pl,
)
from iok_desk.domain.validation import clean_text, validate_person_name

from .context import Actor, load_clerk, record_event
from .dto import Changes
from .lookups import account_by_login
from .settings import activation_on_delivery, delivery_valid_days

CREDENTIAL_KIND = "credential"
MAX_SCAN_BYTES = 20 * 1024 * 1024


@dataclasses.dataclass(frozen=True)
class LetterInfo:
    """One letter of the register, as the list, the CLI and the dispatch list show it."""

    number: str
    state: str
    login_id: str
    person_name: str
    address_lines: list[str]
    printed_at: datetime
    printed_by: str
    activates_on_delivery: bool
    delivered_at: datetime | None
    received_by: str
    id_checked_by: str
    tracking_number: str
    returned_at: datetime | None
    voided_at: datetime | None
    void_reason: str
    has_scan: bool
    account_status: str
    first_password_expires_at: datetime | None
    """When the first password stops working at the portal (None: not running yet — the letter
    waits in the office; for a returned or voided letter its printing moment)."""


@dataclasses.dataclass(frozen=True)
class LetterResult:
    letter: LetterInfo
    changes: Changes = dataclasses.field(repr=False)


@dataclasses.dataclass(frozen=True)
class ReconciliationRow:
    """Letters printed on one office day by one clerk, by their state now."""

    day: date
    clerk_login: str
    printed: int
    handed_over: int
    posted: int
    returned: int
    voided: int
    in_office: int
    open_numbers: list[str]
    """The letters still in the office (printed, not handed over, posted or voided)."""


@dataclasses.dataclass(frozen=True)
class UnusedAccount:
    """An issued account nobody has logged in to whose first password has expired or expires
    soon, with its latest letter."""

    login_id: str
    person_name: str
    issued_at: datetime
    first_password_expires_at: datetime | None
    expired: bool
    letter_number: str
    letter_state: str


@dataclasses.dataclass(frozen=True)
class DispatchEntry:
    number: str
    addressee: str
    address_lines: list[str]
    tracking_number: str
    posted_at: datetime


@dataclasses.dataclass(frozen=True)
class DispatchList:
    day: date
    entries: list[DispatchEntry]


# --- numbering, inside the issuing transaction ------------------------------------------------

def _next_sequence(session: Session, year: int) -> int:
    """Take the year's next letter number in this transaction (row-locked on PostgreSQL,
    under SQLite's write lock): a rollback leaves no gap."""
    dialect = session.get_bind().dialect.name
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    upsert = insert(LetterCounter).values(year=year, last_number=1).on_conflict_do_update(
        index_elements=[LetterCounter.year],
        set_={"last_number": LetterCounter.last_number + 1},
    ).returning(LetterCounter.last_number)
    return int(session.execute(upsert).scalar_one())


def register_credential_letter(session: Session, clerk: Clerk, account: Account, *,
                               request_id: int | None, now: datetime) -> LetterRecord:
    """A numbered, printed credential letter of ``account`` (called by the issuing use cases
    in their transaction). With activation on delivery the account's expiry is set again
    when the letter leaves the office."""
    year = office_date(now).year
    record = LetterRecord(kind=CREDENTIAL_KIND, account_id=account.id, request_id=request_id,
                          clerk_id=clerk.id, created_at=now,
                          number=format_letter_number(year, _next_sequence(session, year)),
                          state=LetterState.PRINTED,
                          activates_on_delivery=activation_on_delivery(session))
    session.add(record)
    return record


def letter_validity(session: Session, record: LetterRecord) -> tuple[int, int] | None:
    """The days in person and by post the letter's password works, when it waits for
    delivery; None when its expiry date runs from printing."""
    return delivery_valid_days(session) if record.activates_on_delivery else None


def void_open_letters(session: Session, account: Account, reason: str, now: datetime) -> list[str]:
    """Void every numbered letter of ``account`` not voided yet (a new first password makes
    them worthless); returns their numbers. The caller's use case audits it."""
    voided = []
    for record in session.scalars(select(LetterRecord).where(
            LetterRecord.account_id == account.id, LetterRecord.number.is_not(None),
            LetterRecord.state != LetterState.VOIDED).with_for_update()):
        ensure_letter_transition(LetterState(str(record.state)), LetterState.VOIDED,
                                 record.number or "")
        record.state = LetterState.VOIDED
        record.voided_at = now
        record.void_reason = reason
        assert record.number is not None
        voided.append(record.number)
    return voided


# --- reading ---------------------------------------------------------------------------------

def _effective_expiry(record: LetterRecord, account: Account) -> datetime | None:
    """What the portal view shows as the first password's expiry (revision 0006)."""
    state = LetterState(record.state) if record.state else None
    if state in DEAD_LETTER_STATES:
        return record.created_at
    if state == LetterState.PRINTED and record.activates_on_delivery:
        return None
    return account.first_password_expires_at


def _address_lines(account: Account) -> list[str]:
    units = [access.unit for access in account.unit_access if access.revoked_at is None] or \
        [access.unit for access in account.unit_access]
    if not units:
        return []
    return postal_address_lines(units[0].address, units[0].postal_code, units[0].city)


def _info(session: Session, record: LetterRecord) -> LetterInfo:
    account = session.get(Account, record.account_id)
    assert account is not None and record.number is not None and record.state is not None
    names = {clerk_id: login for clerk_id, login in session.execute(
        select(Clerk.id, Clerk.login).where(Clerk.id.in_(
            [record.clerk_id, record.id_checked_by_id or 0])))}
    has_scan = session.scalar(select(LetterRecord.scan.is_not(None)).where(
        LetterRecord.id == record.id))
    return LetterInfo(
        number=record.number, state=LetterState(record.state).value, login_id=account.login_id,
        person_name=account.person.full_name, address_lines=_address_lines(account),
        printed_at=record.created_at, printed_by=names.get(record.clerk_id, ""),
        activates_on_delivery=record.activates_on_delivery, delivered_at=record.delivered_at,
        received_by=record.received_by,
        id_checked_by=names.get(record.id_checked_by_id, "") if record.id_checked_by_id else "",
        tracking_number=record.tracking_number, returned_at=record.returned_at,
        voided_at=record.voided_at, void_reason=record.void_reason, has_scan=bool(has_scan),
        account_status=account.status.value,
        first_password_expires_at=_effective_expiry(record, account))


def _day_bounds(day: date) -> tuple[datetime, datetime]:
    start = datetime.combine(day, time.min, OFFICE_ZONE)
    return start, datetime.combine(day + timedelta(days=1), time.min, OFFICE_ZONE)


def list_letters(db: Database, *, state: str | None = None, day_from: date | None = None,
                 day_to: date | None = None) -> list[LetterInfo]:
    """The register, newest first: numbered letters printed in the office days
    ``day_from``..``day_to`` (both optional), in ``state`` if given."""
    wanted = None
    if state:
        try:
            wanted = LetterState(state)
        except ValueError:
            raise ValidationError(f"Nieznany stan pisma „{state}” — możliwe: "
                                  + ", ".join(item.value for item in LetterState) + ".",
                                  field="state", code="letter_state") from None
    if day_from and day_to and day_from > day_to:
        raise ValidationError("Data początkowa jest późniejsza niż końcowa.", field="from",
                              code="date_range")
    query = select(LetterRecord).where(LetterRecord.number.is_not(None))
    if wanted is not None:
        query = query.where(LetterRecord.state == wanted)
    if day_from:
        query = query.where(LetterRecord.created_at >= _day_bounds(day_from)[0])
    if day_to:
        query = query.where(LetterRecord.created_at < _day_bounds(day_to)[1])
    with db.reading() as session:
        return [_info(session, record)
                for record in session.scalars(query.order_by(LetterRecord.id.desc()))]


def get_letter(db: Database, number: str) -> LetterInfo:
    with db.reading() as session:
        return _info(session, _letter_by_number(session, number))


def letter_scan(db: Database, number: str) -> tuple[str, bytes] | None:
    """The scan of the signed strip attached at handover: (file name, content)."""
    with db.reading() as session:
        record = _letter_by_number(session, number)
        content = session.scalar(select(LetterRecord.scan).where(LetterRecord.id == record.id))
        return (record.scan_name, content) if content is not None else None


# --- the steps of a letter's life -------------------------------------------------------------

def _letter_by_number(session: Session, number: str, *,
                      for_update: bool = False) -> LetterRecord:
    shown = normalize_letter_number(number)
    query = select(LetterRecord).where(LetterRecord.number == shown)
    if for_update:
        query = query.with_for_update()
    record = session.scalar(query)
    if record is None:
        raise NotFound(f"Nie ma pisma nr {shown} w rejestrze pism.", code="letter_not_found",
                       number=shown)
    return record


def _is_current(session: Session, record: LetterRecord) -> bool:
    """The account's latest numbered letter (an older one was replaced by a new password)."""
    latest = session.scalar(select(func.max(LetterRecord.id)).where(
        LetterRecord.account_id == record.account_id, LetterRecord.number.is_not(None)))
    return latest == record.id


def _deliver(session: Session, record: LetterRecord, account: Account, now: datetime,
             days: int) -> datetime | None:
    """The letter left the office: its first password's days start now (activation on
    delivery). Returns the new expiry, if one was set."""
    record.delivered_at = now
    if (record.activates_on_delivery and _is_current(session, record)
            and account.status == AccountStatus.ISSUED and account.must_change_password):
        account.first_password_expires_at = now + timedelta(days=days)
        account.updated_at = now
        return account.first_password_expires_at
    return None


def _move(session: Session, actor: Actor, number: str,
          target: LetterState) -> tuple[Clerk, LetterRecord, Account]:
    clerk = load_clerk(session, actor)
    record = _letter_by_number(session, number, for_update=True)
    assert record.number is not None and record.state is not None
    ensure_letter_transition(LetterState(record.state), target, record.number)
    account = session.get(Account, record.account_id, with_for_update=True)
    assert account is not None
    return clerk, record, account


def _result(session: Session, record: LetterRecord, account: Account) -> LetterResult:
    session.flush()
    return LetterResult(letter=_info(session, record),
                        changes=Changes.of(accounts=[account.login_id]))


_TIFF_MAGIC = (b"II*\x00", b"MM\x00*")


def _check_scan(scan: bytes) -> None:
    """A scan of the signed strip is checked as a request's attachments are: not empty, within
    its limit (a scanner's PDF is larger than a photo), and of a type its first bytes prove —
    PDF, JPEG, PNG or TIFF, what office scanners write."""
    from .intake import sniff_content_type  # parses e-mail: not at start

    if not 0 < len(scan) <= MAX_SCAN_BYTES:
        raise ValidationError("Skan potwierdzenia jest pusty albo większy niż 20 MB.",
                              field="scan", code="scan_size")
    if sniff_content_type(scan) not in ("application/pdf", "image/jpeg", "image/png") \
            and not scan.startswith(_TIFF_MAGIC):
        raise ValidationError("Skan potwierdzenia musi być plikiem PDF, JPEG, PNG albo TIFF.",
                              field="scan", code="scan_type")


def hand_over(db: Database, actor: Actor, number: str, *, received_by: str,
              id_checked_by: str | None = None, scan: bytes | None = None,
              scan_name: str = "") -> LetterResult:
    """The resident (or their proxy) took the letter in the office and signed the strip.
    ``id_checked_by`` is the login of the clerk who checked the ID (the acting clerk when not
    given) — never the ID's number. ``scan`` is the signed strip."""
    receiver = validate_person_name(received_by, "received_by", "Odebrał(a)")
    if scan is not None:
        _check_scan(scan)
    with db.transaction() as session:
        clerk, record, account = _move(session, actor, number, LetterState.HANDED_OVER)
        checker = clerk
        if id_checked_by:
            found = session.scalar(select(Clerk).where(
                Clerk.login == id_checked_by.strip().lower(), Clerk.active))
            if found is None:
                raise ValidationError(f"Nie ma czynnego pracownika „{id_checked_by}”.",
                                      field="id_checked_by", code="unknown_clerk")
            checker = found
        now = now_utc()
        days, _ = delivery_valid_days(session)
        record.state = LetterState.HANDED_OVER
        record.delivered_by_id = clerk.id
        record.received_by = receiver
        record.id_checked_by_id = checker.id
        if scan is not None:
            record.scan = scan
            record.scan_name = clean_text(scan_name or "skan", "scan_name", "Plik skanu",
                                          max_length=255)
        expires = _deliver(session, record, account, now, days)
        record_event(session, clerk, actor, AuditAction.LETTER_HANDED_OVER,
                     f"Pismo {record.number} (konto {format_login_id(account.login_id)}) "
                     f"wydano osobiście: odebrał(a) {receiver}, dokument tożsamości sprawdził(a) "
                     f"{checker.login}.", account=account, number=record.number,
                     received_by=receiver, id_checked_by=checker.login,
                     scan_attached=scan is not None,
                     first_password_expires_at=expires.isoformat() if expires else None)
        return _result(session, record, account)


def post(db: Database, actor: Actor, number: str, *, tracking_number: str) -> LetterResult:
    """The letter went by registered mail with this number (``RR123456789PL``)."""
    tracking = clean_text(tracking_number, "tracking", "Numer nadania", max_length=40).upper()
    if any(character.isspace() for character in tracking):
        raise ValidationError("Numer nadania wpisuje się bez spacji.", field="tracking",
                              code="tracking_format")
    with db.transaction() as session:
        clerk, record, account = _move(session, actor, number, LetterState.POSTED)
        now = now_utc()
        _, days = delivery_valid_days(session)
        record.state = LetterState.POSTED
        record.delivered_by_id = clerk.id
        record.tracking_number = tracking
        expires = _deliver(session, record, account, now, days)
        record_event(session, clerk, actor, AuditAction.LETTER_POSTED,
                     f"Pismo {record.number} (konto {format_login_id(account.login_id)}) nadano "
                     f"listem poleconym nr {tracking}.", account=account, number=record.number,
                     tracking_number=tracking,
                     first_password_expires_at=expires.isoformat() if expires else None)
        return _result(session, record, account)


def mark_returned(db: Database, actor: Actor, number: str) -> LetterResult:
    """The post brought a posted letter back undelivered: its first password stops working
    (the account needs a new one, or closing)."""
    with db.transaction() as session:
        clerk, record, account = _move(session, actor, number, LetterState.RETURNED)
        record.state = LetterState.RETURNED
        record.returned_at = now_utc()
        record_event(session, clerk, actor, AuditAction.LETTER_RETURNED,
                     f"Pismo {record.number} (konto {format_login_id(account.login_id)}) wróciło "
                     "niedoręczone; hasło z pisma nie działa.", account=account,
                     number=record.number)
        return _result(session, record, account)


def void(db: Database, actor: Actor, number: str, *, reason: str) -> LetterResult:
    """Misprinted, lost, destroyed: the letter is voided and its first password stops working
    (an account already in use is not affected)."""
    why = clean_text(reason, "reason", "Powód unieważnienia", max_length=500)
    with db.transaction() as session:
        clerk, record, account = _move(session, actor, number, LetterState.VOIDED)
        record.state = LetterState.VOIDED
        record.voided_at = now_utc()
        record.void_reason = why
        record_event(session, clerk, actor, AuditAction.LETTER_VOID,
                     f"Pismo {record.number} (konto {format_login_id(account.login_id)}) "
                     f"unieważniono: {why}", account=account, number=record.number, reason=why)
        return _result(session, record, account)


# --- posting, reconciliation, unused letters --------------------------------------------------

def dispatch_list(db: Database, actor: Actor, day: date) -> DispatchList:
    """The letters posted on an office day, in the order of the register, for the post
    office's book of registered mail (``książka nadawcza``). Audited: it names residents."""
    start, end = _day_bounds(day)
    with db.transaction() as session:
        clerk = load_clerk(session, actor)
        records = session.scalars(select(LetterRecord).where(
            LetterRecord.number.is_not(None), LetterRecord.tracking_number != "",
            LetterRecord.delivered_at >= start, LetterRecord.delivered_at < end)
            .order_by(LetterRecord.id)).all()
        entries = []
        for record in records:
            account = session.get(Account, record.account_id)
            assert account is not None and record.number and record.delivered_at
            entries.append(DispatchEntry(number=record.number,
                                         addressee=account.person.full_name,
                                         address_lines=_address_lines(account),
                                         tracking_number=record.tracking_number,
                                         posted_at=record.delivered_at))
        record_event(session, clerk, actor, AuditAction.LETTER_DISPATCH_LIST,
                     f"Wydrukowano zestawienie nadawcze z {day.strftime('%d.%m.%Y')} "
                     f"({len(entries)} przesyłek).", day=day.isoformat(),
                     numbers=[entry.number for entry in entries])
        return DispatchList(day=day, entries=entries)


def reconciliation(db: Database, day_from: date, day_to: date) -> list[ReconciliationRow]:
    """Per office day and per clerk who printed: letters printed and where they are now."""
    if day_from > day_to:
        raise ValidationError("Data początkowa jest późniejsza niż końcowa.", field="from",
                              code="date_range")
    printer = aliased(Clerk)
    with db.reading() as session:
        rows = session.execute(select(LetterRecord.number, LetterRecord.state,
                                      LetterRecord.created_at, printer.login)
                               .join(printer, printer.id == LetterRecord.clerk_id)
                               .where(LetterRecord.number.is_not(None),
                                      LetterRecord.created_at >= _day_bounds(day_from)[0],
                                      LetterRecord.created_at < _day_bounds(day_to)[1])
                               .order_by(LetterRecord.id)).all()
    groups: dict[tuple[date, str], list[tuple[str, LetterState]]] = {}
    for number, state, created_at, login in rows:
        groups.setdefault((office_date(created_at), login), []).append(
            (str(number), LetterState(str(state))))
    result = []
    for (day, login), letters in sorted(groups.items()):
        def count(state: LetterState, letters: list[tuple[str, LetterState]] = letters) -> int:
            return sum(1 for _, current in letters if current == state)
        result.append(ReconciliationRow(
            day=day, clerk_login=login, printed=len(letters),
            handed_over=count(LetterState.HANDED_OVER), posted=count(LetterState.POSTED),
            returned=count(LetterState.RETURNED), voided=count(LetterState.VOIDED),
            in_office=count(LetterState.PRINTED),
            open_numbers=[number for number, state in letters if state == LetterState.PRINTED]))
    return result


def unused_accounts(db: Database, *, within_days: int = 0) -> list[UnusedAccount]:
    """Issued accounts nobody has used whose first password has expired or expires within
    ``within_days``: returned or voided letters, delivered letters whose days ran out, and
    accounts without a numbered letter past their expiry. A letter still waiting in the
    office is not on this list (reconciliation shows it)."""
    if not 0 <= within_days <= 365:
        raise ValidationError("Liczba dni musi być od 0 do 365.", field="within",
                              code="out_of_range")
    now = now_utc()
    horizon = now + timedelta(days=within_days)
    found = []
    with db.reading() as session:
        accounts = session.scalars(select(Account).where(
            Account.status == AccountStatus.ISSUED, Account.last_login_at.is_(None),
            Account.password_changed_at.is_(None)).order_by(Account.issued_at)).all()
        for account in accounts:
            record = session.scalar(select(LetterRecord).where(
                LetterRecord.account_id == account.id, LetterRecord.number.is_not(None))
                .order_by(LetterRecord.id.desc()).limit(1))
            expires = (_effective_expiry(record, account) if record is not None
                       else account.first_password_expires_at)
            if expires is None or expires > horizon:
                continue
            found.append(UnusedAccount(
                login_id=account.login_id, person_name=account.person.full_name,
                issued_at=account.issued_at, first_password_expires_at=expires,
                expired=expires <= now,
                letter_number=record.number or "" if record is not None else "",
                letter_state=LetterState(record.state).value
                if record is not None and record.state else ""))
    return found


def close_unused_account(db: Database, actor: Actor, login_id: str, *,
                         reason: str) -> Changes:
    """Close an issued account nobody has used (a letter that never reached its resident):
    its access is revoked (the cooperative's decision), its open letters voided."""
    why = clean_text(reason, "reason", "Powód", max_length=500)
    with db.transaction() as session:
        clerk = load_clerk(session, actor)
        account = account_by_login(session, login_id, for_update=True)
        shown = format_login_id(account.login_id)
        if account.status != AccountStatus.ISSUED or account.last_login_at is not None \
                or account.password_changed_at is not None:
            raise NotAllowed(f"Konto {shown} (stan: „{label_pl(account.status)}”) było już "
                             "używane albo nie jest wydane; zamyka się je przez odebranie "
                             "dostępu.", code="account_used")
        now = now_utc()
        units = []
        for access in session.scalars(select(AccountUnit).where(
                AccountUnit.account_id == account.id, AccountUnit.revoked_at.is_(None))):
            lifecycle.revoke_access(access, RevokeReason.DECISION, now)
            units.append(access.unit.address)
        lifecycle.revoke(account, RevokeReason.DECISION, now)
        account.updated_at = now
        voided = void_open_letters(session, account, why, now)
        record_event(session, clerk, actor, AuditAction.ACCOUNT_REVOKE,
                     f"Zamknięto nieużywane konto {shown}: {why}", account=account,
                     reason=RevokeReason.DECISION.value, note=why, units=units,
                     voided_letters=voided)
        return Changes.of(accounts=[account.login_id], units=units)


# --- scanned receipts -------------------------------------------------------------------------

@dataclasses.dataclass(frozen=True)
class ReceiptProblem:
    """A strip that was not taken: where it is and why — in Polish (``reason``) and as a code
    with the parameters its English text names (``details``)."""

    file_name: str
    page: int | None
    number: str
    reason: str
    code: str
    details: dict[str, Any] = dataclasses.field(default_factory=dict)


@dataclasses.dataclass(frozen=True)
class ReceiptsResult:
    handed_over: list[str]
    """The letters marked handed over, each with its scan attached."""
    problems: list[ReceiptProblem]
    changes: Changes = dataclasses.field(repr=False)


def receive_scans(db: Database, actor: Actor,
                  scans: list[tuple[str, bytes]]) -> ReceiptsResult:
    """Scans of signed strips (PDF or image, one or several strips per page): each strip
    whose code names an open letter of the register (printed, same login ID) marks it handed
    over to its addressee, ID checked by the acting clerk, with the scan attached — each letter
    in its own transaction. Everything else is listed: pages with no readable code, codes of
    unknown letters, of another login ID, of letters no longer waiting."""
    from iok_desk.intake.receipt_scan import read_scan  # zxing-cpp and Pillow: not at start

    handed: list[str] = []
    problems: list[ReceiptProblem] = []
    logins: list[str] = []
    for file_name, content in scans:
        reading = read_scan(file_name, content)
        if reading.error:
            problems.append(ReceiptProblem(file_name, None, "", "nie można odczytać pliku: "
                                           + reading.error, "receipt_file_unreadable",
                                           {"error": reading.error}))
            continue
        problems += [ReceiptProblem(file_name, page, "", "nie odczytano kodu z pokwitowania",
                                    "receipt_code_unreadable")
                     for page in reading.unreadable_pages]
        for code in reading.codes:
            if code.number in handed:
                continue
            try:
                with db.reading() as session:
                    record = _letter_by_number(session, code.number)
                    account = session.get(Account, record.account_id)
                    assert account is not None
                    addressee = account.person.full_name
                    if account.login_id != code.login_id:
                        raise NotAllowed("kod pokwitowania nie zgadza się z identyfikatorem "
                                         "pisma", code="receipt_login_mismatch")
                result = hand_over(db, actor, code.number, received_by=addressee,
                                   scan=content, scan_name=file_name)
            except (NotFound, NotAllowed, ValidationError) as error:
                problems.append(ReceiptProblem(file_name, code.page, code.number,
                                               error.message, error.code, error.details))
                continue
            handed.append(result.letter.number)
            logins.append(result.letter.login_id)
    return ReceiptsResult(handed_over=handed, problems=problems,
                          changes=Changes.of(accounts=logins))
