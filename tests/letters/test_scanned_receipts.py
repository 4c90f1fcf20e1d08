"""Scanned receipts (issue 18): the desk's own strips, rasterised with pdftoppm, rotated a few
degrees and blurred as an office scanner leaves them, mark their letters handed over — on both
databases. The code holds the letter's number and login ID, never the password."""

from __future__ import annotations

import io
import json
import subprocess
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image, ImageFilter

from iok_desk.cli import main
from iok_desk.db.engine import Database
from iok_desk.letters.credential import render_credential_letters
from iok_desk.services import accounts, letter_register, requests
from iok_desk.services.context import Actor
from iok_desk.services.dto import CredentialLetterData
from iok_desk.services.settings import get_letterhead

DPI = 150


def _pages(pdf: bytes, tmp_path: Path) -> list[Image.Image]:
    source = tmp_path / "letters.pdf"
    source.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", str(DPI), "-gray", "-png", str(source),
                    str(tmp_path / "page")], check=True)
    return [Image.open(path).convert("L") for path in sorted(tmp_path.glob("page-*.png"))]


def _strip(page: Image.Image) -> Image.Image:
    """The tear-off strip: the bottom 54 mm of the sheet."""
    height = round(54 / 25.4 * DPI)
    return page.crop((0, page.height - height, page.width, page.height))


def _scanned(image: Image.Image, degrees: float) -> Image.Image:
    return image.rotate(degrees, expand=True, fillcolor=255, resample=Image.Resampling.BICUBIC
                        ).filter(ImageFilter.GaussianBlur(1.1))


def _jpeg(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=75)
    return buffer.getvalue()


def _pdf(*images: Image.Image) -> bytes:
    buffer = io.BytesIO()
    images[0].save(buffer, "PDF", resolution=DPI, save_all=True, append_images=list(images[1:]))
    return buffer.getvalue()


def _issued(db: Database, admin: Actor, first: str, last: str,
            unit: str) -> CredentialLetterData | None:
    number = requests.register_request(db, admin, requests.NewRequest(
        kind="grant", channel="paper", first_name=first, last_name=last, unit=unit)).number
    requests.approve_request(db, admin, number)
    return accounts.issue_credentials(db, admin, number).letter


def _letters(db: Database, admin: Actor, register: dict[str, str]) -> list[CredentialLetterData]:
    letters = [_issued(db, admin, "Jan", "Kowalski", register["flat5"]),
               _issued(db, admin, "Anna", "Żółkiewska", register["flat7"])]
    assert all(letters)
    return [letter for letter in letters if letter is not None]


def test_scanned_strips_mark_their_letters_handed_over(
        db: Database, admin: Actor, register: dict[str, str], tmp_path: Path,
        capsys: pytest.CaptureFixture[str], database_url: str) -> None:
    jan, anna = _letters(db, admin, register)
    pages = _pages(render_credential_letters(get_letterhead(db), [jan, anna]), tmp_path)
    codes = [result.text for result in zxingcpp.read_barcodes(pages[0])]
    assert any(jan.letter_number in code and jan.login_id in code for code in codes)
    assert not any(jan.password in code for code in codes)

    # One JPEG holding both strips, as a scanner page with two of them; rotated and soft.
    strips = [_strip(page) for page in pages]
    sheet = Image.new("L", (strips[0].width, strips[0].height * 2 + 40), 255)
    sheet.paste(strips[0], (0, 0))
    sheet.paste(strips[1], (0, strips[0].height + 40))
    both = tmp_path / "skan-1.jpg"
    both.write_bytes(_jpeg(_scanned(sheet, 3)))
    # A PDF from the scanner: Jan's strip again (already handed over by then) and a blank page.
    again = tmp_path / "skan-2.pdf"
    again.write_bytes(_pdf(_scanned(strips[0], -2.5), Image.new("L", (1200, 400), 255)))
    junk = tmp_path / "notatka.txt"
    junk.write_text("to nie jest skan", encoding="utf-8")

    first = letter_register.receive_scans(db, admin, [(both.name, both.read_bytes())])
    assert sorted(first.handed_over) == sorted([jan.letter_number, anna.letter_number])
    assert first.problems == [] and first.changes.accounts == {jan.login_id, anna.login_id}

    code = main(["--database", database_url, "--clerk", "admin", "letter", "receipts",
                 str(again), str(junk), "--json"])
    out = capsys.readouterr().out
    assert code == 0
    result = json.loads(out)
    assert result["handed_over"] == []
    problems = {(item["file_name"], item["page"], item["number"]) for item in result["problems"]}
    assert problems == {("skan-2.pdf", 1, jan.letter_number), ("skan-2.pdf", 2, ""),
                        ("notatka.txt", None, "")}
    handed = letter_register.get_letter(db, anna.letter_number)
    assert handed.state == "handed_over" and handed.received_by == "Anna Żółkiewska"
    assert handed.id_checked_by == "admin" and handed.has_scan
    scan = letter_register.letter_scan(db, anna.letter_number)
    assert scan is not None and scan == ("skan-1.jpg", both.read_bytes())


def test_a_strip_of_another_login_id_is_not_taken(
        db: Database, admin: Actor, register: dict[str, str], tmp_path: Path) -> None:
    jan, anna = _letters(db, admin, register)
    forged = CredentialLetterData(**{**jan.__dict__, "login_id": anna.login_id})
    [page] = _pages(render_credential_letters(get_letterhead(db), [forged]), tmp_path)
    result = letter_register.receive_scans(db, admin, [("falszywy.jpg",
                                                         _jpeg(_scanned(_strip(page), 1.5)))])
    assert result.handed_over == []
    assert [(problem.number, problem.page) for problem in result.problems] == [
        (jan.letter_number, 1)]
    assert letter_register.get_letter(db, jan.letter_number).state == "printed"
