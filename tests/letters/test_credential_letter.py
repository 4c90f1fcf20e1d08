"""The credential letter, read back through its extracted text."""

from __future__ import annotations

import dataclasses

import pytest

from iok_desk.letters import credential
from iok_desk.letters.credential import render_credential_letters
from iok_desk.letters.style import plural
from iok_desk.services.settings import Letterhead

from .helpers import PASSWORD, page_texts, sample_letter

ACKNOWLEDGEMENT = "POTWIERDZENIE ODBIORU"


def test_first_issue_letter_prints_every_value_with_polish_diacritics() -> None:
    [text] = page_texts(render_credential_letters(Letterhead(), [sample_letter()]))
    for expected in ("Młodzieżowa Spółdzielnia Mieszkaniowa w Gdyni", "Anna Żółkiewska",
                     "ul. Paprykowa 12/7", "81-198 Gdynia", "Gdynia, 24.11.2026",
                     "IOK/2026/00042", "4821 0934", "k7Wm 49xP 3qZa", "24.12.2026",
                     "Dane do pierwszego logowania w serwisie IOK",
                     "co najmniej 6 znaków, w tym co najmniej 4 cyfry",
                     "58-629-00-16 wew. 326", "pokój 18", "https://msmgdynia.pl",
                     "nie wolno udostępniać osobom trzecim",
                     "Sprzedaż, zamiana lub darowizna lokalu", "odebranie dostępu do IOK"):
        assert expected in text, expected
    assert "Identyfikator logowania 4821 0934" in text
    assert "Hasło do pierwszego logowania k7Wm 49xP 3qZa" in text
    assert "zastępuje zablokowany" not in text


def test_acknowledgement_strip_names_the_login_id_but_never_the_password() -> None:
    [text] = page_texts(render_credential_letters(Letterhead(), [sample_letter()]))
    letter, strip = text.split(ACKNOWLEDGEMENT)
    assert "k7Wm 49xP 3qZa" in letter
    for needle in (PASSWORD, "k7Wm", "49xP", "3qZa"):
        assert needle not in strip
    for expected in ("IOK/2026/00042", "4821 0934", "Anna Żółkiewska", "24.11.2026",
                     "ul. Paprykowa 12/7", "czytelny podpis", "data odbioru"):
        assert expected in strip, expected


def test_reissue_letter_says_the_new_id_replaces_the_blocked_one() -> None:
    letter = sample_letter(reissue=True, register_number="",
                           unit_addresses=["Paprykowa 12/7", "Śliwkowa 3"])
    [text] = page_texts(render_credential_letters(Letterhead(), [letter]))
    assert "Nowy identyfikator logowania i hasło do serwisu IOK" in text
    assert "Nowy identyfikator zastępuje zablokowany" in text
    assert "lokali: ul. Paprykowa 12/7, ul. Śliwkowa 3" in text
    assert "IOK/" not in text


def test_batch_puts_each_letter_on_its_own_sheet_and_reports_progress() -> None:
    letters = [sample_letter(login_id=login, first_name=name, password=password)
               for login, name, password in (("48210934", "Jan", "aB3dE4fG5hJ6"),
                                             ("51234562", "Łucja", "Xy2345zzQwRt"),
                                             ("70011223", "Żaneta", "mN8pQ9rS2tU3"))]
    calls: list[tuple[int, int]] = []
    texts = page_texts(render_credential_letters(Letterhead(), letters,
                                                 progress=lambda done, total:
                                                 calls.append((done, total))))
    assert calls == [(1, 3), (2, 3), (3, 3)]
    assert len(texts) == 3
    for text, letter in zip(texts, letters, strict=True):
        assert f"{letter.first_name} Żółkiewska" in text
        assert f"{letter.login_id[:4]} {letter.login_id[4:]}" in text
        others = [other.password for other in letters if other is not letter]
        assert not any(other[:4] in text for other in others)


