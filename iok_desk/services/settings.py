"""Admin-editable settings kept in the database, so every workstation prints the same letters."""

from __future__ import annotations

import dataclasses

from sqlalchemy import select
from sqlalchemy.orm import Session

from iok_desk.db.engine import Database
from iok_desk.db.models import Setting
from iok_desk.domain.audit import AuditAction
from iok_desk.domain.errors import ValidationError
from iok_desk.domain.letterhead import Letterhead
from iok_desk.domain.states import ClerkRole
from iok_desk.domain.validation import clean_text, validate_postal_code

from .context import Actor, load_clerk, record_event
from .dto import Changes


class ChangedKeys(list[str]):
    """The keys of the settings a change touched (a list, as the CLI prints it)."""

    @property
    def changes(self) -> Changes:
        return Changes.of(settings=self) if self else Changes()

FIRST_PASSWORD_DAYS_KEY = "first_password_valid_days"
DEFAULT_FIRST_PASSWORD_DAYS = 30


LETTERHEAD_PREFIX = "letterhead."


def _read_all(session: Session) -> dict[str, str]:
    return {row.key: row.value for row in session.scalars(select(Setting))}


def first_password_valid_days(session: Session) -> int:
    value = session.scalar(select(Setting.value).where(Setting.key == FIRST_PASSWORD_DAYS_KEY))
    return int(value) if value else DEFAULT_FIRST_PASSWORD_DAYS


def letterhead_from(session: Session) -> Letterhead:
    stored = _read_all(session)
    values = {item.name: stored[LETTERHEAD_PREFIX + item.name]
              for item in dataclasses.fields(Letterhead)
              if LETTERHEAD_PREFIX + item.name in stored}
    return Letterhead(**values)


def get_letterhead(db: Database) -> Letterhead:
    with db.reading() as session:
        return letterhead_from(session)


def get_first_password_valid_days(db: Database) -> int:
    with db.reading() as session:
        return first_password_valid_days(session)


def _put(session: Session, key: str, value: str) -> bool:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
        return True
    if row.value != value:
        row.value = value
        return True
    return False


def update_settings(db: Database, actor: Actor, *, letterhead: Letterhead | None = None,
                    first_password_days: int | None = None) -> ChangedKeys:
    """Admin only. Returns the keys that changed (also listed in the audit event)."""
    if first_password_days is not None and not 1 <= first_password_days <= 365:
        raise ValidationError("Ważność hasła do pierwszego logowania to od 1 do 365 dni.",
                              field="first_password_days", code="out_of_range")
    clean_letterhead: dict[str, str] = {}
    if letterhead is not None:
        for item in dataclasses.fields(Letterhead):
            required = item.name in {"organisation", "street", "city", "phone"}
            clean_letterhead[item.name] = clean_text(getattr(letterhead, item.name), item.name,
                                                     item.name, max_length=200,
                                                     required=required)
        clean_letterhead["postal_code"] = validate_postal_code(letterhead.postal_code)
    with db.transaction() as session:
        clerk = load_clerk(session, actor, ClerkRole.ADMIN)
        changed = [LETTERHEAD_PREFIX + name for name, value in clean_letterhead.items()
                   if _put(session, LETTERHEAD_PREFIX + name, value)]
        if first_password_days is not None and _put(session, FIRST_PASSWORD_DAYS_KEY,
                                                    str(first_password_days)):
            changed.append(FIRST_PASSWORD_DAYS_KEY)
        if changed:
            record_event(session, clerk, actor, AuditAction.SETTINGS_CHANGE,
                         "Zmieniono ustawienia: " + ", ".join(changed) + ".", keys=changed)
        return ChangedKeys(changed)
