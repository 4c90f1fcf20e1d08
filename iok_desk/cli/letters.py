"""The ``letter`` subcommands: receipt, decision letter, blank form, register, audit extract."""

from __future__ import annotations

import argparse
import re
import sys
from datetime import date
from pathlib import Path
from typing import Any

from iok_desk.domain.errors import ValidationError
from iok_desk.letters import produce
from iok_desk.private_files import TargetExists, write_private
from iok_desk.services.lookups import normalize_register_number

from .common import Desk

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
