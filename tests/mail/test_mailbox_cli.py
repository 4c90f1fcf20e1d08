"""``iok-desk mailbox …`` end to end against the worker's Dovecot, on both databases."""

from __future__ import annotations

import io
import json

import pytest

from iok_desk.cli import main
from iok_desk.db.engine import Database
from iok_desk.services import requests

from .conftest import Office
from .messages import COMPLETE_GRANT, WITHOUT_UNIT, message


def run(capsys: pytest.CaptureFixture[str], url: str, *argv: str) -> tuple[int, str, str]:
    code = main(["--database", url, "--clerk", "admin", *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.usefixtures("register")
def test_fetch_json_registers_the_complete_and_lists_the_rest(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        database_url: str, office: Office, db: Database) -> None:
    # Configured and given its password from the command line, as an administrator would.
    code, out, err = run(capsys, database_url, "mailbox", "settings", "--done-folder",
                         "Zrobione", "--json")
    assert code == 0, err
    assert json.loads(out)["done_folder"] == "Zrobione"
    monkeypatch.setattr("sys.stdin", io.StringIO(office.password + "\n"))
    code, out, err = run(capsys, database_url, "mailbox", "password", "--stdin")
    assert code == 0 and office.password not in out + err
    office.deliver(message(COMPLETE_GRANT))
    office.deliver(message(WITHOUT_UNIT, sender="Anna Nowak <anna@example.pl>"))

    code, out, err = run(capsys, database_url, "mailbox", "fetch", "--json")

    assert code == 0, err
    fetched = json.loads(out)["messages"]
    assert [item["outcome"] for item in fetched] == ["registered", "needs_clerk"]
    assert fetched[0]["number"].startswith("IOK/")
    assert "adres lokalu" in fetched[1]["reason"].lower()
    assert (office.count("INBOX"), office.count("Zrobione")) == (1, 1)
    assert [item.number for item in requests.list_requests(db)] == [fetched[0]["number"]]


def test_fetch_without_settings_says_what_to_do(capsys: pytest.CaptureFixture[str],
                                                database_url: str) -> None:
    code, out, err = run(capsys, database_url, "mailbox", "fetch", "--json")
    assert code == 1 and out == ""
    assert "iok-desk mailbox settings" in err
