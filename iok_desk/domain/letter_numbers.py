"""Numbers of the letter register: ``PL/2026/00017``, gapless per year like the request
register's ``IOK/YYYY/NNNNN``."""

from __future__ import annotations

import re

from .errors import ValidationError

PREFIX = "PL"
_TYPED = re.compile(r"^\s*PL\s*[/ -]?\s*(\d{4})\s*[/ -]\s*(\d{1,5})\s*$", re.IGNORECASE)


def format_letter_number(year: int, sequence: int) -> str:
    return f"{PREFIX}/{year:04d}/{sequence:05d}"


def normalize_letter_number(text: str) -> str:
    """The number as typed (``pl/2026/17``, ``PL 2026 00017``) in its printed form."""
    match = _TYPED.match(text or "")
    if match is None or int(match.group(2)) == 0:
        raise ValidationError(f"Nieprawidłowy numer pisma „{text}” — numer ma postać "
                              "PL/RRRR/NNNNN, np. PL/2026/00017.", field="number",
                              code="letter_number_format")
    return format_letter_number(int(match.group(1)), int(match.group(2)))


RECEIPT_CODE_PREFIX = "IOK-POK"
_RECEIPT_CODE = re.compile(r"^IOK-POK;(PL/\d{4}/\d{5});(\d{8})$")


def receipt_code(number: str, login_id: str) -> str:
    """What the acknowledgement strip's QR code holds: the letter's number and login ID —
    never the password."""
    return f"{RECEIPT_CODE_PREFIX};{number};{login_id}"


def parse_receipt_code(text: str) -> tuple[str, str] | None:
    """(letter number, login ID) from a strip's code; None for any other code (the portal
    address on the letter itself, a foreign barcode)."""
    match = _RECEIPT_CODE.match(text.strip())
    return (match.group(1), match.group(2)) if match else None
