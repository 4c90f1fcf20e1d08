"""The mail tests' servers: one Dovecot and one aiosmtpd per pytest worker (session scope),
each on a free port with its own self-signed certificate; one uuid-tagged mailbox user per
test, written into the test database's mailbox settings with its password in the keyring."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from iok_desk.db.engine import Database
from iok_desk.services import mailbox
from iok_desk.services.context import Actor

from .servers import Dovecot, SmtpServer, can_run_dovecot, free_port, make_certificate

OFFICE = "iok@msmgdynia.example"


@pytest.fixture(scope="session")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return make_certificate(tmp_path_factory.mktemp("tls"))


@pytest.fixture(scope="session")
def dovecot(tmp_path_factory: pytest.TempPathFactory,
            certificate: tuple[Path, Path]) -> Iterator[Dovecot]:
    if not can_run_dovecot():
        pytest.fail("Dovecot is not installed (Debian dovecot-imapd; .ci/run installs it)",
                    pytrace=False)
    root = tmp_path_factory.mktemp("dovecot")
    cert, key = certificate
    (root / "key.pem").write_bytes(key.read_bytes())
    server = Dovecot(root, free_port(), cert, starttls_port=free_port())
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def smtp(certificate: tuple[Path, Path]) -> Iterator[SmtpServer]:
    cert, key = certificate
    server = SmtpServer(free_port(), cert, key)
    server.start()
    yield server
    server.stop()


@dataclass
class Office:
    """The test's own mailbox user on the worker's Dovecot, configured in the database."""

    server: Dovecot
    user: str
    password: str
    settings: mailbox.MailboxSettings

    def deliver(self, raw: bytes) -> None:
        self.server.deliver(self.user, raw)

    def count(self, folder: str) -> int:
        return self.server.count(self.user, folder)


@pytest.fixture
def office(db: Database, admin: Actor, dovecot: Dovecot, smtp: SmtpServer,
           certificate: tuple[Path, Path]) -> Office:
    user, password = dovecot.add_user()
    settings = mailbox.MailboxSettings(
        host="127.0.0.1", port=dovecot.port, user=user, smtp_host="127.0.0.1",
        smtp_port=smtp.port, address=OFFICE, ca_file=str(certificate[0]))
    mailbox.update_mailbox_settings(db, admin, settings)
    mailbox.store_mailbox_password(settings, password)
    smtp.user, smtp.password = user, password
    smtp.received.clear()
    return Office(dovecot, user, password, settings)
