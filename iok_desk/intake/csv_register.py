"""The unit and owner register exported by the accounting system, as a CSV file.

One row per legal title (a unit with several co-owners has several rows; a unit with no holder
has one row with the person and title columns empty). Columns, encodings and separators are
documented in ``docs/register-import.md``. UTF-8 (with or without BOM) and Windows-1250 are
recognised, ``;`` or ``,`` as the separator (whichever makes sense of the header line). Every
bad value is reported with its line and column; one bad row fails the whole file.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from iok_desk.domain.errors import ValidationError
from iok_desk.domain.states import TitleKind
from iok_desk.domain.validation import (
    POSTAL_CODE,
    clean_text,
    fold_for_search,
    parse_unit_address,
    validate_email,
    validate_person_name,
    validate_phone,
)

REQUIRED_COLUMNS = ("zasob_klucz", "zasob_nazwa", "lokal_klucz", "ulica", "budynek")
OPTIONAL_COLUMNS = ("wspolnota", "lokal_nr", "kod_pocztowy", "miejscowosc", "rodzaj_lokalu",
                    "kontrahent_klucz", "imie", "nazwisko", "email", "telefon", "tytul_klucz",
                    "tytul_rodzaj", "tytul_od", "tytul_do")
PERSON_COLUMNS = ("imie", "nazwisko", "email", "telefon")
TITLE_COLUMNS = ("tytul_klucz", "tytul_rodzaj", "tytul_od", "tytul_do")
SEPARATORS = (";", ",")
MAX_PROBLEMS = 100
HEADER_SEARCH = 10  # non-empty lines looked at for the header (title lines above it)

UNIT_KINDS = {"mieszkalny": "flat", "mieszkanie": "flat", "lokal mieszkalny": "flat",
              "flat": "flat", "uzytkowy": "commercial", "lokal uzytkowy": "commercial",
              "commercial": "commercial", "garaz": "garage", "garage": "garage",
              "miejsce postojowe": "garage"}
TITLE_KINDS = {
    "coop-right": TitleKind.COOP_RIGHT, "spoldzielcze prawo do lokalu": TitleKind.COOP_RIGHT,
    "spoldzielcze wlasnosciowe prawo do lokalu": TitleKind.COOP_RIGHT,
    "spoldzielcze lokatorskie prawo do lokalu": TitleKind.COOP_RIGHT,
    "spoldzielcze": TitleKind.COOP_RIGHT,
    "ownership": TitleKind.OWNERSHIP, "wlasnosc": TitleKind.OWNERSHIP,
    "odrebna wlasnosc": TitleKind.OWNERSHIP,
    "association-ownership": TitleKind.ASSOCIATION_OWNERSHIP,
    "wlasnosc we wspolnocie mieszkaniowej": TitleKind.ASSOCIATION_OWNERSHIP,
    "wlasnosc we wspolnocie": TitleKind.ASSOCIATION_OWNERSHIP,
    "wspolnota": TitleKind.ASSOCIATION_OWNERSHIP,
    "odrebna wlasnosc lokalu": TitleKind.OWNERSHIP, "wlasnosc lokalu": TitleKind.OWNERSHIP,
    "lease": TitleKind.LEASE, "najem": TitleKind.LEASE, "umowa najmu": TitleKind.LEASE,
    "najem lokalu": TitleKind.LEASE,
}
YES_NO = {"t": True, "tak": True, "1": True, "y": True, "yes": True, "n": False, "nie": False,
          "0": False, "no": False, "": False}

# ASCII digits only (re.ASCII): "١٢" is no building number, though int() would read it.
_NUMBER = re.compile(r"^\d{1,4}[A-Za-z]?$", re.ASCII)
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$", re.ASCII)
_MIDNIGHT = re.compile(r"[ T]00:00(?::00(?:\.0+)?)?$", re.ASCII)
_POLISH_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$", re.ASCII)
# ISO-8859-2's ą ś ź Ą Ś Ź read as Windows-1250: a file in the other Polish code page.
_ISO_8859_2_AS_CP1250 = "±¶Ľˇ¦¬"
_POLISH_IN_CP1250 = "ąśźĄŚŹ"


@dataclass(frozen=True)
class RowProblem:
    """A bad value: where, the Polish ``message``, and its ``code`` and parameters
    (``details``) from which ``domain.messages.render_register_problem`` says it in English."""

    line: int
    column: str
    message: str
    code: str = "register_value"
    details: dict[str, Any] = field(default_factory=dict, compare=False)

    def __str__(self) -> str:
        where = f"wiersz {self.line}" + (f", kolumna „{self.column}”" if self.column else "")
        return f"{where}: {self.message}"


class RegisterFileError(ValidationError):
    """The file cannot be imported; ``problems`` lists every bad value with line and column."""

    def __init__(self, problems: list[RowProblem]) -> None:
        more = f" (wszystkich błędów: {len(problems)})" if len(problems) > 1 else ""
        super().__init__(f"Rejestru nie zaimportowano — {problems[0]}{more}. Nic nie zostało "
                         "zapisane.", code="register_file", field=problems[0].column or "file",
                         problems=[{"line": p.line, "column": p.column, "message": p.message,
                                    "code": p.code, "details": p.details} for p in problems])
        self.problems = problems


@dataclass(frozen=True)
class EstateRow:
    key: str
    name: str
    is_association: bool


@dataclass(frozen=True)
class UnitRow:
    key: str
    estate_key: str
    street: str
    building: str
    unit_no: str
    postal_code: str
    city: str
    kind: str


@dataclass(frozen=True)
class PersonRow:
    key: str
    first_name: str
    last_name: str
    email: str
    phone: str


@dataclass(frozen=True)
class TitleRow:
    key: str
    person_key: str
    unit_key: str
    kind: TitleKind
    valid_from: date
    valid_to: date | None


@dataclass(frozen=True)
class RegisterRow:
    """One line of the file: a unit, and the holder and title when the line names them."""

    line: int
    estate: EstateRow
    unit: UnitRow
    person: PersonRow | None
    title: TitleRow | None


@dataclass(frozen=True)
class RegisterFile:
    """A parsed register: how it was read, and its rows in file order. ``columns`` are the
    known columns present (an absent optional column leaves stored values alone)."""

    encoding: str
    separator: str
    columns: frozenset[str]
    ignored_columns: tuple[str, ...]
    rows: tuple[RegisterRow, ...] = field(repr=False)


def decode_register(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """The file's text and the encoding it was read in: UTF-8 (BOM or not), else Windows-1250
    (or ISO-8859-2 when its letters show). ``encoding`` forces one."""
    if b"\x00" in data[:4096] or data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise RegisterFileError([RowProblem(1, "", "plik nie jest tekstem w UTF-8 ani "
                                            "Windows-1250 (zapisz go jako CSV w jednym z nich)",
                                            "register_not_text")])
    try:
        if encoding:
            return data.decode(encoding), encoding
        if data.startswith(codecs.BOM_UTF8):
            return data.decode("utf-8-sig"), "utf-8-sig"
        try:
            return data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            text = data.decode("cp1250")
            iso_letters = sum(text.count(char) for char in _ISO_8859_2_AS_CP1250)
            if iso_letters > sum(text.count(char) for char in _POLISH_IN_CP1250):
                return data.decode("iso-8859-2"), "iso-8859-2"
            return text, "cp1250"
    except (UnicodeDecodeError, LookupError) as error:
        line = data[:getattr(error, "start", 0)].count(b"\n") + 1
        raise RegisterFileError([RowProblem(line, "", f"nie da się odczytać znaków pliku "
                                            f"({error})", "register_undecodable",
                                            {"encoding": encoding or ""})]) from error


# Headers other accounting exports write for the same columns (folded, as _column_name gives).
HEADER_ALIASES = {"nr_lokalu": "lokal_nr", "numer_lokalu": "lokal_nr", "e_mail": "email",
                  "adres_e_mail": "email", "mail": "email", "nr_budynku": "budynek",
                  "numer_budynku": "budynek", "kod": "kod_pocztowy", "miasto": "miejscowosc",
                  "nr_telefonu": "telefon", "tel": "telefon", "tel.": "telefon"}


def _column_name(header: str) -> str:
    name = re.sub(r"[\s\-]+", "_", fold_for_search(header.strip().strip('"')))
    return HEADER_ALIASES.get(name, name)


def _known_columns(line: str, separator: str) -> int:
    try:
        names = next(csv.reader([line], delimiter=separator), [])
    except csv.Error:  # not a header; the reader reports the line when it gets there
        return 0
    return sum(_column_name(name) in REQUIRED_COLUMNS + OPTIONAL_COLUMNS for name in names)


def _find_header(lines: list[str], separator: str | None) -> tuple[int, str]:
    """The header's line number and the separator: among the first non-empty lines, the one
    that names the most known columns (a title line such as "Rejestr lokali na dzień …" or
    an empty first column row above it is skipped); the separator that makes most sense of
    it, unless given. With no known column anywhere, the first non-empty line."""
    candidates = [index for index, line in enumerate(lines) if line.strip()][:HEADER_SEARCH]
    separators = (separator,) if separator else SEPARATORS
    best = max((_known_columns(lines[index], candidate), -index, candidate)
                for index in candidates for candidate in separators)
    known, minus_index, chosen = best
    return (-minus_index if known else candidates[0]) + 1, chosen


def _date(text: str) -> date:
    text = _MIDNIGHT.sub("", text)  # "2020-01-15 00:00:00": a spreadsheet's date cell
    iso = _ISO_DATE.match(text)
    polish = _POLISH_DATE.match(text)
    try:
        if iso:
            return date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        if polish:
            return date(int(polish.group(3)), int(polish.group(2)), int(polish.group(1)))
    except ValueError:  # a day that does not exist, as 2026-02-30
        pass
    raise ValidationError(f"„{text}” nie jest datą (RRRR-MM-DD albo DD.MM.RRRR)",
                          code="bad_date", value=text)


class _RowReader:
    """Reads one record's cells, collecting a problem per bad value."""

    def __init__(self, line: int, cells: dict[str, str], problems: list[RowProblem]) -> None:
        self.line = line
        self.cells = cells
        self.problems = problems

    def problem(self, column: str, message: str, code: str, **details: Any) -> None:
        self.problems.append(RowProblem(self.line, column, message, code, details))

    def invalid(self, column: str, error: ValidationError) -> None:
        """A validator's refusal, with its code and parameters."""
        self.problem(column, "brak wartości" if error.code == "required"
                     else _without_label(error.message), error.code, **error.details)

    def text(self, column: str, *, max_length: int, required: bool = False) -> str:
        try:
            return clean_text(self.cells.get(column, ""), column, column, max_length=max_length,
                              required=required)
        except ValidationError as error:
            self.invalid(column, error)
            return ""


