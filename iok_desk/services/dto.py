"""Plain results of the use cases: no ORM objects leave a transaction."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from datetime import date, datetime
from enum import Enum
from typing import Any


def to_jsonable(value: Any) -> Any:
    """Dataclasses, enums and dates as JSON-ready values (the CLI's stable ``--json``)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {item.name: to_jsonable(getattr(value, item.name))
                for item in dataclasses.fields(value) if item.repr}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [to_jsonable(item) for item in value]
    if isinstance(value, dict):
        return {key: to_jsonable(item) for key, item in value.items()}
    return value


@dataclasses.dataclass(frozen=True)
class Changes:
    """What one use case changed, so that a front end redraws only the views showing it.

    ``accounts`` are login IDs, ``requests`` register numbers, ``units`` unit addresses
    (as ``Unit.address`` prints them), ``settings`` the keys of changed settings; ``audit`` is
    true when the use case wrote an audit event (every mutating one does). ``new_accounts``,
    ``new_requests`` and ``new_units``: a list gained a member (a new account, request or
    unit), so lists of them are stale. ``everything``: nobody can say (another clerk's change
    came to light, a whole register was imported): every view reloads."""

    accounts: frozenset[str] = frozenset()
    requests: frozenset[str] = frozenset()
    units: frozenset[str] = frozenset()
    settings: frozenset[str] = frozenset()
    audit: bool = False
    new_accounts: bool = False
    new_requests: bool = False
    new_units: bool = False
    everything: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(accounts=self.accounts | other.accounts,
                       requests=self.requests | other.requests, units=self.units | other.units,
                       settings=self.settings | other.settings, audit=self.audit or other.audit,
                       new_accounts=self.new_accounts or other.new_accounts,
                       new_requests=self.new_requests or other.new_requests,
                       new_units=self.new_units or other.new_units,
                       everything=self.everything or other.everything)

    def __bool__(self) -> bool:
        return bool(self.accounts or self.requests or self.units or self.settings or self.audit
                    or self.new_accounts or self.new_requests or self.new_units
                    or self.everything)

    @classmethod
    def of(cls, *, accounts: Iterable[str] = (), requests: Iterable[str | None] = (),
           units: Iterable[str] = (), settings: Iterable[str] = (), new_accounts: bool = False,
           new_requests: bool = False, new_units: bool = False,
           audit: bool = True) -> Changes:
        """A use case's changes (``None`` request numbers, of actions without a request, are
        left out)."""
        return cls(accounts=frozenset(accounts),
                   requests=frozenset(number for number in requests if number),
                   units=frozenset(units), settings=frozenset(settings), audit=audit,
                   new_accounts=new_accounts, new_requests=new_requests, new_units=new_units)

    @classmethod
    def all(cls) -> Changes:
        """Unknown changes: every view reloads."""
        return cls(audit=True, everything=True)

    def touches_accounts(self, login_ids: Iterable[str]) -> bool:
        """Any of these accounts changed (or nobody knows what did)."""
        return self.everything or not self.accounts.isdisjoint(login_ids)

    def touches_account(self, login_id: str) -> bool:
        """For a view of one account (the account dialog)."""
        return self.touches_accounts((login_id,))

    def touches_request(self, number: str) -> bool:
        """For a view of one request (the verification dialog)."""
        return self.everything or number in self.requests

    @property
    def account_list(self) -> bool:
        """Lists of accounts may have gained members."""
        return self.everything or self.new_accounts

    @property
    def request_list(self) -> bool:
        """The requests or their states changed: queues and counts of requests are stale."""
        return self.everything or self.new_requests or bool(self.requests)

    @property
    def unit_list(self) -> bool:
        """Units were added or their holders changed."""
        return self.everything or self.new_units

    @property
    def audit_trail(self) -> bool:
        return self.everything or self.audit

    @property
    def letterhead(self) -> bool:
        """Settings changed (what letters print)."""
        return self.everything or bool(self.settings)


