"""Reading a choice (a value of one of the domain's enums) from what a clerk or a file gave."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import TypeVar

from .errors import ValidationError

Choice = TypeVar("Choice", bound=StrEnum)


def parse_choice(enum_class: type[Choice], value: str, field: str, label: str, *,
                 allowed: Iterable[Choice] | None = None) -> Choice:
    """``value`` as a member of ``enum_class`` (of ``allowed`` when given), or a
    ValidationError naming the field and the values it takes."""
    choices = list(allowed) if allowed is not None else list(enum_class)
    for member in choices:
        if member.value == value:
            return member
    raise ValidationError(f"Pole „{label}”: nieznana wartość „{value}” (dozwolone: "
                          + ", ".join(member.value for member in choices) + ").",
                          field=field, code="unknown_choice", allowed=[m.value for m in choices])
