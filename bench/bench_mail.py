"""Reading hostile e-mails: the body patterns as they were (backtracking from every character)
against the desk's current ones, on the bodies of tests/hostile/corpus.py; then the whole
``parse_email`` of each hostile shape at 30 MB.

For each size the naive patterns run only while the previous size took under ``--budget``
seconds (time grows with the square of the size; the rest would take minutes).

    .venv/bin/python bench/bench_mail.py [--sizes 10000 20000 40000 80000] [--budget 20]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

from iok_desk.intake import eml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from hostile.corpus import slow_mails

_OLD_WORD = r"[A-ZĄĆĘŁŃÓŚŹŻ][\w.\-]+"
# The patterns of iok_desk/intake/eml.py before the fix, verbatim.
NAIVE = {
    "unit in text": re.compile(
        rf"(?:\b(?:ul\.|ulica|al\.|aleja|os\.|osiedle|pl\.|plac)\s*{_OLD_WORD}"
        rf"(?:\s+{_OLD_WORD}){{0,2}}|(?:\b\d{{1,2}}\s+)?{_OLD_WORD})"
        r"\s+(?P<building>\d{1,4}[A-Za-z]?)\s*(?:/|\s+m\.?\s*|\s+lok\.?\s*)\s*"
        r"(?P<unit>\d{1,4}[A-Za-z]?)\b"),
    "address in From": re.compile(
        r"^(?P<name>.*?)\s*[<\[](?:mailto:)?(?P<address>[^<>\[\]\s]+@[^<>\[\]\s]+)[>\]]\s*$"),
    "bare address": re.compile(r"[^\s<>\[\]:;,]+@[^\s<>\[\]:;,]+\.[^\s<>\[\]:;,]+"),
}
CURRENT = {"unit in text": eml._UNIT_IN_TEXT, "address in From": eml._ADDRESS_IN_TEXT,
           "bare address": eml._BARE_ADDRESS}
BODIES = {
    "capital letters": ("unit in text", lambda n: "A" * n),
    "capitals and dots": ("unit in text", lambda n: "A." * (n // 2)),
    "street word and dots": ("unit in text", lambda n: "ul.A." * (n // 5)),
    "spaces after a number": ("unit in text", lambda n: "Paprykowa 12" + " " * n + "x"),
    "spaces in a From": ("address in From", lambda n: "a" + " " * n + "b"),
    "no address in a From": ("bare address", lambda n: "a" * n),
}


def _seconds(pattern: re.Pattern[str], text: str) -> float:
    start = time.perf_counter()
    if pattern.pattern.startswith("^"):
        pattern.match(text)
    else:
        for _ in pattern.finditer(text):
            pass
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 20_000, 40_000, 80_000])
    parser.add_argument("--budget", type=float, default=20.0)
    args = parser.parse_args()
    print(f"{'body':24} {'characters':>10} {'naive s':>9} {'current s':>10} {'ratio':>8}")
    for name, (which, build) in BODIES.items():
        naive_last = 0.0
        for size in args.sizes:
            text = build(size)
            current = _seconds(CURRENT[which], text)
            naive: float | None = None
            if naive_last < args.budget:
                naive = naive_last = _seconds(NAIVE[which], text)
            shown = f"{naive:9.3f}" if naive is not None else f"{'—':>9}"
            ratio = f"{naive / max(current, 1e-6):8.0f}" if naive is not None else f"{'':>8}"
            print(f"{name:24} {size:>10,} {shown} {current:10.4f} {ratio}")
    print("\nparse_email, whole message of about 30 MB:")
    for name, raw in slow_mails(30_000_000):
        start = time.perf_counter()
        eml.parse_email(raw)
        print(f"  {name:34} {len(raw) / 1e6:5.1f} MB {time.perf_counter() - start:7.2f} s")


if __name__ == "__main__":
    main()
