"""The vocabularies and life cycles of requests and accounts (DESIGN.md, "Life cycles")."""

from __future__ import annotations

from enum import StrEnum

from .errors import NotAllowed


class RequestKind(StrEnum):
    GRANT = "grant"
    ADD_UNIT = "add-unit"
    BLOCK = "block"
    REVOKE = "revoke"


class Channel(StrEnum):
    PAPER = "paper"
    EMAIL = "e-mail"
    WEB_FORM = "web-form"
    PHONE = "phone"
    IN_PERSON = "in-person"


class RequestStatus(StrEnum):
    RECEIVED = "received"
    NEEDS_INFO = "needs_info"
    APPROVED = "approved"
    REJECTED = "rejected"
    DONE = "done"


class AccountStatus(StrEnum):
    ISSUED = "issued"
    ACTIVE = "active"
    BLOCKED = "blocked"
    REVOKED = "revoked"


class BlockReason(StrEnum):
    LOST_PASSWORD = "lost-password"
    UNAUTHORISED_USE = "unauthorised-use"
    ABUSE = "abuse"
    OTHER = "other"


class CallerVerification(StrEnum):
    """How the clerk made sure who is calling before a phone-in block."""

    NAME_AND_ADDRESS = "name-and-address"
    PHONE_OF_RECORD = "phone-of-record"
    CALL_BACK = "call-back"


class RevokeReason(StrEnum):
    SALE = "sale"
    GIFT = "gift"
    REQUEST = "request"
    DECISION = "decision"
    REISSUE = "reissue"
    TITLE_ENDED = "title-ended"


class TitleKind(StrEnum):
    COOP_RIGHT = "coop-right"
    OWNERSHIP = "ownership"
    ASSOCIATION_OWNERSHIP = "association-ownership"
    LEASE = "lease"


class LetterState(StrEnum):
    """The life of a numbered credential letter (the letter register)."""

    PRINTED = "printed"
    HANDED_OVER = "handed_over"
    POSTED = "posted"
    RETURNED = "returned"
    VOIDED = "voided"


class ClerkRole(StrEnum):
    CLERK = "clerk"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


LABELS: dict[str, tuple[str, str]] = {
    RequestKind.GRANT: ("nadanie dostępu", "grant access"),
    RequestKind.ADD_UNIT: ("dodanie lokalu", "add a unit"),
    RequestKind.BLOCK: ("zablokowanie dostępu", "block access"),
    RequestKind.REVOKE: ("odebranie dostępu", "revoke access"),
    Channel.PAPER: ("pocztą lub osobiście (papier)", "on paper (post or in person)"),
    Channel.EMAIL: ("e-mailem", "by e-mail"),
    Channel.WEB_FORM: ("formularz elektroniczny", "web form"),
    Channel.PHONE: ("telefonicznie", "by phone"),
    Channel.IN_PERSON: ("osobiście", "in person"),
    RequestStatus.RECEIVED: ("przyjęty", "received"),
    RequestStatus.NEEDS_INFO: ("wymaga uzupełnienia", "needs information"),
    RequestStatus.APPROVED: ("zatwierdzony", "approved"),
    RequestStatus.REJECTED: ("odrzucony", "rejected"),
    RequestStatus.DONE: ("zrealizowany", "done"),
    AccountStatus.ISSUED: ("wydane", "issued"),
    AccountStatus.ACTIVE: ("aktywne", "active"),
    AccountStatus.BLOCKED: ("zablokowane", "blocked"),
    AccountStatus.REVOKED: ("odebrane", "revoked"),
    BlockReason.LOST_PASSWORD: ("utrata hasła", "lost password"),
    BlockReason.UNAUTHORISED_USE: ("użycie przez osobę nieupoważnioną", "used by someone else"),
    BlockReason.ABUSE: ("nadużycie", "abuse"),
    BlockReason.OTHER: ("inny powód", "other reason"),
    CallerVerification.NAME_AND_ADDRESS: ("podał imię, nazwisko i adres lokalu",
                                          "gave name and unit address"),
    CallerVerification.PHONE_OF_RECORD: ("dzwoni z telefonu zapisanego w kartotece",
                                         "calls from the phone of record"),
    CallerVerification.CALL_BACK: ("oddzwoniono na numer z kartoteki",
                                   "called back on the number on file"),
    RevokeReason.SALE: ("sprzedaż lokalu", "sale of the unit"),
    RevokeReason.GIFT: ("darowizna lokalu", "gift of the unit"),
    RevokeReason.REQUEST: ("na wniosek", "on request"),
    RevokeReason.DECISION: ("decyzja Spółdzielni", "cooperative's decision"),
    RevokeReason.REISSUE: ("wydanie nowego identyfikatora", "new login ID issued"),
    RevokeReason.TITLE_ENDED: ("wygaśnięcie tytułu prawnego", "legal title ended"),
    TitleKind.COOP_RIGHT: ("spółdzielcze prawo do lokalu", "co-op right to the unit"),
    TitleKind.OWNERSHIP: ("własność", "ownership"),
    TitleKind.ASSOCIATION_OWNERSHIP: ("własność we Wspólnocie Mieszkaniowej",
                                      "ownership in an association"),
    TitleKind.LEASE: ("najem", "lease"),
    LetterState.PRINTED: ("wydrukowane", "printed"),
    LetterState.HANDED_OVER: ("wydane osobiście", "handed over"),
    LetterState.POSTED: ("nadane pocztą", "posted"),
    LetterState.RETURNED: ("zwrócone przez pocztę", "returned undelivered"),
    LetterState.VOIDED: ("unieważnione", "voided"),
    ClerkRole.CLERK: ("pracownik", "clerk"),
    ClerkRole.SUPERVISOR: ("kierownik", "supervisor"),
    ClerkRole.ADMIN: ("administrator", "administrator"),
}
"""Every value's words, (Polish, English): letters and messages print the Polish one, the desk
shows the one of its language. Keys are the enum members (equal to their stored values)."""

