"""The ``report`` subcommands: the supervisor's monthly report as PDF and/or its figures as
JSON (one reading of the figures, audited)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from iok_desk.domain.errors import ValidationError
from iok_desk.letters import produce
from iok_desk.private_files import write_private
from iok_desk.services import overview

from .common import Desk, print_json
from .letters import _output


def cmd_monthly(args: argparse.Namespace, desk: Desk) -> int:
    month = overview.parse_month(args.month)
    if not args.file and not args.json:
        raise ValidationError("Podaj plik PDF raportu albo --json (albo jedno i drugie).",
                              field="file", code="required")
    if not args.file:
        print_json(overview.monthly_report(desk.db(), desk.actor, month,
                                           file_name="-").as_json())
        return 0
    target, _ = _output(args.file, (".pdf",), args.overwrite)
    content, figures = produce.monthly_report(desk.db(), desk.actor, month,
                                              file_name=args.file)
    write_private(target, content, overwrite=args.overwrite)
    print(f"Raport miesięczny {month:%m.%Y} zapisano w {target}.", file=sys.stderr)
    if args.json:
        print_json(figures.as_json())
    return 0


def add_commands(commands: Any) -> None:
    """Register ``report`` and its subcommands on the top-level subparsers."""
    report = commands.add_parser("report", help="raporty dla kierownika").add_subparsers(
        metavar="CO", required=True)
    monthly = report.add_parser("monthly", help="raport miesięczny (PDF i/lub --json)")
    monthly.add_argument("--month", required=True, metavar="RRRR-MM",
                         help="miesiąc raportu, np. 2026-11")
    monthly.add_argument("file", nargs="?", metavar="FILE.pdf")
    monthly.add_argument("--json", action="store_true", help="wypisz liczby raportu jako JSON")
    monthly.add_argument("--overwrite", action="store_true",
                         help="zastąp istniejący plik (bez tego istniejący plik zostaje)")
    monthly.set_defaults(handler=cmd_monthly)
