"""Finding rows by the names clerks use: register numbers, login IDs, unit addresses."""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from iok_desk.db.models import Account, Request, Unit
from iok_desk.domain.credentials import format_login_id, normalize_login_id
from iok_desk.domain.errors import NotFound, ValidationError
from iok_desk.domain.validation import UnitAddress, fold_for_search, parse_unit_address

_NUMBER = re.compile(r"^IOK/(\d{4})/(\d{1,5})$", re.IGNORECASE)


def format_register_number(year: int, sequence: int) -> str:
    return f"IOK/{year}/{sequence:05d}"


def normalize_register_number(text: str) -> str:
    """``iok/2026/42`` → ``IOK/2026/00042``."""
    match = _NUMBER.match((text or "").strip())
    if not match:
        raise ValidationError("Numer wniosku ma postać IOK/rok/numer, np. IOK/2026/00042.",
                              field="number", code="register_number_format")
    return format_register_number(int(match.group(1)), int(match.group(2)))


def request_by_number(session: Session, number: str, *, for_update: bool = False) -> Request:
    number = normalize_register_number(number)
    query = select(Request).where(Request.number == number)
    if for_update:
        query = query.with_for_update()
    request = session.scalar(query)
    if request is None:
        raise NotFound(f"Nie ma wniosku {number}.", code="request_not_found", number=number)
    return request


def account_by_login(session: Session, login_text: str, *, for_update: bool = False) -> Account:
    login_id = normalize_login_id(login_text)
    query = select(Account).where(Account.login_id == login_id)
    if for_update:
        query = query.with_for_update()
    account = session.scalar(query)
    if account is None:
        raise NotFound(f"Nie ma konta o identyfikatorze {format_login_id(login_id)}.",
                       code="account_not_found", login_id=login_id)
    return account


def unit_address_search(street: str, building: str, unit_no: str) -> str:
    """The folded form of an address that search and lookups compare against."""
    return fold_for_search(f"{street} {building}" + (f"/{unit_no}" if unit_no else ""))


def find_unit(session: Session, address: UnitAddress) -> Unit | None:
    return session.scalar(select(Unit).where(
        Unit.street_search == fold_for_search(address.street),
        Unit.building == address.building, Unit.unit_no == address.unit_no))


def unit_by_address(session: Session, text: str, field: str = "unit") -> Unit:
    address = parse_unit_address(text, field=field)
    unit = find_unit(session, address)
    if unit is None:
        raise NotFound(f"Lokal „{address}” nie występuje w rejestrze lokali.",
                       code="unit_not_found", field=field, unit=str(address))
    return unit