LABELS_PL = {value: polish for value, (polish, _english) in LABELS.items()}


def label_pl(value: StrEnum) -> str:
    """The Polish word for an enum value, as letters and messages print it."""
    return LABELS[value][0]


def label_en(value: StrEnum) -> str:
    return LABELS[value][1]


REQUEST_TRANSITIONS: dict[RequestStatus, frozenset[RequestStatus]] = {
    RequestStatus.RECEIVED: frozenset({RequestStatus.NEEDS_INFO, RequestStatus.APPROVED,
                                       RequestStatus.REJECTED}),
    RequestStatus.NEEDS_INFO: frozenset({RequestStatus.RECEIVED, RequestStatus.REJECTED}),
    RequestStatus.APPROVED: frozenset({RequestStatus.DONE}),
    RequestStatus.REJECTED: frozenset(),
    RequestStatus.DONE: frozenset(),
}

ACCOUNT_TRANSITIONS: dict[AccountStatus, frozenset[AccountStatus]] = {
    AccountStatus.ISSUED: frozenset({AccountStatus.ACTIVE, AccountStatus.BLOCKED,
                                     AccountStatus.REVOKED}),
    AccountStatus.ACTIVE: frozenset({AccountStatus.BLOCKED, AccountStatus.REVOKED}),
    AccountStatus.BLOCKED: frozenset({AccountStatus.REVOKED}),
    AccountStatus.REVOKED: frozenset(),
}

LIVE_ACCOUNT_STATUSES = frozenset({AccountStatus.ISSUED, AccountStatus.ACTIVE})

LETTER_TRANSITIONS: dict[LetterState, frozenset[LetterState]] = {
    LetterState.PRINTED: frozenset({LetterState.HANDED_OVER, LetterState.POSTED,
                                    LetterState.VOIDED}),
    LetterState.POSTED: frozenset({LetterState.RETURNED, LetterState.VOIDED}),
    LetterState.HANDED_OVER: frozenset({LetterState.VOIDED}),
    LetterState.RETURNED: frozenset({LetterState.VOIDED}),
    LetterState.VOIDED: frozenset(),
}
"""printed → handed over (in person) or posted (registered mail) → a posted one may come back
returned undelivered; any letter can be voided (misprint, lost, destroyed). Voided is final."""

DELIVERED_LETTER_STATES = frozenset({LetterState.HANDED_OVER, LetterState.POSTED})
"""The letter reached (or is on its way to) its resident: the first password may work."""

DEAD_LETTER_STATES = frozenset({LetterState.RETURNED, LetterState.VOIDED})
"""The letter's first password never works again; the account needs a new one."""


OPEN_REQUEST_STATUSES = frozenset({RequestStatus.RECEIVED, RequestStatus.NEEDS_INFO})
"""Requests waiting for the office: the ones that can still be decided (``--status open``)."""

DECIDED_REQUEST_STATUSES = frozenset({RequestStatus.APPROVED, RequestStatus.REJECTED})
"""Entering one of these records who decided and when."""

CLERK_REVOKE_REASONS = tuple(reason for reason in RevokeReason if reason != RevokeReason.REISSUE)
"""The reasons a clerk gives for revoking access; ``reissue`` is the reissue's own."""


class AccountAction(StrEnum):
    """What a clerk can do to an account (the account view's buttons, the use cases)."""

    BLOCK = "block"
    REISSUE = "reissue"
    REVOKE_UNIT = "revoke-unit"
    REVOKE_ACCOUNT = "revoke-account"
    ADD_UNIT = "add-unit"
    NEW_FIRST_PASSWORD = "new-first-password"


REQUEST_ACCOUNT_ACTIONS: dict[RequestKind, AccountAction] = {
    RequestKind.ADD_UNIT: AccountAction.ADD_UNIT,
    RequestKind.BLOCK: AccountAction.BLOCK,
    RequestKind.REVOKE: AccountAction.REVOKE_ACCOUNT,
}
"""What a request of each kind, once approved, does to the account it names (a grant makes
one)."""

