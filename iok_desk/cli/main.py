"""The top-level parser and the entry point."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from iok_desk.db.engine import database_errors
from iok_desk.domain.errors import IokError, ValidationError

from . import admin, core, intake, letters
from .common import EXIT_ERROR, Desk

COMMAND_MODULES = [core, intake, letters, admin]


def cmd_gui(args: argparse.Namespace, desk: Desk) -> int:
    try:
        from iok_desk.ui.app import run_gui
    except ImportError as error:
        print(f"iok-desk: nie można otworzyć okna programu: brak biblioteki Qt ({error}). "
              "Polecenia działają bez okna (iok-desk --help).", file=sys.stderr)
        return EXIT_ERROR
    return run_gui(desk, args)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="iok-desk", description="IOK Desk — dostęp mieszkańców do IOK (MSM Gdynia). "
        "Bez polecenia otwiera okno programu.")
    parser.add_argument("--database", metavar="URL",
                        help="adres bazy (domyślnie IOK_DESK_DATABASE_URL albo plik SQLite "
                        "w katalogu danych użytkownika)")
    parser.add_argument("--clerk", metavar="NAME",
                        help="login pracownika (domyślnie IOK_DESK_CLERK albo użytkownik "
                        "systemu)")
    parser.add_argument("--lang", choices=["pl", "en"], default="pl",
                        help="język okna programu")
    parser.set_defaults(handler=cmd_gui)
    commands = parser.add_subparsers(title="polecenia", metavar="POLECENIE")
    for module in COMMAND_MODULES:
        module.add_commands(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    desk: Desk | None = None
    try:
        # Inside the try: a value out of range (cli.arguments) or a refused database address
        # is a message and exit status 1, like every other error.
        args = build_parser().parse_args(argv)
        desk = Desk(args.database, args.clerk)
        with database_errors():
            return int(args.handler(args, desk))
    except IokError as error:
        print(f"iok-desk: błąd: {error.message}", file=sys.stderr)
        if isinstance(error, ValidationError) and error.field:
            print(f"iok-desk: pole: {error.field}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        # `iok-desk request list | head`: the reader left; stay quiet like other tools.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_ERROR
    except OSError as error:
        print(f"iok-desk: błąd pliku: {error}", file=sys.stderr)
        return EXIT_ERROR
    finally:
        if desk is not None:
            desk.close()


if __name__ == "__main__":
    sys.exit(main())
