"""Every validator against the whole corpus: a clear ValidationError, or a clean value that
validates again to itself (no hidden characters, within its length)."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

import pytest

from iok_desk.domain.credentials import check_new_password, normalize_login_id
from iok_desk.domain.errors import ValidationError
from iok_desk.domain.validation import (
    clean_text,
    fold_for_search,
    parse_unit_address,
    validate_email,
    validate_person_name,
    validate_phone,
)
from iok_desk.services.clerks import validate_clerk_login
from iok_desk.services.lookups import normalize_register_number

from .corpus import CORPUS, FORBIDDEN_CATEGORIES, short

VALIDATORS: dict[str, tuple[Callable[[str], object], int]] = {
    "clean_text": (lambda text: clean_text(text, "note", "Uwagi", max_length=2000), 2000),
    "clean_text_multiline": (lambda text: clean_text(text, "note", "Uwagi", max_length=4000,
                                                     multiline=True), 4000),
    "person_name": (lambda text: validate_person_name(text, "last_name", "Nazwisko"), 60),
    "phone": (validate_phone, 40),
    "email": (validate_email, 254),
    "unit_address": (lambda text: str(parse_unit_address(text)), 120),
    "login_id": (normalize_login_id, 8),
    "register_number": (normalize_register_number, 16),
    "clerk_login": (validate_clerk_login, 63),
}


def _visible(value: str, multiline: bool) -> bool:
    allowed = "\n\t" if multiline else ""
    return not any(char not in allowed and unicodedata.category(char) in FORBIDDEN_CATEGORIES
                   for char in value)


@pytest.mark.parametrize("name", sorted(VALIDATORS))
def test_validator_gives_a_clear_error_or_a_clean_value(name: str) -> None:
    validate, max_length = VALIDATORS[name]
    accepted = []
    for category, text in CORPUS:
        try:
            value = validate(text)
        except ValidationError as error:
            assert error.message and error.code and error.field, (name, short(text))
            assert "Traceback" not in error.message
            continue
        assert isinstance(value, str), (name, short(text))
        assert _visible(value, multiline=name.endswith("multiline")), (name, short(text))
        assert len(value) <= max_length, (name, short(text))
        assert validate(value) == value, f"{name} is not idempotent on {short(text)}"
        # An optional field left empty, or stray whitespace-like controls trimmed from the
        # edges, is harmless: only a value that kept what made it hostile counts.
        if value and not _visible(text.strip(), multiline=False):
            accepted.append((category, text))
        elif value and category not in {"control", "invisible", "bidi"}:
            accepted.append((category, text))
    # Clearly broken inputs never pass the validator made for them.
    refused_categories = {"person_name": {"control", "invisible", "bidi", "long", "empty",
                                          "lookalike", "emoji"},
                          "phone": {"control", "invisible", "bidi", "long", "phone", "emoji"},
                          "email": {"control", "invisible", "bidi", "long", "email", "empty"},
                          "login_id": {"login", "sql", "control", "bidi", "emoji", "long",
                                       "lookalike"},
                          "unit_address": {"address", "control", "bidi", "long", "empty",
                                           "lookalike", "emoji"}}
    for category, text in accepted:
        assert category not in refused_categories.get(name, set()), (name, short(text))


@pytest.mark.parametrize(("category", "text"), CORPUS, ids=[short(text) for _, text in CORPUS])
def test_fold_for_search_never_fails(category: str, text: str) -> None:
    folded = fold_for_search(text)
    assert folded == fold_for_search(folded)


def test_new_password_rule_refuses_the_corpus_cleanly() -> None:
    for _, text in CORPUS:
        try:
            check_new_password(text)
        except ValidationError as error:
            assert error.field == "password"
