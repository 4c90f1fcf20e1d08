"""The core subcommands: demo, request, account, search, audit, clerk."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable
from enum import StrEnum
from pathlib import Path
from typing import Any, Protocol, TypeVar

from iok_desk.domain.credentials import format_login_id
from iok_desk.domain.dates import format_datetime
from iok_desk.domain.errors import ValidationError
from iok_desk.domain.states import (
    CLERK_REVOKE_REASONS,
    BlockReason,
    Channel,
    ClerkRole,
    RequestKind,
    RequestStatus,
    label_pl,
)
from iok_desk.letters import produce
from iok_desk.private_files import PendingFile
from iok_desk.services import accounts, audit, clerks, demo, intake, requests, search
from iok_desk.services.dto import IssueResult

from . import arguments
from . import letters as letters_cli
from . import phone as phone_cli
from .common import Desk, print_json


class _ForAccount(Protocol):
    @property
    def login_id(self) -> str: ...


Result = TypeVar("Result", bound=_ForAccount)


def _with_letter(args: argparse.Namespace,
                 use_case: Callable[[accounts.DeliverLetter | None], Result]) -> Result:
    """Run a use case that may issue a password: its letter is written before the commit and
    moved to ``--letter`` after it. A failure before the commit leaves no account and no file;
    after it, the message says where the complete letter is."""
    if not args.letter:
        return use_case(None)
    letter_file = produce.CredentialLetterFile(args.letter, overwrite=args.overwrite,
                                               on_prepared=_announce_draft)
    try:
        result = use_case(letter_file.deliver)
    except BaseException:
        letter_file.discard()
        raise
    if letter_file.pending is not None:
        target = letter_file.move_into_place(result.login_id)
        print(f"Pismo z hasłem do pierwszego logowania zapisano w {target}.", file=sys.stderr)
    return result


def _issue_with_letter(args: argparse.Namespace,
                       use_case: Callable[[accounts.DeliverLetter | None], IssueResult]) -> int:
    result = _with_letter(args, use_case)
    print(result.login_id)
    if result.letter is not None and result.letter.letter_number:
        print(f"Pismo nr {result.letter.letter_number} w rejestrze pism.", file=sys.stderr)
    if result.letter is None:
        print(f"Lokal dodano do istniejącego konta {format_login_id(result.login_id)}; "
              "nowe hasło nie jest potrzebne, pismo nie zostało utworzone.",
              file=sys.stderr)
    if result.dropped_units:
        print("Tych lokali nie przeniesiono na nowe konto — tytuł prawny wygasł: "
              + ", ".join(result.dropped_units) + ".", file=sys.stderr)
    return 0


def _announce_draft(pending: PendingFile) -> None:
    """Said before the commit, so that an interruption right after it (a power cut) still
    leaves the clerk knowing where the complete letter is."""
    print(f"Pismo gotowe (kopia robocza: {pending.temporary}).", file=sys.stderr, flush=True)


# --- demo ------------------------------------------------------------------------------------

def cmd_demo(args: argparse.Namespace, desk: Desk) -> int:
    summary = demo.create_demo_data(desk.db(), desk.actor, accounts_count=args.accounts)
    if args.json:
        print_json(summary)
    else:
        print(f"Dane demonstracyjne: {summary.units} lokali, {summary.persons} osób, "
              f"konta {summary.accounts}, wnioski {summary.requests}.")
    return 0


# --- request ---------------------------------------------------------------------------------

def add_proxy_arguments(parser: argparse.ArgumentParser) -> None:
    """The identity check and the proxy of a request a clerk registers (``request add``,
    ``request import``)."""
    parser.add_argument("--id-checked", action="store_true",
                        help="pracownik sprawdził dokument tożsamości (numeru się nie zapisuje)")
    parser.add_argument("--proxy-name", help="pełnomocnik albo osoba upoważniona")
    parser.add_argument("--proxy-kind", choices=["notarial", "written"],
                        help="pełnomocnictwo notarialne / upoważnienie podpisane przy "
                        "pracowniku")
    parser.add_argument("--proxy-reference", help="oznaczenie dokumentu (np. Rep. A nr …)")
    parser.add_argument("--proxy-date", metavar="DD.MM.RRRR", help="data umocowania")
    parser.add_argument("--proxy-scan", metavar="FILE", help="skan umocowania (dołączony)")
    parser.add_argument("--letters-to", choices=["resident", "proxy"], default="resident",
                        help="pisma: do mieszkańca albo do rąk pełnomocnika za podpisem")


def proxy_scans(args: argparse.Namespace) -> list[tuple[str, bytes]]:
    return ([(Path(args.proxy_scan).name, Path(args.proxy_scan).read_bytes())]
            if args.proxy_scan else [])


def proxy_from_args(args: argparse.Namespace) -> requests.Proxy | None:
    """The proxy of ``--proxy-name …`` (all four proxy options together)."""
    given = (args.proxy_name, args.proxy_kind, args.proxy_reference, args.proxy_date)
    if not any(given):
        return None
    if not all(given):
        raise ValidationError("Pełnomocnika opisują razem --proxy-name, --proxy-kind, "
                              "--proxy-reference i --proxy-date.", field="proxy",
                              code="proxy_incomplete")
    from .letters import parse_day
    return requests.Proxy(name=args.proxy_name, kind=args.proxy_kind,
                          reference=args.proxy_reference,
                          signed_on=parse_day(args.proxy_date, "proxy_date"),
                          letters_to=args.letters_to)


def cmd_request_add(args: argparse.Namespace, desk: Desk) -> int:
    info = intake.register_with_files(desk.db(), desk.actor, requests.NewRequest(
        kind=args.kind, channel=args.channel, first_name=args.first_name,
        last_name=args.last_name, unit=args.unit or "", login_id=args.login or "",
        email=args.email or "", phone=args.phone or "", note=args.note or "",
        id_checked=args.id_checked, proxy=proxy_from_args(args)), proxy_scans(args))
    print(info.number)
    return 0


def cmd_request_list(args: argparse.Namespace, desk: Desk) -> int:
    found = requests.list_requests(desk.db(), args.status)
    if args.json:
        print_json(found)
        return 0
    for info in found:
        print(f"{info.number}  {format_datetime(info.received_at)}  "
              f"{label_pl(RequestKind(info.kind)):<22} {info.status:<11} "
              f"{info.applicant_first_name} {info.applicant_last_name}  {info.unit_text}")
    return 0


def cmd_request_show(args: argparse.Namespace, desk: Desk) -> int:
    print_json(requests.get_request(desk.db(), args.number))
    return 0


def cmd_request_approve(args: argparse.Namespace, desk: Desk) -> int:
    info = requests.approve_request(desk.db(), desk.actor, args.number)
    print(f"{info.number}: {info.status}")
    return 0


def cmd_request_reject(args: argparse.Namespace, desk: Desk) -> int:
    info = requests.reject_request(desk.db(), desk.actor, args.number, args.reason)
    print(f"{info.number}: {info.status}")
    return 0


def cmd_request_carry_out(args: argparse.Namespace, desk: Desk) -> int:
    result = _with_letter(args, lambda deliver: requests.carry_out(
        desk.db(), desk.actor, args.number, deliver=deliver))
    print(f"{result.number}: done")
    print(result.message, file=sys.stderr)
    if result.issued is not None and result.issued.dropped_units:
        print("Pominięte lokale: " + ", ".join(result.issued.dropped_units), file=sys.stderr)
    return 0


def cmd_request_needs_info(args: argparse.Namespace, desk: Desk) -> int:
    info = requests.ask_for_information(desk.db(), desk.actor, args.number, args.note)
    print(f"{info.number}: {info.status}")
    return 0


def cmd_request_resume(args: argparse.Namespace, desk: Desk) -> int:
    info = requests.resume_request(desk.db(), desk.actor, args.number, args.note or "")
    print(f"{info.number}: {info.status}")
    return 0


# --- account ---------------------------------------------------------------------------------

def cmd_account_issue(args: argparse.Namespace, desk: Desk) -> int:
    return _issue_with_letter(args, lambda deliver: accounts.issue_credentials(
        desk.db(), desk.actor, args.number, deliver=deliver))


def cmd_account_reissue(args: argparse.Namespace, desk: Desk) -> int:
    return _issue_with_letter(args, lambda deliver: accounts.reissue_account(
        desk.db(), desk.actor, args.login, request_number=args.request, deliver=deliver))


def cmd_account_new_password(args: argparse.Namespace, desk: Desk) -> int:
    if len(args.login) > 1:
        return letters_cli.issue_new_passwords(desk, args.login, reason=args.reason,
                                               letter=args.letter, overwrite=args.overwrite)
    return _issue_with_letter(args, lambda deliver: accounts.new_first_password(
        desk.db(), desk.actor, args.login[0], reason=args.reason, deliver=deliver))


def cmd_account_block(args: argparse.Namespace, desk: Desk) -> int:
    result = accounts.block_account(desk.db(), desk.actor, args.login, reason=args.reason,
                                    caller_name=args.caller, caller_phone=args.caller_phone or "",
                                    note=args.note or "", request_number=args.request,
                                    verification=args.verified)
    if phone_cli.print_block(result):
        return 0
    assert result.blocked_at is not None
    shown = format_login_id(result.login_id)
    if result.already_blocked:
        print(f"{shown}: konto było już zablokowane ({format_datetime(result.blocked_at)}); "
              "zgłoszenie odnotowano.")
    else:
        print(f"{shown}: zablokowane {format_datetime(result.blocked_at)}")
    return 0


def cmd_account_revoke(args: argparse.Namespace, desk: Desk) -> int:
    result = accounts.revoke_access(desk.db(), desk.actor, args.login, reason=args.reason,
                                    unit=args.unit, request_number=args.request)
    print(f"{format_login_id(result.login_id)}: {result.account_status}; odebrano: "
          + ", ".join(result.revoked_units))
    return 0


def cmd_account_add_unit(args: argparse.Namespace, desk: Desk) -> int:
    result = accounts.add_unit(desk.db(), desk.actor, args.login, args.unit,
                               request_number=args.request)
    print(f"{format_login_id(result.login_id)}: " + ", ".join(result.units))
    return 0


def cmd_account_show(args: argparse.Namespace, desk: Desk) -> int:
    details = accounts.account_details(desk.db(), args.login)
    if args.json:
        print_json(details)
        return 0
    print(f"Konto {format_login_id(details.login_id)} — {details.person_name}")
    print(f"  stan: {details.status}; wydane {format_datetime(details.issued_at)}")
    if details.blocked_at:
        print(f"  zablokowane {format_datetime(details.blocked_at)} ({details.block_reason})")
    if details.revoked_at:
        print(f"  odebrane {format_datetime(details.revoked_at)} ({details.revoke_reason})")
    if details.replaced_by_login_id:
        print(f"  zastąpione kontem {format_login_id(details.replaced_by_login_id)}")
    phone_cli.print_portal(details)
    for unit in details.units:
        state = f"odebrany {format_datetime(unit.revoked_at)}" if unit.revoked_at else "aktywny"
        print(f"  lokal {unit.unit_address} ({unit.accounting_key}): {state}")
    for event in details.events:
        print(f"  {format_datetime(event.occurred_at)} {event.clerk_login}: {event.summary}")
    return 0


# --- search, audit, clerk, settings ----------------------------------------------------------

def cmd_search(args: argparse.Namespace, desk: Desk) -> int:
    found = (search.export_search(desk.db(), desk.actor, args.text, limit=args.limit)
             if args.json else search.search_accounts(desk.db(), args.text, limit=args.limit))
    if args.json:
        print_json(found)
        return 0
    for summary in found:
        print(f"{format_login_id(summary.login_id)}  {summary.status:<8} "
              f"{summary.person_name:<32} {', '.join(summary.units)}")
    if not found:
        print("Nic nie znaleziono.", file=sys.stderr)
    return 0


def cmd_audit(args: argparse.Namespace, desk: Desk) -> int:
    events = audit.audit_trail(desk.db(), audit.AuditFilter(
        clerk=args.clerk_filter, action=args.action, login_id=args.login, outside_desk=True),
        limit=args.limit)
    if args.json:
        print_json(events)
        return 0
    for event in events:
        print(f"{format_datetime(event.occurred_at)}  {event.who:<16} "
              f"{event.action:<22} {event.summary}")
    return 0


def cmd_clerk_add(args: argparse.Namespace, desk: Desk) -> int:
    info = clerks.add_clerk(desk.db(), desk.actor, args.login, args.full_name or args.login,
                            args.role)
    print(f"{info.login}: {info.role}")
    return 0


def cmd_clerk_list(args: argparse.Namespace, desk: Desk) -> int:
    found = clerks.list_clerks(desk.db())
    if args.json:
        print_json(found)
        return 0
    for info in found:
        print(f"{info.login:<20} {info.role:<11} {info.full_name}")
    return 0


def _choices(members: Iterable[StrEnum]) -> list[str]:
    return [member.value for member in members]


def _letter_arguments(parser: argparse.ArgumentParser, required: bool = True) -> None:
    parser.add_argument("--letter", required=required, metavar="FILE.pdf",
                        help="pismo z hasłem (PDF); istniejący plik nie jest zastępowany")
    parser.add_argument("--overwrite", action="store_true", help="zastąp istniejący plik")


def add_commands(commands: Any) -> None:
    """Register the core subcommands on the top-level subparsers."""
    demo_parser = commands.add_parser("demo", help="wgraj dane demonstracyjne do pustej bazy")
    demo_parser.add_argument("--accounts", type=arguments.count("--accounts", 0, 100_000),
                             default=200, metavar="N")
    demo_parser.add_argument("--json", action="store_true")
    demo_parser.set_defaults(handler=cmd_demo)

    request = commands.add_parser("request", help="wnioski").add_subparsers(metavar="CO",
                                                                            required=True)
    # Hook: other areas add their own request subcommands (``request import`` in cli.intake).
    commands.choices["request"].subcommands = request
    add = request.add_parser("add", help="zarejestruj wniosek; wypisuje numer")
    add.add_argument("--kind", required=True, choices=_choices(RequestKind))
    add.add_argument("--channel", required=True, choices=_choices(Channel))
    add.add_argument("--first-name", required=True)
    add.add_argument("--last-name", required=True)
    add.add_argument("--unit", help='adres lokalu, np. "Paprykowa 12/5"')
    add.add_argument("--login", help="identyfikator konta (blokada, odebranie, dodanie lokalu)")
    add.add_argument("--email")
    add.add_argument("--phone")
    add.add_argument("--note")
    add_proxy_arguments(add)
    add.set_defaults(handler=cmd_request_add)
    listing = request.add_parser("list", help="lista wniosków")
    listing.add_argument("--status", choices=[requests.OPEN, *_choices(RequestStatus)])
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_request_list)
    show = request.add_parser("show", help="wniosek (JSON)")
    show.add_argument("number")
    show.set_defaults(handler=cmd_request_show)
    approve = request.add_parser("approve", help="zatwierdź po sprawdzeniu tytułu prawnego")
    approve.add_argument("number")
    approve.set_defaults(handler=cmd_request_approve)
    reject = request.add_parser("reject", help="odrzuć z uzasadnieniem")
    reject.add_argument("number")
    reject.add_argument("--reason", required=True)
    reject.set_defaults(handler=cmd_request_reject)
    carry_out = request.add_parser("carry-out", help="zrealizuj zatwierdzony wniosek (nadanie: "
                                   "z pismem --letter)")
    carry_out.add_argument("number")
    _letter_arguments(carry_out, required=False)
    carry_out.set_defaults(handler=cmd_request_carry_out)
    needs_info = request.add_parser("needs-info", help="wezwij do uzupełnienia")
    needs_info.add_argument("number")
    needs_info.add_argument("--note", required=True)
    needs_info.set_defaults(handler=cmd_request_needs_info)
    resume = request.add_parser("resume", help="wniosek uzupełniony")
    resume.add_argument("number")
    resume.add_argument("--note")
    resume.set_defaults(handler=cmd_request_resume)

    account = commands.add_parser("account", help="konta IOK").add_subparsers(metavar="CO",
                                                                              required=True)
    issue = account.add_parser("issue", help="wydaj dane do logowania; wypisuje identyfikator")
    issue.add_argument("number")
    _letter_arguments(issue)
    issue.set_defaults(handler=cmd_account_issue)
    block = account.add_parser("block", help="zablokuj konto natychmiast")
    block.add_argument("login")
    block.add_argument("--reason", required=True, choices=_choices(BlockReason))
    block.add_argument("--caller", required=True, metavar="NAME")
    block.add_argument("--caller-phone", metavar="P")
    block.add_argument("--note")
    block.add_argument("--request", metavar="NUMBER")
    block.add_argument("--verified", choices=phone_cli.VERIFICATIONS,
                       help="jak sprawdzono zgłaszającego")
    block.set_defaults(handler=cmd_account_block)
    reissue = account.add_parser("reissue", help="nowy identyfikator i hasło po blokadzie")
    reissue.add_argument("login")
    _letter_arguments(reissue)
    reissue.add_argument("--request", metavar="NUMBER")
    reissue.set_defaults(handler=cmd_account_reissue)
    new_password = account.add_parser(
        "new-password", help="nowe hasło do pierwszego logowania dla tego samego "
        "identyfikatora — tylko konto jeszcze nieużywane (pismo zepsute, zgubione, zwrócone); "
        "nowe pismo dostaje nowy numer, poprzednie jest unieważniane")
    new_password.add_argument("login", nargs="+", help="kilka: jedna transakcja, wszystkie "
                              "pisma w jednym PDF")
    new_password.add_argument("--reason", required=True, help="dlaczego poprzednie pismo "
                              "jest unieważniane")
    _letter_arguments(new_password)
    new_password.set_defaults(handler=cmd_account_new_password)
    revoke = account.add_parser("revoke", help="odbierz dostęp do lokalu albo całe konto")
    revoke.add_argument("login")
    revoke.add_argument("--unit", help="tylko ten lokal")
    revoke.add_argument("--reason", required=True, choices=_choices(CLERK_REVOKE_REASONS))
    revoke.add_argument("--request", metavar="NUMBER")
    revoke.set_defaults(handler=cmd_account_revoke)
    add_unit = account.add_parser("add-unit", help="dodaj lokal do konta")
    add_unit.add_argument("login")
    add_unit.add_argument("--unit", required=True)
    add_unit.add_argument("--request", metavar="NUMBER")
    add_unit.set_defaults(handler=cmd_account_add_unit)
    show_account = account.add_parser("show", help="konto: stan, lokale, historia")
    show_account.add_argument("login")
    show_account.add_argument("--json", action="store_true")
    show_account.set_defaults(handler=cmd_account_show)
    phone_cli.add_account_commands(account)

    search_parser = commands.add_parser("search", help="znajdź konto (identyfikator, nazwisko, "
                                        "adres, telefon, e-mail)")
    search_parser.add_argument("text")
    search_parser.add_argument("--limit", type=arguments.count("--limit", 1, search.MAX_LIMIT),
                               default=50)
    search_parser.add_argument("--json", action="store_true")
    search_parser.set_defaults(handler=cmd_search)

    audit_parser = commands.add_parser("audit", help="dziennik zdarzeń")
    audit_parser.add_argument("--by", dest="clerk_filter", metavar="CLERK",
                              type=arguments.text("--by", 63))
    audit_parser.add_argument("--action", help="np. account.block albo account.",
                              type=arguments.text("--action", 40))
    audit_parser.add_argument("--login", help="tylko to konto", type=arguments.text("--login", 20))
    audit_parser.add_argument("--limit", type=arguments.count("--limit", 1, 100_000), default=200)
    audit_parser.add_argument("--json", action="store_true")
    audit_parser.set_defaults(handler=cmd_audit)

    clerk = commands.add_parser("clerk", help="pracownicy").add_subparsers(metavar="CO",
                                                                           required=True)
    commands.choices["clerk"].subcommands = clerk
    clerk_add = clerk.add_parser("add", help="dodaj pracownika (administrator)")
    clerk_add.add_argument("login")
    clerk_add.add_argument("--role", required=True, choices=_choices(ClerkRole))
    clerk_add.add_argument("--full-name")
    clerk_add.set_defaults(handler=cmd_clerk_add)
    clerk_list = clerk.add_parser("list", help="lista pracowników")
    clerk_list.add_argument("--json", action="store_true")
    clerk_list.set_defaults(handler=cmd_clerk_list)
