"""The mailbox settings' "Test the connection" against the worker's real Dovecot: the folders
listed over implicit TLS and over STARTTLS, and a clear refusal for a wrong password, a
certificate the desk does not trust, a TLS mode the port does not speak and a host that does
not exist. Saving keeps the password in the keyring and never in the database."""

from __future__ import annotations

import dataclasses

import keyring
import pytest
from sqlalchemy import select

from iok_desk.db.engine import Database
from iok_desk.db.models import AuditEvent, Setting
from iok_desk.domain.errors import IokError, NotAllowed
from iok_desk.services import mailbox
from iok_desk.services.context import Actor

from .conftest import Office
from .messages import COMPLETE_GRANT, message
from .servers import Dovecot, free_port


def test_check_lists_the_folders_over_implicit_tls(office: Office) -> None:
    office.deliver(message(COMPLETE_GRANT))
    office.server.create_folder(office.user, "Archiwum")
    found = mailbox.check_connection(office.settings, office.password)
    assert {"INBOX", "Archiwum"} <= set(found.folders)
    assert found.inbox_messages == 1
    # Registered and dismissed mail get their folders at the first move.
    assert found.missing == ("IOK-zarejestrowane", "IOK-odrzucone")
    assert office.count("INBOX") == 1  # looking changed nothing


def test_check_over_starttls_uses_the_stored_password(office: Office,
                                                      dovecot: Dovecot) -> None:
    settings = dataclasses.replace(office.settings, port=dovecot.starttls_port,
                                   tls_mode="starttls")
    assert "INBOX" in mailbox.check_connection(settings).folders  # the keyring's password


def test_check_says_what_is_wrong(office: Office, dovecot: Dovecot) -> None:
    replace = dataclasses.replace
    cases = {
        # the self-signed certificate is not trusted without its CA file
        "mailbox_tls": [replace(office.settings, ca_file=""),
                        # a TLS handshake on the port that starts in the clear
                        replace(office.settings, port=dovecot.starttls_port)],
        "mailbox_unknown_host": [replace(office.settings, host="no-such-server.invalid")],
        "mailbox_unreachable": [replace(office.settings, port=free_port())],
    }
    for code, wrong in cases.items():
        for settings in wrong:
            with pytest.raises(IokError) as refused:
                mailbox.check_connection(settings, office.password)
            assert refused.value.code == code, settings


def test_starttls_on_the_imaps_port_gives_up_with_a_hint(office: Office,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    # The client waits for a greeting the IMAPS port sends only after a TLS handshake.
    monkeypatch.setattr(mailbox, "TIMEOUT_S", 1)
    with pytest.raises(IokError) as refused:
        mailbox.check_connection(dataclasses.replace(office.settings, tls_mode="starttls"),
                                 office.password)
    assert refused.value.code == "mailbox_no_answer"


def test_check_refuses_a_wrong_password(office: Office) -> None:
    with pytest.raises(NotAllowed) as refused:
        mailbox.check_connection(office.settings, "not-the-password")
    assert refused.value.code == "mailbox_login_refused"
    assert office.user in refused.value.message


def test_saving_keeps_the_password_in_the_keyring_only(db: Database, admin: Actor,
                                                       office: Office) -> None:
    settings = dataclasses.replace(office.settings, done_folder="Zrobione")
    secret = "nowe-haslo-" + office.password
    saved = mailbox.save_mailbox_settings(db, admin, settings, secret)
    assert saved.changed == ("mailbox.done_folder",) and saved.password_stored
    assert saved.changes.settings == {"mailbox.done_folder"}
    assert keyring.get_password(mailbox.KEYRING_SERVICE, settings.keyring_user) == secret
    with db.reading() as session:
        stored = [row.value for row in session.scalars(select(Setting))]
        audited = [str(event.details) + event.summary
                   for event in session.scalars(select(AuditEvent))]
    assert not [text for text in stored + audited if secret in text]
    assert mailbox.get_mailbox_settings(db).done_folder == "Zrobione"


def test_a_bad_tls_mode_is_refused_and_nothing_saved(db: Database, admin: Actor,
                                                     office: Office) -> None:
    with pytest.raises(IokError) as refused:
        mailbox.save_mailbox_settings(db, admin, dataclasses.replace(
            office.settings, tls_mode="plain"), "haslo")
    assert (refused.value.code, refused.value.field) == ("invalid_tls_mode", "tls_mode")
    assert mailbox.get_mailbox_settings(db).tls_mode == "implicit"
    assert keyring.get_password(mailbox.KEYRING_SERVICE,
                                office.settings.keyring_user) == office.password
