"""The ``letter`` subcommands: receipt, decision letter, blank form, register, audit extract."""

from __future__ import annotations

import argparse
import re
import sys
from datetime import date
from pathlib import Path
from typing import Any

from iok_desk.domain.credentials import format_login_id
from iok_desk.domain.dates import format_datetime
from iok_desk.domain.errors import IokError, ValidationError
from iok_desk.domain.states import LetterState, label_pl
from iok_desk.letters import produce
from iok_desk.private_files import TargetExists, write_private
from iok_desk.services import letter_register
from iok_desk.services.letter_register import LetterInfo, LetterResult
from iok_desk.services.lookups import normalize_register_number

from .common import Desk, print_json

_DAY = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")


def parse_day(text: str, field: str) -> date:
    """``24.11.2026`` (the office's format) or ``2026-11-24``."""
    match = _DAY.match(text.strip())
    try:
        if match:
            return date(int(match.group(3)), int(match.group(2)), int(match.group(1)))
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(f"Nieprawidłowa data „{text}” — podaj dd.mm.rrrr, np. "
                              "24.11.2026.", field=field, code="date_format") from None


def _output(path: str, allowed: tuple[str, ...],
            overwrite: bool) -> tuple[Path, produce.Format]:
    """The target, checked before anything is read: an existing file (or link) is kept
    unless ``--overwrite``."""
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in allowed:
        raise ValidationError(f"Plik wynikowy musi mieć rozszerzenie {' albo '.join(allowed)}: "
                              f"{path}", field="file", code="file_suffix")
    if not target.parent.is_dir():
        raise ValidationError(f"Nie ma katalogu {target.parent}.", field="file",
                              code="file_directory")
    if not overwrite and (target.exists() or target.is_symlink()):
        raise TargetExists(f"Plik {target} już istnieje; wybierz inną nazwę albo podaj "
                           "--overwrite, aby go zastąpić.", field="path", path=str(target))
    return target, produce.Format(suffix.removeprefix("."))


def _save(args: argparse.Namespace, target: Path, content: bytes, what: str) -> int:
    """The document, private and complete, at ``target`` (an existing file only with
    ``--overwrite``)."""
    write_private(target, content, overwrite=args.overwrite)
    print(f"{what} zapisano w {target}.", file=sys.stderr)
    return 0


def cmd_receipt(args: argparse.Namespace, desk: Desk) -> int:
    target, _ = _output(args.file, (".pdf",), args.overwrite)
    return _save(args, target, produce.request_receipt(desk.db(), desk.actor, args.number),
                 f"Potwierdzenie przyjęcia wniosku {normalize_register_number(args.number)}")


def cmd_decision(args: argparse.Namespace, desk: Desk) -> int:
    target, _ = _output(args.file, (".pdf",), args.overwrite)
    return _save(args, target, produce.decision_letter(desk.db(), desk.actor, args.number),
                 f"Pismo o odmowie realizacji wniosku {normalize_register_number(args.number)}")


def cmd_blank_form(args: argparse.Namespace, desk: Desk) -> int:
    target, _ = _output(args.file, (".pdf",), args.overwrite)
    return _save(args, target, produce.blank_request_form(desk.db(), fillable=args.fillable),
                 "Formularz wniosku" + (" do wypełnienia na komputerze" if args.fillable
                                        else ""))


def cmd_register(args: argparse.Namespace, desk: Desk) -> int:
    target, output = _output(args.file, (".pdf", ".csv"), args.overwrite)
    content, rows = produce.request_register(
        desk.db(), desk.actor, parse_day(args.day_from, "from"), parse_day(args.day_to, "to"),
        output, file_name=args.file)
    return _save(args, target, content, f"Rejestr wniosków ({rows})")


def cmd_audit(args: argparse.Namespace, desk: Desk) -> int:
    target, output = _output(args.file, (".pdf", ".csv"), args.overwrite)
    content, rows = produce.audit_extract(desk.db(), desk.actor, args.login, output,
                                          file_name=args.file)
    return _save(args, target, content, f"Wyciąg z dziennika zdarzeń ({rows})")


