"""What arrives: ``request import FILE`` (.eml, .msg, a PDF form) and
``units import|orphans|revoke-orphans``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from iok_desk.domain.credentials import format_login_id
from iok_desk.domain.dates import format_date
from iok_desk.domain.errors import IokError
from iok_desk.services import intake, register_import

from .common import EXIT_ERROR, Desk, print_json
from .core import add_proxy_arguments, proxy_from_args, proxy_scans

ENTITY_LABELS = (("estates", "zasoby"), ("units", "lokale"), ("persons", "kontrahenci"),
                 ("titles", "tytuły"))


def cmd_request_import(args: argparse.Namespace, desk: Desk) -> int:
    raw = Path(args.file).read_bytes()
    try:
        result = intake.import_email(desk.db(), desk.actor, raw, file_name=Path(args.file).name,
                                     proxy=proxy_from_args(args), id_checked=args.id_checked,
                                     scans=proxy_scans(args))
    except intake.DraftIncomplete as error:
        if args.json:
            print_json(error.as_dict())
        else:
            print(f"iok-desk: {error.message}", file=sys.stderr)
            for problem in error.problems:
                print(f"iok-desk: pole {problem.field}: {problem.message}", file=sys.stderr)
        return EXIT_ERROR
    except IokError as error:
        if not args.json:
            raise
        print_json(error.as_dict())  # a duplicate, a refused file: as JSON too
        return EXIT_ERROR
    if args.json:
        print_json(result)
        return 0
    print(result.number)
    for skipped in result.skipped:
        print(f"Pominięto załącznik „{skipped.file_name}”: {skipped.reason}.", file=sys.stderr)
    return 0


def _print_orphans(orphans: Sequence[register_import.OrphanAccess]) -> None:
    for orphan in orphans:
        print(f"{format_login_id(orphan.login_id)}  {orphan.account_status:<8} "
              f"{orphan.person_name:<32} {orphan.unit_address} ({orphan.unit_key}) — tytuł "
              f"wygasł {format_date(orphan.title_ended_on)}")


def cmd_units_import(args: argparse.Namespace, desk: Desk) -> int:
    try:
        result = register_import.import_register(
            desk.db(), desk.actor, Path(args.file).read_bytes(), file_name=Path(args.file).name,
            encoding=args.encoding, separator=args.separator)
    except IokError as error:
        # A bad file: every bad value, not only the first (docs/register-import.md).
        if args.json:
            print_json(error.as_dict())
            return EXIT_ERROR
        if error.code != "register_file":
            raise
        print(f"iok-desk: błąd: {error.message}", file=sys.stderr)
        for problem in error.details.get("problems", []):
            column = f", kolumna „{problem['column']}”" if problem["column"] else ""
            print(f"iok-desk: wiersz {problem['line']}{column}: {problem['message']}",
                  file=sys.stderr)
        return EXIT_ERROR
    if args.json:
        print_json(result)
        return 0
    print(f"Zaimportowano {result.rows} wierszy (kodowanie {result.encoding}, separator "
          f"„{result.separator}”).")
    for name, label in ENTITY_LABELS:
        counts: register_import.Counts = getattr(result, name)
        print(f"  {label}: nowe {counts.added}, zmienione {counts.updated}, bez zmian "
              f"{counts.unchanged}")
    for change in result.changes:
        print(f"  wiersz {change.line}: {change.description}")
    if result.ignored_columns:
        print("Pominięte kolumny: " + ", ".join(result.ignored_columns), file=sys.stderr)
    if result.orphans:
        print(f"Konta z dostępem do lokalu po wygaśnięciu tytułu ({len(result.orphans)}); "
              "odbierz je: iok-desk units revoke-orphans")
        _print_orphans(result.orphans)
    return 0


def cmd_units_orphans(args: argparse.Namespace, desk: Desk) -> int:
    orphans = register_import.find_orphans(desk.db())
    if args.json:
        print_json(orphans)
        return 0
    _print_orphans(orphans)
    if not orphans:
        print("Brak kont z dostępem do lokalu po wygaśnięciu tytułu.", file=sys.stderr)
    return 0


def cmd_units_revoke_orphans(args: argparse.Namespace, desk: Desk) -> int:
    db = desk.db()
    selection = None
    if args.login:
        wanted = {"".join(login.split()) for login in args.login}
        selection = [(item.login_id, item.unit_key) for item in register_import.find_orphans(db)
                     if item.login_id in wanted]
    outcome = register_import.revoke_orphans(db, desk.actor, selection=selection)
    if args.json:
        print_json(outcome)
    else:
        for result in outcome.revoked:
            print(f"{format_login_id(result.login_id)}: {result.account_status}; odebrano: "
                  + ", ".join(result.revoked_units))
        for failure in outcome.failed:
            print(f"iok-desk: {format_login_id(failure.login_id)} {failure.unit_address}: "
                  f"{failure.message}", file=sys.stderr)
        if not outcome.revoked and not outcome.failed:
            print("Brak kont z dostępem do lokalu po wygaśnięciu tytułu.", file=sys.stderr)
    return EXIT_ERROR if outcome.failed else 0


def add_commands(commands: Any) -> None:
    """``request import`` (on the core's ``request`` command) and the ``units`` commands."""
    request = commands.choices["request"].subcommands
    request_import = request.add_parser(
        "import", help="zarejestruj wniosek z wiadomości e-mail (.eml), z wiadomości programu "
        "Outlook (.msg) albo z wypełnionego formularza PDF; wypisuje numer")
    request_import.add_argument("file", metavar="FILE")
    request_import.add_argument("--json", action="store_true")
    add_proxy_arguments(request_import)
    request_import.set_defaults(handler=cmd_request_import)

    units = commands.add_parser("units", help="rejestr lokali i właścicieli z księgowości") \
        .add_subparsers(metavar="CO", required=True)
    units_import = units.add_parser("import", help="wczytaj rejestr lokali (CSV)")
    units_import.add_argument("file", metavar="FILE.csv")
    units_import.add_argument("--encoding", help="kodowanie pliku (domyślnie rozpoznawane: "
                              "UTF-8 albo Windows-1250)")
    units_import.add_argument("--separator", choices=[";", ","],
                              help="separator pól (domyślnie rozpoznawany)")
    units_import.add_argument("--json", action="store_true")
    units_import.set_defaults(handler=cmd_units_import)
    orphans = units.add_parser("orphans", help="konta z dostępem do lokalu po wygaśnięciu "
                               "tytułu prawnego")
    orphans.add_argument("--json", action="store_true")
    orphans.set_defaults(handler=cmd_units_orphans)
    revoke = units.add_parser("revoke-orphans", help="odbierz te dostępy (powód: wygaśnięcie "
                              "tytułu prawnego)")
    revoke.add_argument("--login", action="append", metavar="ID",
                        help="tylko to konto (można powtórzyć)")
    revoke.add_argument("--json", action="store_true")
    revoke.set_defaults(handler=cmd_units_revoke_orphans)
