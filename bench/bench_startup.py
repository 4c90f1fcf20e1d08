"""Cold start of ``iok-desk`` (offscreen), in two figures: the first painted window, and a
usable desk (the main window up over its database, its first page filled and no job pending) —
a fresh Python process each time, on an empty embedded database, on one already migrated, and
on the 100,000-account one from ``make_data.py``, against a bare PySide6 window measured the
same way in the same run (the ratios are printed).

Python's compiled bytecode is kept in the run's temporary directory and one uncounted start of
each kind comes first: an installed desk starts from compiled modules (pip compiles them at
install), which a clone run with ``PYTHONDONTWRITEBYTECODE`` would otherwise never have.

    .venv/bin/python bench/bench_startup.py [--rounds 5] [--sqlite FILE]
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

# Before the program under test runs: a watch on the application that notes when a main
# window first paints, and leaves once a visible window of the class READY has painted and
# (the desk's) has no database job pending, printing both times.
WATCH = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
class FirstPaint(QObject):
    at = None
    def eventFilter(self, watched, event):
        if (self.at is None and event.type() == QEvent.Type.Paint
                and isinstance(watched, QMainWindow)):
            self.at = time.time()
        return False
first_paint = FirstPaint()
app.installEventFilter(first_paint)
def settled(window):
    desk = getattr(window, "desk", None)
    return desk is None or desk.ops.idle
def ready():
    windows = [window for window in app.topLevelWidgets()
               if type(window).__name__ == READY and window.isVisible()]
    if first_paint.at is not None and windows and settled(windows[0]):
        print(first_paint.at, time.time(), flush=True)
        app.quit()
    else:
        QTimer.singleShot(5, ready)
QTimer.singleShot(0, ready)
"""

# The real entry point: the desk is usable when its MainWindow (not the first frame) is.
DESK = 'READY = "MainWindow"' + WATCH + """
from iok_desk.cli import main
sys.exit(main(sys.argv[1:]))
"""

# The floor: the interpreter, Qt's libraries and one empty main window, nothing of the desk.
BARE = 'READY = "QMainWindow"' + WATCH + """
window = QMainWindow()
window.resize(1366, 768)
window.show()
sys.exit(app.exec())
"""

# What a desk that opened its database before its window could not go below: the same bare
# window with SQLAlchemy's ORM imported first.
WITH_SQLALCHEMY = "import sqlalchemy.orm\n" + BARE


def _timed(code: str, arguments: list[str], config: str) -> tuple[float, float]:
    """Seconds from launch to the first paint, and to the usable window."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=config,
               PYTHONPYCACHEPREFIX=str(Path(config) / "pycache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    started = time.time()
    result = subprocess.run([sys.executable, "-c", code, *arguments], cwd=ROOT, env=env,
                            capture_output=True, text=True, check=True)
    painted, usable = (float(value) for value in result.stdout.split()[-2:])
    return painted - started, usable - started


def cold_start(url: str, clerk: str, config: str) -> tuple[float, float]:
    return _timed(DESK, ["--database", url, "--clerk", clerk], config)


def _spread(samples: list[float]) -> str:
    return (f"median {statistics.median(samples):.2f} s, min {min(samples):.2f} s, "
            f"max {max(samples):.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--sqlite", default=str(DEFAULT_SQLITE), help="the make_data.py file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="iok-bench-start-") as directory:
        _timed(BARE, [], directory)  # warm-up: compiles, not counted
        bare = [_timed(BARE, [], directory)[0] for _round in range(args.rounds)]
        floor = statistics.median(bare)
        print(f"bare PySide6 window, first paint: {_spread(bare)} ({args.rounds} cold starts)")
        orm = statistics.median([_timed(WITH_SQLALCHEMY, [], directory)[0]
                                 for _round in range(args.rounds)])
        print(f"bare window after importing SQLAlchemy's ORM: median {orm:.2f} s, "
              f"{orm / floor:.1f}x the bare window")
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
            painted = [sample[0] for sample in samples]
            usable = [sample[1] for sample in samples]
            print(f"{label} ({args.rounds} cold starts):\n"
                  f"  first painted window: {_spread(painted)}, "
                  f"{statistics.median(painted) / floor:.1f}x the bare window\n"
                  f"  usable desk (first page filled): {_spread(usable)}, "
                  f"{statistics.median(usable) / floor:.1f}x the bare window")


if __name__ == "__main__":
    main()
