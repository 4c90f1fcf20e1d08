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
from iok_desk.services import clerks, connection, roles
from iok_desk.services.context import Actor

from . import arguments
from .common import Desk


def cmd_db_roles(args: argparse.Namespace, desk: Desk) -> int:
    database = desk.raw()
    roles.require_postgresql(database)
    migrations.ensure_schema(database.engine, upgrade_silently=False)
    report = roles.setup_roles(database)
    print(f"{describe_url(desk.url)}: role {', '.join(report.groups)} gotowe (schemat "
          f"{report.schema}).")
    names = report.names
    print(f"{names.clerk} zmienia: {', '.join(report.clerk_writes)}; dopisuje: "
          f"{', '.join(roles.APPEND_ONLY_TABLES)}; nie czyta: account.password_hash.")
    print(f"{names.admin} zmienia też: {', '.join(report.admin_writes)}.")
    print(f"{names.portal} czyta: {', '.join(roles.PORTAL_VIEWS)}.")
    print(f"Login portalu dołącza do grupy poleceniem SQL: GRANT \"{names.portal}\" TO "
          "<login portalu>;")
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


def _group_of(desk: Desk, role: str) -> str | None:
    """The database group a clerk of ``role`` joins, or None without ``db roles``."""
    with desk.raw().engine.connect() as connection:
        if not roles.uses_roles(connection):
            return None
        return roles.group_roles(connection).desk(role)


def cmd_clerk_add(args: argparse.Namespace, desk: Desk) -> int:
    database = desk.db()
    group = _group_of(desk, args.role) if database.dialect == "postgresql" else None
    password = None
    if group and not args.no_db_password:
        password = _ask_database_password(args.login)
    info = roles.add_clerk_with_login(database, desk.actor, args.login,
                                      args.full_name or args.login, args.role,
                                      password=password)
    print(f"{info.login}: {info.role}")
    if group:
        print(f"Rola logowania {info.login} należy do {group}; "
              f"pracownik zapisuje hasło poleceniem: iok-desk connect URL", file=sys.stderr)
    return 0


def cmd_clerk_bootstrap(args: argparse.Namespace, desk: Desk) -> int:
    info = clerks.bootstrap_first_admin(desk.db(), Actor(args.login))
    print(f"{info.login}: {info.role}")
    return 0


def cmd_clerk_set_role(args: argparse.Namespace, desk: Desk) -> int:
    info = roles.change_clerk_with_login(desk.db(), desk.actor, args.login, role=args.role)
    print(f"{info.login}: {info.role}")
    return 0


def cmd_clerk_deactivate(args: argparse.Namespace, desk: Desk) -> int:
    info = roles.change_clerk_with_login(desk.db(), desk.actor, args.login, active=False)
    print(f"{info.login}: nieaktywny" if not info.active else f"{info.login}: aktywny")
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
    clerk = commands.choices["clerk"].subcommands
    bootstrap = clerk.add_parser("bootstrap", help="pierwszy administrator nowej bazy "
                                 "(odmowa, gdy administrator już jest)")
    bootstrap.add_argument("login")
    bootstrap.set_defaults(handler=cmd_clerk_bootstrap)
    set_role = clerk.add_parser("set-role", help="zmień rolę pracownika (administrator)")
    set_role.add_argument("login")
    set_role.add_argument("role", choices=[role.value for role in ClerkRole])
    set_role.set_defaults(handler=cmd_clerk_set_role)
    deactivate = clerk.add_parser("deactivate", help="dezaktywuj pracownika i jego login do "
                                  "bazy (administrator)")
    deactivate.add_argument("login")
    deactivate.set_defaults(handler=cmd_clerk_deactivate)
