"""The operation helper: work off the GUI thread, progress only after a delay, Cancel, and
a clear failure for the clerk — and the desk started the way ``iok-desk`` starts it."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from iok_desk.db.engine import Database
from iok_desk.domain.errors import NotFound
from iok_desk.services import clerks
from iok_desk.ui.operations import PROGRESS_DELAY_MS, Job, Operations


def test_long_work_shows_progress_late_and_can_be_cancelled(qtbot: QtBot,
                                                            db: Database) -> None:
    ops = Operations(db)
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    started, proceed = threading.Event(), threading.Event()
    seen: list[int] = []
    results: list[object] = []

    def work(job: Job) -> int:
        started.set()
        done = 0
        while True:
            proceed.wait(5)
            time.sleep(0.001)
            done += 1
            seen.append(done)
            job.progress(done, 1000)  # raises Cancelled once the clerk cancelled

    failures: list[str] = []
    ops.sig_failed.connect(failures.append)
    ops.run(work, results.append, label="Długa praca…", progress_parent=parent)
    qtbot.waitUntil(started.is_set)
    assert parent.findChild(QProgressDialog) is None  # not before the delay
    proceed.set()
    qtbot.waitUntil(lambda: parent.findChild(QProgressDialog) is not None,
                    timeout=PROGRESS_DELAY_MS * 5)
    dialog = parent.findChild(QProgressDialog)
    assert dialog is not None
    assert dialog.labelText() == "Długa praca…"
    qtbot.waitUntil(lambda: dialog.value() > 0)
    cancel = dialog.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Anuluj"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ops.idle)
    assert results == []
    assert failures == ["Przerwano; nic więcej nie zostało zrobione."]
    ops.shutdown()


def test_a_known_error_goes_to_its_handler_on_the_gui_thread(qtbot: QtBot,
                                                             db: Database) -> None:
    ops = Operations(db)
    gui = threading.current_thread()
    handled: list[tuple[str, bool]] = []

    def work(_job: Job) -> None:
        assert threading.current_thread() is not gui
        raise NotFound("Nie ma konta o identyfikatorze 1234 5678.")

    ops.run(work, lambda _result: None, on_failure=lambda error: handled.append(
        (error.message, threading.current_thread() is gui)))
    qtbot.waitUntil(lambda: ops.idle)
    assert handled == [("Nie ma konta o identyfikatorze 1234 5678.", True)]
    ops.shutdown()


STARTER = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from iok_desk.cli.main import main
from iok_desk.ui.main_window import MainWindow

app = QApplication(sys.argv[:1])


def close_when_ready():
    for widget in app.topLevelWidgets():
        if isinstance(widget, MainWindow) and widget.isVisible() and widget.status_open.text():
            print(widget.status_clerk.text())
            print(widget.navigation.item(0).text())
            widget.close()
            return
    QTimer.singleShot(20, close_when_ready)


QTimer.singleShot(0, close_when_ready)
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.parametrize(("lang", "first_page"), [("pl", "Wnioski"), ("en", "Requests")])
def test_iok_desk_without_a_command_opens_the_window(database_url: str, lang: str,
                                                     first_page: str) -> None:
    """Started as ``iok-desk --lang …`` in its own process; closing the window ends it."""
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", STARTER, "--database", database_url,
                           "--clerk", "kierownik", "--lang", lang], capture_output=True,
                          text=True, timeout=120, env=environment, check=False)
    assert done.returncode == 0, done.stderr
    clerk_line, page_line = done.stdout.splitlines()[-2:]
    assert clerk_line.startswith(("Pracownik: kierownik", "Clerk: kierownik"))
    assert page_line == first_page
    database = Database(database_url)
    # opening the window makes no clerk: only ``clerk bootstrap`` made the database's admin
    assert [clerk.login for clerk in clerks.list_clerks(database)] == ["admin"]
    database.dispose()
