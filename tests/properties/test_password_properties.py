"""First passwords keep the portal's rule and never contain look-alike characters; the rule
for the resident's own password accepts exactly what it says."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from iok_desk.domain.credentials import (
    FIRST_PASSWORD_LENGTH,
    FIRST_PASSWORD_MIN_DIGITS,
    PASSWORD_ALPHABET,
    check_new_password,
    first_password_entropy_bits,
    generate_first_password,
    group_password,
)
from iok_desk.domain.errors import ValidationError

# The rule restated: control, format (bidi, zero-width), separator-line, surrogate, private and
# unassigned characters are refused.
INVISIBLE = {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}

LOOK_ALIKES = set("0O1lIio")
SETTINGS = settings(max_examples=200, deadline=None)


@SETTINGS
@given(st.integers(0, 10))
def test_generated_password_keeps_the_rule_and_has_no_look_alikes(_: int) -> None:
    password = generate_first_password()
    assert len(password) == FIRST_PASSWORD_LENGTH
    assert not LOOK_ALIKES & set(password)
    assert set(password) <= set(PASSWORD_ALPHABET)
    assert sum(char.isdigit() for char in password) >= FIRST_PASSWORD_MIN_DIGITS
    check_new_password(password)  # the portal would accept it as a new password too
    assert group_password(password).replace(" ", "") == password


def test_alphabet_has_no_look_alikes_and_entropy_is_enough() -> None:
    assert not LOOK_ALIKES & set(PASSWORD_ALPHABET)
    assert len(set(PASSWORD_ALPHABET)) == len(PASSWORD_ALPHABET)
    assert first_password_entropy_bits() >= 50


def test_passwords_do_not_repeat() -> None:
    drawn = {generate_first_password() for _ in range(2000)}
    assert len(drawn) == 2000


@SETTINGS
@given(st.text(max_size=140))
def test_new_password_rule_is_exactly_what_it_says(password: str) -> None:
    digits = len(re.findall(r"[0-9]", password))
    acceptable = (6 <= len(password) <= 128 and digits >= 4
                  and not any(unicodedata.category(char) in INVISIBLE
                              or (unicodedata.category(char) == "Nd" and not char.isascii())
                              for char in password))
    try:
        check_new_password(password)
    except ValidationError as error:
        assert not acceptable, error.code
        assert error.field == "password"
    else:
        assert acceptable
