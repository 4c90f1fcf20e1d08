"""Credential letters per second: IOK Desk's letter against the floor, a bare reportlab canvas.

The floor draws exactly the text of each rendered letter (read back from the PDF beforehand,
not timed) with ``drawString`` in the same embedded DejaVu font: no layout, no paragraphs, no
frame, no QR code. The gap between the two is what the letter's layout costs.

    .venv/bin/python bench/bench_letters.py [--count 500] [--rounds 3]
"""

from __future__ import annotations

import argparse
import io
import random
import time
from collections.abc import Callable
from datetime import date, timedelta

from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from iok_desk.domain.credentials import generate_first_password, generate_login_id
from iok_desk.letters.credential import render_credential_letters
from iok_desk.letters.style import PAGE_HEIGHT, PAGE_WIDTH, SANS, register_fonts
from iok_desk.services.demo import FIRST_NAMES_F, FIRST_NAMES_M, LAST_NAMES, STREETS
from iok_desk.services.dto import CredentialLetterData
from iok_desk.services.settings import Letterhead


def demo_letters(count: int, seed: int = 2026) -> list[CredentialLetterData]:
    rng = random.Random(seed)
    streets = [street for _, _, _, names in STREETS for street in names]
    issued = date(2026, 11, 24)
    letters = []
    for index in range(count):
        female = rng.random() < 0.5
        first = rng.choice(FIRST_NAMES_F if female else FIRST_NAMES_M)
        last = rng.choice(LAST_NAMES)[1 if female else 0]
        unit = f"{rng.choice(streets)} {rng.randint(1, 40)}/{rng.randint(1, 60)}"
        letters.append(CredentialLetterData(
            register_number=f"IOK/2026/{index + 1:05d}", login_id=generate_login_id(),
            password=generate_first_password(), first_name=first, last_name=last,
            address_lines=[f"ul. {unit}", "81-198 Gdynia"], unit_addresses=[unit],
            issued_on=issued, expires_on=issued + timedelta(days=30),
            reissue=index % 10 == 0))
    return letters


def floor_pdf(pages: list[list[str]]) -> bytes:
    """The same lines of text, one page each, drawn with nothing but drawString."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), pageCompression=1)
    for lines in pages:
        canvas.setFont(SANS, 9)
        y = PAGE_HEIGHT - 40
        for line in lines:
            canvas.drawString(60, y, line)
            y -= 11
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def best_of(rounds: int, work: Callable[[], bytes]) -> tuple[float, int]:
    """The fastest of ``rounds`` runs (seconds) and the size of the PDF it made."""
    times, size = [], 0
    for _ in range(rounds):
        start = time.perf_counter()
        size = len(work())
        times.append(time.perf_counter() - start)
    return min(times), size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    register_fonts()
    letterhead = Letterhead()
    letters = demo_letters(args.count)
    reader = PdfReader(io.BytesIO(render_credential_letters(letterhead, letters)))
    pages = [page.extract_text().splitlines() for page in reader.pages]
    assert len(pages) == args.count

    letter_seconds, letter_size = best_of(
        args.rounds, lambda: render_credential_letters(letterhead, letters))
    floor_seconds, floor_size = best_of(args.rounds, lambda: floor_pdf(pages))

    print(f"{args.count} credential letters, best of {args.rounds} rounds")
    print(f"{'':28}{'seconds':>10}{'letters/s':>12}{'PDF size':>12}")
    for name, seconds, size in (("IOK Desk credential letter", letter_seconds, letter_size),
                                ("floor: bare canvas text", floor_seconds, floor_size)):
        print(f"{name:28}{seconds:10.2f}{args.count / seconds:12.0f}"
              f"{size / 1024:10.0f} KB")
    print(f"the letter costs {letter_seconds / floor_seconds:.1f}× the floor")


if __name__ == "__main__":
    main()
