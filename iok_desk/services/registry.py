"""The unit and owner register: estates, units, persons and their titles.

These helpers work inside a caller's transaction (demo data, the register import); they keep
the folded search columns in step with the values.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from iok_desk.db.models import Estate, Person, Title, Unit
from iok_desk.domain.states import TitleKind
from iok_desk.domain.validation import fold_for_search, street_key

from .lookups import unit_address_search


def refresh_person_search(person: Person) -> None:
    """Name and contact columns the search box looks in (phone digits with and without 48)."""
    person.name_search = fold_for_search(f"{person.last_name} {person.first_name}")
    digits = "".join(char for char in person.phone.split(" wew.")[0] if char.isdigit())
    local = digits[2:] if digits.startswith("48") and len(digits) == 11 else digits
    person.contact_search = fold_for_search(f"{person.email} {local} {digits}".strip())


def refresh_unit_search(unit: Unit) -> None:
    unit.street_search = street_key(unit.street)
    unit.address_search = unit_address_search(unit.street, unit.building, unit.unit_no)


def get_or_create_estate(session: Session, accounting_key: str, name: str, *,
                         is_association: bool = False) -> Estate:
    estate = session.scalar(select(Estate).where(Estate.accounting_key == accounting_key))
    if estate is None:
        estate = Estate(accounting_key=accounting_key, name=name, is_association=is_association)
        session.add(estate)
    return estate


def create_unit(session: Session, estate: Estate, accounting_key: str, street: str,
                building: str, unit_no: str = "", *, postal_code: str = "81-000",
                kind: str = "flat") -> Unit:
    unit = Unit(estate=estate, accounting_key=accounting_key, street=street, building=building,
                unit_no=unit_no, postal_code=postal_code, kind=kind)
    refresh_unit_search(unit)
    session.add(unit)
    return unit


def create_person(session: Session, first_name: str, last_name: str, *, email: str = "",
                  phone: str = "", accounting_key: str | None = None) -> Person:
    person = Person(first_name=first_name, last_name=last_name, email=email, phone=phone,
                    accounting_key=accounting_key)
    refresh_person_search(person)
    session.add(person)
    return person


def create_title(session: Session, person: Person, unit: Unit, kind: TitleKind,
                 valid_from: date, valid_to: date | None = None,
                 accounting_key: str | None = None) -> Title:
    title = Title(person=person, unit=unit, kind=kind, valid_from=valid_from, valid_to=valid_to,
                  accounting_key=accounting_key)
    session.add(title)
    return title
