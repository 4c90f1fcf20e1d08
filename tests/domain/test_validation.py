from __future__ import annotations

import pytest

from iok_desk.domain.addresses import street_line
from iok_desk.domain.errors import ValidationError
from iok_desk.domain.validation import (
    UnitAddress,
    clean_text,
    fold_for_search,
    parse_unit_address,
    street_key,
    validate_email,
    validate_person_name,
    validate_phone,
)


@pytest.mark.parametrize(("text", "expected"), [
    ("Paprykowa 12/5", UnitAddress("Paprykowa", "12", "5")),
    ("ul. Paprykowa 12/5", UnitAddress("Paprykowa", "12", "5")),
    ("ul.  Paprykowa   12 m. 5", UnitAddress("Paprykowa", "12", "5")),
    # The street kept as written, its type included; only the "ul." nobody stores goes.
    ("Aleja Zwycięstwa 230a/12b", UnitAddress("Aleja Zwycięstwa", "230A", "12B")),
    ("Plac Kaszubski 5/1", UnitAddress("Plac Kaszubski", "5", "1")),
    ("10 Lutego 3/1", UnitAddress("10 Lutego", "3", "1")),
    ("Śliwkowa 3", UnitAddress("Śliwkowa", "3", "")),
    ("Kazimierza Górskiego 2 lok. 14", UnitAddress("Kazimierza Górskiego", "2", "14")),
])
def test_unit_addresses_as_residents_write_them(text: str, expected: UnitAddress) -> None:
    assert parse_unit_address(text) == expected


def test_streets_compare_with_or_without_their_type_and_print_as_written() -> None:
    assert street_key("Aleja Marszałka Józefa Piłsudskiego") == street_key(
        "Marszałka Józefa Piłsudskiego") == "marszalka jozefa pilsudskiego"
    assert street_key("Plac Kaszubski") == street_key("pl. Kaszubski") == "kaszubski"
    assert street_line("Aleja Marszałka Józefa Piłsudskiego 230A/12B") == (
        "Aleja Marszałka Józefa Piłsudskiego 230A/12B")
    assert street_line("Plac Kaszubski 5/1") == "Plac Kaszubski 5/1"
    assert street_line("Paprykowa 12/5") == "ul. Paprykowa 12/5"


@pytest.mark.parametrize("text", ["", "Paprykowa", "12/5", "Plac 5/1", "Paprykowa 12/5/7",
                                  "Paprykowa XII/5",
                                  "Paprykowa 12/5; DROP TABLE unit", "Papry\u202ekowa 12/5"])
def test_bad_unit_address_names_the_field_and_the_rule(text: str) -> None:
    with pytest.raises(ValidationError) as error:
        parse_unit_address(text, field="unit", label="Lokal")
    assert error.value.field == "unit"
    assert "Lokal" in error.value.message


@pytest.mark.parametrize(("text", "expected"), [
    ("601 234 567", "+48 601234567"),
    ("+48 601-234-567", "+48 601234567"),
    ("0048601234567", "+48 601234567"),
    ("58-629-00-16 wew. 326", "+48 586290016 wew. 326"),
    ("(58) 629 00 16", "+48 586290016"),
    ("+49 30 1234567", "+49301234567"),
    ("", ""),
])
def test_polish_phone_numbers_are_normalised(text: str, expected: str) -> None:
    assert validate_phone(text) == expected


@pytest.mark.parametrize(("text", "code"), [
    ("60123456", "phone_length"),
    ("6012345678", "phone_length"),
    ("012345678", "phone_prefix"),
    ("601 234 56x", "phone_characters"),
    ("+1 2", "phone_length"),
])
def test_impossible_phone_numbers_are_refused(text: str, code: str) -> None:
    with pytest.raises(ValidationError) as error:
        validate_phone(text)
    assert error.value.code == code
    assert error.value.field == "phone"


def test_email_domain_is_lower_cased() -> None:
    assert validate_email("Jan.Kowalski@Example.PL") == "Jan.Kowalski@example.pl"


@pytest.mark.parametrize("text", ["jan", "jan@", "@example.pl", "jan@example", "jan@@example.pl",
                                  "jan kowalski@example.pl", "jan@-example.pl",
                                  "Jan <jan@example.pl>", "jan@example..pl"])
def test_malformed_emails_are_refused(text: str) -> None:
    with pytest.raises(ValidationError) as error:
        validate_email(text)
    assert error.value.code == "email_format"


@pytest.mark.parametrize(
    "name", ["Żółkiewska", "Nowak-Kowalska", "O'Connor", "Anna Maria", "Łucja"])
def test_real_names_pass(name: str) -> None:
    assert validate_person_name(name, "last_name", "Nazwisko") == name


@pytest.mark.parametrize("name", ["Kowalski1", "Robert'); DROP TABLE person;--", "😀", "-Nowak",
                                  "Kowal\u200bski"])
def test_names_with_other_characters_are_refused(name: str) -> None:
    with pytest.raises(ValidationError) as error:
        validate_person_name(name, "last_name", "Nazwisko")
    assert error.value.field == "last_name"


def test_clean_text_refuses_control_and_bidi_characters_but_keeps_line_breaks() -> None:
    assert clean_text(" a\nb ", "note", "Uwagi", max_length=10, multiline=True) == "a\nb"
    for bad in ["a\x07b", "a\u202eb", "a\u200bb"]:
        with pytest.raises(ValidationError) as error:
            clean_text(bad, "note", "Uwagi", max_length=10)
        assert error.value.code == "invisible_character"
    with pytest.raises(ValidationError) as error:
        clean_text("x" * 11, "note", "Uwagi", max_length=10)
    assert error.value.code == "too_long"


def test_folding_for_search_drops_polish_diacritics() -> None:
    assert fold_for_search("Żółkiewska") == "zolkiewska"
    assert fold_for_search("  ŁĄCKA   Ślęzak ") == "lacka slezak"