# --- the letter register (issue 18) ----------------------------------------------------------

def _letter_line(info: LetterInfo) -> str:
    where = {LetterState.HANDED_OVER.value: info.received_by,
             LetterState.POSTED.value: info.tracking_number,
             LetterState.VOIDED.value: info.void_reason}.get(info.state, "")
    return "\t".join([info.number, label_pl(LetterState(info.state)),
                      format_login_id(info.login_id), info.person_name,
                      format_datetime(info.printed_at), where])


def cmd_letter_list(args: argparse.Namespace, desk: Desk) -> int:
    found = letter_register.list_letters(
        desk.db(), state=args.state,
        day_from=parse_day(args.day_from, "from") if args.day_from else None,
        day_to=parse_day(args.day_to, "to") if args.day_to else None)
    if args.json:
        print_json(found)
    else:
        for info in found:
            print(_letter_line(info))
    return 0


def _done(result: LetterResult) -> int:
    info = result.letter
    expiry = (f"; hasło ważne do {format_datetime(info.first_password_expires_at)}"
              if info.first_password_expires_at and info.state in (
                  LetterState.HANDED_OVER.value, LetterState.POSTED.value) else "")
    print(f"{info.number}: {label_pl(LetterState(info.state))}{expiry}")
    return 0


def cmd_letter_handed(args: argparse.Namespace, desk: Desk) -> int:
    scan = None
    if args.scan:
        try:
            scan = Path(args.scan).read_bytes()
        except OSError as error:
            raise ValidationError(f"Nie można odczytać skanu {args.scan}: {error.strerror}.",
                                  field="scan", code="scan_unreadable") from error
    return _done(letter_register.hand_over(
        desk.db(), desk.actor, args.number, received_by=args.to,
        id_checked_by=args.id_checked_by, scan=scan,
        scan_name=Path(args.scan).name if args.scan else ""))


def cmd_letter_receipts(args: argparse.Namespace, desk: Desk) -> int:
    scans = []
    for name in args.scans:
        try:
            scans.append((Path(name).name, Path(name).read_bytes()))
        except OSError as error:
            raise ValidationError(f"Nie można odczytać skanu {name}: {error.strerror}.",
                                  field="scan", code="scan_unreadable") from error
    result = letter_register.receive_scans(desk.db(), desk.actor, scans)
    if args.json:
        print_json(result)
    else:
        for number in result.handed_over:
            print(f"{number}: wydane osobiście (skan dołączony)")
        for problem in result.problems:
            where = problem.file_name + (f", str. {problem.page}" if problem.page else "")
            print(f"{where}: {problem.number + ': ' if problem.number else ''}{problem.reason}",
                  file=sys.stderr)
    return 0


def cmd_letter_posted(args: argparse.Namespace, desk: Desk) -> int:
    return _done(letter_register.post(desk.db(), desk.actor, args.number,
                                      tracking_number=args.tracking))


def cmd_letter_returned(args: argparse.Namespace, desk: Desk) -> int:
    return _done(letter_register.mark_returned(desk.db(), desk.actor, args.number))


def cmd_letter_void(args: argparse.Namespace, desk: Desk) -> int:
    return _done(letter_register.void(desk.db(), desk.actor, args.number, reason=args.reason))


def cmd_dispatch_list(args: argparse.Namespace, desk: Desk) -> int:
    target, _ = _output(args.file, (".pdf",), args.overwrite)
    content, count = produce.dispatch_list(desk.db(), desk.actor, parse_day(args.date, "date"))
    return _save(args, target, content, f"Książkę nadawczą ({count})")