def changes_in(result: Any, *, _nested: bool = False) -> Changes:
    """What a use case's result says it changed: a ``Changes``, a result with a ``changes``
    (or ``changed``) field, a wrapper with a ``result`` (a letter kept in memory), or a
    tuple of those. Lists (what reading use cases return) are not looked into."""
    if isinstance(result, Changes):
        return result
    for name in ("changes", "changed"):
        found = getattr(result, name, None)
        if isinstance(found, Changes):
            return found
    inner = getattr(result, "result", None)
    if inner is not None and inner is not result and not _nested:
        return changes_in(inner, _nested=True)
    total = Changes()
    if isinstance(result, tuple) and not _nested:
        for item in result:
            total = total | changes_in(item, _nested=True)
    return total


NO_CHANGES = Changes()


@dataclasses.dataclass(frozen=True)
class RequestInfo:
    number: str
    kind: str
    channel: str
    status: str
    applicant_first_name: str
    applicant_last_name: str
    applicant_email: str
    applicant_phone: str
    unit_text: str
    unit_address: str | None
    login_id: str
    note: str
    decision_reason: str
    received_at: datetime
    decided_at: datetime | None
    account_login_id: str | None
    version: int
    changes: Changes = dataclasses.field(default=NO_CHANGES, repr=False, compare=False)
    # A proxy's request and the accepted versions (revision 0008).
    proxy_name: str = ""
    proxy_kind: str = ""
    proxy_reference: str = ""
    proxy_date: date | None = None
    letters_to: str = "resident"
    rules_version: str = ""
    clause_version: str = ""
    id_checked_by: str = ""


@dataclasses.dataclass(frozen=True)
class TitleInfo:
    person_name: str
    unit_address: str
    kind: str
    valid_from: date
    valid_to: date | None
    valid_today: bool


@dataclasses.dataclass(frozen=True)
class UnitAccessInfo:
    unit_address: str
    accounting_key: str
    granted_at: datetime
    revoked_at: datetime | None
    revoke_reason: str | None


@dataclasses.dataclass(frozen=True)
class AuditEventInfo:
    id: int
    occurred_at: datetime
    clerk_login: str
    workstation: str
    db_user: str
    action: str
    summary: str
    request_number: str | None
    account_login_id: str | None
    details: dict[str, Any]
    # Written by the database (``db_change``) for a change made outside the desk's use cases.
    outside_desk: bool = False

    @property
    def who(self) -> str:
        """The clerk and, where it differs, the database login: ``anna (db: postgres)``."""
        if self.outside_desk:
            return f"db: {self.db_user}"
        if self.db_user and self.db_user != self.clerk_login:
            return f"{self.clerk_login} (db: {self.db_user})"
        return self.clerk_login


@dataclasses.dataclass(frozen=True)
class AccountSummary:
    login_id: str
    status: str
    person_name: str
    email: str
    phone: str
    units: list[str]
    issued_at: datetime


@dataclasses.dataclass(frozen=True)
class AccountDetails:
    login_id: str
    status: str
    person_name: str
    first_name: str
    last_name: str
    email: str
    phone: str
    must_change_password: bool
    first_password_expires_at: datetime | None
    issued_at: datetime
    last_login_at: datetime | None
    blocked_at: datetime | None
    block_reason: str | None
    revoked_at: datetime | None
    revoke_reason: str | None
    replaced_by_login_id: str | None
    units: list[UnitAccessInfo]
    requests: list[str]
    letters: list[str]
    events: list[AuditEventInfo]
    version: int
    never_used: bool = False
    """Nobody has logged in to the portal with it (a new first password is possible)."""
    portal: PortalView | None = None
    """What the portal sees, and the phone clerk's diagnosis."""
    block_proposed_by: str | None = None
    """Separation of duties: the clerk who proposed an abuse block awaiting countersignature."""
    block_proposed_at: datetime | None = None


