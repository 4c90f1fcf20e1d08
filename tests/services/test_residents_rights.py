"""The resident's rights (issue 14), on both databases: the person's record and its export,
corrections, proxies and accepted versions, retention with pseudonymisation."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text

from iok_desk.db.engine import Database
from iok_desk.db.models import AuditEvent, Base, Person, Request, Title
from iok_desk.domain.audit import AuditAction
from iok_desk.domain.dates import now_utc, office_date
from iok_desk.domain.errors import NotAllowed, ValidationError
from iok_desk.domain.rodo import REDACTED
from iok_desk.domain.states import TitleKind
from iok_desk.services import (
    accounts,
    clerks,
    intake,
    persons,
    registry,
    requests,
    retention,
    search,
)
from iok_desk.services.context import Actor

from .helpers import grant

EML = (b"From: Ewa Nowak <ewa.nowak@example.pl>\r\nTo: iok@example.pl\r\n"
       b"Subject: wniosek\r\nMessage-ID: <r1@example.pl>\r\n\r\nProsze o dostep.\r\n")


class Issued:
    def __init__(self, number: str, login_id: str) -> None:
        self.request_number, self.login_id = number, login_id


def issued_account(db: Database, actor: Actor, first: str = "Jan", last: str = "Kowalski",
                   unit: str = "Paprykowa 12/5") -> Issued:
    number = grant(db, actor, first, last, unit)
    requests.approve_request(db, actor, number)
    return Issued(number, accounts.issue_credentials(db, actor, number).login_id)


def _everything(db: Database) -> str:
    """Every value of every table, as the no-leak test reads them."""
    with db.reading() as session:
        return "\n".join(repr(tuple(row)) for table in Base.metadata.sorted_tables
                         for row in session.execute(text(f'SELECT * FROM "{table.name}"')))


def test_export_lists_every_category_and_nothing_of_another_person(
        db: Database, admin: Actor, register: dict[str, str]) -> None:
    jan = issued_account(db, admin)
    anna = issued_account(db, admin, "Anna", "Żółkiewska", "Paprykowa 12/7")
    anna_request = grant(db, admin, "Anna", "Żółkiewska", "Paprykowa 12/5",
                         email="anna.z@example.pl", note="sąsiadka spod 7")
    intake.attach_files(db, admin, jan.request_number, [("skan.pdf", b"%PDF-1.4 jan\n")])
    persons.correct_person(db, admin, jan.login_id, phone="+48 601000111",
                           reason="wniosek o sprostowanie z 01.12.2026")
    search.export_search(db, admin, "Kowalski", file_name="lista.json")

    export = persons.export_person(db, admin, "Jan Kowalski, Paprykowa 12/5",
                                   file_name="/home/x/kopia.json")
    data = export.as_json()
    record = data["record"]
    assert record["person"]["last_name"] == "Kowalski"
    assert record["person"]["phone"] == "+48 601000111"
    assert {t["unit"] for t in record["titles"]} == {"Paprykowa 12/5", "Śliwkowa 3"}
    assert [a["login_id"] for a in record["accounts"]] == [jan.login_id]
    assert [r["number"] for r in record["requests"]] == [jan.request_number]
    assert record["requests"][0]["attachments"][0]["file_name"] == "skan.pdf"
    assert record["requests"][0]["rules_version"]
    assert {"credential"} <= {letter["kind"] for letter in record["letters"]}
    actions = {event["action"] for event in record["audit"]}
    assert {AuditAction.REQUEST_REGISTER, AuditAction.ACCOUNT_ISSUE,
            AuditAction.PERSON_CORRECT, AuditAction.EXPORT_SEARCH} <= actions
    assert data["information_clause"]["text"] and set(data["retention_days"]) == set(
        retention.DEFAULT_DAYS)
    dumped = json.dumps(data, ensure_ascii=False)
    for other in ("Żółkiewska", "Anna", "586290016", "anna.z@", "sąsiadka", anna.login_id,
                  anna_request, "Paprykowa 12/7", "password", "argon2"):
        assert other not in dumped, other
    with db.reading() as session:
        event = session.scalars(select(AuditEvent).where(
            AuditEvent.action == AuditAction.PERSON_EXPORT)).one()
        assert event.details["file"] == "kopia.json" and "Kowalski" not in event.summary


def test_a_correction_is_audited_with_before_after_and_reason(
        db: Database, admin: Actor, register: dict[str, str]) -> None:
    jan = issued_account(db, admin)
    record = persons.person_record(db, jan.login_id)
    done = persons.correct_person(db, admin, f"#{record.person_id}", last_name="Kowalski-Nowak",
                                  email="jan.kn@example.pl", reason="wniosek o sprostowanie z "
                                  "01.12.2026", expected_version=record.version)
    assert done.name_changed and done.live_logins == (jan.login_id,)
    assert persons.person_record(db, jan.login_id).person["last_name"] == "Kowalski-Nowak"
    with db.reading() as session:
        event = session.scalars(select(AuditEvent).where(
            AuditEvent.action == AuditAction.PERSON_CORRECT)).one()
        assert event.details["personal"] == {
            "before": {"last_name": "Kowalski", "email": "jan@example.pl"},
            "after": {"last_name": "Kowalski-Nowak", "email": "jan.kn@example.pl"}}
        assert event.details["reason"] == "wniosek o sprostowanie z 01.12.2026"
        assert "sprostowanie" in event.summary
        assert session.scalars(select(Person).where(Person.last_name == "Kowalski-Nowak")
                               ).one().name_search == "kowalski-nowak jan"
    with pytest.raises(ValidationError):
        persons.correct_person(db, admin, jan.login_id, email="zły", reason="x y")
    with pytest.raises(ValidationError):
        persons.correct_person(db, admin, jan.login_id, last_name="Kowalski-Nowak",
                               reason="bez zmiany")


def test_a_proxy_request_and_its_scan_are_registered_together_or_not_at_all(
        db: Database, admin: Actor, register: dict[str, str]) -> None:
    def proxy_request() -> requests.NewRequest:
        return requests.NewRequest(
            kind="grant", channel="in-person", first_name="Jan", last_name="Kowalski",
            unit="Paprykowa 12/5", proxy=requests.Proxy(
                name="Marta Kowalska", kind="written", reference="upoważnienie z 28.11.2026",
                signed_on=office_date(now_utc()) - timedelta(days=1)))

    with pytest.raises(ValidationError) as refused:
        intake.register_with_files(db, admin, proxy_request(),
                                   [("upowaznienie.exe", b"MZ\x90\x00 not a scan")])
    assert refused.value.code == "attachment_refused"
    assert requests.list_requests(db) == []  # no request without its scan
    info = intake.register_with_files(db, admin, proxy_request(),
                                      [("upowaznienie.pdf", b"%PDF-1.4 upowaznienie\n")])
    assert info.proxy_name == "Marta Kowalska" and info.changes.new_requests
    assert [item.file_name for item in intake.list_attachments(db, info.number)] == [
        "upowaznienie.pdf"]
    with db.reading() as session:
        request_id = session.scalars(select(Request.id).where(
            Request.number == info.number)).one()
        assert list(session.scalars(select(AuditEvent.action).where(
            AuditEvent.request_id == request_id).order_by(AuditEvent.id))) == [
            AuditAction.REQUEST_REGISTER, AuditAction.REQUEST_ATTACH]


def test_a_proxy_request_goes_through_and_records_the_versions(
        db: Database, admin: Actor, register: dict[str, str]) -> None:
    persons.publish_policy(db, admin, "rules", "2026/1", "Zasady w nowym brzmieniu.")
    persons.publish_policy(db, admin, "clause", "2026-12", "Klauzula informacyjna 2026.")
    info = requests.register_request(db, admin, requests.NewRequest(
        kind="grant", channel="in-person", first_name="Jan", last_name="Kowalski",
        unit="Paprykowa 12/5", id_checked=True, proxy=requests.Proxy(
            name="Marta Kowalska", kind="notarial", reference="Rep. A nr 1234/2026",
            signed_on=office_date(now_utc()) - timedelta(days=3), letters_to="proxy")))
    assert (info.rules_version, info.clause_version) == ("2026/1", "2026-12")
    assert info.proxy_kind == "notarial" and info.letters_to == "proxy"
    assert info.id_checked_by == "admin"
    intake.attach_files(db, admin, info.number, [("akt-notarialny.pdf", b"%PDF-1.4 akt\n")])
    requests.approve_request(db, admin, info.number)
    issued = accounts.issue_credentials(db, admin, info.number)
    assert issued.login_id
    with db.reading() as session:
        request = session.scalars(select(Request).where(Request.number == info.number)).one()
        assert request.status.value == "done" and request.person_id is not None
    with pytest.raises(ValidationError):
        requests.register_request(db, admin, requests.NewRequest(
            kind="grant", channel="paper", first_name="Jan", last_name="Kowalski",
            unit="Paprykowa 12/5", proxy=requests.Proxy(
                name="X Y", kind="verbal", reference="-", signed_on=office_date(now_utc()))))
    clerks.add_clerk(db, admin, "ola", "Ola Kowal", "clerk")
    with pytest.raises(NotAllowed) as not_admin:
        persons.publish_policy(db, Actor("ola", workstation="t"), "rules", "3", "x")
    assert not_admin.value.code == "role_required"


def test_an_emailed_request_takes_the_proxy_the_id_check_and_the_scan(
        db: Database, admin: Actor, register: dict[str, str], database_url: str,
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``intake.import_email`` (the desk's e-mail dialogs, ``request import``) records a
    proxy, the identity check and the authorisation's scan as a paper request does; a refused
    scan registers nothing."""
    proxy = requests.Proxy(name="Marta Kowalska", kind="notarial", reference="Rep. A 77/2026",
                           signed_on=office_date(now_utc()) - timedelta(days=2),
                           letters_to="proxy")
    message = EML.replace(b"Prosze o dostep.", b"Prosze o dostep do Paprykowa 12/5. "
                          b"Jan Kowalski")
    with pytest.raises(ValidationError) as refused:
        intake.import_email(db, admin, message, proxy=proxy, id_checked=True,
                            scans=[("akt.exe", b"MZ\x90\x00")])
    assert refused.value.code == "attachment_refused" and requests.list_requests(db) == []

    result = intake.import_email(db, admin, message, proxy=proxy, id_checked=True,
                                 scans=[("akt.pdf", b"%PDF-1.4 akt\n")])
    info = requests.get_request(db, result.number)
    assert (info.channel, info.proxy_name, info.proxy_kind, info.letters_to,
            info.id_checked_by) == ("e-mail", "Marta Kowalska", "notarial", "proxy", "admin")
    assert [item.file_name for item in intake.list_attachments(db, result.number)] == [
        "wiadomosc.eml", "akt.pdf"]

    from iok_desk.cli import main
    eml = tmp_path / "wniosek.eml"
    eml.write_bytes(message.replace(b"r1@", b"r9@"))
    scan = tmp_path / "upowaznienie.pdf"
    scan.write_bytes(b"%PDF-1.4 upowaznienie\n")
    assert main(["--database", database_url, "--clerk", "admin", "request", "import",
                 str(eml), "--id-checked", "--proxy-name", "Piotr Kowalski", "--proxy-kind",
                 "written", "--proxy-reference", "upoważnienie 3/2026", "--proxy-date",
                 "01.12.2026", "--proxy-scan", str(scan)]) == 0
    number = capsys.readouterr().out.strip()
    by_cli = requests.get_request(db, number)
    assert (by_cli.proxy_name, by_cli.proxy_kind, by_cli.letters_to, by_cli.id_checked_by) == (
        "Piotr Kowalski", "written", "resident", "admin")
    assert [item.file_name for item in intake.list_attachments(db, number)] == [
        "wniosek.eml", "upowaznienie.pdf"]


