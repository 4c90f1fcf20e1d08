"""Small builders the service tests share."""

from __future__ import annotations

from iok_desk.db.engine import Database
from iok_desk.services import accounts, requests
from iok_desk.services.context import Actor
from iok_desk.services.dto import IssueResult


def grant(db: Database, actor: Actor, first: str = "Jan", last: str = "Kowalski",
          unit: str = "Paprykowa 12/5", **extra: str) -> str:
    """Register a grant request; returns its number."""
    return requests.register_request(db, actor, requests.NewRequest(
        kind="grant", channel="paper", first_name=first, last_name=last, unit=unit,
        **extra)).number


def issued_account(db: Database, actor: Actor, first: str = "Jan", last: str = "Kowalski",
                   unit: str = "Paprykowa 12/5") -> IssueResult:
    number = grant(db, actor, first, last, unit)
    requests.approve_request(db, actor, number)
    return accounts.issue_credentials(db, actor, number)


