"""Argument types of the command line: values out of range are refused while the arguments are
read, with a Polish message naming the option, and exit status 1 (``cli.main``) — before any
database is opened, so both databases answer the same.

Each type raises the desk's ValidationError rather than argparse's own error, which would
print the usage and exit with status 2.
"""

from __future__ import annotations

from collections.abc import Callable

from iok_desk.db.user_database import check_user_url
from iok_desk.domain.errors import ValidationError


def count(option: str, low: int, high: int) -> Callable[[str], int]:
    """A whole number from ``low`` to ``high`` (``--limit``, ``--accounts``)."""
    def parse(text: str) -> int:
        stripped = text.strip()
        digits = stripped.removeprefix("-")
        if not (digits.isascii() and digits.isdigit()) or len(digits) > len(str(high)) + 1 \
                or not low <= int(stripped) <= high:
            raise ValidationError(f"{option}: podaj liczbę całkowitą od {low} do {high} "
                                  f"(podano „{text[:40]}”).", field=option.lstrip("-"),
                                  code="value_out_of_range")
        return int(stripped)
    return parse


def text(option: str, max_length: int) -> Callable[[str], str]:
    """A piece of text at most ``max_length`` characters long (``--action``, ``--by``)."""
    def parse(value: str) -> str:
        if len(value) > max_length:
            raise ValidationError(f"{option}: najwyżej {max_length} znaków (podano "
                                  f"{len(value)}).", field=option.lstrip("-"),
                                  code="value_too_long")
        return value
    return parse


def database_url(option: str) -> Callable[[str], str]:
    """A database address without a password and with a valid port."""
    def parse(value: str) -> str:
        check_user_url(value, option)
        return value
    return parse
