"""The office mailbox: ``mailbox fetch`` registers what is complete and lists what needs a
clerk (unattended, e.g. every quarter of an hour), ``mailbox list``, ``mailbox settings`` and
``mailbox password`` (kept in this workstation's keyring)."""

from __future__ import annotations

import argparse
import dataclasses
import getpass
import sys
from typing import Any

from iok_desk.services import mail_replies, mailbox, web_form

from .common import EXIT_ERROR, Desk, print_json

OUTCOMES_PL = {"registered": "zarejestrowano", "attached": "dołączono do wniosku",
               "already_registered": "już zarejestrowana",
               "needs_clerk": "czeka na pracownika", "unreadable": "nieczytelna"}


def cmd_fetch(args: argparse.Namespace, desk: Desk) -> int:
    report = mailbox.fetch_mailbox(desk.db(), desk.actor)
    if args.json:
        print_json(report)
        return 0
    for item in report.messages:
        line = f"{item.uid:>6}  {OUTCOMES_PL[item.outcome]:<20} {item.number:<15} " \
               f"{item.sender}  „{item.subject}”"
        print(line)
        if item.reason:
            print(f"        {item.reason}")
    waiting = len(report.having("needs_clerk")) + len(report.having("unreadable"))
    print(f"Zarejestrowano {len(report.having('registered'))}; czeka na pracownika "
          f"{waiting} (strona Poczta).", file=sys.stderr)
    return 0


def cmd_list(args: argparse.Namespace, desk: Desk) -> int:
    items = mailbox.list_inbox(desk.db())
    if args.json:
        print_json(items)
        return 0
    for item in items:
        if item.preview is None:
            print(f"{item.uid:>6}  nieczytelna: {item.error}")
            continue
        problems = "; ".join(problem.message for problem in item.preview.problems) or \
            "kompletna"
        print(f"{item.uid:>6}  {item.preview.sender_email}  „{item.preview.subject}” — "
              f"{problems}")
    return 0


def cmd_settings(args: argparse.Namespace, desk: Desk) -> int:
    current = mailbox.get_mailbox_settings(desk.db())
    given: dict[str, Any] = {item.name: getattr(args, item.name)
                             for item in dataclasses.fields(mailbox.MailboxSettings)
                             if getattr(args, item.name, None) is not None}
    if given:
        current = dataclasses.replace(current, **given)
        changed = mailbox.update_mailbox_settings(desk.db(), desk.actor, current)
        if not args.json:
            print("Zmieniono: " + (", ".join(changed) or "nic"), file=sys.stderr)
    if args.json:
        print_json(current)
    else:
        for item in dataclasses.fields(mailbox.MailboxSettings):
            print(f"{item.name}: {getattr(current, item.name)}")
    return 0


def cmd_password(args: argparse.Namespace, desk: Desk) -> int:
    settings = mailbox.get_mailbox_settings(desk.db())
    if args.stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = getpass.getpass(f"Hasło skrzynki {settings.keyring_user}: ")
    if not password:
        print("iok-desk: błąd: puste hasło; nic nie zapisano.", file=sys.stderr)
        return EXIT_ERROR
    mailbox.store_mailbox_password(settings, password)
    print(f"Hasło skrzynki {settings.keyring_user} zapisano w pęku kluczy tego stanowiska.",
          file=sys.stderr)
    return 0


def cmd_reply(args: argparse.Namespace, desk: Desk) -> int:
    reply = mail_replies.send_reply(desk.db(), desk.actor, args.number, args.kind)
    if args.json:
        print_json(reply)
    else:
        print(f"Wysłano do {reply.to}: „{reply.subject}”.")
    return 0


def cmd_webform_list(args: argparse.Namespace, desk: Desk) -> int:
    items = web_form.list_submissions(desk.db())
    if args.json:
        print_json(items)
        return 0
    for item in items:
        problems = "; ".join(problem.message for problem in item.problems) or "kompletny"
        print(f"{item.id:>6}  {item.draft.first_name} {item.draft.last_name}  "
              f"{item.draft.kind}  {item.draft.unit or item.draft.login_id} — {problems}")
    return 0


