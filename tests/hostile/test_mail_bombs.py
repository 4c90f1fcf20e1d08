"""Messages built to make reading slow or storage huge: bodies the old patterns backtracked on,
headers the standard library parses in quadratic time, 10,001 attachments, a million empty
lines, 30 MB of capital letters. Each is read in one pass or refused with a clear error, and a
refusal stores nothing.

The sizes are chosen so that the code before the fix took over ten seconds on each (see
bench/bench_mail.py for the figures); the tests run under a 20-second alarm and assert what
comes out, not how fast.
"""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from support.rows import row_counts

from iok_desk.db.engine import Database
from iok_desk.domain.errors import ValidationError
from iok_desk.intake import eml
from iok_desk.services import intake
from iok_desk.services.context import Actor

from .corpus import header_bombs, mail, many_attachments, slow_mails, too_many_lines

GUARD_SECONDS = 20
THIRTY_MB = 30_000_000
GRANT_LINES = ("Imię i nazwisko: Jan Kowalski\r\nLokal: Paprykowa 12/5\r\n"
               "Dotyczy: nadanie dostępu\r\n")


@contextmanager
def guard() -> Iterator[None]:
    """Fail instead of hanging when reading does not end in GUARD_SECONDS."""
    def expired(_signum: int, _frame: object) -> None:
        raise TimeoutError(f"still reading after {GUARD_SECONDS} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(GUARD_SECONDS)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


SLOW = slow_mails(100_000)


@pytest.mark.parametrize(("what", "raw"), SLOW, ids=[what for what, _ in SLOW])
def test_a_body_built_for_backtracking_is_read_in_one_pass(what: str, raw: bytes) -> None:
    with guard():
        parsed = eml.parse_email(raw)
    assert parsed.sender_email == "jan@example.pl"
    assert len(parsed.body_text) <= eml.MAX_BODY_CHARS
    assert parsed.draft.problems == ()


BOMBS = header_bombs(30_000)


@pytest.mark.parametrize(("what", "raw"), BOMBS, ids=[what for what, _ in BOMBS])
def test_a_header_too_long_to_parse_is_refused_by_name(what: str, raw: bytes) -> None:
    with guard(), pytest.raises(ValidationError) as error:
        eml.parse_email(raw)
    assert error.value.code == "message_header_too_long"
    assert error.value.details["header"] == what.split(" of ")[0]
    assert f"najwyżej {eml.MAX_HEADER_CHARS}" in error.value.message


@pytest.mark.parametrize(("what", "raw"), slow_mails(THIRTY_MB - 10_000),
                         ids=[what for what, _ in SLOW])
def test_thirty_megabytes_of_hostile_text_are_read_within_the_guard(what: str,
                                                                    raw: bytes) -> None:
    with guard():
        parsed = eml.parse_email(raw)
    assert len(parsed.body_text) <= eml.MAX_BODY_CHARS


def test_a_thirty_megabyte_message_imports_with_the_request_at_its_top(
        db: Database, admin: Actor, register: dict[str, str]) -> None:
    raw = mail("big", GRANT_LINES + "A" * THIRTY_MB)
    with guard():
        result = intake.import_email(db, admin, raw, file_name="duza.eml")
    assert [item.size_bytes for item in result.attachments] == [len(raw)]
    assert intake.attachment_content(db, result.attachments[0].id)[1] == raw


@pytest.mark.parametrize("count", [101, 10_001])
def test_more_than_a_hundred_attachments_are_refused_and_nothing_is_stored(
        db: Database, admin: Actor, register: dict[str, str], count: int) -> None:
    raw = many_attachments(count).replace(b"Wniosek w za", GRANT_LINES.encode() + b"za")
    before = row_counts(db)
    with guard():
        with pytest.raises(ValidationError) as error:
            intake.import_email(db, admin, raw)
        assert error.value.code == "message_too_many_attachments"
        assert "limit to 100 załączników" in error.value.message
        with pytest.raises(ValidationError):
            intake.preview_email(db, raw)
    assert row_counts(db) == before


def test_a_hundred_attachments_are_all_stored(db: Database, admin: Actor,
                                             register: dict[str, str]) -> None:
    raw = many_attachments(100).replace(b"Wniosek w za", GRANT_LINES.encode() + b"za")
    result = intake.import_email(db, admin, raw)
    assert len(result.attachments) == 1 + 100 and result.skipped == ()


def test_a_million_empty_lines_are_refused_and_nothing_is_stored(db: Database,
                                                                 admin: Actor) -> None:
    raw = too_many_lines(eml.MAX_LINES + 1)
    before = row_counts(db)
    with guard(), pytest.raises(ValidationError) as error:
        intake.import_email(db, admin, raw)
    assert error.value.code == "message_too_many_lines"
    assert row_counts(db) == before