@dataclasses.dataclass(frozen=True)
class CredentialLetterData:
    """Everything a credential letter prints. ``password`` is the plaintext, handed out once."""

    register_number: str
    login_id: str
    password: str = dataclasses.field(repr=False)
    first_name: str
    last_name: str
    address_lines: list[str]
    unit_addresses: list[str]
    issued_on: date
    expires_on: date
    reissue: bool
    letter_number: str = ""
    """The letter register's number (``PL/2026/00017``), printed on the letter and its strip."""
    valid_days: tuple[int, int] | None = None
    """With activation on delivery: the days the password works from handover in person and
    from posting (the letter prints these instead of ``expires_on``)."""


@dataclasses.dataclass(frozen=True)
class IssueResult:
    """What ``issue_credentials``, ``reissue_account`` and ``new_first_password`` hand back.
    ``letter`` is None when a grant was served by adding the unit to the person's existing
    account (no new password); ``dropped_units`` are the units a reissue did not carry over
    because the person's title to them has ended."""

    login_id: str
    added_to_existing_account: bool
    letter: CredentialLetterData | None = dataclasses.field(repr=False)
    dropped_units: list[str] = dataclasses.field(default_factory=list)
    changes: Changes = dataclasses.field(default=NO_CHANGES, repr=False, compare=False)


@dataclasses.dataclass(frozen=True)
class NewPasswordsResult:
    """What ``new_first_passwords`` hands back: each account's new letter, in the order
    asked."""

    letters: list[CredentialLetterData] = dataclasses.field(repr=False)
    changes: Changes = dataclasses.field(default=NO_CHANGES, repr=False, compare=False)

    @property
    def login_ids(self) -> list[str]:
        return [letter.login_id for letter in self.letters]


@dataclasses.dataclass(frozen=True)
class BlockResult:
    login_id: str
    already_blocked: bool
    blocked_at: datetime | None
    pending_countersign: bool = False
    """Separation of duties: an abuse block proposed, not yet in force (``blocked_at`` None)."""
    changes: Changes = dataclasses.field(default=NO_CHANGES, repr=False, compare=False)


@dataclasses.dataclass(frozen=True)
class RevokeResult:
    login_id: str
    account_status: str
    revoked_units: list[str]
    changes: Changes = dataclasses.field(default=NO_CHANGES, repr=False, compare=False)


@dataclasses.dataclass(frozen=True)
class UnitsResult:
    """The account's units after one was added."""

    login_id: str
    units: list[str]
    changes: Changes = dataclasses.field(default=NO_CHANGES, repr=False, compare=False)


@dataclasses.dataclass(frozen=True)
class PortalView:
    """What the portal sees of an account, for the clerk on the phone, and the diagnosis:
    ``diagnosis_code`` and its parameters key ``domain.diagnosis.TEXTS``; ``diagnosis`` is
    the Polish line, ``diagnosis_en`` the English one."""

    status: str
    last_login_at: datetime | None
    failed_logins: int
    """Failed logins since the last successful one (or since issue)."""
    first_password_pending: bool
    first_password_expires_at: datetime | None
    password_changed_at: datetime | None
    letter_state: str | None
    letter_delivered_at: datetime | None
    many_failed: bool
    diagnosis_code: str
    diagnosis_params: dict[str, str]
    diagnosis_count: int | None
    diagnosis: str
    diagnosis_en: str


@dataclasses.dataclass(frozen=True)
class FailedLoginsRow:
    """An account with many failed logins since its last successful one."""

    login_id: str
    person_name: str
    status: str
    failed_logins: int
    last_login_at: datetime | None
    units: list[str]


@dataclasses.dataclass(frozen=True)
class BlockConfirmationData:
    """Everything the block's confirmation letter prints (no secret)."""

    login_id: str
    first_name: str
    last_name: str
    address_lines: list[str]
    unit_addresses: list[str]
    blocked_at: datetime
    reason: str
    caller: str
    verification: str
    issued_on: date
