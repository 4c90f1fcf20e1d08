"""Parsing the accounting system's register CSV: encodings, separators, bad rows."""

from __future__ import annotations

from datetime import date

import pytest

from iok_desk.domain.states import TitleKind
from iok_desk.intake.csv_register import RegisterFileError, parse_register

HEADER = ("zasob_klucz;zasob_nazwa;wspolnota;lokal_klucz;ulica;budynek;lokal_nr;kod_pocztowy;"
          "rodzaj_lokalu;kontrahent_klucz;imie;nazwisko;email;telefon;tytul_klucz;"
          "tytul_rodzaj;tytul_od;tytul_do")
ROWS = [
    "MSM-01;Zasób własny Spółdzielni;N;L-0005;ul. Paprykowa;12;5;81-198;mieszkalny;K-001;Jan;"
    "Kowalski;jan@example.pl;601 234 567;T-001;własność;2020-01-15;",
    "MSM-01;Zasób własny Spółdzielni;N;L-0007;Paprykowa;12;7;81-198;mieszkalny;K-002;Anna;"
    "Żółkiewska;;;T-002;spółdzielcze prawo do lokalu;01.02.2010;",
    "WM-07;Wspólnota Mieszkaniowa „Chylonia”;T;G-0003;Śliwkowa;3;;81-198;garaż;;;;;;;;;",
]


def register_text(rows: list[str] | None = None, separator: str = ";") -> str:
    lines = [HEADER, *(ROWS if rows is None else rows)]
    return "\r\n".join(line.replace(";", separator) for line in lines) + "\r\n"


@pytest.mark.parametrize(("encoding", "expected"), [("utf-8", "utf-8"),
                                                    ("utf-8-sig", "utf-8-sig"),
                                                    ("cp1250", "cp1250")])
def test_encodings_are_recognised(encoding: str, expected: str) -> None:
    register = parse_register(register_text().encode(encoding))

    assert (register.encoding, register.separator) == (expected, ";")
    assert [row.line for row in register.rows] == [2, 3, 4]
    first, second, garage = register.rows
    assert first.unit.street == "Paprykowa"
    assert first.person is not None and first.person.phone == "+48 601234567"
    assert first.title is not None and first.title.kind == TitleKind.OWNERSHIP
    assert first.title.valid_from == date(2020, 1, 15)
    assert second.person is not None and second.person.last_name == "Żółkiewska"
    assert second.title is not None and second.title.valid_from == date(2010, 2, 1)
    assert garage.estate.name == "Wspólnota Mieszkaniowa „Chylonia”"
    assert garage.estate.is_association and garage.unit.kind == "garage"
    assert garage.person is None and garage.title is None


def test_iso_8859_2_is_told_from_windows_1250() -> None:
    register = parse_register(register_text().replace("„", '"').replace("”", '"')
                              .encode("iso-8859-2"))

    assert register.encoding == "iso-8859-2"
    assert register.rows[0].estate.name == "Zasób własny Spółdzielni"


def test_comma_separated_with_quoted_fields() -> None:
    rows = ['MSM-01,"Zasób własny, Gdynia",N,L-0005,Paprykowa,12,5,81-198,mieszkalny,K-001,'
            'Jan,Kowalski,,,T-001,własność,2020-01-15,']
    register = parse_register(("\n".join([HEADER.replace(";", ","), *rows]) + "\n")
                              .encode())

    assert register.separator == ","
    assert register.rows[0].estate.name == "Zasób własny, Gdynia"


def test_headers_are_matched_without_case_or_diacritics_and_unknown_columns_listed() -> None:
    text = ("Zasób klucz;Zasób nazwa;Lokal klucz;Ulica;Budynek;Lokal nr;Saldo\n"
            "MSM-01;Zasób;L-1;Morska;5;2;-120,50\n")
    register = parse_register(text.encode("cp1250"))

    assert register.ignored_columns == ("saldo",)
    assert "wspolnota" not in register.columns
    assert register.rows[0].unit.unit_no == "2"


def test_bad_rows_name_their_line_and_column() -> None:
    rows = list(ROWS)
    rows[0] = rows[0].replace("2020-01-15", "2020-13-01").replace("601 234 567", "12")
    rows[1] = rows[1].replace("Żółkiewska", "Żółkiewska2").replace("spółdzielcze prawo do "
                                                                     "lokalu", "dzierżawa")
    with pytest.raises(RegisterFileError) as caught:
        parse_register(register_text(rows).encode("cp1250"))

    found = [(problem.line, problem.column) for problem in caught.value.problems]
    assert found == [(2, "telefon"), (2, "tytul_od"), (3, "nazwisko"), (3, "tytul_rodzaj")]
    assert caught.value.message.startswith("Rejestru nie zaimportowano — wiersz 2, kolumna "
                                           "„telefon”: polski numer telefonu ma 9 cyfr")
    assert "wszystkich błędów: 4" in caught.value.message
    assert caught.value.as_dict()["details"]["problems"][1] == {
        "line": 2, "column": "tytul_od",
        "message": "„2020-13-01” nie jest datą (RRRR-MM-DD albo DD.MM.RRRR)",
        "code": "bad_date", "details": {"value": "2020-13-01"}}
    assert [problem.code for problem in caught.value.problems] == [
        "phone_length", "bad_date", "name_characters", "register_title_kind"]


