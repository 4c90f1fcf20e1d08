"""Real mail servers for the tests, started on this machine: Dovecot (IMAP over TLS) with its
own configuration, users and mail under a temporary folder, and aiosmtpd (SMTP with STARTTLS
and login) — both with a self-signed certificate made by openssl. Each pytest worker starts its
own instance on a free port; each test gets its own uuid-tagged mailbox user."""

from __future__ import annotations

import os
import shutil
import socket
import ssl
import subprocess
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from email import message_from_bytes
from email.message import Message
from pathlib import Path
from typing import Any

DOVECOT = shutil.which("dovecot") or "/usr/sbin/dovecot"
DOVEADM = shutil.which("doveadm") or "/usr/bin/doveadm"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def make_certificate(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 and localhost (the CA file the desk trusts)."""
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                    "-subj", "/CN=localhost", "-addext",
                    "subjectAltName=DNS:localhost,IP:127.0.0.1",
                    "-keyout", str(key), "-out", str(cert)],
                   check=True, capture_output=True)
    return cert, key


@dataclass
class Dovecot:
    root: Path
    port: int
    cert: Path
    # IMAP on this port starts in the clear and must be upgraded by STARTTLS before a login.
    starttls_port: int = 0
    process: subprocess.Popen[bytes] | None = None
    # The mail itself belongs to the unprivileged user "dovecot" (Dovecot refuses uid 0 for
    # mail), so it lives in a folder of its own that this user can reach.
    mail_root: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="iok-mail-")))
    # Dovecot's sockets live here: a unix socket's path has at most 107 bytes, and a test's
    # tmp_path under an xdist worker is longer than that.
    run_dir: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="dv-")))

    def config(self) -> str:
        return f"""
base_dir = {self.run_dir}
state_dir = {self.root}/state
log_path = {self.root}/dovecot.log
info_log_path = {self.root}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = required
ssl_cert = <{self.cert}
ssl_key = <{self.root}/key.pem
disable_plaintext_auth = yes
auth_mechanisms = plain login
first_valid_uid = 100
auth_failure_delay = 0
default_internal_user = root
default_login_user = dovenull
default_internal_group = root
mail_location = maildir:{self.mail_root}/%u
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {self.root}/users/%u
}}
userdb {{
  driver = static
  args = uid=dovecot gid=dovecot home={self.mail_root}/%u allow_all_users=yes
}}
service imap-login {{
  inet_listener imap {{
    port = {self.starttls_port}
  }}
  inet_listener imaps {{
    port = {self.port}
    ssl = yes
  }}
}}
"""

    def start(self) -> None:
        (self.root / "run").mkdir()
        (self.root / "state").mkdir()
        shutil.chown(self.mail_root, "dovecot", "dovecot")
        (self.root / "users").mkdir()
        conf = self.root / "dovecot.conf"
        conf.write_text(self.config())
        self.process = subprocess.Popen([DOVECOT, "-F", "-c", str(conf)],
                                        stdout=subprocess.DEVNULL,
                                        stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError("dovecot did not start: " + self.log())
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("dovecot did not listen: " + self.log())

    def log(self) -> str:
        path = self.root / "dovecot.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        shutil.rmtree(self.mail_root, ignore_errors=True)
        shutil.rmtree(self.run_dir, ignore_errors=True)

    def add_user(self) -> tuple[str, str]:
        """A new mailbox user of its own (uuid-tagged) and its password."""
        user = f"iok-{uuid.uuid4().hex[:10]}"
        password = f"pw-{uuid.uuid4().hex}"
        # A file per user: Dovecot reads each when the user first logs in (an appended line
        # of a shared file may wait for its next check of the file).
        (self.root / "users" / user).write_text(f"{user}:{{PLAIN}}{password}\n")
        return user, password

    def deliver(self, user: str, raw: bytes, folder: str = "INBOX") -> None:
        """Put a message into the user's folder as the mail server's delivery would."""
        done = subprocess.run([DOVEADM, "-c", str(self.root / "dovecot.conf"), "save", "-u", user,
                        "-m", folder], input=raw, check=False, capture_output=True)
        if done.returncode:
            raise RuntimeError(done.stderr.decode(errors="replace"))

    def create_folder(self, user: str, folder: str) -> None:
        done = subprocess.run([DOVEADM, "-c", str(self.root / "dovecot.conf"), "mailbox",
                               "create", "-u", user, folder], check=False, capture_output=True)
        if done.returncode:
            raise RuntimeError(done.stderr.decode(errors="replace"))

    def count(self, user: str, folder: str) -> int:
        done = subprocess.run([DOVEADM, "-c", str(self.root / "dovecot.conf"), "search",
                               "-u", user, "mailbox", folder, "ALL"],
                              check=False, capture_output=True, text=True)
        return len([line for line in done.stdout.splitlines() if line.strip()])


@dataclass
class SmtpServer:
    """aiosmtpd with STARTTLS required and login; keeps what it received."""

    port: int
    cert: Path
    key: Path
    user: str = field(default_factory=lambda: f"iok-{uuid.uuid4().hex[:10]}")
    password: str = field(default_factory=lambda: f"pw-{uuid.uuid4().hex}")
    received: list[tuple[str, list[str], bytes]] = field(default_factory=list)
    controller: Any = None

    def start(self) -> None:
        from aiosmtpd.controller import Controller
        from aiosmtpd.smtp import AuthResult, LoginPassword

        server = self

        class Handler:
            async def handle_DATA(self, _server: Any, _session: Any, envelope: Any) -> str:
                server.received.append((envelope.mail_from, list(envelope.rcpt_tos),
                                        bytes(envelope.original_content or envelope.content)))
                return "250 OK"

        def authenticator(_server: Any, _session: Any, _envelope: Any, mechanism: str,
                          data: Any) -> AuthResult:
            ok = (isinstance(data, LoginPassword) and data.login.decode() == server.user
                  and data.password.decode() == server.password)
            return AuthResult(success=ok, handled=False)

        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(str(self.cert), str(self.key))
        self.controller = Controller(Handler(), hostname="127.0.0.1", port=self.port,
                                     tls_context=context, require_starttls=True,
                                     authenticator=authenticator, auth_require_tls=True)
        self.controller.start()

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()

    def messages(self) -> list[Message]:
        return [message_from_bytes(raw) for _sender, _to, raw in self.received]


def can_run_dovecot() -> bool:
    return os.path.exists(DOVECOT) and os.access(DOVECOT, os.X_OK)