def test_no_pesel_no_id_number_anywhere(db: Database) -> None:
    """Data minimisation: no column for a PESEL or an identity document's number; the desk
    records only who checked the document."""
    columns = [f"{table.name}.{column.name}" for table in Base.metadata.sorted_tables
               for column in table.columns]
    assert "request.id_checked_by" in columns
    for column in columns:
        assert not any(word in column.lower() for word in
                       ("pesel", "id_number", "document_number", "id_card", "dowod")), column


def _former_resident(db: Database, admin: Actor,
                     while_live: Callable[[str], None] | None = None) -> tuple[str, str]:
    """Zenobia Wiśniewska held the garage and its account; she sold it, the account is
    revoked and her title ended. Returns her login ID and request number. ``while_live``
    is called with her login ID before the account is revoked."""
    today = office_date(now_utc())
    with db.transaction() as session:
        person = registry.create_person(session, "Zenobia", "Wiśniewska",
                                        email="zenobia.w@example.pl", phone="+48 501999888")
        unit = registry.create_unit(session, registry.get_or_create_estate(
            session, "MSM-01", "Zasób"), "G-0099", "Śliwkowa", "9", "", kind="garage")
        registry.create_title(session, person, unit, TitleKind.OWNERSHIP,
                              today - timedelta(days=900))
    number = grant(db, admin, "Zenobia", "Wiśniewska", "Śliwkowa 9",
                   note="Dzwonić po 16, Zenobia")
    intake.attach_files(db, admin, number, [("wniosek-zenobii.pdf", b"%PDF-1.4 zenobia\n")])
    requests.approve_request(db, admin, number)
    login = accounts.issue_credentials(db, admin, number).login_id
    persons.correct_person(db, admin, login, phone="+48 501999777", reason="nowy numer")
    if while_live is not None:
        while_live(login)
    accounts.revoke_access(db, admin, login, reason="sale")
    with db.transaction() as session:
        title = session.scalars(select(Title).join(Person).where(
            Person.last_name == "Wiśniewska")).one()
        title.valid_to = today - timedelta(days=1)
    return login, number


