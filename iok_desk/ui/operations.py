"""One operation helper: every database job runs on one worker thread, one at a time.

Progress appears only when a job takes longer than PROGRESS_DELAY_MS; results and errors come
back on the GUI thread. Only plain data (the services' dataclasses) crosses threads.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from iok_desk.db.engine import Database
from iok_desk.domain.errors import ConflictError, DatabaseUnavailable, IokError

from .changes import Changed, changes_in
from .labels import error_text

PROGRESS_DELAY_MS = 600
POLL_MS = 15
PROGRESS_EVERY_S = 0.05


class Cancelled(Exception):
    """The clerk cancelled a long job."""


@dataclass
class Job:
    """A running job: the work reports progress through it and learns of a cancel."""

    label: str = ""
    _cancel: threading.Event = field(default_factory=threading.Event)
    _report: Callable[[int, int], None] | None = None
    _last_report: float = 0.0
    finished: bool = False

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def progress(self, done: int, total: int) -> None:
        """Report progress (from the worker); raises Cancelled once the clerk cancelled."""
        if self._cancel.is_set():
            raise Cancelled
        now = time.monotonic()
        # Batched: a fast loop must not flood the GUI thread with progress.
        if self._report is not None and (now - self._last_report >= PROGRESS_EVERY_S
                                         or done >= total):
            self._last_report = now
            self._report(done, total)


@dataclass
class _Ticket:
    job: Job
    owner: QObject | None
    on_success: Callable[[Any], None]
    on_failure: Callable[[IokError], None] | None
    dialog: QProgressDialog | None = None


class Operations(QObject):
    """Runs jobs off the GUI thread.

    Signals:
        sig_failed(str): an error nobody handled (shown by the main window).
        sig_connection(bool): the database answered (True) or was lost (False).
        sig_idle(): no job is pending any more.
        sig_changed(Changed): data changed — what the use case's result says it changed
            (``changes_in``), or everything when another clerk's change was detected. Each
            view redraws only when its data is among the changes.
    """

    sig_failed = Signal(str)
    sig_connection = Signal(bool)
    sig_idle = Signal()
    sig_changed = Signal(object)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="iok-db")
        self._pending = 0
        self._closed = False
        # The worker hands results back through a queue that the GUI thread polls while work
        # is pending: no Python object crosses threads on a Qt signal, no wake-up can be lost.
        self._inbox: queue.SimpleQueue[tuple[str, _Ticket, Any, Any]] = queue.SimpleQueue()
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._drain)

    @property
    def idle(self) -> bool:
        return self._pending == 0

    def run(self, work: Callable[[Job], Any], on_success: Callable[[Any], None], *,
            owner: QObject | None = None, on_failure: Callable[[IokError], None] | None = None,
            label: str = "", progress_parent: QWidget | None = None) -> Job:
        """Run ``work(job)`` on the worker; then ``on_success(result)`` or ``on_failure(error)``
        on the GUI thread — unless ``owner`` was destroyed meanwhile. With ``label``, a
        progress dialog with Cancel shows after a short delay. After success, what the
        result says the use case changed goes to the views (nothing for a reading job)."""
        job = Job(label=label)
        if self._closed:
            return job  # the window is closing: no new work
        ticket = _Ticket(job, owner, self._then_changed(on_success), on_failure)
        job._report = lambda done, total: self._post("progress", ticket, done, total)
        if label:
            QTimer.singleShot(PROGRESS_DELAY_MS, self,
                              lambda: self._show_progress(ticket, progress_parent))
        self._pending += 1
        self._poll.start()
        self._executor.submit(self._call, ticket, work)
        return job

    def _then_changed(self, on_success: Callable[[Any], None]) -> Callable[[Any], None]:
        def handler(result: Any) -> None:
            on_success(result)
            changes = changes_in(result)
            if changes:
                self.sig_changed.emit(changes)
        return handler

    def _post(self, kind: str, ticket: _Ticket, first: Any, second: Any) -> None:
        self._inbox.put((kind, ticket, first, second))

    def _call(self, ticket: _Ticket, work: Callable[[Job], Any]) -> None:
        try:
            result = work(ticket.job)
        except BaseException as error:  # handed to the GUI thread, which decides
            self._post("done", ticket, None, error)
        else:
            self._post("done", ticket, result, None)

    def _drain(self) -> None:
        # What is queued now, not what the worker adds meanwhile: the GUI thread stays free.
        for _ in range(self._inbox.qsize()):
            try:
                kind, ticket, first, second = self._inbox.get_nowait()
            except queue.Empty:
                return
            if kind == "progress":
                self._on_progress(ticket, first, second)
            else:
                self._on_done(ticket, first, second)

    def _show_progress(self, ticket: _Ticket, parent: QWidget | None) -> None:
        if ticket.job.finished or (parent is not None and not shiboken6.isValid(parent)):
            return
        dialog = QProgressDialog(ticket.job.label, self.tr("Cancel"), 0, 0, parent)
        dialog.setWindowTitle(self.tr("Please wait"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.canceled.connect(ticket.job.cancel)
        ticket.dialog = dialog
        dialog.show()

    def _on_progress(self, ticket: _Ticket, done: int, total: int) -> None:
        if ticket.dialog is not None and shiboken6.isValid(ticket.dialog):
            ticket.dialog.setMaximum(total)
            ticket.dialog.setValue(done)

    def _on_done(self, ticket: _Ticket, result: Any, error: BaseException | None) -> None:
        ticket.job.finished = True
        self._pending -= 1
        if ticket.dialog is not None and shiboken6.isValid(ticket.dialog):
            ticket.dialog.reset()
            ticket.dialog.deleteLater()
        try:
            if ticket.owner is not None and not shiboken6.isValid(ticket.owner):
                return
            if error is None:
                self.sig_connection.emit(True)
                ticket.on_success(result)
            elif isinstance(error, Cancelled):
                self.sig_failed.emit(self.tr("Cancelled; nothing more was done."))
            elif isinstance(error, IokError):
                if isinstance(error, DatabaseUnavailable):
                    # Drop every pooled connection: the next job connects afresh.
                    self.db.engine.dispose()
                    self.sig_connection.emit(False)
                if ticket.on_failure is not None:
                    ticket.on_failure(error)
                else:
                    self.sig_failed.emit(error_text(error))
                if isinstance(error, ConflictError):
                    # Another clerk changed the data: every view reloads what is there now.
                    self.sig_changed.emit(Changed.all())
            else:
                raise error
        finally:
            if self._pending == 0:
                self._poll.stop()
                self.sig_idle.emit()

    def shutdown(self) -> None:
        """Wait for the running job; drop the queued ones; accept no more."""
        self._closed = True
        self._executor.shutdown(wait=True, cancel_futures=True)
