"""The blank request form, on paper and as a fillable PDF form the intake reads back."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader, PdfWriter

from iok_desk.domain import request_form as fields
from iok_desk.domain.states import RequestKind
from iok_desk.letters.request_form import render_request_form
from iok_desk.services.settings import Letterhead

from .helpers import page_texts


def test_paper_form_asks_for_everything_the_request_needs() -> None:
    pdf = render_request_form(Letterhead())
    [text] = page_texts(pdf)
    for expected in ("WNIOSEK", "o nadanie, zablokowanie lub odebranie dostępu",
                     "Internetowej Obsługi Kontrahenta (IOK)", "nadanie dostępu do IOK",
                     "dodanie lokalu do mojego konta", "zablokowanie dostępu",
                     "odebranie dostępu", "Imię", "Nazwisko", "Adres lokalu",
                     "Tytuł prawny do lokalu", "Identyfikator logowania", "Adres e-mail",
                     "Telefon", "Miejscowość i data", "czytelny podpis wnioskodawcy",
                     "Informacja o przetwarzaniu danych osobowych (art. 13 RODO)",
                     "Prezesa Urzędu Ochrony Danych Osobowych",
                     "Młodzieżowa Spółdzielnia Mieszkaniowa w Gdyni", "iok@msmgdynia.pl",
                     "pokój 18", "WYPEŁNIA SPÓŁDZIELNIA"):
        assert expected in text, expected
    assert PdfReader(io.BytesIO(pdf)).get_fields() is None


def test_fillable_form_has_exactly_the_stable_field_names() -> None:
    reader = PdfReader(io.BytesIO(render_request_form(Letterhead(), fillable=True)))
    found = reader.get_fields()
    assert found is not None
    assert set(found) == set(fields.ALL_FIELDS)
    for name in fields.ACTION_FIELDS.values():
        assert found[name]["/FT"] == "/Btn"
    for name in fields.TEXT_FIELDS:
        assert found[name]["/FT"] == "/Tx"
    assert "Internetowej Obsługi Kontrahenta" in page_texts(
        render_request_form(Letterhead(), fillable=True))[0]


def test_a_form_filled_on_a_computer_reads_back_with_polish_letters(tmp_path: Path) -> None:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(
        render_request_form(Letterhead(), fillable=True))))
    values = {fields.FIELD_FIRST_NAME: "Łucja", fields.FIELD_LAST_NAME: "Żółkiewska",
              fields.FIELD_UNIT: "Śliwkowa 3", fields.FIELD_NOTE: "Zgubiłam hasło.\nPilne.",
              fields.ACTION_FIELDS[RequestKind.BLOCK]: "/Yes"}
    writer.update_page_form_field_values(writer.pages[0], values, auto_regenerate=False)
    path = tmp_path / "wniosek.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    read = {name: field.get("/V") for name, field in PdfReader(path).get_fields().items()}
    assert read[fields.FIELD_LAST_NAME] == "Żółkiewska"
    assert read[fields.FIELD_FIRST_NAME] == "Łucja"
    assert read[fields.FIELD_UNIT] == "Śliwkowa 3"
    assert read[fields.FIELD_NOTE] == "Zgubiłam hasło.\nPilne."
    assert read[fields.ACTION_FIELDS[RequestKind.BLOCK]] == "/Yes"
    assert read[fields.ACTION_FIELDS[RequestKind.GRANT]] == "/Off"


def test_form_takes_the_letterhead_from_settings() -> None:
    letterhead = Letterhead(email="wnioski@example.pl", department="Biuro Obsługi, pokój 2")
    [text] = page_texts(render_request_form(letterhead))
    assert "wnioski@example.pl" in text and "Biuro Obsługi, pokój 2" in text
    assert "iok@msmgdynia.pl" not in text