def test_retention_pseudonymises_past_their_time_and_keeps_the_registers(
        db: Database, admin: Actor, register: dict[str, str], database_url: str) -> None:
    login, zenobia_request = _former_resident(db, admin)
    jan = issued_account(db, admin)
    rejected = requests.register_request(db, admin, requests.NewRequest(
        kind="grant", channel="e-mail", first_name="Ewa", last_name="Nowak",
        email="ewa.nowak@example.pl", unit="Paprykowa 12/7")).number
    intake.attach_files(db, admin, rejected, [("ewa.eml", EML)])
    requests.reject_request(db, admin, rejected, "Ewa Nowak nie ma tytułu do lokalu.")
    intake.attach_files(db, admin, jan.request_number, [("jan.eml", EML.replace(
        b"Ewa Nowak", b"Jan Kowalski").replace(b"r1@", b"r2@"))])
    persons.correct_person(db, admin, jan.login_id, phone="+48 601000222", reason="zmiana")

    assert retention.run_retention(db, admin, dry_run=True).persons == []  # nothing yet
    later = now_utc() + timedelta(days=7 * 366)
    dry = retention.run_retention(db, admin, dry_run=True, now=later)
    real = retention.run_retention(db, admin, now=later)
    assert dry.dry_run and not real.dry_run and dry.same_work(real)
    assert set(real.requests) == {zenobia_request, rejected}
    assert len(real.persons) == 1 and real.audit_details == 2
    assert len(real.attachments) == 3  # Zenobia's scan, Ewa's e-mail, Jan's e-mail
    assert retention.run_retention(db, admin, dry_run=True, now=later).requests == []

    everything = _everything(db)
    for gone in ("Zenobia", "Wiśniewska", "zenobia.w", "501999888", "501999777",
                 "Dzwonić po 16", "%PDF-1.4 zenobia", "Ewa", "Nowak", "ewa.nowak",
                 "Prosze o dostep", "601000111", "601234567", "wniosek-zenobii", "ewa.eml"):
        assert gone not in everything, gone
    assert "Kowalski" in everything and "Żółkiewska" in everything  # others stay
    with db.reading() as session:  # the events keep what is not personal: numbers, kinds
        request_id = session.scalars(select(Request.id).where(Request.number == rejected)).one()
        summaries = list(session.scalars(select(AuditEvent.summary).where(
            AuditEvent.request_id == request_id)))
        assert len(summaries) == 3 and all(rejected in summary for summary in summaries)
        assert all("[dane usunięte]" in summary for summary in summaries)
    with db.reading() as session:
        numbers = sorted(session.scalars(select(Request.sequence)))
        assert numbers == list(range(1, len(numbers) + 1))
        zenobia = session.get(Person, real.persons[0])
        assert zenobia is not None and zenobia.last_name == f"nr {zenobia.id}"
        assert zenobia.pseudonymised_at is not None
        kinds = [event.action for event in session.scalars(select(AuditEvent).where(
            AuditEvent.action == AuditAction.RETENTION_RUN))]
        assert len(kinds) == 4
    record = persons.person_record(db, login)  # the keys stay: her login ID still finds her
    assert record.person_id == real.persons[0] and record.requests[0]["number"] == zenobia_request
    assert record.requests[0]["attachments"][0]["size_bytes"] == 0
    assert any(event["action"] == AuditAction.ACCOUNT_ISSUE for event in record.audit)
    if db.dialect == "sqlite":  # PostgreSQL: tests/security/test_retention_roles.py
        _still_append_only(database_url)
        db.dispose()  # the last connection checkpoints the WAL
        path = Path(database_url.removeprefix("sqlite:///"))
        raw = b"".join(file.read_bytes() for file in path.parent.glob(path.name + "*"))
        assert "Żółkiewska".encode() in raw  # the scan reads the file's data
        for gone in ("Zenobia", "Wiśniewska", "zenobia.w", "501999888", "Ewa Nowak"):
            assert gone.encode() not in raw, gone


