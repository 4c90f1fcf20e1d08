"""Who acts, and the audit event every use case writes in its own transaction."""

from __future__ import annotations

import getpass
import os
import socket
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from iok_desk.db.models import Account, AuditEvent, Clerk, Request
from iok_desk.domain.errors import NotAllowed
from iok_desk.domain.states import ClerkRole

CLERK_VARIABLE = "IOK_DESK_CLERK"


def default_clerk_login() -> str:
    """``--clerk`` falls back to IOK_DESK_CLERK, then to the operating-system user."""
    return os.environ.get(CLERK_VARIABLE) or getpass.getuser()


@dataclass(frozen=True)
class Actor:
    """The clerk on whose behalf a use case runs, and the workstation it runs on."""

    login: str
    workstation: str = field(default_factory=socket.gethostname)


def load_clerk(session: Session, actor: Actor, *roles: ClerkRole) -> Clerk:
    """The acting clerk's row; refuses unknown or inactive clerks and, when ``roles`` are
    given, clerks without one of them."""
    # Logins are stored lower-case (``Anna`` from the operating system is clerk ``anna``).
    clerk = session.scalar(select(Clerk).where(Clerk.login == actor.login.strip().lower()))
    if clerk is None or not clerk.active:
        raise NotAllowed(f"Pracownik „{actor.login}” nie jest zarejestrowany w IOK Desk albo "
                         "jest nieaktywny. Administrator dodaje pracowników poleceniem "
                         "iok-desk clerk add.", code="unknown_clerk")
    if roles and clerk.role not in roles and clerk.role != ClerkRole.ADMIN:
        raise NotAllowed("Ta czynność wymaga uprawnień: "
                         + ", ".join(role.value for role in roles) + ".", code="role_required")
    return clerk


def record_event(session: Session, clerk: Clerk, actor: Actor, action: str, summary: str, *,
                 request: Request | None = None, account: Account | None = None,
                 **details: Any) -> AuditEvent:
    """Append the audit event of this use case to its transaction."""
    session.flush()
    event = AuditEvent(clerk_id=clerk.id, clerk_login=clerk.login, workstation=actor.workstation,
                       action=action, summary=summary,
                       request_id=request.id if request else None,
                       account_id=account.id if account else None, details=details)
    session.add(event)
    return event
