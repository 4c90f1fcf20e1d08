"""The sender printed on every letter: a value the administrator edits in the settings."""

from __future__ import annotations

from dataclasses import dataclass

from .addresses import city_line


@dataclass(frozen=True)
class Letterhead:
    """The sender of every letter. Defaults from the cooperative's rules page."""

    organisation: str = "Młodzieżowa Spółdzielnia Mieszkaniowa w Gdyni"
    department: str = "Dział Księgowości, pokój 18"
    street: str = "ul. Paprykowa 12"
    postal_code: str = ""
    city: str = "Gdynia"
    phone: str = "58-629-00-16 wew. 326"
    email: str = "iok@msmgdynia.pl"
    website: str = "www.msmgdynia.pl"
    portal_url: str = "https://msmgdynia.pl"
    office_hours: str = "w dni robocze, w godzinach pracy Spółdzielni"

    @property
    def city_line(self) -> str:
        return city_line(self.postal_code, self.city)