def test_retention_replaces_what_clerks_typed_about_the_person_and_keeps_the_events(
        db: Database, admin: Actor, register: dict[str, str], database_url: str) -> None:
    """A phone-in block's caller, phone and note, and the words of a search export that
    listed her, hold none of her registered data: they are found through her account and the
    export's ``person_ids`` and replaced whole. Other persons' exports keep their words."""
    def phone_in_and_export(login: str) -> None:
        search.export_search(db, admin, "Wiśniewska Śliwkowa", file_name="lista.json")
        accounts.block_account(db, admin, login, reason="lost-password",
                               caller_name="Halina Kos", caller_phone="+48 502 111 333",
                               note="Córka, dzwoni z Oslo", verification="call-back")

    _former_resident(db, admin, while_live=phone_in_and_export)
    issued_account(db, admin)
    search.export_search(db, admin, "Kowalski", file_name="jan.json")
    with db.reading() as session:
        events_before = len(list(session.scalars(select(AuditEvent.id))))
    assert "Halina Kos" in _everything(db) and "wisniewska sliwkowa" in _everything(db)

    later = now_utc() + timedelta(days=7 * 366)
    dry = retention.run_retention(db, admin, dry_run=True, now=later)
    real = retention.run_retention(db, admin, now=later)
    assert len(real.persons) == 1 and dry.same_work(real)

    everything = _everything(db)
    for gone in ("Halina", "Kos'", "111 333", "111333", "dzwoni z Oslo", "wisniewska"):
        assert gone not in everything, gone
    with db.reading() as session:
        assert len(list(session.scalars(select(AuditEvent.id)))) == events_before + 2
        block = session.scalars(select(AuditEvent).where(
            AuditEvent.action == AuditAction.ACCOUNT_BLOCK)).one()
        assert {key: block.details[key] for key in ("caller", "caller_phone", "note")} == \
            dict.fromkeys(("caller", "caller_phone", "note"), REDACTED)
        assert block.details["verification"] == "call-back"
        assert block.summary.endswith(f"zgłaszający: {REDACTED}.")
        exports = {event.details["file_name"]: event.details for event in session.scalars(
            select(AuditEvent).where(AuditEvent.action == AuditAction.EXPORT_SEARCH))}
        assert exports["lista.json"]["text"] == REDACTED
        assert exports["lista.json"]["person_ids"] == real.persons
        assert exports["jan.json"]["text"] == "kowalski"
    if db.dialect == "sqlite":
        db.dispose()  # the last connection checkpoints the WAL
        path = Path(database_url.removeprefix("sqlite:///"))
        raw = b"".join(file.read_bytes() for file in path.parent.glob(path.name + "*"))
        assert b"kowalski" in raw
        for gone in ("Halina Kos", "111 333", "dzwoni z Oslo", "wisniewska sliwkowa"):
            assert gone.encode() not in raw, gone