KINDS_NEEDING_UNIT = frozenset({RequestKind.GRANT, RequestKind.ADD_UNIT})
KINDS_NEEDING_LOGIN = frozenset({RequestKind.ADD_UNIT, RequestKind.BLOCK})
"""A revoke request names its login ID or only its unit (the account is found at approval)."""

REQUESTED_BLOCK_REASON = BlockReason.OTHER
"""A block the resident asked for in a request (not a phone-in): the request is its reason."""

REQUESTED_REVOKE_REASON = RevokeReason.REQUEST

REISSUE_FROM = AccountStatus.BLOCKED
"""A new login ID is given only after a block (the rules: in person, after the block)."""


def account_action_refusal(action: AccountAction, status: AccountStatus, live_units: int,
                           never_used: bool = False) -> tuple[str, str] | None:
    """Why ``action`` is refused for an account in ``status`` — ``(code, Polish reason)`` —
    or None when it is allowed. Derived from ``ACCOUNT_TRANSITIONS``: revoked is final, a block
    may be reported again, a new login ID only after a block, units are added to a live account
    only, a new first password only to an issued account nobody has logged in to."""
    if action == AccountAction.ADD_UNIT:
        return None if status in LIVE_ACCOUNT_STATUSES else (
            "account_not_live", "lokal dodaje się tylko do czynnego konta")
    if action == AccountAction.NEW_FIRST_PASSWORD:
        return None if status == AccountStatus.ISSUED and never_used else (
            "new_password_not_allowed", "nowe hasło do pierwszego logowania dostaje tylko "
            "wydane konto, na które nikt się jeszcze nie zalogował; po blokadzie wydaje się "
            "nowy identyfikator")
    if status == AccountStatus.REVOKED:
        return "account_transition", "konto jest już odebrane"
    if action == AccountAction.BLOCK:
        allowed = status == AccountStatus.BLOCKED or \
            AccountStatus.BLOCKED in ACCOUNT_TRANSITIONS[status]
        return None if allowed else ("account_transition", "konta nie można zablokować")
    if action in (AccountAction.REVOKE_ACCOUNT, AccountAction.REVOKE_UNIT):
        if AccountStatus.REVOKED not in ACCOUNT_TRANSITIONS[status]:
            return "account_transition", "konta nie można odebrać"
        if action == AccountAction.REVOKE_UNIT and not live_units:
            return "unit_not_on_account", "konto nie ma dostępu do żadnego lokalu"
        return None
    # AccountAction.REISSUE
    if status != REISSUE_FROM:
        return "reissue_not_blocked", "nowy identyfikator wydaje się po zablokowaniu konta"
    if not live_units:
        return "reissue_no_units", "konto nie ma już dostępu do żadnego lokalu"
    return None


def revoking_closes_account(live_units: int, revoked_units: int) -> bool:
    """An account left with no unit is closed: revoking its last unit revokes the account."""
    return revoked_units >= live_units


def allowed_account_actions(status: AccountStatus, live_units: int,
                            never_used: bool = False) -> frozenset[AccountAction]:
    """The actions the use cases accept for an account in this state."""
    return frozenset(action for action in AccountAction
                     if account_action_refusal(action, status, live_units, never_used) is None)


def ensure_account_action(action: AccountAction, status: AccountStatus, login: str,
                          live_units: int, never_used: bool = False) -> None:
    """NotAllowed, saying why, unless the account's state allows ``action``."""
    refusal = account_action_refusal(action, status, live_units, never_used)
    if refusal is not None:
        code, reason = refusal
        raise NotAllowed(f"Konto {login} (stan: „{label_pl(status)}”): {reason}.", code=code,
                         status=status.value, current=status.value, action=action.value)


def ensure_request_transition(current: RequestStatus, target: RequestStatus, number: str) -> None:
    if target not in REQUEST_TRANSITIONS[current]:
        raise NotAllowed(
            f"Wniosku {number} w stanie „{label_pl(current)}” nie można zmienić na "
            f"„{label_pl(target)}”.", code="request_transition",
            current=current.value, target=target.value)


def ensure_account_transition(current: AccountStatus, target: AccountStatus, login: str) -> None:
    if target not in ACCOUNT_TRANSITIONS[current]:
        raise NotAllowed(
            f"Konta {login} w stanie „{label_pl(current)}” nie można zmienić na "
            f"„{label_pl(target)}”.", code="account_transition",
            current=current.value, target=target.value)


def ensure_letter_transition(current: LetterState, target: LetterState, number: str) -> None:
    if target not in LETTER_TRANSITIONS[current]:
        raise NotAllowed(
            f"Pisma {number} w stanie „{label_pl(current)}” nie można zmienić na "
            f"„{label_pl(target)}”.", code="letter_transition",
            current=current.value, target=target.value)
