"""How an address is written: the unit's short form, the street line and the postal lines of a
letter."""

from __future__ import annotations

import re

STREET_TYPE = re.compile(
    r"^(?:ul\.|ulica|al\.|aleja|aleje|os\.|osiedle|pl\.|plac|skwer|bulwar|rondo)\s+",
    re.IGNORECASE)
"""The type words a street's name may begin with (``Aleja …``, ``Plac …``, ``ul. …``)."""

DEFAULT_STREET_TYPE = re.compile(r"^(?:ul\.|ulica)\s+", re.IGNORECASE)
"""The one nobody writes in the register: ``ul. Paprykowa`` is ``Paprykowa``."""


def without_street_type(street: str) -> str:
    """``Aleja Marszałka Józefa Piłsudskiego`` → ``Marszałka Józefa Piłsudskiego``: what an
    address is compared by, typed with or without its type."""
    return STREET_TYPE.sub("", street.strip() + " ").strip()


def unit_address(street: str, building: str, unit_no: str = "") -> str:
    """``Paprykowa 12/5`` (a garage or a building without flats: ``Śliwkowa 3``)."""
    return f"{street} {building}" + (f"/{unit_no}" if unit_no else "")


def street_line(address: str) -> str:
    """The street line of a letter: ``ul. Paprykowa 12/5``; a street with its own type as the
    register has it: ``Aleja Marszałka Józefa Piłsudskiego 230A/12B``."""
    return address if STREET_TYPE.match(address) else f"ul. {address}"


def city_line(postal_code: str, city: str) -> str:
    """``81-198 Gdynia`` (just the city when the postal code is not known)."""
    return f"{postal_code} {city}".strip()


def postal_address_lines(address: str, postal_code: str, city: str) -> list[str]:
    return [street_line(address), city_line(postal_code, city)]