def test_retention_reaches_the_electronic_form_a_request_came_from(
        db: Database, admin: Actor, register: dict[str, str]) -> None:
    """The form's row keeps what the resident typed; the request's pseudonymisation replaces
    it there too (its number, kind and unit stay)."""
    from sqlalchemy import create_engine

    from iok_desk.portal import Portal, WebForm
    from iok_desk.services import web_form

    engine = create_engine(db.url)  # the portal's own connection
    Portal(engine).submit_form(WebForm(
        kind="grant", first_name="Zbigniew", last_name="Formularski", consent=True,
        unit_text="Paprykowa 12/7", email="zbyszek.f@example.pl", phone="+48 503444555",
        note="Zbyszek, wnuk pani Anny"))
    engine.dispose()
    submission, = web_form.list_submissions(db)
    number = web_form.register_submission(db, admin, submission.id).number
    requests.reject_request(db, admin, number, "Brak tytułu prawnego do lokalu.")
    assert "Formularski" in _everything(db)

    report = retention.run_retention(db, admin, now=now_utc() + timedelta(days=400))
    assert report.requests == [number]
    everything = _everything(db)
    for gone in ("Zbigniew", "Formularski", "zbyszek.f", "503444555", "wnuk pani"):
        assert gone not in everything, gone
    assert "Paprykowa 12/7" in everything


