"""What the letter tests share: reading a PDF's text back, and sample letter data."""

from __future__ import annotations

import io
import re
from datetime import date
from typing import Any

from pypdf import PdfReader

from iok_desk.db.engine import Database
from iok_desk.services import requests
from iok_desk.services.context import Actor
from iok_desk.services.dto import CredentialLetterData

PASSWORD = "k7Wm49xP3qZa"


def page_texts(pdf: bytes) -> list[str]:
    """The extracted text of every page, whitespace runs folded to one space."""
    reader = PdfReader(io.BytesIO(pdf))
    return [re.sub(r"\s+", " ", page.extract_text()) for page in reader.pages]


def sample_letter(**changes: object) -> CredentialLetterData:
    values: dict[str, object] = dict(
        register_number="IOK/2026/00042", login_id="48210934", password=PASSWORD,
        first_name="Anna", last_name="Żółkiewska",
        address_lines=["ul. Paprykowa 12/7", "81-198 Gdynia"],
        unit_addresses=["Paprykowa 12/7"], issued_on=date(2026, 11, 24),
        expires_on=date(2026, 12, 24), reissue=False)
    values.update(changes)
    return CredentialLetterData(**values)  # type: ignore[arg-type]


def grant(db: Database, actor: Actor, first: str = "Jan", last: str = "Kowalski",
          unit: str = "Paprykowa 12/5", **extra: Any) -> str:
    """Register a grant request; returns its number."""
    return requests.register_request(db, actor, requests.NewRequest(
        kind="grant", channel="paper", first_name=first, last_name=last, unit=unit,
        **extra)).number