def cmd_letters_unused(args: argparse.Namespace, desk: Desk) -> int:
    found = letter_register.unused_accounts(desk.db(), within_days=args.within)
    if args.new_password:
        if not args.letter or not args.reason:
            raise ValidationError("--new-password wymaga --letter FILE.pdf i --reason TEXT.",
                                  field="letter", code="new_password_arguments")
        if not found:
            print("Nie ma nieużywanych kont: żadnego hasła nie wydano.", file=sys.stderr)
            return 0
        return issue_new_passwords(desk, [item.login_id for item in found], reason=args.reason,
                                   letter=args.letter, overwrite=args.overwrite,
                                   as_json=args.json)
    if args.json:
        print_json(found)
    else:
        for item in found:
            when = format_datetime(item.first_password_expires_at) \
                if item.first_password_expires_at else ""
            print("\t".join([format_login_id(item.login_id), item.person_name,
                             ("wygasło " if item.expired else "wygasa ") + when,
                             item.letter_number,
                             label_pl(LetterState(item.letter_state))
                             if item.letter_state else ""]))
    return 0


def issue_new_passwords(desk: Desk, logins: list[str], *, reason: str, letter: str,
                        overwrite: bool = False, as_json: bool = False) -> int:
    """New first passwords for several never-used accounts, all their letters in one PDF
    written before the commit and moved to ``letter`` after it (``accounts.new_first_passwords``:
    one refused account stops the batch and the message names each one)."""
    from iok_desk.services import accounts

    letter_file = produce.CredentialLetterFile(letter, overwrite=overwrite)
    try:
        result = accounts.new_first_passwords(desk.db(), desk.actor, logins, reason=reason,
                                              deliver=letter_file.deliver_all)
    except BaseException:
        letter_file.discard()
        raise
    target = letter_file.move_into_place(", ".join(result.login_ids))
    renewed = [{"login_id": item.login_id, "letter_number": item.letter_number}
               for item in result.letters]
    if as_json:
        print_json({"renewed": renewed, "letter": str(target)})
    else:
        for item in renewed:
            print(f"{item['login_id']}\t{item['letter_number']}")
    print(f"Nowe hasła: {len(renewed)}; pisma z hasłem zapisano w {target}.", file=sys.stderr)
    return 0


def cmd_letters_close_unused(args: argparse.Namespace, desk: Desk) -> int:
    """Each account on its own: one refused does not stop the others."""
    closed, refused = [], []
    for login in args.logins:
        try:
            letter_register.close_unused_account(desk.db(), desk.actor, login,
                                                 reason=args.reason)
            closed.append(login)
        except IokError as error:
            if isinstance(error, ValidationError) and error.field == "reason":
                raise
            refused.append({"login_id": login, "code": error.code, "message": error.message})
    if args.json:
        print_json({"closed": closed, "refused": refused})
    else:
        for login in closed:
            print(f"{login}: konto zamknięte")
        for item in refused:
            print(f"{item['login_id']}: {item['message']}", file=sys.stderr)
    return 0 if not refused else 1


def _add_file(parser: argparse.ArgumentParser, metavar: str) -> None:
    parser.add_argument("file", metavar=metavar)
    parser.add_argument("--overwrite", action="store_true",
                        help="zastąp istniejący plik (bez tego istniejący plik zostaje)")


