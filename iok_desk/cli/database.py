"""The ``db`` subcommands of the database itself: upgrade, current (with advice), backup and
restore. Other areas add their own (``db roles`` in cli.admin)."""

from __future__ import annotations

import argparse
import shlex
import sys
from pathlib import Path
from typing import Any

from sqlalchemy.engine import make_url

from iok_desk import __version__, bootstrap, private_files
from iok_desk.db import migrations
from iok_desk.db.engine import describe_url
from iok_desk.services import connection, roles

from .common import EXIT_ERROR, Desk


def cmd_db_upgrade(args: argparse.Namespace, desk: Desk) -> int:
    before, after = bootstrap.upgrade(desk.raw())
    print(f"{describe_url(desk.url)}: {before or '(pusta)'} → {after}; zapis dozwolony od "
          f"IOK Desk {bootstrap.WRITERS_FROM}")
    if roles.refresh_grants_if_used(desk.raw()):
        print("Uprawnienia ról bazy odświeżone (iok-desk db roles).")
    return 0


def schema_advice(state: connection.SchemaState, head: str, known: set[str]) -> str:
    """What ``db current`` says about a database's schema, for this desk's version."""
    too_old = bootstrap.schema_change_error(state)
    if too_old is not None:
        return too_old.message
    if state.revision == head:
        return "aktualny"
    if state.revision is None:
        return f"baza pusta; utwórz schemat {head}: iok-desk db upgrade"
    if state.revision in known:
        return f"starszy; ta wersja programu wymaga {head}: iok-desk db upgrade"
    if state.min_desk_version:
        return (f"nowszy niż zna IOK Desk {__version__} (zna do {head}); ta wersja może dalej "
                f"pracować, bo baza dopuszcza zapis od {state.min_desk_version}. Nie uruchamiaj "
                "db upgrade tą wersją; zainstaluj najnowszą IOK Desk przy najbliższej okazji")
    return (f"nowszy niż zna IOK Desk {__version__} (zna do {head}); zainstaluj najnowszą "
            "wersję IOK Desk, a db upgrade uruchamiaj tylko nią")


def cmd_db_current(args: argparse.Namespace, desk: Desk) -> int:
    database = desk.raw()
    state = connection.read_schema_state(database.engine)
    head = migrations.head_revision(database.engine)
    known = bootstrap.known_revisions(bootstrap.script_directory(database))
    print(f"{describe_url(desk.url)}: {state.revision or '(pusta)'} "
          f"({schema_advice(state, head, known)})")
    if state.min_desk_version:
        print(f"Najniższa wersja IOK Desk dopuszczona do zapisu: {state.min_desk_version} "
              f"(ta: {__version__}).")
    return 0


def _pg_dump_command(url: str, file: str) -> str:
    parsed = make_url(url)
    words = ["pg_dump", "--format=custom", f"--file={file}"]
    if parsed.host:
        words.append(f"--host={parsed.host}")
    if parsed.port:
        words.append(f"--port={parsed.port}")
    if parsed.username:
        words.append(f"--username={parsed.username}")
    words.append(parsed.database or "")
    return shlex.join(words)


def cmd_db_backup(args: argparse.Namespace, desk: Desk) -> int:
    path = bootstrap.sqlite_path(desk.url)
    if path is None:
        print("iok-desk: kopię bazy PostgreSQL robi narzędzie pg_dump (z pakietu PostgreSQL), "
              "np. poleceniem poniżej; odtwarza ją pg_restore.", file=sys.stderr)
        print(_pg_dump_command(desk.url, args.file))
        return EXIT_ERROR
    written = private_files.write_private(args.file, connection.sqlite_snapshot(path))
    print(f"Kopia bazy {path} zapisana w {written}.")
    return 0


def cmd_db_restore(args: argparse.Namespace, desk: Desk) -> int:
    path = bootstrap.sqlite_path(desk.url)
    if path is None:
        print("iok-desk: bazę PostgreSQL odtwarza narzędzie pg_restore z kopii zrobionej "
              "pg_dump; db restore odtwarza tylko bazę SQLite.", file=sys.stderr)
        return EXIT_ERROR
    connection.restore_sqlite(Path(args.file), path)
    print(f"Baza {path} odtworzona z kopii {args.file}.")
    return 0


def add_commands(commands: Any) -> None:
    """Register ``db`` and its subcommands on the top-level subparsers."""
    db = commands.add_parser("db", help="baza danych: schemat, kopie").add_subparsers(
        metavar="CO", required=True)
    # Hook: other areas add their own db subcommands (``db roles`` in cli.admin).
    commands.choices["db"].subcommands = db
    db.add_parser("upgrade", help="zaktualizuj schemat").set_defaults(handler=cmd_db_upgrade)
    db.add_parser("current", help="pokaż wersję schematu i co zrobić").set_defaults(
        handler=cmd_db_current)
    backup = db.add_parser("backup", help="kopia bazy SQLite (PostgreSQL: polecenie pg_dump)")
    backup.add_argument("file", metavar="PLIK")
    backup.set_defaults(handler=cmd_db_backup)
    restore = db.add_parser("restore", help="odtwórz bazę SQLite z kopii (gdy nikt jej nie "
                            "używa)")
    restore.add_argument("file", metavar="PLIK")
    restore.set_defaults(handler=cmd_db_restore)
