"""The letter register from the terminal (issue 18): the letter carries its number, the life
of a letter, the dispatch list, unused letters — on both databases."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from iok_desk.cli import main
from iok_desk.db.engine import Database
from iok_desk.domain.credentials import format_login_id
from iok_desk.domain.dates import format_date, now_utc, office_date

from .helpers import page_texts


def run(capsys: pytest.CaptureFixture[str], url: str, *argv: str) -> tuple[int, str, str]:
    code = main(["--database", url, "--clerk", "admin", *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _issued(capsys: pytest.CaptureFixture[str], url: str, tmp_path: Path, first: str,
            last: str, unit: str) -> tuple[str, str]:
    code, out, err = run(capsys, url, "request", "add", "--kind", "grant", "--channel",
                         "paper", "--first-name", first, "--last-name", last, "--unit", unit)
    assert code == 0, err
    number = out.strip()
    assert run(capsys, url, "request", "approve", number)[0] == 0
    letter = tmp_path / f"{first}.pdf"
    code, out, err = run(capsys, url, "account", "issue", number, "--letter", str(letter))
    assert code == 0, err
    [text] = page_texts(letter.read_bytes())
    year = office_date(now_utc()).year
    letter_numbers = [word for word in text.split() if word.startswith(f"PL/{year}/")]
    assert len(letter_numbers) == 2 and letter_numbers[0] == letter_numbers[1], text
    assert f"Pismo nr {letter_numbers[0]}" in err
    assert "7 dni — odebrane osobiście" in text and "14 dni — wysłane pocztą" in text
    return out.strip(), letter_numbers[0]


def test_a_letters_life_from_the_terminal(
        capsys: pytest.CaptureFixture[str], database_url: str, db: Database,
        register: dict[str, str], tmp_path: Path) -> None:
    jan_login, jan = _issued(capsys, database_url, tmp_path, "Jan", "Kowalski",
                             register["flat5"])
    anna_login, anna = _issued(capsys, database_url, tmp_path, "Anna", "Żółkiewska",
                               register["flat7"])
    code, out, err = run(capsys, database_url, "letter", "handed", jan, "--to", "Jan Kowalski",
                         "--id-checked-by", "admin")
    assert code == 0 and out.startswith(f"{jan}: wydane osobiście; hasło ważne do"), err
    code, out, err = run(capsys, database_url, "letter", "posted", anna, "--tracking",
                         "RR123456789PL")
    assert code == 0, err
    code, out, _ = run(capsys, database_url, "letter", "list", "--state", "posted", "--json")
    listed = json.loads(out)
    assert [(item["number"], item["tracking_number"], item["login_id"]) for item in listed] == [
        (anna, "RR123456789PL", anna_login)]
    assert run(capsys, database_url, "letter", "handed", anna, "--to", "Anna Żółkiewska")[0] != 0

    today = format_date(office_date(now_utc()))
    dispatch = tmp_path / "ksiazka.pdf"
    code, _, err = run(capsys, database_url, "letter", "dispatch-list", "--date", today,
                       str(dispatch))
    assert code == 0, err
    [text] = page_texts(dispatch.read_bytes())
    assert "Książka nadawcza" in text and "RR123456789PL" in text and "Anna Żółkiewska" in text
    assert "Jan Kowalski" not in text and "81-198 Gdynia" in text

    assert run(capsys, database_url, "letter", "returned", anna)[0] == 0
    code, out, _ = run(capsys, database_url, "letters", "unused", "--json")
    assert [(item["login_id"], item["letter_state"]) for item in json.loads(out)] == [
        (anna_login, "returned")]
    renewed = tmp_path / "nowe.pdf"
    code, out, err = run(capsys, database_url, "account", "new-password", anna_login,
                         "--letter", str(renewed), "--reason", "Zwrot z poczty.")
    assert code == 0, err
    code, out, _ = run(capsys, database_url, "letter", "list", "--json")
    states = {item["number"]: item["state"] for item in json.loads(out)}
    assert states[anna] == "voided" and states[jan] == "handed_over" and len(states) == 3
    code, _, err = run(capsys, database_url, "letter", "void", jan, "--reason", " ")
    assert code != 0 and "Powód" in err
    assert run(capsys, database_url, "account", "new-password", jan_login, "--letter",
               str(tmp_path / "x.pdf"), "--reason", "Nie.")[0] == 0  # never used: allowed


def test_closing_unused_accounts_in_a_batch(
        capsys: pytest.CaptureFixture[str], database_url: str, db: Database,
        register: dict[str, str], tmp_path: Path) -> None:
    jan_login, jan = _issued(capsys, database_url, tmp_path, "Jan", "Kowalski",
                             register["flat5"])
    anna_login, _ = _issued(capsys, database_url, tmp_path, "Anna", "Żółkiewska",
                            register["flat7"])
    code, out, err = run(capsys, database_url, "letters", "close-unused", jan_login, anna_login,
                         "--reason", "Pismo zaginęło.", "--json")
    assert code == 0, err
    assert json.loads(out) == {"closed": [jan_login, anna_login], "refused": []}
    code, out, _ = run(capsys, database_url, "letter", "list", "--state", "voided", "--json")
    assert jan in {item["number"] for item in json.loads(out)}
    code, out, err = run(capsys, database_url, "letters", "close-unused", jan_login,
                         "--reason", "Jeszcze raz.")
    assert code == 1 and "używane" in err


def test_new_first_passwords_for_several_accounts_in_one_pdf(
        capsys: pytest.CaptureFixture[str], database_url: str, db: Database,
        register: dict[str, str], tmp_path: Path) -> None:
    issued = [_issued(capsys, database_url, tmp_path, first, last, register[flat])
              for first, last, flat in (("Jan", "Kowalski", "flat5"),
                                        ("Anna", "Żółkiewska", "flat7"))]
    logins = [login for login, _ in issued]

    def post_and_return(numbers: list[str]) -> None:
        for number in numbers:
            assert run(capsys, database_url, "letter", "posted", number, "--tracking",
                       "RR1PL")[0] == 0
            assert run(capsys, database_url, "letter", "returned", number)[0] == 0

    post_and_return([number for _, number in issued])
    refused_target = tmp_path / "odmowa.pdf"
    code, _, err = run(capsys, database_url, "account", "new-password", *logins, "1234-5679",
                       "--letter", str(refused_target), "--reason", "Zwrot z poczty.")
    assert code == 1 and "Nie wydano żadnego hasła" in err and "1234-5679" in err
    assert not refused_target.exists()

    target = tmp_path / "nowe-hasla.pdf"
    code, out, err = run(capsys, database_url, "account", "new-password", *logins,
                         "--letter", str(target), "--reason", "Zwrot z poczty.")
    assert code == 0, err
    renewed = [line.split("\t") for line in out.splitlines()]
    assert [login for login, _ in renewed] == logins
    pages = page_texts(target.read_bytes())
    assert len(pages) == 2
    for page, (login, number) in zip(pages, renewed, strict=True):
        assert format_login_id(login) in page and page.count(number) == 2  # letter, strip
    code, out, _ = run(capsys, database_url, "letter", "list", "--state", "voided", "--json")
    assert {item["number"] for item in json.loads(out)} == {number for _, number in issued}

    post_and_return([number for _, number in renewed])
    code, _, err = run(capsys, database_url, "letters", "unused", "--new-password")
    assert code == 1 and "--letter" in err
    again = tmp_path / "jeszcze-raz.pdf"
    code, out, err = run(capsys, database_url, "letters", "unused", "--new-password",
                         "--letter", str(again), "--reason", "Znowu zwrot.", "--json")
    assert code == 0, err
    result = json.loads(out)
    assert [item["login_id"] for item in result["renewed"]] == logins
    assert len(page_texts(again.read_bytes())) == 2
    code, out, _ = run(capsys, database_url, "letters", "unused", "--json")
    assert json.loads(out) == []
