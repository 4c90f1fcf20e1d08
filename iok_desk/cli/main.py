"""The top-level parser and the entry point."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from types import ModuleType

from iok_desk.domain.errors import IokError, ValidationError

EXIT_ERROR = 1  # the exit status of every command that failed


def command_modules() -> list[ModuleType]:
    """The subcommands' modules, imported only when the command line names a command: the
    desk's start needs none of them (nor Alembic, reportlab or pypdf, which some import)."""
    from . import admin, core, database, intake, letters, mailbox, report, rights

    return [core, database, intake, letters, admin, report, rights, mailbox]


def tolerate_console_encoding() -> None:
    """Write in the console's (or the redirected file's) encoding, with ``?`` for what it
    cannot show: ``iok-desk db upgrade > log.txt`` in a cp1250 console must not die on ``→``
    after the work is done."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")


def cmd_gui(args: argparse.Namespace) -> int:
    """The desk window. It imports the database (SQLAlchemy, the services) only after its
    first frame is painted (ui.launch), so nothing of the database is touched here."""
    try:
        from iok_desk.ui.launch import run_gui
    except ImportError as error:
        print(f"iok-desk: nie można otworzyć okna programu: brak biblioteki Qt ({error}). "
              "Polecenia działają bez okna (iok-desk --help).", file=sys.stderr)
        return EXIT_ERROR
    return run_gui(args)


class ShowVersion(argparse.Action):
    """``--version``: the package's version, read from its metadata only when asked for (the
    desk's start does not wait for importlib.metadata)."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS,
                 help: str | None = None) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=help)

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: object, option_string: str | None = None) -> None:
        from iok_desk import __version__

        print(f"{parser.prog} {__version__}")
        parser.exit()


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="iok-desk", description="IOK Desk — dostęp mieszkańców do IOK (MSM Gdynia). "
        "Bez polecenia otwiera okno programu.", add_help=with_commands)
    parser.add_argument("--database", metavar="URL",
                        help="adres bazy (domyślnie IOK_DESK_DATABASE_URL albo plik SQLite "
                        "w katalogu danych użytkownika)")
    parser.add_argument("--clerk", metavar="NAME",
                        help="login pracownika (domyślnie IOK_DESK_CLERK albo użytkownik "
                        "systemu)")
    parser.add_argument("--lang", choices=["pl", "en"], default="pl",
                        help="język okna programu")
    parser.add_argument("--version", action=ShowVersion, help="wersja programu")
    parser.add_argument("--quit-after", type=float, metavar="SEKUNDY", help=argparse.SUPPRESS)
    parser.set_defaults(handler=cmd_gui)
    if with_commands:
        commands = parser.add_subparsers(title="polecenia", metavar="POLECENIE")
        for module in command_modules():
            module.add_commands(commands)
    return parser


def parse_arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    """The options alone when they are all there is (the desk's start), else the whole
    command line with every subcommand."""
    options, rest = build_parser(with_commands=False).parse_known_args(argv)
    return build_parser().parse_args(argv) if rest else options


def main(argv: Sequence[str] | None = None) -> int:
    tolerate_console_encoding()
    desk = None
    try:
        # Inside the try: a value out of range (cli.arguments) or a refused database address
        # is a message and exit status 1, like every other error.
        args = parse_arguments(argv)
        if args.handler is cmd_gui:  # the window shows every failure in a message box
            return cmd_gui(args)
        from iok_desk.db.engine import database_errors

        from .common import Desk

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
