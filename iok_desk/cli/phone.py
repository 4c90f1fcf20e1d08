"""The phone clerk's commands: the failed-logins review, the countersignature or withdrawal
of an abuse block, the block's confirmation letter; and the portal's view in ``account show``."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from iok_desk.domain.credentials import format_login_id
from iok_desk.domain.dates import format_date, format_datetime
from iok_desk.domain.states import CallerVerification
from iok_desk.letters import produce
from iok_desk.services import phone
from iok_desk.services.dto import AccountDetails, BlockResult

from . import arguments
from .common import Desk, print_json

VERIFICATIONS = [member.value for member in CallerVerification]


def print_portal(details: AccountDetails) -> None:
    """The lines of ``account show`` about what the portal sees."""
    view = details.portal
    if view is None:
        return
    last = format_datetime(view.last_login_at) if view.last_login_at else "nigdy"
    print(f"  portal: ostatnie udane logowanie {last}; nieudane od tego czasu: "
          f"{view.failed_logins}")
    if view.first_password_pending:
        until = (format_date(view.first_password_expires_at)
                 if view.first_password_expires_at else "—")
        print(f"  hasło z pisma do zmiany, ważne do {until}")
    print(f"  pismo z hasłem: {view.letter_state or 'nieznany stan'}")
    if details.block_proposed_by and details.status in ("issued", "active"):
        print(f"  proponowana blokada (nadużycie): {details.block_proposed_by}, czeka na "
              "kontrasygnatę")
    print(f"  diagnoza: {view.diagnosis}")


def print_block(result: BlockResult) -> bool:
    """A proposed (not yet effective) abuse block; False when the block is in force."""
    if not result.pending_countersign:
        return False
    print(f"{format_login_id(result.login_id)}: zaproponowano blokadę (nadużycie); "
          "obowiązuje po kontrasygnacie innego pracownika — kierownika "
          f"(iok-desk account countersign {result.login_id}).")
    return True


def cmd_failed_logins(args: argparse.Namespace, desk: Desk) -> int:
    rows = phone.failed_logins_review(desk.db(), args.threshold)
    if args.json:
        print_json(rows)
        return 0
    for row in rows:
        last = format_datetime(row.last_login_at) if row.last_login_at else "nigdy"
        print(f"{format_login_id(row.login_id)}  {row.failed_logins:>4}  {row.status:<8} "
              f"{row.person_name:<32} ostatnie udane: {last}  {', '.join(row.units)}")
    if not rows:
        print("Żadne konto nie przekracza progu nieudanych logowań.", file=sys.stderr)
    return 0


def cmd_countersign(args: argparse.Namespace, desk: Desk) -> int:
    result = phone.countersign_block(desk.db(), desk.actor, args.login)
    assert result.blocked_at is not None
    print(f"{format_login_id(result.login_id)}: zablokowane "
          f"{format_datetime(result.blocked_at)} (kontrasygnata)")
    return 0


def cmd_withdraw_proposal(args: argparse.Namespace, desk: Desk) -> int:
    phone.withdraw_block_proposal(desk.db(), desk.actor, args.login, reason=args.reason)
    print(f"{format_login_id(args.login)}: propozycję blokady wycofano.")
    return 0


def cmd_block_confirmation(args: argparse.Namespace, desk: Desk) -> int:
    produce.block_confirmation(desk.db(), desk.actor, args.login, args.file)
    print(f"{format_login_id(args.login)}: potwierdzenie blokady zapisano w {args.file}; "
          "wysłanie odnotowano.")
    return 0


def add_account_commands(account: Any) -> None:
    failed = account.add_parser("failed-logins", help="konta z wieloma nieudanymi "
                                "logowaniami (próg: ustawienie)")
    failed.add_argument("--threshold", type=arguments.count("--threshold", 1, 1000),
                        metavar="N")
    failed.add_argument("--json", action="store_true")
    failed.set_defaults(handler=cmd_failed_logins)
    countersign = account.add_parser("countersign", help="kontrasygnata proponowanej blokady "
                                     "z powodu nadużycia (kierownik, rozdział obowiązków)")
    countersign.add_argument("login")
    countersign.set_defaults(handler=cmd_countersign)
    withdraw = account.add_parser("withdraw-proposal", help="wycofaj proponowaną blokadę "
                                  "(ten, kto ją zaproponował, albo kierownik)")
    withdraw.add_argument("login")
    withdraw.add_argument("--reason", required=True, help="dlaczego propozycję wycofano")
    withdraw.set_defaults(handler=cmd_withdraw_proposal)
    confirmation = account.add_parser("block-confirmation", help="potwierdzenie blokady na "
                                      "adres mieszkańca (PDF); odnotowuje wysłanie")
    confirmation.add_argument("login")
    confirmation.add_argument("file", metavar="FILE.pdf")
    confirmation.set_defaults(handler=cmd_block_confirmation)
