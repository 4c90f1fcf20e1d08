"""Property: whatever Polish names, separator and encoding, the register reads back as written."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from iok_desk.intake.csv_register import parse_register

from .builders import register_csv

LETTERS = "aąbcćdeęfghijklłmnńoóprsśtuwyzźżAĄBCĆDEĘFGHIJKLŁMNŃOÓPRSŚTUWYZŹŻ"
NAMES = st.builds(lambda first, rest: first + rest, st.sampled_from(LETTERS.upper()),
                  st.text(LETTERS, min_size=1, max_size=14))
STREETS = st.builds(lambda first, rest: first + rest,
                    st.sampled_from("ABCDEFGHIJKLMNOPRSTUWZŚŻŁ"),
                    st.text(LETTERS, min_size=2, max_size=20))
DATES = st.dates(min_value=date(1960, 1, 1), max_value=date(2060, 12, 31))


@settings(max_examples=150, deadline=None)
@given(first=NAMES, last=NAMES, street=STREETS, building=st.integers(1, 9999),
       unit_no=st.integers(1, 999), valid_from=DATES, polish_date=st.booleans(),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1250"]),
       separator=st.sampled_from([";", ","]))
def test_rows_read_back_as_written(first: str, last: str, street: str, building: int,
                                   unit_no: int, valid_from: date, polish_date: bool,
                                   encoding: str, separator: str) -> None:
    shown = valid_from.strftime("%d.%m.%Y") if polish_date else valid_from.isoformat()
    row = (f"MSM-01;Zasób własny;N;L-1;{street};{building};{unit_no};81-198;mieszkalny;K-1;"
           f"{first};{last};;;T-1;najem;{shown};")

    register = parse_register(register_csv([row], encoding=encoding, separator=separator))

    assert (register.encoding, register.separator) == (encoding, separator)
    [read] = register.rows
    assert read.person is not None and read.title is not None
    assert (read.person.first_name, read.person.last_name) == (first, last)
    assert (read.unit.street, read.unit.building, read.unit.unit_no) == (
        street, str(building), str(unit_no))
    assert read.title.valid_from == valid_from
