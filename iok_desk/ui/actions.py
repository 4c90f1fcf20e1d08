"""The clerk's actions, one function each: run the use case off the GUI thread and tell the
views what the use case says it changed (its result's ``Changes``, emitted by ``Operations``),
so that each redraws only when its data is among it.

Every function takes the desk, what the action needs, and ``done`` / ``failed`` callbacks
for the window that asked; it returns the running job.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from PySide6.QtCore import QCoreApplication, QObject

from iok_desk.domain.errors import IokError
from iok_desk.letters import produce
from iok_desk.letters.produce import Format
from iok_desk.private_files import write_private
from iok_desk.services import accounts, settings
from iok_desk.services.dto import BlockResult
from iok_desk.services.settings import Letterhead

from .context import DeskContext
from .operations import Cancelled, Job

if TYPE_CHECKING:  # the e-mail and register parsers come with the first import
    from iok_desk.services import intake
    from iok_desk.services.register_import import OrphanRevocation, RegisterImportResult

Failed = Callable[[IokError], None] | None


def block_account(desk: DeskContext, login_id: str, *, reason: str, caller_name: str,
                  caller_phone: str, note: str, expected_version: int | None,
                  owner: QObject, done: Callable[[BlockResult], None],
                  failed: Failed = None, verification: str | None = None) -> Job:
    """Block one account: only that account's views redraw."""
    return desk.ops.run(lambda _job: accounts.block_account(
        desk.db, desk.actor, login_id, reason=reason, caller_name=caller_name,
        caller_phone=caller_phone, note=note, expected_version=expected_version,
        verification=verification),
        done, owner=owner, on_failure=failed)


def update_settings(desk: DeskContext, letterhead: Letterhead, first_password_days: int, *,
                    owner: QObject, done: Callable[[Any], None], failed: Failed = None,
                    failed_logins: int | None = None,
                    separate_duties: bool | None = None,
                    delivery: tuple[bool, int, int] | None = None) -> Job:
    """``delivery``: activation on delivery and the days in person and by post."""
    activation, in_person, by_post = delivery if delivery else (None, None, None)
    return desk.ops.run(lambda _job: settings.update_settings(
        desk.db, desk.actor, letterhead=letterhead, first_password_days=first_password_days,
        failed_logins=failed_logins, separate_duties=separate_duties, activation=activation,
        days_in_person=in_person, days_by_post=by_post),
        done, owner=owner, on_failure=failed)


def attach_files(desk: DeskContext, number: str, files: Sequence[tuple[str, bytes]], *,
                 owner: QObject, done: Callable[[list[intake.SkippedFile]], None],
                 failed: Failed = None) -> Job:
    """Attach files to a registered request; the files refused are passed to ``done``."""
    from iok_desk.services import intake

    return desk.ops.run(lambda _job: intake.attach_files(desk.db, desk.actor, number, files),
                        lambda attached: done(attached.skipped), owner=owner,
                        on_failure=failed)


def _tolerant(job: Job) -> Callable[[int, int], None]:
    """Progress for a batch whose service asks ``job.cancelled`` before the next item."""
    def progress(done: int, total: int) -> None:
        try:
            job.progress(done, total)
        except Cancelled:
            pass
    return progress


def import_emails(desk: DeskContext, files: Sequence[Path], *, owner: QObject,
                  done: Callable[[intake.BatchResult], None], label: str,
                  progress_parent: Any) -> Job:
    """Register a request from each e-mail, each on its own; with progress and Cancel."""
    from iok_desk.services import intake

    def work(job: Job) -> intake.BatchResult:
        return intake.import_email_files(desk.db, desk.actor, files, progress=_tolerant(job),
                                         cancelled=lambda: job.cancelled)

    return desk.ops.run(work, done, owner=owner, label=label, progress_parent=progress_parent)


def import_register(desk: DeskContext, path: Path, *, owner: QObject,
                    done: Callable[[RegisterImportResult | str], None], failed: Failed,
                    label: str, progress_parent: Any) -> Job:
    """Import the unit register, all or nothing. ``done`` gets the result, or a message when
    the file cannot be read or the clerk cancelled (nothing saved)."""
    from iok_desk.services import register_import

    unreadable = QCoreApplication.translate("Actions", "Cannot read %1: %2")
    cancelled = QCoreApplication.translate("Actions",
                                           "The import was cancelled; nothing was saved.")

    def work(job: Job) -> RegisterImportResult | str:
        try:
            data = path.read_bytes()
        except OSError as error:
            return unreadable.replace("%1", path.name).replace("%2", str(error))
        try:
            return register_import.import_register(
                desk.db, desk.actor, data, file_name=path.name, progress=job.progress,
                cancelled=lambda: job.cancelled)
        except Cancelled:
            return cancelled  # raised inside the transaction: rolled back

    return desk.ops.run(work, done, owner=owner, on_failure=failed, label=label,
                        progress_parent=progress_parent)


def revoke_orphans(desk: DeskContext, selection: Sequence[tuple[str, str]], *,
                   owner: QObject, done: Callable[[OrphanRevocation], None], failed: Failed,
                   label: str, progress_parent: Any) -> Job:
    """Revoke the ticked (login ID, unit key) access rights, each on its own."""
    from iok_desk.services import register_import

    def work(job: Job) -> OrphanRevocation:
        return register_import.revoke_orphans(desk.db, desk.actor, selection=selection,
                                              progress=_tolerant(job),
                                              cancelled=lambda: job.cancelled)

    return desk.ops.run(work, done, owner=owner, on_failure=failed, label=label,
                        progress_parent=progress_parent)


Report = Literal["register", "extract"]


def save_report(desk: DeskContext, report: Report, kind: Format, path: Path, *,
                day_from: date | None = None, day_to: date | None = None, login_id: str = "",
                owner: QObject, done: Callable[[int], None], failed: Failed, label: str,
                progress_parent: Any) -> Job:
    """Save a report where the clerk said; ``done`` gets the number of its rows. Changes
    nothing in the database."""
    return desk.ops.run(lambda _job: produce_report(desk, report, kind, path, day_from=day_from,
                                                    day_to=day_to, login_id=login_id),
                        done, owner=owner, on_failure=failed, label=label,
                        progress_parent=progress_parent)


def produce_report(desk: DeskContext, report: Report, kind: Format, path: Path, *,
                   day_from: date | None = None, day_to: date | None = None,
                   login_id: str = "") -> int:
    """The request register (days) or an account's audit extract (login ID) as PDF or CSV,
    written privately to ``path`` (the clerk confirmed replacing it); the number of rows."""
    if report == "register":
        assert day_from is not None and day_to is not None
        content, count = produce.request_register(desk.db, desk.actor, day_from, day_to,
                                                  kind, file_name=path.name)
    else:
        content, count = produce.audit_extract(desk.db, desk.actor, login_id,
                                               kind, file_name=path.name)
    write_private(path, content, overwrite=True)
    return count


def save_monthly_report(desk: DeskContext, month: date, path: Path, *, owner: QObject,
                        done: Callable[[int], None], failed: Failed, label: str,
                        progress_parent: Any) -> Job:
    """Save the month's report (PDF) where the clerk said; ``done`` gets the month's number
    of requests. The reading is audited; nothing else changes."""

    def work(_job: Job) -> int:
        content, figures = produce.monthly_report(desk.db, desk.actor, month,
                                                  file_name=path.name)
        write_private(path, content, overwrite=True)
        return figures.requests_total

    return desk.ops.run(work, done, owner=owner, on_failure=failed, label=label,
                        progress_parent=progress_parent)
