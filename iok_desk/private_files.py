"""Writing files that hold residents' data: private, complete, never over another file.

Every letter, export and backup the program writes goes through here. The content is written to
a private temporary file beside the target (mode 0600 where the system has modes; on Windows the
folder's ACLs, normally the user's profile) and flushed to disk; only then is it moved into
place. An existing file is kept unless the caller asked to overwrite it, and a symbolic link at
the target is never followed (the move replaces the link itself).

Issuing credentials uses the two halves separately: ``prepare`` before the database commit (all
that can fail — a full disk, a folder that cannot be written — fails while nothing is committed
yet), ``PendingFile.move_into_place`` after it.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from iok_desk.domain.errors import IokError

PRIVATE_MODE = 0o600
_CREATE_FLAGS = (os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
                 | getattr(os, "O_BINARY", 0))


class TargetExists(IokError):
    """The target file exists and the caller did not ask to overwrite it."""

    code = "file_exists"


class TargetNotWritable(IokError):
    """The target cannot be written (a folder, a missing folder, no permission, a full disk)."""

    code = "file_not_written"


def _refuse_existing(target: Path, overwrite: bool) -> None:
    if target.is_dir():
        raise TargetNotWritable(f"{target} jest folderem, nie plikiem; podaj nazwę pliku.",
                                field="path", path=str(target))
    if not overwrite and (target.exists() or target.is_symlink()):
        raise TargetExists(f"Plik {target} już istnieje; wybierz inną nazwę albo podaj "
                           "--overwrite, aby go zastąpić.", field="path", path=str(target))


def _fsync_directory(directory: Path) -> None:
    """Make a rename durable (POSIX); Windows has no directory handles to flush."""
    if os.name != "posix":
        return
    handle = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


@dataclass
class PendingFile:
    """A complete private copy of the content, waiting beside its target."""

    target: Path
    temporary: Path
    overwrite: bool

    def move_into_place(self) -> None:
        """Put the file at its target. Without ``overwrite`` a file that appeared at the target
        in the meantime is kept (a hard link cannot replace anything); the temporary file then
        stays, complete, and the error names it."""
        try:
            if self.overwrite:
                os.replace(self.temporary, self.target)
            else:
                os.link(self.temporary, self.target)
                self.temporary.unlink()
            _fsync_directory(self.target.parent)
        except OSError as error:
            raise TargetNotWritable(
                f"Nie udało się przenieść pliku na miejsce {self.target} ({error}); pełna kopia "
                f"jest w {self.temporary}.", field="path", path=str(self.target),
                complete_copy=str(self.temporary)) from error

    def discard(self) -> None:
        self.temporary.unlink(missing_ok=True)


def prepare(target: Path | str, content: bytes, *, overwrite: bool = False) -> PendingFile:
    """Write ``content`` to a private temporary file beside ``target`` and flush it to disk.
    Refuses a folder, or an existing target unless ``overwrite``; nothing is left behind when
    writing fails."""
    target = Path(target)
    _refuse_existing(target, overwrite)
    temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
    try:
        handle = os.open(temporary, _CREATE_FLAGS, PRIVATE_MODE)
    except OSError as error:
        raise TargetNotWritable(f"Nie można zapisać pliku w {target.parent} ({error}).",
                                field="path", path=str(target)) from error
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(content)
            file.flush()
            os.fsync(file.fileno())
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise TargetNotWritable(f"Nie udało się zapisać pliku {target} ({error}); nic nie "
                                "zostało zapisane.", field="path", path=str(target)) from error
    return PendingFile(target=target, temporary=temporary, overwrite=overwrite)


def write_private(target: Path | str, content: bytes, *, overwrite: bool = False) -> Path:
    """Write a whole file privately and atomically; returns its path."""
    pending = prepare(target, content, overwrite=overwrite)
    try:
        pending.move_into_place()
    except TargetNotWritable:
        pending.discard()
        raise
    return pending.target
