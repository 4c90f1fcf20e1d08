"""The desk's first frame is painted before its database is touched (issue 12 point 8): in a
fresh interpreter running the real entry point, the first main window to paint is the start's
frame, saying it is connecting, with neither SQLAlchemy nor the services imported yet; then the
main window over the database takes its place, without Alembic, reportlab or the parsers
(test_startup_imports.NOT_AT_START). A failure at start still shows its message box, over the
frame, and the first-run question after it."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from iok_desk import bootstrap
from iok_desk.db.engine import Database
from iok_desk.services import connection
from iok_desk.ui import app, launch

from .test_startup_imports import NOT_AT_START, loaded

ROOT = Path(__file__).resolve().parents[2]

# Prints one JSON line per thing seen: the first paint of a main window (and what was
# imported by then), each message box or first-run dialog (which it closes the way the
# clerk would: "Choose another database…", then Cancel), and the desk once usable.
WATCH = """
import json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox
app = QApplication(sys.argv[:1])
def emit(**seen):
    print(json.dumps(seen), flush=True)
def shown():
    return sorted(type(window).__name__ for window in app.topLevelWidgets()
                  if window.isVisible() and isinstance(window, QMainWindow))
class FirstPaint(QObject):
    done = False
    def eventFilter(self, watched, event):
        if (not self.done and event.type() == QEvent.Type.Paint
                and isinstance(watched, QMainWindow)):
            self.done = True
            emit(seen="first_paint", window=type(watched).__name__,
                 says=watched.statusBar().currentMessage(),
                 imported=[name for name in ("sqlalchemy", "iok_desk.services", "iok_desk.db")
                           if name in sys.modules])
        return False
first_paint = FirstPaint()
app.installEventFilter(first_paint)
def look():
    modal = QApplication.activeModalWidget()
    desks = [window for window in app.topLevelWidgets()
             if type(window).__name__ == "MainWindow" and window.isVisible()]
    if isinstance(modal, QMessageBox):
        emit(seen="message_box", text=modal.text(), windows=shown())
        choose = [button for button in modal.buttons()
                  if modal.buttonRole(button) == QMessageBox.ButtonRole.ActionRole]
        choose[0].click()
    elif modal is not None and type(modal).__name__ == "FirstRunDialog":
        emit(seen="first_run", windows=shown())
        modal.reject()
    elif desks and desks[0].desk.ops.idle:
        emit(seen="desk", windows=shown(), modules=sorted(sys.modules))
        app.quit()
        return
    QTimer.singleShot(10, look)
QTimer.singleShot(0, look)
from iok_desk.cli import main
sys.exit(main(sys.argv[1:]))
"""


def _start(tmp_path: Path, *arguments: str) -> tuple[int, list[dict[str, object]], str]:
    """The desk started as the clerk starts it (offscreen, a home of its own)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path),
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"))
    for variable in ("IOK_DESK_DATABASE_URL", "IOK_DESK_CLERK"):
        env.pop(variable, None)
    result = subprocess.run([sys.executable, "-c", WATCH, *arguments], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    seen = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    return result.returncode, seen, result.stderr


def test_the_first_frame_is_painted_before_the_database_is_imported_then_the_desk_follows(
        database_url: str, tmp_path: Path) -> None:
    code, seen, stderr = _start(tmp_path, "--database", database_url, "--clerk", "admin")
    assert code == 0, stderr
    assert [item["seen"] for item in seen] == ["first_paint", "desk"]
    first, desk = seen
    assert first["window"] == "FirstFrame"
    assert first["says"] == "Łączenie z bazą danych…"
    assert first["imported"] == []  # neither sqlalchemy, nor the services, nor iok_desk.db
    assert desk["windows"] == ["MainWindow"]  # the frame gave the main window its place
    assert loaded(desk["modules"], NOT_AT_START) == []  # the icons' library may be there


def test_a_failure_at_start_is_a_message_box_over_the_frame_then_the_first_run_question(
        fresh_database_url: str, tmp_path: Path) -> None:
    database = Database(fresh_database_url)
    bootstrap.upgrade(database)
    connection.record_min_desk_version(database, "99.3")
    database.dispose()
    code, seen, stderr = _start(tmp_path, "--database", fresh_database_url)
    assert code == 1
    assert [item["seen"] for item in seen] == ["first_paint", "message_box", "first_run"]
    box = seen[1]
    assert "Zainstaluj IOK Desk 99.3" in str(box["text"])
    assert box["windows"] == ["FirstFrame"]
    assert "Zainstaluj IOK Desk 99.3" in stderr


class _Application:
    """Stands in for the QApplication's exit: the test's own application must not be told to
    leave (every later dialog's exec would return at once)."""

    def __init__(self) -> None:
        self.codes: list[int] = []

    def exit(self, code: int) -> None:
        self.codes.append(code)


def test_a_bug_while_opening_is_reported_and_ends_the_start_instead_of_a_frame_left_connecting(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    reported: list[BaseException] = []

    def broken(*_args: object) -> None:
        raise RuntimeError("a bug in opening the desk")

    monkeypatch.setattr(app, "open_main_window", broken)
    monkeypatch.setattr(app, "report_crash", lambda _kind, error, _trace: reported.append(error))
    settings = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    application = _Application()
    start = launch.Start(application, argparse.Namespace(), settings)  # type: ignore[arg-type]
    start.show()
    qtbot.waitUntil(lambda: reported != [])
    assert str(reported[0]) == "a bug in opening the desk"
    assert start.opened is None and not start.frame.isVisible()
    assert application.codes == [1]
