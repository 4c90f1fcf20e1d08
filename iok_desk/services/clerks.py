"""Staff users of IOK Desk."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from iok_desk.db.engine import Database
from iok_desk.db.models import Clerk
from iok_desk.domain.audit import AuditAction
from iok_desk.domain.choices import parse_choice
from iok_desk.domain.errors import ConflictError, NotAllowed, NotFound, ValidationError
from iok_desk.domain.states import ClerkRole
from iok_desk.domain.validation import clean_text

from .context import Actor, load_clerk, record_event
from .dto import NO_CHANGES, Changes

_LOGIN = re.compile(r"^[a-z][a-z0-9_.\-]{1,62}$")


@dataclass(frozen=True)
class ClerkInfo:
    login: str
    full_name: str
    role: str
    active: bool
    changes: Changes = field(default=NO_CHANGES, repr=False, compare=False)


def validate_clerk_login(login: str) -> str:
    value = (login or "").strip().lower()
    if not _LOGIN.match(value):
        raise ValidationError("Login pracownika: 2–63 znaki, małe litery łacińskie, cyfry, "
                              "kropka, łącznik lub podkreślenie; zaczyna się od litery.",
                              field="login", code="clerk_login_format")
    return value


def _clerk_role(role: str) -> ClerkRole:
    return parse_choice(ClerkRole, role, "role", "Rola pracownika")


def add_clerk(db: Database, actor: Actor, login: str, full_name: str, role: str, *,
              also: Callable[[Session, ClerkInfo], None] | None = None) -> ClerkInfo:
    """Admin only. ``also`` runs in the same transaction (the clerk's database login role)."""
    value = validate_clerk_login(login)
    name = clean_text(full_name, "full_name", "Imię i nazwisko", max_length=120)
    clerk_role = _clerk_role(role)
    with db.transaction() as session:
        admin = load_clerk(session, actor, ClerkRole.ADMIN)
        if session.scalar(select(Clerk.id).where(Clerk.login == value)) is not None:
            raise ConflictError(f"Pracownik „{value}” już istnieje.", code="clerk_exists")
        clerk = Clerk(login=value, full_name=name, role=clerk_role)
        session.add(clerk)
        record_event(session, admin, actor, AuditAction.CLERK_ADD,
                     f"Dodano pracownika {value} ({name}, rola {clerk_role.value}).",
                     login=value, role=clerk_role.value)
        info = ClerkInfo(login=value, full_name=name, role=clerk_role.value, active=True)
        if also is not None:
            also(session, info)
        return info


def _lock_clerks(session: Session) -> None:
    """Serialise changes to who the administrators are: PostgreSQL locks the clerk table
    against other writers (SQLite's write transaction already holds the database's lock)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("LOCK TABLE clerk IN SHARE ROW EXCLUSIVE MODE"))


def bootstrap_first_admin(db: Database, actor: Actor) -> ClerkInfo:
    """``clerk bootstrap LOGIN``: the only way to make the first administrator, refused once
    another active administrator exists (for the administrator itself it changes nothing).
    Race-free: desks bootstrapping at once take turns on the clerk table's lock, and all but
    the first are refused."""
    value = validate_clerk_login(actor.login)
    with db.transaction() as session:
        _lock_clerks(session)
        clerk = session.scalar(select(Clerk).where(Clerk.login == value))
        if clerk is not None and clerk.active and clerk.role == ClerkRole.ADMIN:
            return _info(clerk)
        if _active_admins(session):
            raise NotAllowed("Baza ma już administratora; kolejnych pracowników dodaje on "
                             "poleceniem iok-desk clerk add.", code="admin_exists")
        if clerk is None:
            clerk = Clerk(login=value, full_name=value, role=ClerkRole.ADMIN)
            session.add(clerk)
        clerk.role, clerk.active = ClerkRole.ADMIN, True
        record_event(session, clerk, actor, AuditAction.CLERK_BOOTSTRAP,
                     f"Pierwszym administratorem bazy został {value}.", login=value)
        return _info(clerk)


def _active_admins(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Clerk).where(
        Clerk.role == ClerkRole.ADMIN, Clerk.active.is_(True))) or 0


def _info(clerk: Clerk) -> ClerkInfo:
    return ClerkInfo(login=clerk.login, full_name=clerk.full_name, role=clerk.role.value,
                     active=clerk.active)


def change_clerk(db: Database, actor: Actor, login: str, *, role: str | None = None,
                 active: bool | None = None,
                 also: Callable[[Session, ClerkInfo], None] | None = None) -> ClerkInfo:
    """Admin only: a clerk's new role, or deactivation (``active=False``). The last active
    administrator cannot lose the role or be deactivated. ``also`` runs in the same
    transaction (moving or disabling the clerk's database login)."""
    value = validate_clerk_login(login)
    new_role = _clerk_role(role) if role is not None else None
    with db.transaction() as session:
        _lock_clerks(session)
        admin = load_clerk(session, actor, ClerkRole.ADMIN)
        clerk = session.scalar(select(Clerk).where(Clerk.login == value))
        if clerk is None:
            raise NotFound(f"Nie ma pracownika „{value}”.", code="clerk_not_found")
        leaves_admins = clerk.role == ClerkRole.ADMIN and clerk.active and (
            active is False or new_role not in (None, ClerkRole.ADMIN))
        if leaves_admins and _active_admins(session) <= 1:
            raise NotAllowed(f"{value} jest ostatnim aktywnym administratorem; najpierw nadaj "
                             "rolę administratora komuś innemu.", code="last_admin")
        changes: dict[str, list[object]] = {}
        if new_role is not None and new_role != clerk.role:
            changes["role"] = [clerk.role.value, new_role.value]
            clerk.role = new_role
        if active is not None and active != clerk.active:
            changes["active"] = [clerk.active, active]
            clerk.active = active
        if not changes:
            return _info(clerk)
        if "active" in changes and not active:
            summary = f"Dezaktywowano pracownika {value}."
        else:
            summary = f"Pracownik {value} ma teraz rolę {clerk.role.value}."
        record_event(session, admin, actor, AuditAction.CLERK_CHANGE, summary, login=value,
                     changes=changes)
        info = replace(_info(clerk), changes=Changes.of())
        if also is not None:
            also(session, info)
        return info


def list_clerks(db: Database) -> list[ClerkInfo]:
    with db.reading() as session:
        return [_info(clerk) for clerk in session.scalars(select(Clerk).order_by(Clerk.login))]