def _without_label(message: str) -> str:
    """A validator's message without its ``Pole „…”:`` opening (the column is named anyway)."""
    return re.sub(r"^Pole „[^”]*”:?\s*", "", message).rstrip(".")


def _read_row(reader: _RowReader) -> RegisterRow | None:
    cells = reader.cells
    before = len(reader.problems)
    estate = EstateRow(
        key=reader.text("zasob_klucz", max_length=32, required=True),
        name=reader.text("zasob_nazwa", max_length=200, required=True),
        is_association=False)
    association = fold_for_search(cells.get("wspolnota", ""))
    if association not in YES_NO:
        reader.problem("wspolnota", f"„{cells['wspolnota']}” — wpisz T (tak) albo N (nie)",
                       "register_yes_no", value=cells["wspolnota"])
    else:
        estate = EstateRow(estate.key, estate.name, YES_NO[association])

    street = reader.text("ulica", max_length=100, required=True)
    building = reader.text("budynek", max_length=8, required=True).upper()
    unit_no = reader.text("lokal_nr", max_length=8).upper()
    for column, value in (("budynek", building), ("lokal_nr", unit_no)):
        if value and not _NUMBER.match(value):
            reader.problem(column, f"„{value}” — numer to do 4 cyfr i ewentualnie litera "
                           "(np. 12, 230A)", "register_number", value=value)
    if street and building and _NUMBER.match(building) and (not unit_no or _NUMBER.match(unit_no)):
        try:
            street = parse_unit_address(f"{street} {building}" + (f"/{unit_no}" if unit_no
                                                                 else "")).street
        except ValidationError as error:
            reader.invalid("ulica", error)
    postal_code = reader.text("kod_pocztowy", max_length=6)
    if postal_code and not POSTAL_CODE.match(postal_code):
        reader.problem("kod_pocztowy", f"„{postal_code}” — kod pocztowy ma postać 81-198",
                       "register_postal_code", value=postal_code)
    kind_text = fold_for_search(cells.get("rodzaj_lokalu", ""))
    if kind_text and kind_text not in UNIT_KINDS:
        reader.problem("rodzaj_lokalu", f"„{cells['rodzaj_lokalu']}” — dozwolone: mieszkalny, "
                       "użytkowy, garaż", "register_unit_kind", value=cells["rodzaj_lokalu"])
    unit = UnitRow(key=reader.text("lokal_klucz", max_length=32, required=True),
                   estate_key=estate.key, street=street, building=building, unit_no=unit_no,
                   postal_code=postal_code, city=reader.text("miejscowosc", max_length=60),
                   kind=UNIT_KINDS.get(kind_text, "flat"))

    person_key = reader.text("kontrahent_klucz", max_length=32)
    person: PersonRow | None = None
    title: TitleRow | None = None
    if not person_key:
        filled = [column for column in PERSON_COLUMNS + TITLE_COLUMNS
                  if cells.get(column, "").strip()]
        if filled:
            reader.problem("kontrahent_klucz", "brak klucza kontrahenta, choć wiersz podaje "
                           f"jego dane ({', '.join(filled)})", "register_person_without_key",
                           columns=", ".join(filled))
    else:
        person = _read_person(reader, person_key)
        title = _read_title(reader, person_key, unit.key)
    if len(reader.problems) > before:
        return None
    return RegisterRow(reader.line, estate, unit, person, title)