def test_a_missing_required_column() -> None:
    with pytest.raises(RegisterFileError) as caught:
        parse_register(b"zasob_klucz;lokal_klucz;ulica\nMSM-01;L-1;Morska\n")
    assert [(p.line, p.column) for p in caught.value.problems] == [(1, "zasob_nazwa"),
                                                                  (1, "budynek")]


def test_the_same_key_with_other_data_and_one_address_for_two_keys() -> None:
    rows = [*ROWS,
            ROWS[0].replace("T-001", "T-009").replace("81-198", "81-200"),
            ROWS[1].replace("L-0007", "L-0099").replace("T-002", "T-010")]
    with pytest.raises(RegisterFileError) as caught:
        parse_register(register_text(rows).encode())

    assert [(p.line, p.column) for p in caught.value.problems] == [(5, "lokal_klucz"),
                                                                  (6, "lokal_klucz")]
    assert "inne dane niż w wierszu 2" in caught.value.problems[0].message
    assert "w wierszu 3 lokal o kluczu „L-0007”" in caught.value.problems[1].message


def test_a_row_with_too_many_fields_and_a_person_without_key() -> None:
    rows = [ROWS[0] + ";nadmiar", ROWS[2].replace(";;;;;;;;;", ";;Ewa;;;;;;;")]
    with pytest.raises(RegisterFileError) as caught:
        parse_register(register_text(rows).encode())

    assert [(p.line, p.column) for p in caught.value.problems] == [(2, ""),
                                                                  (3, "kontrahent_klucz")]


def test_an_empty_file_and_a_utf16_file() -> None:
    for data in (b"", "\ufeffzasob".encode("utf-16")):
        with pytest.raises(RegisterFileError):
            parse_register(data)


def test_a_line_the_csv_reader_cannot_read() -> None:
    data = (HEADER + "\n" + ROWS[0] + "\nMSM-01;\"" + "x" * 200_000 + "\"\n").encode()

    with pytest.raises(RegisterFileError) as caught:
        parse_register(data)

    [problem] = caught.value.problems
    assert problem.line == 3 and "wiersza nie da się odczytać" in problem.message


def test_other_exports_headers_full_title_names_and_midnight_dates() -> None:
    """Headers another export writes (``Nr lokalu``, ``E-mail``), the titles' full legal names
    and a spreadsheet's ``2020-01-15 00:00:00``."""
    text = ("Zasób klucz;Zasób nazwa;Lokal klucz;Ulica;Budynek;Nr lokalu;Kontrahent klucz;"
            "Imię;Nazwisko;E-mail;Tytuł klucz;Tytuł rodzaj;Tytuł od\n"
            "MSM-01;Zasób;L-1;Morska;5;2;K-1;Jan;Nowak;jan@example.pl;T-1;"
            "odrębna własność lokalu;2020-01-15 00:00:00\n"
            "MSM-01;Zasób;L-2;Morska;5;3;K-2;Ewa;Nowak;;T-2;umowa najmu;01.02.2021\n")
    register = parse_register(text.encode("utf-8"))
    assert register.ignored_columns == ()
    first, second = register.rows
    assert (first.unit.unit_no, first.person.email) == ("2", "jan@example.pl")
    assert first.title.kind == TitleKind.OWNERSHIP and first.title.valid_from == date(2020, 1, 15)
    assert second.title.kind == TitleKind.LEASE


def test_a_title_line_above_the_header_is_skipped() -> None:
    text = ('"Rejestr lokali i właścicieli na dzień 01.12.2026";;;\r\n'
            "Wygenerowano: FK-Księgowość 7.2\r\n\r\n" + register_text())
    register = parse_register(text.encode("cp1250"))
    assert (register.encoding, register.separator) == ("cp1250", ";")
    assert [row.line for row in register.rows] == [5, 6, 7]  # lines of the file as it is
    assert register.rows[0].unit.street == "Paprykowa"


def test_without_a_recognisable_header_the_first_line_is_blamed() -> None:
    text = "Rejestr lokali\r\n" + "\r\n".join(ROWS) + "\r\n"
    with pytest.raises(RegisterFileError) as refused:
        parse_register(text.encode())
    assert {(problem.line, problem.column) for problem in refused.value.problems} >= {
        (1, "zasob_klucz"), (1, "lokal_klucz")}


def test_a_line_break_inside_a_quoted_cell_is_a_space() -> None:
    rows = ['WM-07;"Wspólnota Mieszkaniowa\r\n„Chylonia”";T;G-0003;Śliwkowa;3;;81-198;garaż;'
            ';;;;;;;;', ROWS[0]]
    register = parse_register(register_text(rows).encode())
    garage, jan = register.rows
    assert garage.estate.name == "Wspólnota Mieszkaniowa „Chylonia”"
    assert (garage.line, jan.line) == (2, 4)  # the quoted cell spans lines 2 and 3


def test_a_bad_row_after_a_multi_line_cell_names_its_own_line() -> None:
    rows = ['WM-07;"Wspólnota\nMieszkaniowa";T;G-0003;Śliwkowa;3;;81-198;garaż;;;;;;;;;',
            ROWS[0].replace("2020-01-15", "2020-13-15")]
    with pytest.raises(RegisterFileError) as refused:
        parse_register(register_text(rows).encode())
    assert [(problem.line, problem.column) for problem in refused.value.problems] == [
        (4, "tytul_od")]
