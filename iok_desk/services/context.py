"""Who acts, and the audit event every use case writes in its own transaction."""

from __future__ import annotations

import getpass
import os
import re
import socket
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from iok_desk.db.models import Account, AuditEvent, Clerk, Request
from iok_desk.domain.errors import NotAllowed
from iok_desk.domain.states import ClerkRole, label_pl

CLERK_VARIABLE = "IOK_DESK_CLERK"


@dataclass(frozen=True)
class Actor:
    """The clerk on whose behalf a use case runs, and the workstation it runs on.

    ``named``: the login was given (``--clerk``, IOK_DESK_CLERK, a caller), not guessed from
    the operating-system user. On PostgreSQL a desk login acts as itself: a named login
    must be that login; a guessed one gives way to it (``acting_login``)."""

    login: str
    workstation: str = field(default_factory=socket.gethostname)
    named: bool = True


def login_from_user_name(name: str) -> str:
    """A valid clerk login made from an operating-system user name: lower case, diacritics
    folded, spaces to dots (``Jan Kowalski`` → ``jan.kowalski``, ``michał`` → ``michal``)."""
    folded = unicodedata.normalize("NFKD", name.strip().lower().replace("ł", "l"))
    ascii_only = "".join(char for char in folded if not unicodedata.combining(char))
    login = re.sub(r"\s+", ".", ascii_only)
    login = re.sub(r"[^a-z0-9_.\-]", "", login).lstrip("0123456789_.-")[:63]
    return login if len(login) >= 2 else "pracownik"


def default_clerk_login() -> str:
    """IOK_DESK_CLERK as given, else a valid login made from the operating-system user."""
    return os.environ.get(CLERK_VARIABLE) or login_from_user_name(getpass.getuser())


def actor_from(clerk: str | None) -> Actor:
    """The actor of a front end: ``--clerk``, else IOK_DESK_CLERK, else a valid login made
    from the operating-system user."""
    named = clerk or os.environ.get(CLERK_VARIABLE)
    return Actor(named or login_from_user_name(getpass.getuser()), named=bool(named))


def acting_login(session: Session, actor: Actor) -> str:
    """Who acts, proven where the database can prove it. On PostgreSQL the database login
    (``session_user``) is the clerk, except for the schema owner or a superuser (the DBA,
    trusted to name a clerk: tests, scripts, the single-user database). SQLite proves
    nothing: the actor is who the front end names."""
    login = actor.login.strip().lower()
    if session.get_bind().dialect.name != "postgresql":
        return login
    session_user, is_dba = session.execute(
        text("SELECT session_user, iok_session_is_dba()")).one()
    if is_dba:
        return login
    if actor.named and login != session_user:
        raise NotAllowed(f"Połączenie z bazą jest loginem „{session_user}”: w jego imieniu nie "
                         f"można działać jako „{actor.login}”. Usuń --clerk / IOK_DESK_CLERK "
                         "albo połącz się własnym loginem.", code="actor_not_login",
                         login=actor.login, db_user=session_user)
    return str(session_user)


def load_clerk(session: Session, actor: Actor, *roles: ClerkRole) -> Clerk:
    """The acting clerk's row; refuses unknown or inactive clerks and, when ``roles`` are
    given, clerks without one of them."""
    # Logins are stored lower-case (``Anna`` from the operating system is clerk ``anna``).
    clerk = session.scalar(select(Clerk).where(Clerk.login == acting_login(session, actor)))
    if clerk is None or not clerk.active:
        raise NotAllowed(f"Pracownik „{actor.login}” nie jest zarejestrowany w IOK Desk albo "
                         "jest nieaktywny. Administrator dodaje pracowników poleceniem "
                         "iok-desk clerk add (pierwszego administratora nowej bazy: "
                         "iok-desk clerk bootstrap LOGIN).", code="unknown_clerk")
    if roles and clerk.role not in roles and clerk.role != ClerkRole.ADMIN:
        # An administrator may do everything: the message names the role and the admin.
        allowed = [*(role for role in roles if role != ClerkRole.ADMIN), ClerkRole.ADMIN]
        words = [label_pl(role) for role in allowed]
        raise NotAllowed("Ta czynność wymaga roli: " + " albo ".join(words) + ".",
                         code="role_required", roles=[role.value for role in allowed])
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
