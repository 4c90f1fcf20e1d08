"""Admin-editable settings kept in the database, so every workstation prints the same letters."""

from __future__ import annotations

import dataclasses

from sqlalchemy import select
from sqlalchemy.orm import Session

from iok_desk.db.engine import Database
from iok_desk.db.models import Setting
from iok_desk.domain.audit import AuditAction
from iok_desk.domain.diagnosis import DEFAULT_FAILED_LOGIN_THRESHOLD
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

FAILED_LOGIN_THRESHOLD_KEY = "failed_login_threshold"
SEPARATION_OF_DUTIES_KEY = "separation_of_duties"
SEPARATION_ON = "on"
"""The stored value of a switched-on separation of duties; the database's guards (revision
0007) read the same row."""

# The letter register (issue 18): a first password works only once its letter is handed over
# or posted, for these many days from that moment.
ACTIVATION_KEY = "letter_activation_on_delivery"
IN_PERSON_DAYS_KEY = "first_password_days_in_person"
BY_POST_DAYS_KEY = "first_password_days_by_post"
DEFAULT_IN_PERSON_DAYS = 7
DEFAULT_BY_POST_DAYS = 14


def _int_setting(session: Session, key: str, default: int) -> int:
    value = session.scalar(select(Setting.value).where(Setting.key == key))
    return int(value) if value else default


def activation_on_delivery(session: Session) -> bool:
    value = session.scalar(select(Setting.value).where(Setting.key == ACTIVATION_KEY))
    return value != "0"


def delivery_valid_days(session: Session) -> tuple[int, int]:
    """Days a first password works from handover in person, and from posting."""
    return (_int_setting(session, IN_PERSON_DAYS_KEY, DEFAULT_IN_PERSON_DAYS),
            _int_setting(session, BY_POST_DAYS_KEY, DEFAULT_BY_POST_DAYS))


def _read_all(session: Session) -> dict[str, str]:
    return {row.key: row.value for row in session.scalars(select(Setting))}


def first_password_valid_days(session: Session) -> int:
    value = session.scalar(select(Setting.value).where(Setting.key == FIRST_PASSWORD_DAYS_KEY))
    return int(value) if value else DEFAULT_FIRST_PASSWORD_DAYS


def failed_login_threshold(session: Session) -> int:
    """From how many failed logins since the last good one an account is listed for review."""
    value = session.scalar(select(Setting.value).where(
        Setting.key == FAILED_LOGIN_THRESHOLD_KEY))
    return int(value) if value else DEFAULT_FAILED_LOGIN_THRESHOLD


def separation_of_duties(session: Session) -> bool:
    """Whether the approver of a grant may not print its letter and abuse blocks need a
    supervisor's countersignature (off by default)."""
    return session.scalar(select(Setting.value).where(
        Setting.key == SEPARATION_OF_DUTIES_KEY)) == SEPARATION_ON


def get_failed_login_threshold(db: Database) -> int:
    with db.reading() as session:
        return failed_login_threshold(session)


def get_separation_of_duties(db: Database) -> bool:
    with db.reading() as session:
        return separation_of_duties(session)


def get_delivery_settings(db: Database) -> tuple[bool, int, int]:
    """Activation on delivery, and the first password's days from handover in person and
    from posting (the letter register)."""
    with db.reading() as session:
        return (activation_on_delivery(session), *delivery_valid_days(session))


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
                    first_password_days: int | None = None,
                    failed_logins: int | None = None,
                    separate_duties: bool | None = None,
                    activation: bool | None = None, days_in_person: int | None = None,
                    days_by_post: int | None = None) -> ChangedKeys:
    """Admin only. Returns the keys that changed (also listed in the audit event)."""
    for field, days in (("first_password_days", first_password_days),
                        ("days_in_person", days_in_person), ("days_by_post", days_by_post)):
        if days is not None and not 1 <= days <= 365:
            raise ValidationError("Ważność hasła do pierwszego logowania to od 1 do 365 dni.",
                                  field=field, code="out_of_range")
    if failed_logins is not None and not 1 <= failed_logins <= 1000:
        raise ValidationError("Próg nieudanych logowań to od 1 do 1000.",
                              field="failed_logins", code="out_of_range")
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
        if failed_logins is not None and _put(session, FAILED_LOGIN_THRESHOLD_KEY,
                                              str(failed_logins)):
            changed.append(FAILED_LOGIN_THRESHOLD_KEY)
        if separate_duties is not None and _put(
                session, SEPARATION_OF_DUTIES_KEY, SEPARATION_ON if separate_duties else "off"):
            changed.append(SEPARATION_OF_DUTIES_KEY)
        for key, value in ((ACTIVATION_KEY, None if activation is None else str(int(activation))),
                           (IN_PERSON_DAYS_KEY, days_in_person), (BY_POST_DAYS_KEY, days_by_post)):
            if value is not None and _put(session, key, str(value)):
                changed.append(key)
        if changed:
            record_event(session, clerk, actor, AuditAction.SETTINGS_CHANGE,
                         "Zmieniono ustawienia: " + ", ".join(changed) + ".", keys=changed)
        return ChangedKeys(changed)