def test_letterhead_from_settings_is_what_the_letter_prints() -> None:
    letterhead = dataclasses.replace(Letterhead(), phone="58 000 11 22", postal_code="81-198",
                                     portal_url="https://iok.example.pl")
    [text] = page_texts(render_credential_letters(letterhead, [sample_letter()]))
    assert "58 000 11 22" in text
    assert "81-198 Gdynia" in text
    assert "https://iok.example.pl" in text
    assert "58-629-00-16" not in text


def test_many_units_still_fit_above_the_tear_off_strip() -> None:
    units = [f"Paprykowa 12/{number}" for number in range(1, 9)]
    letter = sample_letter(reissue=True, unit_addresses=units)
    [text] = page_texts(render_credential_letters(Letterhead(), [letter]))
    assert "ul. Paprykowa 12/8" in text


def test_text_that_would_run_into_the_strip_is_refused_not_overprinted() -> None:
    letter = sample_letter(unit_addresses=[f"Bardzo Długa Ulica 1/{n}" for n in range(80)])
    with pytest.raises(credential.LetterOverflow):
        render_credential_letters(Letterhead(), [letter])


def test_empty_batch_gives_no_pages() -> None:
    assert page_texts(render_credential_letters(Letterhead(), [])) == []


def test_strip_names_how_many_more_units_when_they_do_not_fit_one_line() -> None:
    units = [f"Chwarznieńska {number}/{number + 10}" for number in range(1, 9)]
    letter = sample_letter(reissue=True, unit_addresses=units)
    [text] = page_texts(render_credential_letters(Letterhead(), [letter]))
    strip = text.split(ACKNOWLEDGEMENT)[1]
    assert "ul. Chwarznieńska 1/11" in strip
    assert "innych" in strip or " inne" in strip
    assert "ul. Chwarznieńska 8/18" in text.split(ACKNOWLEDGEMENT)[0]


@pytest.mark.parametrize(("count", "word"), [(1, "lokal"), (2, "lokale"), (4, "lokale"),
                                             (5, "lokali"), (12, "lokali"), (22, "lokale"),
                                             (25, "lokali")])
def test_polish_plural(count: int, word: str) -> None:
    assert plural(count, "lokal", "lokale", "lokali") == word


class _Cancelled(Exception):
    pass


def test_a_progress_callback_that_raises_cancels_the_batch() -> None:
    seen: list[int] = []

    def progress(done: int, total: int) -> None:
        seen.append(done)
        if done == 2:
            raise _Cancelled

    with pytest.raises(_Cancelled):
        render_credential_letters(Letterhead(), [sample_letter()] * 5, progress=progress)
    assert seen == [1, 2]


def test_long_admin_edited_letterhead_and_names_still_print_whole() -> None:
    letterhead = dataclasses.replace(
        Letterhead(), organisation="Młodzieżowa Spółdzielnia Mieszkaniowa w Gdyni — "
        "Zarząd Spółdzielni", department="Dział Księgowości i Windykacji, "
        "pokój 18 (parter, wejście od podwórza)")
    letter = sample_letter(first_name="Maria Magdalena Krystyna",
                           last_name="Żółkiewska-Gołębiewska-Szczęsna")
    [text] = page_texts(render_credential_letters(letterhead, [letter]))
    assert "Mieszkaniowa w Gdyni — Zarząd Spółdzielni" in text
    assert "wejście od podwórza)" in text
    strip = text.split(ACKNOWLEDGEMENT)[1]
    assert "Maria Magdalena Krystyna Żółkiewska-Gołębiewska-Szczęsna" in strip


def test_a_letterhead_line_too_long_for_the_page_is_cut_visibly_not_run_off() -> None:
    letterhead = dataclasses.replace(Letterhead(), organisation="Spółdzielnia " * 15 + "KONIEC")
    [text] = page_texts(render_credential_letters(letterhead, [sample_letter()]))
    assert "Spółdzielnia Spółdzielnia" in text and "…" in text
    assert "KONIEC" not in text
