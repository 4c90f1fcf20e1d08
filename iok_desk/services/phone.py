"""The phone clerk's use cases beyond the block itself: the accounts with many failed logins,
the countersignature or withdrawal of a proposed abuse block, and the block's confirmation
letter."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from iok_desk.db.engine import Database
from iok_desk.db.models import Account, AuditEvent, LetterRecord, Person
from iok_desk.domain import lifecycle
from iok_desk.domain.addresses import postal_address_lines
from iok_desk.domain.audit import AuditAction
from iok_desk.domain.credentials import format_login_id
from iok_desk.domain.dates import now_utc, office_date
from iok_desk.domain.errors import NotAllowed
from iok_desk.domain.letterhead import Letterhead
from iok_desk.domain.states import (
    LIVE_ACCOUNT_STATUSES,
    AccountStatus,
    BlockReason,
    ClerkRole,
)
from iok_desk.domain.validation import clean_text

from . import accounts
from .context import Actor, load_clerk, record_event
from .dto import BlockConfirmationData, BlockResult, Changes, FailedLoginsRow
from .lookups import account_by_login
from .settings import failed_login_threshold, letterhead_from

BLOCK_CONFIRMATION_LETTER = "block-confirmation"

DeliverConfirmation = Callable[[Letterhead, BlockConfirmationData], None]
"""Renders the confirmation letter inside the transaction that records it was sent: if it
raises, nothing is recorded."""


def failed_logins_review(db: Database, threshold: int | None = None) -> list[FailedLoginsRow]:
    """Live accounts with at least ``threshold`` (default: the setting) failed logins since
    their last successful one, most failures first."""
    with db.reading() as session:
        limit = threshold if threshold is not None else failed_login_threshold(session)
        rows = session.scalars(select(Account).join(Person).where(
            Account.status.in_(LIVE_ACCOUNT_STATUSES),
            Account.failed_login_count >= max(1, limit))
            .order_by(Account.failed_login_count.desc(), Person.last_name, Account.login_id))
        return [FailedLoginsRow(
            login_id=account.login_id, person_name=account.person.full_name,
            status=account.status.value, failed_logins=account.failed_login_count,
            last_login_at=account.last_login_at,
            units=[access.unit.address for access in account.unit_access
                   if access.revoked_at is None]) for account in rows]


def _last_event(session: Session, account: Account, *actions: AuditAction) -> AuditEvent | None:
    return session.scalar(select(AuditEvent).where(
        AuditEvent.account_id == account.id, AuditEvent.action.in_(list(actions)))
        .order_by(AuditEvent.id.desc()).limit(1))


def countersign_block(db: Database, actor: Actor, login_id: str, *,
                      expected_version: int | None = None) -> BlockResult:
    """Separation of duties: a supervisor other than the proposer puts the proposed abuse
    block in force, with the proposal's caller, verification and note."""
    with db.reading() as session:
        account = account_by_login(session, login_id)
        proposal = (_last_event(session, account, AuditAction.ACCOUNT_BLOCK_PROPOSE)
                    if account.block_proposed_by else None)
        if proposal is None:
            raise NotAllowed(f"Konto {format_login_id(login_id)} nie ma propozycji blokady do "
                             "kontrasygnaty.", code="duties_no_proposal", login_id=login_id)
        facts: dict[str, Any] = dict(proposal.details)
    return accounts.block_account(
        db, actor, login_id, reason=BlockReason.ABUSE.value, caller_name=facts["caller"],
        caller_phone=facts.get("caller_phone") or "", note=facts.get("note") or "",
        verification=facts.get("verification"), expected_version=expected_version)


