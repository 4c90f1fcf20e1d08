"""Loaded by the CLI processes of tests/resilience/test_letter_faults.py only (through their
PYTHONPATH): ``IOK_TEST_FAULT`` names where the process dies (SIGKILL, no clean-up of any kind)
or what breaks. Production code knows nothing of this file."""

from __future__ import annotations

import os
import signal
from pathlib import Path

FAULT = os.environ.get("IOK_TEST_FAULT", "")


def _die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def _install() -> None:
    from sqlalchemy.orm import Session

    from iok_desk import private_files
    from iok_desk.letters import credential, produce, style

    delivered = []
    original_deliver = produce.CredentialLetterFile.deliver
    original_commit = Session.commit

    def deliver(self, letterhead, letter):  # type: ignore[no-untyped-def]
        original_deliver(self, letterhead, letter)
        delivered.append(True)

    def commit(self):  # type: ignore[no-untyped-def]
        if delivered and FAULT == "commit":
            _die()
        original_commit(self)

    produce.CredentialLetterFile.deliver = deliver  # type: ignore[method-assign]
    Session.commit = commit  # type: ignore[method-assign]
    if FAULT == "render":
        credential.render_credential_letters = lambda *args, **kwargs: _die()
    elif FAULT == "write":
        os.fsync = lambda handle: _die()  # the temporary file written, not yet flushed
    elif FAULT == "rename":
        private_files.PendingFile.move_into_place = lambda self: _die()  # committed
    elif FAULT == "occupied":  # another program writes the target right after the commit
        original_move = private_files.PendingFile.move_into_place

        def occupied(self):  # type: ignore[no-untyped-def]
            self.target.write_bytes(b"someone else's file")
            original_move(self)

        private_files.PendingFile.move_into_place = occupied  # type: ignore[method-assign]
    elif FAULT == "font":
        style.FONTS_DIR = Path("/nonexistent/fonts")


if FAULT:
    _install()