def add_commands(commands: Any) -> None:
    """Register ``letter`` and its subcommands on the top-level subparsers."""
    letter = commands.add_parser("letter", help="pisma i wydruki").add_subparsers(
        metavar="CO", required=True)
    receipt = letter.add_parser("receipt", help="potwierdzenie przyjęcia wniosku")
    receipt.add_argument("number")
    _add_file(receipt, "FILE.pdf")
    receipt.set_defaults(handler=cmd_receipt)
    decision = letter.add_parser("decision", help="pismo o odmowie (wniosek odrzucony)")
    decision.add_argument("number")
    _add_file(decision, "FILE.pdf")
    decision.set_defaults(handler=cmd_decision)
    blank = letter.add_parser("blank-form", help="pusty formularz wniosku")
    _add_file(blank, "FILE.pdf")
    blank.add_argument("--fillable", action="store_true",
                       help="z polami do wypełnienia na komputerze")
    blank.set_defaults(handler=cmd_blank_form)
    register = letter.add_parser("register", help="rejestr wniosków za okres")
    register.add_argument("--from", dest="day_from", required=True, metavar="DD.MM.RRRR")
    register.add_argument("--to", dest="day_to", required=True, metavar="DD.MM.RRRR")
    _add_file(register, "FILE.pdf|FILE.csv")
    register.set_defaults(handler=cmd_register)
    audit = letter.add_parser("audit", help="wyciąg z dziennika zdarzeń konta")
    audit.add_argument("login")
    _add_file(audit, "FILE.pdf|FILE.csv")
    audit.set_defaults(handler=cmd_audit)

    listing = letter.add_parser("list", help="rejestr pism z hasłem")
    listing.add_argument("--state", choices=[state.value for state in LetterState])
    listing.add_argument("--from", dest="day_from", metavar="DD.MM.RRRR")
    listing.add_argument("--to", dest="day_to", metavar="DD.MM.RRRR")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_letter_list)
    handed = letter.add_parser("handed", help="pismo wydane osobiście (pokwitowanie podpisane)")
    handed.add_argument("number", metavar="NUMBER")
    handed.add_argument("--to", required=True, metavar="NAME", help="kto odebrał")
    handed.add_argument("--id-checked-by", metavar="CLERK",
                        help="kto sprawdził dokument tożsamości (login; domyślnie ty) — nigdy "
                        "numer dokumentu")
    handed.add_argument("--scan", metavar="FILE", help="skan podpisanego pokwitowania")
    handed.set_defaults(handler=cmd_letter_handed)
    receipts = letter.add_parser("receipts", help="skany podpisanych pokwitowań (PDF, JPEG): "
                                 "pisma wydane osobiście, skan dołączony")
    receipts.add_argument("scans", nargs="+", metavar="SCAN.pdf|SCAN.jpg")
    receipts.add_argument("--json", action="store_true")
    receipts.set_defaults(handler=cmd_letter_receipts)
    posted = letter.add_parser("posted", help="pismo nadane listem poleconym")
    posted.add_argument("number", metavar="NUMBER")
    posted.add_argument("--tracking", required=True, metavar="NR", help="numer nadania")
    posted.set_defaults(handler=cmd_letter_posted)
    returned = letter.add_parser("returned", help="list polecony wrócił niedoręczony")
    returned.add_argument("number", metavar="NUMBER")
    returned.set_defaults(handler=cmd_letter_returned)
    voided = letter.add_parser("void", help="unieważnij pismo (błąd wydruku, zgubione, "
                               "zniszczone)")
    voided.add_argument("number", metavar="NUMBER")
    voided.add_argument("--reason", required=True, metavar="TEXT")
    voided.set_defaults(handler=cmd_letter_void)
    dispatch = letter.add_parser("dispatch-list", help="książka nadawcza: listy polecone "
                                 "nadane danego dnia")
    dispatch.add_argument("--date", required=True, metavar="DD.MM.RRRR")
    _add_file(dispatch, "FILE.pdf")
    dispatch.set_defaults(handler=cmd_dispatch_list)

    letters = commands.add_parser("letters", help="pisma z hasłem: przegląd").add_subparsers(
        metavar="CO", required=True)
    unused = letters.add_parser("unused", help="konta z niewykorzystanym hasłem do pierwszego "
                                "logowania (wygasłym albo wygasającym)")
    unused.add_argument("--within", type=int, default=0, metavar="DAYS",
                        help="także hasła wygasające w ciągu tylu dni")
    unused.add_argument("--json", action="store_true")
    unused.add_argument("--new-password", action="store_true",
                        help="nowe hasło dla każdego konta z listy (ten sam identyfikator)")
    unused.add_argument("--letter", metavar="FILE.pdf",
                        help="z --new-password: wszystkie pisma z hasłem w jednym PDF")
    unused.add_argument("--reason", metavar="TEXT", help="z --new-password: dlaczego")
    unused.add_argument("--overwrite", action="store_true", help="zastąp istniejący plik")
    unused.set_defaults(handler=cmd_letters_unused)
    close = letters.add_parser("close-unused", help="zamknij nieużywane konta (pismo nie "
                               "dotarło); nowe hasło daje account new-password")
    close.add_argument("logins", nargs="+", metavar="LOGIN")
    close.add_argument("--reason", required=True, metavar="TEXT")
    close.add_argument("--json", action="store_true")
    close.set_defaults(handler=cmd_letters_close_unused)
