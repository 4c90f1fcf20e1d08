"""Login IDs: the Damm check digit catches every single-digit error and every adjacent
transposition — the mistakes made when a login ID is read out on the phone."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from iok_desk.domain.credentials import (
    damm_check_digit,
    format_login_id,
    generate_login_id,
    is_valid_login_id,
    normalize_login_id,
)
from iok_desk.domain.errors import ValidationError

BODIES = st.text(alphabet="0123456789", min_size=7, max_size=7).filter(lambda s: s[0] != "0")
SETTINGS = settings(max_examples=200, deadline=None)


def _login(body: str) -> str:
    return body + damm_check_digit(body)


@SETTINGS
@given(BODIES, st.integers(0, 7), st.integers(1, 9))
def test_every_single_digit_error_is_caught(body: str, position: int, shift: int) -> None:
    login = _login(body)
    wrong = str((int(login[position]) + shift) % 10)
    mistyped = login[:position] + wrong + login[position + 1:]
    assert not is_valid_login_id(mistyped)
    with pytest.raises(ValidationError) as caught:
        normalize_login_id(mistyped)
    assert caught.value.code == "login_id_check_digit"
    assert caught.value.field == "login_id"


@SETTINGS
@given(BODIES, st.integers(0, 6))
def test_every_adjacent_transposition_is_caught(body: str, position: int) -> None:
    login = _login(body)
    if login[position] == login[position + 1]:
        return  # swapping equal digits changes nothing: there is no error to catch
    swapped = (login[:position] + login[position + 1] + login[position]
               + login[position + 2:])
    assert not is_valid_login_id(swapped)


def test_single_errors_and_transpositions_exhaustively_for_one_id() -> None:
    """All 72 single-digit errors and all 7 adjacent swaps of one concrete ID, spelled out."""
    login = "48210934"
    assert damm_check_digit(login[:7]) == login[7]
    for position in range(8):
        for digit in "0123456789":
            if digit != login[position]:
                assert not is_valid_login_id(login[:position] + digit + login[position + 1:])
    for position in range(7):
        swapped = login[:position] + login[position + 1] + login[position] + login[position + 2:]
        assert swapped == login or not is_valid_login_id(swapped)


@SETTINGS
@given(st.data())
def test_generated_ids_are_valid_and_survive_grouping(data: st.DataObject) -> None:
    login = generate_login_id()
    assert len(login) == 8 and login.isdigit() and login[0] != "0"
    separator = data.draw(st.sampled_from([" ", "-", "  ", " - "]))
    typed = login[:4] + separator + login[4:]
    assert normalize_login_id(typed) == login
    assert normalize_login_id(format_login_id(login)) == login


@SETTINGS
@given(st.text(max_size=20))
def test_any_text_is_either_a_valid_id_or_a_validation_error(text: str) -> None:
    try:
        login = normalize_login_id(text)
    except ValidationError as error:
        assert error.code in {"login_id_format", "login_id_check_digit"}
    else:
        assert len(login) == 8 and login.isascii() and login.isdigit()
        assert damm_check_digit(login) == "0"