def test_retention_reaches_what_came_with_an_email(
        db: Database, admin: Actor, register: dict[str, str]) -> None:
    """A daughter writes for her mother: the register event keeps the sender, the subject and
    the file names, none of which is the applicant's; a rejected request's pseudonymisation
    replaces them."""
    from iok_desk.intake.draft import RequestDraft

    raw = (b"From: Kasia Mazur <kasia.mazur@example.pl>\r\nTo: iok@example.pl\r\n"
           b"Subject: Dostep dla mamy (Kasia)\r\nMessage-ID: <k1@example.pl>\r\n\r\n"
           b"Prosze o dostep dla mamy, Ewy Nowak, Paprykowa 12/7.\r\n")
    number = intake.import_email(db, admin, raw, file_name="od-kasi-mazur.eml",
                                 draft=RequestDraft(kind="grant", first_name="Ewa",
                                                    last_name="Nowak",
                                                    unit="Paprykowa 12/7")).number
    requests.ask_for_information(db, admin, number, "Podpis córki, p. Mazur, nie wystarczy.")
    requests.reject_request(db, admin, number, "Brak tytułu prawnego do lokalu.")
    assert "kasia.mazur@example.pl" in _everything(db)

    assert retention.run_retention(db, admin, now=now_utc() + timedelta(days=400)
                                   ).requests == [number]
    everything = _everything(db)
    for gone in ("Kasia", "kasia.mazur", "Dostep dla mamy", "od-kasi", "Ewa", "Nowak",
                 "Mazur"):
        assert gone not in everything, gone
    with db.reading() as session:
        register_event = session.scalars(select(AuditEvent).where(
            AuditEvent.action == AuditAction.REQUEST_REGISTER)).one()
        assert register_event.details["attachments"] == [REDACTED]
        assert register_event.details["source"] == "e-mail" and number in register_event.summary


def test_the_former_category_counts_every_moment_of_a_person(
        db: Database, admin: Actor, register: dict[str, str]) -> None:
    """The plan decides in one statement what ``_former_resident`` and its neighbours
    show: a title that ended on the cut-off's day is past, one that ended a day later is not;
    a blocked account (not revoked) or a title without an end keeps the person."""
    login, _ = _former_resident(db, admin)
    blocked = issued_account(db, admin, "Anna", "Żółkiewska", "Paprykowa 12/7")
    accounts.block_account(db, admin, blocked.login_id, reason="lost-password",
                           caller_name="Anna Żółkiewska", verification="call-back")
    later = (now_utc() + timedelta(days=7 * 366)).replace(hour=12)
    cutoff_day = (later - timedelta(days=retention.DEFAULT_DAYS["former"])).date()
    today = office_date(now_utc())
    with db.transaction() as session:
        for title in session.scalars(select(Title).join(Person).where(
                Person.last_name == "Żółkiewska")):
            title.valid_to = today - timedelta(days=10)  # only the blocked account keeps her
        garage = registry.create_unit(session, registry.get_or_create_estate(
            session, "MSM-01", "Zasób"), "G-0100", "Śliwkowa", "11", "", kind="garage")
        ended = {}
        for last_name, last_day in (("Cutoffowa", cutoff_day),
                                    ("Dzieńpóźniej", cutoff_day + timedelta(days=1))):
            person = registry.create_person(session, "Irena", last_name)
            registry.create_title(session, person, garage, TitleKind.LEASE,
                                  today - timedelta(days=30), last_day)
            session.flush()
            ended[last_name] = person.id
        registry.create_title(session, registry.create_person(session, "Stefan", "Stały"),
                              garage, TitleKind.LEASE, today - timedelta(days=30))
    past = retention.run_retention(db, admin, dry_run=True, now=later).persons
    zenobia = persons.person_record(db, login).person_id
    assert past == sorted([zenobia, ended["Cutoffowa"]])


def _still_append_only(database_url: str) -> None:
    """After the run, a program writing past the desk still cannot change or delete any
    audit event — a redacted one included — nor the redaction rows."""
    path = database_url.removeprefix("sqlite:///")
    connection = sqlite3.connect(path)
    try:
        redacted = connection.execute("SELECT audit_event_id FROM audit_redaction "
                                      "WHERE audit_event_id IS NOT NULL").fetchone()[0]
        for statement in (f"UPDATE audit_event SET summary = 'x' WHERE id = {redacted}",
                          "UPDATE audit_event SET summary = 'x'",
                          f"DELETE FROM audit_event WHERE id = {redacted}",
                          "UPDATE audit_redaction SET applied = 0",
                          "DELETE FROM audit_redaction"):
            with pytest.raises(sqlite3.IntegrityError, match="append-only"):
                connection.execute(statement)
    finally:
        connection.close()
