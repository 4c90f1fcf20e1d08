"""Unit addresses: whatever way a clerk writes a valid address, it parses to the same parts,
and the parts print back to something that parses to them again."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from iok_desk.domain.errors import ValidationError
from iok_desk.domain.validation import UnitAddress, fold_for_search, parse_unit_address

SETTINGS = settings(max_examples=200, deadline=None)
POLISH_LETTERS = "aąbcćdeęfghijklłmnńoóprsśtuwyzźżAĄBCĆDEĘFGHIJKLŁMNŃOÓPRSŚTUWYZŹŻ"
PREFIX_WORDS = {"ul", "ulica", "al", "aleja", "os", "osiedle", "pl", "plac"}

WORDS = st.text(alphabet=POLISH_LETTERS, min_size=2, max_size=14).filter(
    lambda word: word.casefold() not in PREFIX_WORDS)
STREETS = st.one_of(
    st.lists(WORDS, min_size=1, max_size=3).map(" ".join),
    st.tuples(st.integers(1, 31), WORDS).map(lambda pair: f"{pair[0]} {pair[1]}"),
    st.tuples(WORDS, WORDS).map(lambda pair: f"{pair[0]}-{pair[1]}"),
)
NUMBERS = st.tuples(st.integers(1, 9999), st.sampled_from(["", "A", "b", "C"])).map(
    lambda pair: f"{pair[0]}{pair[1]}")


@SETTINGS
@given(STREETS, NUMBERS, st.one_of(st.just(""), NUMBERS))
def test_printed_address_parses_back(street: str, building: str, unit_no: str) -> None:
    address = UnitAddress(street, building.upper(), unit_no.upper())
    assert parse_unit_address(str(address)) == address


@SETTINGS
@given(STREETS, NUMBERS, NUMBERS,
       st.sampled_from(["{s} {b}/{u}", "ul. {s} {b}/{u}", "{s} {b} m. {u}", "{s}  {b} / {u}",
                        "ulica {s} {b} lok. {u}", " {s} {b} m.{u} ", "{s} {b} m {u}"]))
def test_every_usual_spelling_gives_the_same_parts(street: str, building: str, unit_no: str,
                                                    spelling: str) -> None:
    typed = spelling.format(s=street, b=building, u=unit_no)
    parsed = parse_unit_address(typed)
    assert parsed == UnitAddress(street, building.upper(), unit_no.upper())
    assert fold_for_search(str(parsed)) == fold_for_search(f"{street} {building}/{unit_no}")


@SETTINGS
@given(st.text(max_size=150))
def test_any_text_is_an_address_or_a_clear_error(text: str) -> None:
    try:
        address = parse_unit_address(text)
    except ValidationError as error:
        assert error.field == "unit"
        assert error.code in {"required", "too_long", "invisible_character",
                              "unit_address_format", "script_not_allowed"}
    else:
        assert any(char.isalpha() for char in address.street)
        assert parse_unit_address(str(address)) == address