def _validated(reader: _RowReader, column: str, validate: Callable[[str], str]) -> str:
    try:
        return validate(reader.cells.get(column, ""))
    except ValidationError as error:
        reader.invalid(column, error)
        return ""


def _read_person(reader: _RowReader, key: str) -> PersonRow:
    return PersonRow(
        key=key,
        first_name=_validated(reader, "imie",
                              lambda value: validate_person_name(value, "imie", "imie")),
        last_name=_validated(reader, "nazwisko",
                             lambda value: validate_person_name(value, "nazwisko", "nazwisko")),
        email=_validated(reader, "email", lambda value: validate_email(value, "email", "email")),
        phone=_validated(reader, "telefon",
                         lambda value: validate_phone(value, "telefon", "telefon")))


def _read_title(reader: _RowReader, person_key: str, unit_key: str) -> TitleRow | None:
    key = reader.text("tytul_klucz", max_length=32, required=True)
    kind_text = fold_for_search(reader.cells.get("tytul_rodzaj", ""))
    kind = TITLE_KINDS.get(kind_text)
    if kind is None:
        reader.problem("tytul_rodzaj", (f"„{reader.cells['tytul_rodzaj']}” — " if kind_text
                                        else "brak wartości; ")
                       + "dozwolone: spółdzielcze prawo do lokalu, własność, własność we "
                       "Wspólnocie Mieszkaniowej, najem", "register_title_kind",
                       value=reader.cells.get("tytul_rodzaj", ""))
    valid_from = valid_to = None
    for column in ("tytul_od", "tytul_do"):
        text = reader.cells.get(column, "").strip()
        if not text:
            if column == "tytul_od":
                reader.problem(column, "brak wartości (data początku tytułu)",
                               "register_title_start")
            continue
        try:
            if column == "tytul_od":
                valid_from = _date(text)
            else:
                valid_to = _date(text)
        except ValidationError as error:
            reader.problem(column, error.message, error.code, **error.details)
    if valid_from and valid_to and valid_to < valid_from:
        reader.problem("tytul_do", "koniec tytułu jest wcześniejszy niż jego początek",
                       "register_title_ends_before_start")
    if kind is None or valid_from is None:
        return None
    return TitleRow(key, person_key, unit_key, kind, valid_from, valid_to)


