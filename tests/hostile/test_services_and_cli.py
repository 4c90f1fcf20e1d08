"""The corpus through the use cases and the command line, on SQLite and PostgreSQL: each input
is refused with a typed error (and nothing is written), or stored exactly as validated and read
back unchanged. Nothing crashes."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import select
from support.rows import row_counts

from iok_desk.cli import main
from iok_desk.db.engine import Database
from iok_desk.db.models import Request
from iok_desk.domain.errors import IokError, ValidationError
from iok_desk.services import accounts, audit, clerks, requests, search
from iok_desk.services.context import Actor

from .corpus import CORPUS, short

GOOD = {"kind": "grant", "channel": "paper", "first_name": "Jan", "last_name": "Kowalski",
        "unit": "Paprykowa 12/5", "email": "jan@example.pl", "phone": "601 234 567",
        "note": ""}
FIELDS = ["first_name", "last_name", "unit", "email", "phone", "note", "login_id", "kind",
          "channel"]




def _stored_request(db: Database, number: str) -> Request:
    with db.reading() as session:
        request = session.scalar(select(Request).where(Request.number == number))
        assert request is not None
        session.expunge(request)
        return request


@pytest.mark.parametrize("field", FIELDS)
def test_register_request_refuses_or_stores_harmlessly(db: Database, admin: Actor,
                                                       register: dict[str, str],
                                                       field: str) -> None:
    """Tables only grow, so "every refused input wrote nothing" is: after the whole corpus,
    exactly one request and one audit event more per accepted input, nothing else."""
    crashes = []
    before = row_counts(db)
    accepted = 0
    for _, text in CORPUS:
        data = dict(GOOD, **{field: text})
        if field == "login_id":
            data["kind"] = "block"
        try:
            info = requests.register_request(db, admin, requests.NewRequest(**data))
        except IokError as error:
            assert error.message, short(text)
            continue
        except Exception as error:
            crashes.append(f"{field}={short(text)}: {type(error).__name__}: {error}")
            continue
        accepted += 1
        stored = _stored_request(db, info.number)
        shown = {"first_name": stored.applicant_first_name, "last_name":
                 stored.applicant_last_name, "unit": stored.unit_text,
                 "email": stored.applicant_email, "phone": stored.applicant_phone,
                 "note": stored.note, "login_id": stored.login_id_text,
                 "kind": stored.kind.value, "channel": stored.channel.value}
        returned = dataclasses.asdict(info)
        returned_field = {"first_name": "applicant_first_name",
                          "last_name": "applicant_last_name", "unit": "unit_text",
                          "email": "applicant_email", "phone": "applicant_phone",
                          "login_id": "login_id"}.get(field, field)
        assert shown[field] == returned[returned_field], short(text)
    assert not crashes, "\n".join(crashes)
    expected = dict(before, request=before["request"] + accepted,
                    audit_event=before["audit_event"] + accepted,
                    register_counter=row_counts(db)["register_counter"])
    assert row_counts(db) == expected


def test_account_use_cases_refuse_bad_input_without_writing(db: Database, admin: Actor,
                                                            register: dict[str, str]) -> None:
    info = requests.register_request(db, admin, requests.NewRequest(**GOOD))
    requests.approve_request(db, admin, info.number)
    login = accounts.issue_credentials(db, admin, info.number).login_id
    crashes: list[str] = []
    accepted: list[str] = []
    before = row_counts(db)
    for _, text in CORPUS:
        attempts = [
            lambda text=text: accounts.block_account(db, admin, text, reason="lost-password",
                                                     caller_name="Jan Kowalski"),
            lambda text=text: accounts.block_account(db, admin, login, reason=text,
                                                     caller_name="Jan Kowalski"),
            lambda text=text: accounts.revoke_access(db, admin, login, reason="sale",
                                                     unit=text or "x"),
            lambda text=text: accounts.add_unit(db, admin, login, text),
            lambda text=text: requests.approve_request(db, admin, text),
            lambda text=text: requests.reject_request(db, admin, text, "Powód."),
            lambda text=text: clerks.add_clerk(db, admin, text, "Ewa Nowak", "clerk"),
            lambda text=text: clerks.add_clerk(db, admin, "ewa", "Ewa", text),
        ]
        for attempt in attempts:
            try:
                attempt()
                accepted.append(short(text))
            except IokError:
                pass
            except Exception as error:
                crashes.append(f"{short(text)}: {type(error).__name__}: {error}")
    assert not crashes, "\n".join(crashes)
    # Only a clerk login the rule allows ("null", "none"…) may be accepted; each is one clerk
    # and one audit event. Tables only grow, so nothing else can have been written.
    clerks_added = len(clerks.list_clerks(db)) - 1
    assert len(accepted) == clerks_added, accepted
    assert row_counts(db) == dict(before, clerk=before["clerk"] + clerks_added,
                                  audit_event=before["audit_event"] + clerks_added)
    assert accounts.account_details(db, login).status == "issued"


def test_block_with_a_hostile_caller_is_refused_or_stored_as_typed(
        db: Database, admin: Actor, register: dict[str, str]) -> None:
    info = requests.register_request(db, admin, requests.NewRequest(**GOOD))
    requests.approve_request(db, admin, info.number)
    login = accounts.issue_credentials(db, admin, info.number).login_id
    before = row_counts(db)
    blocked = 0
    for _, text in CORPUS:
        try:
            accounts.block_account(db, admin, login, reason="lost-password", caller_name=text,
                                   caller_phone="", note=text)
        except ValidationError:
            continue
        blocked += 1
        last = audit.audit_trail(db, limit=1)[0]
        expected = accounts.validate_person_name_or_text(text)
        assert last.details["caller"] == expected, short(text)
        assert last.action in ("account.block", "account.block_repeated")
    assert row_counts(db) == dict(before, audit_event=before["audit_event"] + blocked)


def test_search_takes_anything(db: Database, admin: Actor, register: dict[str, str]) -> None:
    info = requests.register_request(db, admin, requests.NewRequest(**GOOD))
    requests.approve_request(db, admin, info.number)
    accounts.issue_credentials(db, admin, info.number)
    for _, text in CORPUS:
        found = search.search_accounts(db, text)
        assert len(found) <= 1, short(text)
        search.search_accounts(db, text[:2])  # what is typed on the way there
    assert [hit.person_name for hit in search.search_accounts(db, "kowal")] == ["Jan Kowalski"]


def _cli(capsys: pytest.CaptureFixture[str], url: str, *argv: str) -> tuple[int, str, str]:
    try:
        code = main(["--database", url, "--clerk", "admin", *argv])
    except SystemExit as exit_:  # argparse refuses what it cannot parse: a usage error
        code = int(exit_.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


# Every command line starts the program anew (engine, schema check): a fourteenth of the corpus,
# spread over all its categories, keeps this test quick; the services see all of it.
CLI_SAMPLE = CORPUS[::14]


def test_cli_refuses_cleanly(capsys: pytest.CaptureFixture[str], db: Database, admin: Actor,
                             register: dict[str, str], database_url: str) -> None:
    commands = [
        lambda text: ("request", "add", "--kind", "grant", "--channel", "paper",
                      "--first-name", "Jan", "--last-name", text, "--unit", "Paprykowa 12/5"),
        lambda text: ("request", "add", "--kind", "block", "--channel", "phone",
                      "--first-name", "Jan", "--last-name", "Kowalski", "--login", text),
        lambda text: ("request", "add", "--kind", "grant", "--channel", "paper",
                      "--first-name", "Jan", "--last-name", "Kowalski", "--unit", text,
                      "--email", text, "--phone", text),
        lambda text: ("account", "block", text, "--reason", "abuse", "--caller", text),
        lambda text: ("search", text),
    ]
    for _, text in CLI_SAMPLE:
        for command in commands:
            argv = command(text)
            before = row_counts(db)
            code, out, err = _cli(capsys, database_url, *argv)
            assert "Traceback" not in out + err, (argv[:2], short(text))
            if code != 0:
                assert code in (1, 2), (argv[:2], short(text))
                assert err.strip(), (argv[:2], short(text))
                assert row_counts(db) == before, (argv[:2], short(text))
    code, out, err = _cli(capsys, database_url, "--clerk", "'; DROP TABLE clerk; --",
                          "request", "list")
    assert code == 1 and "Login pracownika" in err
