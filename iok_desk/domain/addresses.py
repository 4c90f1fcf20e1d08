"""How an address is written: the unit's short form, the street line and the postal lines of a
letter."""

from __future__ import annotations


def unit_address(street: str, building: str, unit_no: str = "") -> str:
    """``Paprykowa 12/5`` (a garage or a building without flats: ``Śliwkowa 3``)."""
    return f"{street} {building}" + (f"/{unit_no}" if unit_no else "")


def street_line(address: str) -> str:
    """The street line of a letter: ``ul. Paprykowa 12/5``."""
    return f"ul. {address}"


def city_line(postal_code: str, city: str) -> str:
    """``81-198 Gdynia`` (just the city when the postal code is not known)."""
    return f"{postal_code} {city}".strip()


def postal_address_lines(address: str, postal_code: str, city: str) -> list[str]:
    return [street_line(address), city_line(postal_code, city)]
