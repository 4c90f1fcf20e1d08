"""Cold start of ``iok-desk`` to a usable main window (offscreen): a fresh Python process each
time, from launch until the window is shown and its event loop turns — on an empty embedded
database, on one already migrated, and on the 100,000-account one from ``make_data.py`` —
against a bare PySide6 window measured the same way in the same run (the ratio is printed).

Python's compiled bytecode is kept in the run's temporary directory and one uncounted start of
each kind comes first: an installed desk starts from compiled modules (pip compiles them at
install), which a clone run with ``PYTHONDONTWRITEBYTECODE`` would otherwise never have.

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


# The floor: the interpreter, Qt's libraries and one empty main window, nothing of the desk.
BARE = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1366, 768)
window.show()
QTimer.singleShot(0, lambda: (print(time.time(), flush=True), app.quit()))
sys.exit(app.exec())
"""


# What no desk that opens its database before its window can go below: the same bare window
# with SQLAlchemy's ORM imported (the desk's own modules, the database and the pages aside).
WITH_SQLALCHEMY = BARE.replace("import sys, time", "import sys, time\nimport sqlalchemy.orm")


def _timed(code: str, arguments: list[str], config: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=config,
               PYTHONPYCACHEPREFIX=str(Path(config) / "pycache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    started = time.time()
    result = subprocess.run([sys.executable, "-c", code, *arguments], cwd=ROOT, env=env,
                            capture_output=True, text=True, check=True)
    return float(result.stdout.split()[0]) - started


def cold_start(url: str, clerk: str, config: str) -> float:
    return _timed(CHILD, ["--database", url, "--clerk", clerk], config)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--sqlite", default=str(DEFAULT_SQLITE), help="the make_data.py file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="iok-bench-start-") as directory:
        _timed(BARE, [], directory)  # warm-up: compiles, not counted
        bare = [_timed(BARE, [], directory) for _round in range(args.rounds)]
        floor = statistics.median(bare)
        print(f"bare PySide6 window: median {floor:.2f} s, min {min(bare):.2f} s, "
              f"max {max(bare):.2f} s ({args.rounds} cold starts)")
        floor_orm = statistics.median([_timed(WITH_SQLALCHEMY, [], directory)
                                       for _round in range(args.rounds)])
        print(f"bare window + SQLAlchemy ORM import: median {floor_orm:.2f} s, "
              f"{floor_orm / floor:.1f}x the bare window")
        targets = [("first start: embedded database created and migrated",
                    f"sqlite:///{Path(directory) / 'first-{round}.sqlite3'}", "admin"),
                   ("next start: the same database, already migrated",
                    f"sqlite:///{Path(directory) / 'first-0.sqlite3'}", "admin")]
        if Path(args.sqlite).exists():
            targets.append(("100,000 accounts (SQLite)", f"sqlite:///{args.sqlite}", "bench"))
        cold_start(f"sqlite:///{Path(directory) / 'warm-up.sqlite3'}", "admin", directory)
        for label, url, clerk in targets:
            samples = [cold_start(url.format(round=round_), clerk, directory)
                       for round_ in range(args.rounds)]
            median = statistics.median(samples)
            print(f"{label}: median {median:.2f} s, min {min(samples):.2f} s, "
                  f"max {max(samples):.2f} s ({args.rounds} cold starts), "
                  f"{median / floor:.1f}x the bare window")


if __name__ == "__main__":
    main()
