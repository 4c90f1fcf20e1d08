from __future__ import annotations

import re

import pytest

from iok_desk.domain import credentials
from iok_desk.domain.errors import ValidationError


def test_damm_check_digit_matches_the_published_example() -> None:
    # The textbook example of the Damm algorithm: 572 → check digit 4.
    assert credentials.damm_check_digit("572") == "4"
    assert credentials.damm_check_digit("5724") == "0"


def test_generated_login_ids_are_eight_digits_with_a_valid_check_digit() -> None:
    seen = {credentials.generate_login_id() for _ in range(500)}
    assert len(seen) > 490  # random, not sequential
    for login_id in seen:
        assert re.fullmatch(r"[1-9]\d{7}", login_id)
        assert credentials.normalize_login_id(login_id) == login_id


def test_login_id_typed_in_groups_is_accepted() -> None:
    login_id = credentials.generate_login_id()
    shown = credentials.format_login_id(login_id)
    assert shown == f"{login_id[:4]} {login_id[4:]}"
    assert credentials.normalize_login_id(shown) == login_id
    assert credentials.normalize_login_id(shown.replace(" ", "-")) == login_id


def test_a_misheard_digit_is_caught_by_the_check_digit() -> None:
    login_id = credentials.generate_login_id()
    wrong = login_id[:3] + str((int(login_id[3]) + 1) % 10) + login_id[4:]
    with pytest.raises(ValidationError) as error:
        credentials.normalize_login_id(wrong)
    assert error.value.code == "login_id_check_digit"
    assert error.value.field == "login_id"


@pytest.mark.parametrize("text", ["", "1234567", "123456789", "1234 567a", "１２３４５６７８"])
def test_login_id_of_wrong_shape_names_the_format(text: str) -> None:
    with pytest.raises(ValidationError) as error:
        credentials.normalize_login_id(text)
    assert error.value.code == "login_id_format"


def test_first_password_keeps_the_portal_rule_and_avoids_look_alikes() -> None:
    for _ in range(300):
        password = credentials.generate_first_password()
        assert len(password) == credentials.FIRST_PASSWORD_LENGTH
        assert sum(char.isdigit() for char in password) >= 4
        assert not set(password) & set("0O1lIio")
        credentials.check_new_password(password)  # passes the portal's own rule


def test_first_password_has_at_least_50_bits_of_entropy() -> None:
    assert credentials.first_password_entropy_bits() >= 50


def test_password_grouping_is_for_reading_only() -> None:
    assert credentials.group_password("k7Wm49xP3qZa") == "k7Wm 49xP 3qZa"


@pytest.mark.parametrize(("password", "code"), [
    ("12a4", "password_too_short"),
    ("abcdef123", "password_too_few_digits"),
    ("x" * 125 + "1234", "password_too_long"),
    ("ab\x001234", "password_control_characters"),
    ("ab\x7f1234", "password_control_characters"),
    ("ab1234\u202e", "password_invisible_characters"),
    ("ab12\u200b34", "password_invisible_characters"),
    ("\u2066ab1234\u2069", "password_invisible_characters"),
    ("ab1234\ufeff", "password_invisible_characters"),
    ("ab1234\u2028", "password_invisible_characters"),
    ("ab12٣٤", "password_non_ascii_digits"),
    ("ab1234５", "password_non_ascii_digits"),
])
def test_new_password_rule_names_what_is_missing(password: str, code: str) -> None:
    with pytest.raises(ValidationError) as error:
        credentials.check_new_password(password)
    assert error.value.code == code


def test_new_password_rule_accepts_six_characters_with_four_digits() -> None:
    credentials.check_new_password("ab1234")


def test_hash_is_argon2id_phc_with_owasp_parameters_and_verifies() -> None:
    hashed = credentials.hash_password("Tajne1234")
    assert hashed.startswith("$argon2id$v=19$m=19456,t=2,p=1$")
    assert "Tajne1234" not in hashed
    assert credentials.verify_password(hashed, "Tajne1234")
    assert not credentials.verify_password(hashed, "Tajne1235")
    assert not credentials.verify_password("not a hash", "Tajne1234")


def test_security_stamps_differ() -> None:
    assert credentials.new_security_stamp() != credentials.new_security_stamp()
