"""What the portal sees of an account, for the phone clerk: the facts the portal reads and
writes, the credential letter's state, and the diagnosis of ``domain.diagnosis``."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from iok_desk.db.models import Account, LetterRecord
from iok_desk.domain.dates import now_utc
from iok_desk.domain.diagnosis import PortalFacts, diagnose, is_many_failed
from iok_desk.domain.states import LetterState

from .dto import PortalView
from .settings import failed_login_threshold


def _credential_letter_facts(session: Session,
                             account: Account) -> tuple[str | None, datetime | None]:
    """The state of the account's latest numbered credential letter (``LetterState`` value)
    and when it reached the resident (handed over or posted); None for an account whose
    letters predate the letter register."""
    latest = session.execute(
        select(LetterRecord.state, LetterRecord.delivered_at)
        .where(LetterRecord.account_id == account.id, LetterRecord.number.is_not(None))
        .order_by(LetterRecord.created_at.desc(), LetterRecord.id.desc()).limit(1)).first()
    if latest is None or latest.state is None:
        return None, None
    return LetterState(latest.state).value, latest.delivered_at


def portal_facts(session: Session, account: Account) -> PortalFacts:
    replaced = session.get(Account, account.replaced_by_id) if account.replaced_by_id else None
    letter_state, delivered_at = _credential_letter_facts(session, account)
    return PortalFacts(
        status=account.status.value, must_change_password=account.must_change_password,
        first_password_expires_at=account.first_password_expires_at,
        last_login_at=account.last_login_at, failed_logins=account.failed_login_count,
        issued_at=account.issued_at, blocked_at=account.blocked_at,
        revoked_at=account.revoked_at,
        replaced_by_login_id=replaced.login_id if replaced else None,
        letter_state=letter_state, letter_delivered_at=delivered_at)


def portal_view(session: Session, account: Account, now: datetime | None = None) -> PortalView:
    facts = portal_facts(session, account)
    threshold = failed_login_threshold(session)
    found = diagnose(facts, now or now_utc(), failed_threshold=threshold)
    return PortalView(
        status=facts.status, last_login_at=facts.last_login_at,
        failed_logins=facts.failed_logins,
        first_password_pending=facts.must_change_password,
        first_password_expires_at=facts.first_password_expires_at,
        password_changed_at=account.password_changed_at,
        letter_state=facts.letter_state, letter_delivered_at=facts.letter_delivered_at,
        many_failed=is_many_failed(facts.failed_logins, threshold),
        diagnosis_code=found.code, diagnosis_params=dict(found.params),
        diagnosis_count=found.count, diagnosis=found.text("pl"), diagnosis_en=found.text("en"))
