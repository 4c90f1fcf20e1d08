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


class ClerkRole(StrEnum):
    CLERK = "clerk"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


LABELS_PL: dict[str, str] = {
    RequestKind.GRANT: "nadanie dostępu",
    RequestKind.ADD_UNIT: "dodanie lokalu",
    RequestKind.BLOCK: "zablokowanie dostępu",
    RequestKind.REVOKE: "odebranie dostępu",
    Channel.PAPER: "papierowo",
    Channel.EMAIL: "e-mailem",
    Channel.WEB_FORM: "formularz elektroniczny",
    Channel.PHONE: "telefonicznie",
    Channel.IN_PERSON: "osobiście",
    RequestStatus.RECEIVED: "przyjęty",
    RequestStatus.NEEDS_INFO: "wymaga uzupełnienia",
    RequestStatus.APPROVED: "zatwierdzony",
    RequestStatus.REJECTED: "odrzucony",
    RequestStatus.DONE: "zrealizowany",
    AccountStatus.ISSUED: "wydane",
    AccountStatus.ACTIVE: "aktywne",
    AccountStatus.BLOCKED: "zablokowane",
    AccountStatus.REVOKED: "odebrane",
    BlockReason.LOST_PASSWORD: "utrata hasła",
    BlockReason.UNAUTHORISED_USE: "użycie przez osobę nieupoważnioną",
    BlockReason.ABUSE: "nadużycie",
    BlockReason.OTHER: "inny powód",
    RevokeReason.SALE: "sprzedaż lokalu",
    RevokeReason.GIFT: "darowizna lokalu",
    RevokeReason.REQUEST: "na wniosek",
    RevokeReason.DECISION: "decyzja Spółdzielni",
    RevokeReason.REISSUE: "wydanie nowego identyfikatora",
    RevokeReason.TITLE_ENDED: "wygaśnięcie tytułu prawnego",
    TitleKind.COOP_RIGHT: "spółdzielcze prawo do lokalu",
    TitleKind.OWNERSHIP: "własność",
    TitleKind.ASSOCIATION_OWNERSHIP: "własność we Wspólnocie Mieszkaniowej",
    TitleKind.LEASE: "najem",
    ClerkRole.CLERK: "pracownik",
    ClerkRole.SUPERVISOR: "kierownik",
    ClerkRole.ADMIN: "administrator",
}


def label_pl(value: StrEnum) -> str:
    """The Polish word for an enum value, as letters and messages print it."""
    return LABELS_PL[value]


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


class AccountAction(StrEnum):
    """What a clerk can do to an account (the account view's buttons)."""

    BLOCK = "block"
    REISSUE = "reissue"
    REVOKE_UNIT = "revoke-unit"
    REVOKE_ACCOUNT = "revoke-account"
    ADD_UNIT = "add-unit"


def allowed_account_actions(status: AccountStatus, live_units: int) -> frozenset[AccountAction]:
    """The actions the use cases accept for an account in this state: revoked is final; a
    block may be reported again; a new login ID only after a block; units are added to a live
    account only."""
    if status == AccountStatus.REVOKED:
        return frozenset()
    allowed = {AccountAction.BLOCK, AccountAction.REVOKE_ACCOUNT}
    if status == AccountStatus.BLOCKED:
        allowed.add(AccountAction.REISSUE)
    if live_units:
        allowed.add(AccountAction.REVOKE_UNIT)
    if status in LIVE_ACCOUNT_STATUSES:
        allowed.add(AccountAction.ADD_UNIT)
    return frozenset(allowed)


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