def withdraw_block_proposal(db: Database, actor: Actor, login_id: str, *, reason: str,
                            expected_version: int | None = None) -> Changes:
    """Take back a proposed abuse block before it is countersigned (the wrong account, a
    caller who turned out to be the resident): the proposer or a supervisor does it, with a
    reason; the account is as before the proposal. On PostgreSQL the database allows it to
    those logins only (revision 0012)."""
    why = clean_text(reason, "reason", "Powód wycofania", max_length=500)
    with db.transaction() as session:
        clerk = load_clerk(session, actor)
        account = account_by_login(session, login_id, for_update=True)
        shown = format_login_id(account.login_id)
        lifecycle.check_version(account, expected_version, f"konta {shown}", account.status)
        proposer = account.block_proposed_by
        if proposer is None or account.status not in LIVE_ACCOUNT_STATUSES:
            raise NotAllowed(f"Konto {shown} nie ma propozycji blokady do wycofania.",
                             code="duties_no_proposal_to_withdraw", login_id=account.login_id)
        if clerk.login != proposer and clerk.role not in (ClerkRole.SUPERVISOR,
                                                          ClerkRole.ADMIN):
            raise NotAllowed(f"Propozycję blokady konta {shown} wycofuje ten, kto ją złożył "
                             f"({proposer}), albo kierownik.", code="duties_withdraw_role",
                             login_id=account.login_id, proposed_by=proposer)
        proposed_at = account.block_proposed_at
        account.block_proposed_by = None
        account.block_proposed_at = None
        account.updated_at = now_utc()
        record_event(session, clerk, actor, AuditAction.ACCOUNT_BLOCK_WITHDRAW,
                     f"Wycofano propozycję blokady konta {shown} (zaproponował(a) {proposer}): "
                     f"{why}", account=account, reason=why, proposed_by=proposer,
                     proposed_at=proposed_at.isoformat() if proposed_at else None)
        return Changes.of(accounts=[account.login_id])


def send_block_confirmation(db: Database, actor: Actor, login_id: str,
                            deliver: DeliverConfirmation | None = None
                            ) -> BlockConfirmationData:
    """The short letter to the resident's address after a block: what was blocked, when, at
    whose call, how to get a new login. Records that it was sent (a letter record and an
    audit event, one transaction)."""
    with db.transaction() as session:
        clerk = load_clerk(session, actor)
        account = account_by_login(session, login_id, for_update=True)
        shown = format_login_id(account.login_id)
        if account.status != AccountStatus.BLOCKED or account.blocked_at is None:
            raise NotAllowed(f"Konto {shown} nie jest zablokowane: potwierdzenia blokady nie "
                             "wysyła się.", code="confirmation_not_blocked", login_id=login_id)
        block = _last_event(session, account, AuditAction.ACCOUNT_BLOCK)
        facts: dict[str, Any] = dict(block.details) if block else {}
        units = [access.unit for access in account.unit_access]
        live = [access.unit for access in account.unit_access
                if access.revoked_at is None] or units
        if not live:
            raise NotAllowed(f"Konto {shown} nie ma lokalu: nie ma adresu, na który wysłać "
                             "potwierdzenie.", code="confirmation_no_address", login_id=login_id)
        now = now_utc()
        person = account.person
        data = BlockConfirmationData(
            login_id=account.login_id, first_name=person.first_name,
            last_name=person.last_name,
            address_lines=postal_address_lines(live[0].address, live[0].postal_code,
                                               live[0].city),
            unit_addresses=[unit.address for unit in live], blocked_at=account.blocked_at,
            reason=account.block_reason.value if account.block_reason else "",
            caller=str(facts.get("caller") or ""),
            verification=str(facts.get("verification") or ""), issued_on=office_date(now))
        session.add(LetterRecord(kind=BLOCK_CONFIRMATION_LETTER, account_id=account.id,
                                 clerk_id=clerk.id, created_at=now))
        record_event(session, clerk, actor, AuditAction.LETTER_BLOCK_CONFIRMATION,
                     f"Wysłano potwierdzenie blokady konta {shown} ({person.full_name}) na "
                     f"adres {live[0].address}.", account=account, address=live[0].address)
        session.flush()
        if deliver is not None:
            deliver(letterhead_from(session), data)
        return data


def failed_login_threshold_of(db: Database) -> int:
    """The setting the review list uses."""
    with db.reading() as session:
        return failed_login_threshold(session)