def cmd_webform_fetch(args: argparse.Namespace, desk: Desk) -> int:
    outcomes = web_form.register_complete_submissions(desk.db(), desk.actor)
    if args.json:
        print_json(outcomes)
        return 0
    for item in outcomes:
        print(f"{item.id:>6}  {OUTCOMES_PL[item.outcome]:<20} {item.number}  {item.reason}")
    return 0


def cmd_webform_register(args: argparse.Namespace, desk: Desk) -> int:
    number = web_form.register_submission(desk.db(), desk.actor, args.id).number
    if args.json:
        print_json({"id": args.id, "number": number})
    else:
        print(number)
    return 0


def cmd_webform_dismiss(args: argparse.Namespace, desk: Desk) -> int:
    web_form.dismiss_submission(desk.db(), desk.actor, args.id, args.reason)
    return 0


def add_commands(commands: Any) -> None:
    box = commands.add_parser("mailbox", help="skrzynka pocztowa biura (IMAP)") \
        .add_subparsers(metavar="CO", required=True)
    fetch = box.add_parser("fetch", help="zarejestruj kompletne wnioski ze skrzynki, wypisz "
                           "pozostałe (bez okna)")
    fetch.add_argument("--json", action="store_true")
    fetch.set_defaults(handler=cmd_fetch)
    listing = box.add_parser("list", help="nowe wiadomości i co w nich brakuje")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_list)
    settings = box.add_parser("settings", help="serwer, użytkownik i foldery skrzynki "
                              "(administrator); bez opcji wypisuje obecne")
    for name in ("host", "user", "inbox", "done_folder", "dismissed_folder", "smtp_host",
                 "address", "ca_file"):
        settings.add_argument("--" + name.replace("_", "-"), dest=name)
    for name in ("port", "smtp_port"):
        settings.add_argument("--" + name.replace("_", "-"), dest=name, type=int)
    settings.add_argument("--tls-mode", dest="tls_mode",
                          choices=[mode.value for mode in mailbox.TlsMode],
                          help="IMAP: implicit (IMAPS, port 993) albo starttls (port 143)")
    settings.add_argument("--json", action="store_true")
    settings.set_defaults(handler=cmd_settings)
    password = box.add_parser("password", help="zapisz hasło skrzynki w pęku kluczy tego "
                              "stanowiska")
    password.add_argument("--stdin", action="store_true",
                          help="czytaj hasło z pierwszego wiersza wejścia")
    password.set_defaults(handler=cmd_password)
    reply = box.add_parser("reply", help="odpowiedz e-mailem na wniosek, który wpłynął "
                           "e-mailem (potwierdzenie, prośba o uzupełnienie, odmowa)")
    reply.add_argument("number", metavar="NUMER")
    reply.add_argument("kind", choices=[kind.value for kind in mail_replies.ReplyKind])
    reply.add_argument("--json", action="store_true")
    reply.set_defaults(handler=cmd_reply)

    form = commands.add_parser("webform", help="formularz elektroniczny: zgłoszenia z portalu") \
        .add_subparsers(metavar="CO", required=True)
    form_list = form.add_parser("list", help="zgłoszenia czekające na rejestrację")
    form_list.add_argument("--json", action="store_true")
    form_list.set_defaults(handler=cmd_webform_list)
    form_fetch = form.add_parser("fetch", help="zarejestruj kompletne zgłoszenia, wypisz "
                                 "pozostałe (bez okna)")
    form_fetch.add_argument("--json", action="store_true")
    form_fetch.set_defaults(handler=cmd_webform_fetch)
    form_register = form.add_parser("register", help="zarejestruj zgłoszenie jako wniosek")
    form_register.add_argument("id", type=int)
    form_register.add_argument("--json", action="store_true")
    form_register.set_defaults(handler=cmd_webform_register)
    form_dismiss = form.add_parser("dismiss", help="odłóż zgłoszenie (nie jest wnioskiem)")
    form_dismiss.add_argument("id", type=int)
    form_dismiss.add_argument("--reason", required=True)
    form_dismiss.set_defaults(handler=cmd_webform_dismiss)
