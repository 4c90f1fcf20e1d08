"""Cold start of ``iok-desk`` to a usable main window (offscreen): a fresh Python process each
time, from launch until the window is shown and its event loop turns — on an empty embedded
database and on the 100,000-account one from ``make_data.py``.

    .venv/bin/python bench/bench_startup.py [--rounds 5] [make_data options]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from make_data import DEFAULT_SQLITE

ROOT = Path(__file__).resolve().parents[1]

# The real entry point; a zero-delay timer set before it fires on the first turn of the event
# loop, i.e. once the main window is up and answering.
CHILD = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
QTimer.singleShot(0, lambda: (print(time.time(), flush=True), app.quit()))
from iok_desk.cli import main
sys.exit(main(sys.argv[1:]))
"""


def cold_start(url: str, clerk: str, config: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=config)
    started = time.time()
    result = subprocess.run([sys.executable, "-c", CHILD, "--database", url, "--clerk", clerk],
                            cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    return float(result.stdout.split()[0]) - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--sqlite", default=str(DEFAULT_SQLITE), help="the make_data.py file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="iok-bench-start-") as directory:
        targets = [("first start: embedded database created and migrated",
                    f"sqlite:///{Path(directory) / 'first-{round}.sqlite3'}", "admin")]
        if Path(args.sqlite).exists():
            targets.append(("100,000 accounts (SQLite)", f"sqlite:///{args.sqlite}", "bench"))
        for label, url, clerk in targets:
            samples = [cold_start(url.format(round=round_), clerk, directory)
                       for round_ in range(args.rounds)]
            print(f"{label}: median {statistics.median(samples):.2f} s, "
                  f"min {min(samples):.2f} s, max {max(samples):.2f} s "
                  f"({args.rounds} cold starts)")


if __name__ == "__main__":
    main()