def _consistency(rows: list[RegisterRow], problems: list[RowProblem]) -> None:
    """The same key must describe the same thing on every line; an address one unit only."""
    seen: dict[tuple[str, str], tuple[int, object]] = {}
    labels = {"estate": ("zasob_klucz", "zasób"), "unit": ("lokal_klucz", "lokal"),
              "person": ("kontrahent_klucz", "kontrahent")}
    for row in rows:
        items: list[tuple[str, object]] = [("estate", row.estate), ("unit", row.unit)]
        if row.person:
            items.append(("person", row.person))
        for kind, item in items:
            key = (kind, item.key)  # type: ignore[attr-defined]
            if key in seen and seen[key][1] != item:
                column, label = labels[kind]
                problems.append(RowProblem(row.line, column, f"{label} „{key[1]}” ma tu inne "
                                           f"dane niż w wierszu {seen[key][0]}",
                                           "register_key_differs",
                                           {"key": key[1], "other_line": seen[key][0]}))
            seen.setdefault(key, (row.line, item))
        address = ("address", fold_for_search(
            f"{row.unit.street} {row.unit.building}/{row.unit.unit_no}"))
        if address in seen and seen[address][1] != row.unit.key:
            problems.append(RowProblem(row.line, "lokal_klucz", f"ten sam adres ma w wierszu "
                                       f"{seen[address][0]} lokal o kluczu „{seen[address][1]}”",
                                       "register_address_twice",
                                       {"key": seen[address][1],
                                        "other_line": seen[address][0]}))
        seen.setdefault(address, (row.line, row.unit.key))
        if row.title:
            title_key = ("title", row.title.key)
            if title_key in seen:
                problems.append(RowProblem(row.line, "tytul_klucz", f"tytuł „{row.title.key}” "
                                           f"występuje już w wierszu {seen[title_key][0]}",
                                           "register_title_twice",
                                           {"key": row.title.key,
                                            "other_line": seen[title_key][0]}))
            seen.setdefault(title_key, (row.line, row.title))


