"""Administration of a shared PostgreSQL database: ``db roles``, ``connect URL``, and ``clerk add``
that also makes the clerk's own login role."""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from sqlalchemy.engine import make_url

from iok_desk.db import migrations
from iok_desk.db.engine import describe_url
from iok_desk.domain.errors import ValidationError
from iok_desk.domain.states import ClerkRole
from iok_desk.services import connection, roles

from . import arguments
from .common import Desk


def cmd_db_roles(args: argparse.Namespace, desk: Desk) -> int:
    database = desk.raw()
    roles.require_postgresql(database)
    migrations.ensure_schema(database.engine, upgrade_silently=False)
    report = roles.setup_roles(database)
    print(f"{describe_url(desk.url)}: role {', '.join(report.groups)} gotowe (schemat "
          f"{report.schema}).")
    print(f"{roles.CLERK_ROLE} zmienia: {', '.join(report.clerk_writes)}; dopisuje: "
          f"{', '.join(roles.APPEND_ONLY_TABLES)}.")
    print(f"{roles.ADMIN_ROLE} zmienia też: {', '.join(report.admin_writes)}.")
    print(f"{roles.PORTAL_ROLE} czyta: {', '.join(roles.PORTAL_VIEWS)}.")
    return 0


def cmd_connect(args: argparse.Namespace, desk: Desk) -> int:
    address = connection.check_connection_url(args.url)
    user = make_url(address).username
    password = getpass.getpass(f"Hasło użytkownika {user} ({describe_url(address)}): ")
    connection.remember_connection(address, password)
    print(f"Hasło zapisano w pęku kluczy systemu. Dalej wystarczy --database {address} "
          "(albo zmienna IOK_DESK_DATABASE_URL).")
    return 0


def _ask_database_password(login: str) -> str | None:
    """The new clerk's database password, typed twice; empty for none."""
    first = getpass.getpass(f"Hasło do bazy dla {login} (Enter: bez hasła): ")
    if not first:
        return None
    if getpass.getpass("Powtórz hasło: ") != first:
        raise ValidationError("Hasła się różnią; pracownik nie został dodany.",
                              field="password", code="password_mismatch")
    return first


def _uses_roles(desk: Desk) -> bool:
    with desk.raw().engine.connect() as connection:
        return roles.uses_roles(connection)


def cmd_clerk_add(args: argparse.Namespace, desk: Desk) -> int:
    database = desk.db()
    with_role = database.dialect == "postgresql" and _uses_roles(desk)
    password = None
    if with_role and not args.no_db_password:
        password = _ask_database_password(args.login)
    info = roles.add_clerk_with_login(database, desk.actor, args.login,
                                      args.full_name or args.login, args.role,
                                      password=password)
    print(f"{info.login}: {info.role}")
    if with_role:
        print(f"Rola logowania {info.login} należy do {roles.DESK_GROUP[ClerkRole(info.role)]}; "
              f"pracownik zapisuje hasło poleceniem: iok-desk connect URL", file=sys.stderr)
    return 0


def add_commands(commands: Any) -> None:
    """``db roles`` and ``connect``; ``clerk add`` (from core) also makes the login role."""
    db_roles = commands.choices["db"].subcommands.add_parser(
        "roles", help="role PostgreSQL i uprawnienia (portal, pracownicy); po każdym upgrade")
    db_roles.set_defaults(handler=cmd_db_roles)
    connect = commands.add_parser("connect", help="zapisz hasło do bazy w pęku kluczy systemu")
    connect.add_argument("url", help="adres bazy z użytkownikiem, bez hasła",
                         type=arguments.database_url("connect"))
    connect.set_defaults(handler=cmd_connect)
    clerk_add = commands.choices["clerk"].subcommands.choices["add"]
    clerk_add.add_argument("--no-db-password", action="store_true",
                           help="nie pytaj o hasło roli logowania (PostgreSQL)")
    clerk_add.set_defaults(handler=cmd_clerk_add)
