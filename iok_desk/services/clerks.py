"""Staff users of IOK Desk."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from iok_desk.db.engine import Database
from iok_desk.db.models import Clerk
from iok_desk.domain.errors import ConflictError, ValidationError
from iok_desk.domain.states import ClerkRole
from iok_desk.domain.validation import clean_text

from .context import Actor, load_clerk, record_event

_LOGIN = re.compile(r"^[a-z][a-z0-9_.\-]{1,62}$")


@dataclass(frozen=True)
class ClerkInfo:
    login: str
    full_name: str
    role: str
    active: bool


def validate_clerk_login(login: str) -> str:
    value = (login or "").strip().lower()
    if not _LOGIN.match(value):
        raise ValidationError("Login pracownika: 2–63 znaki, małe litery łacińskie, cyfry, "
                              "kropka, łącznik lub podkreślenie; zaczyna się od litery.",
                              field="login", code="clerk_login_format")
    return value


def add_clerk(db: Database, actor: Actor, login: str, full_name: str, role: str, *,
              also: Callable[[Session, ClerkInfo], None] | None = None) -> ClerkInfo:
    """Admin only. ``also`` runs in the same transaction (the clerk's database login role)."""
    value = validate_clerk_login(login)
    name = clean_text(full_name, "full_name", "Imię i nazwisko", max_length=120)
    try:
        clerk_role = ClerkRole(role)
    except ValueError:
        raise ValidationError("Rola pracownika: clerk, supervisor albo admin.", field="role",
                              code="unknown_choice") from None
    with db.transaction() as session:
        admin = load_clerk(session, actor, ClerkRole.ADMIN)
        if session.scalar(select(Clerk.id).where(Clerk.login == value)) is not None:
            raise ConflictError(f"Pracownik „{value}” już istnieje.", code="clerk_exists")
        clerk = Clerk(login=value, full_name=name, role=clerk_role)
        session.add(clerk)
        record_event(session, admin, actor, "clerk.add",
                     f"Dodano pracownika {value} ({name}, rola {clerk_role.value}).",
                     login=value, role=clerk_role.value)
        info = ClerkInfo(login=value, full_name=name, role=clerk_role.value, active=True)
        if also is not None:
            also(session, info)
        return info


def bootstrap_first_admin(db: Database, actor: Actor) -> bool:
    """On a database without any clerk, the first user becomes its administrator (the
    embedded database of one workstation, a trial). Returns whether that happened."""
    login = validate_clerk_login(actor.login)
    with db.transaction() as session:
        if session.scalar(select(func.count()).select_from(Clerk)):
            return False
        clerk = Clerk(login=login, full_name=login, role=ClerkRole.ADMIN)
        session.add(clerk)
        record_event(session, clerk, actor, "clerk.bootstrap",
                     f"Pierwszy użytkownik bazy {login} został jej administratorem.",
                     login=login)
        return True


def list_clerks(db: Database) -> list[ClerkInfo]:
    with db.reading() as session:
        return [ClerkInfo(login=clerk.login, full_name=clerk.full_name, role=clerk.role.value,
                          active=clerk.active)
                for clerk in session.scalars(select(Clerk).order_by(Clerk.login))]