def _records(reader: Any) -> Iterator[list[str]]:
    """The reader's records; a line the csv module cannot read is a RegisterFileError."""
    while True:
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            raise RegisterFileError([RowProblem(reader.line_num, "", f"wiersza nie da się "
                                                f"odczytać ({error})",
                                                "register_unreadable_line")]) from error
        yield record


def parse_register(data: bytes, *, encoding: str | None = None,
                   separator: str | None = None) -> RegisterFile:
    """Read a register CSV; RegisterFileError lists every bad line and column."""
    text, used_encoding = decode_register(data, encoding)
    lines = re.split(r"\r\n|\r|\n", text)  # as the csv module counts lines
    if not any(line.strip() for line in lines):
        raise RegisterFileError([RowProblem(1, "", "plik jest pusty", "register_empty")])
    header_line, used_separator = _find_header(lines, separator)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=used_separator)
    header: list[str] | None = None
    problems: list[RowProblem] = []
    rows: list[RegisterRow] = []
    line_done = 0
    for record in _records(reader):
        line = line_done + 1
        line_done = reader.line_num
        if not any(cell.strip() for cell in record) or line < header_line:
            continue
        if header is None:
            header = [_column_name(name) for name in record]
            missing = [name for name in REQUIRED_COLUMNS if name not in header]
            if missing:
                raise RegisterFileError([RowProblem(line, name, "brak wymaganej kolumny",
                                                    "register_missing_column")
                                         for name in missing])
            continue
        if len(record) > len(header) and any(cell.strip() for cell in record[len(header):]):
            problems.append(RowProblem(line, "", f"wiersz ma {len(record)} pól, a nagłówek "
                                       f"{len(header)} (sprawdź separator „{used_separator}”)",
                                       "register_field_count",
                                       {"fields": len(record), "header": len(header),
                                        "separator": used_separator}))
            continue
        # A line break inside a quoted cell (an estate name over two lines) is a space.
        cells = {name: " ".join(value.split()) if "\n" in value or "\r" in value else value
                 for name, value in zip(header, record, strict=False)}
        row = _read_row(_RowReader(line, cells, problems))
        if row is not None:
            rows.append(row)
        if len(problems) >= MAX_PROBLEMS:
            break
    if header is None:
        raise RegisterFileError([RowProblem(1, "", "plik jest pusty", "register_empty")])
    _consistency(rows, problems)
    if problems:
        raise RegisterFileError(problems[:MAX_PROBLEMS])
    known = set(REQUIRED_COLUMNS + OPTIONAL_COLUMNS)
    return RegisterFile(encoding=used_encoding, separator=used_separator,
                        columns=frozenset(name for name in header if name in known),
                        ignored_columns=tuple(name for name in header
                                              if name and name not in known),
                        rows=tuple(rows))
