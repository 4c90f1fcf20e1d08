"""The resident's rights: ``person show|correct|export``, ``retention show|set|run`` and
``policy publish`` (RODO Art. 15, 16, 5(1)(e); docs/retention.md).

PERSON is ``#ID`` (the person's number, ``person show`` prints it), a login ID of one of the
person's accounts (8 digits), or ``"Name Surname, Unit"`` (e.g. ``"Jan Kowalski, Paprykowa
12/5"``: a holder or former holder of the unit's title)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from iok_desk.domain.credentials import format_login_id
from iok_desk.letters import produce
from iok_desk.private_files import TargetExists
from iok_desk.services import persons, retention

from .common import Desk, print_json
from .letters import _add_file, _output, _save

PERSON_HELP = ('#ID, identyfikator logowania albo "Imię Nazwisko, lokal" '
               '(np. "Jan Kowalski, Paprykowa 12/5")')


def cmd_person_show(args: argparse.Namespace, desk: Desk) -> int:
    record = persons.person_record(desk.db(), args.person)
    if args.json:
        print_json(record.as_json())
        return 0
    person = record.person
    print(f"#{person['id']}  {record.full_name}  e-mail: {person['email'] or '—'}  "
          f"telefon: {person['phone'] or '—'}")
    for title in record.titles:
        print(f"  tytuł: {title['unit']} ({title['kind_pl']}) od {title['valid_from']}"
              + (f" do {title['valid_to']}" if title["valid_to"] else ""))
    for account in record.accounts:
        print(f"  konto {format_login_id(account['login_id'])} ({account['status']}): "
              + ", ".join(unit["unit"] for unit in account["units"]))
    for request in record.requests:
        print(f"  wniosek {request['number']} ({request['kind']}, {request['status']}), "
              f"załączniki: {len(request['attachments'])}")
    print(f"  pisma: {len(record.letters)}, zdarzenia w dzienniku: {len(record.audit)}")
    return 0


def cmd_person_correct(args: argparse.Namespace, desk: Desk) -> int:
    done = persons.correct_person(desk.db(), desk.actor, args.person, reason=args.reason,
                                  first_name=args.first_name, last_name=args.last_name,
                                  email=args.email, phone=args.phone)
    if args.json:
        print_json({"person_id": done.person_id, "changed": sorted(done.changed),
                    "live_logins": list(done.live_logins)})
        return 0
    print(f"Sprostowano dane osoby #{done.person_id}: "
          + ", ".join(persons.FIELD_LABELS_PL[name] for name in done.changed) + ".")
    if done.name_changed and done.live_logins:
        print("Pismo z identyfikatorem ma dawne nazwisko; nowe pismo wydaje się tylko na "
              "życzenie mieszkańca (konto " + ", ".join(
                  format_login_id(login) for login in done.live_logins) + ").",
              file=sys.stderr)
    return 0


def cmd_person_export(args: argparse.Namespace, desk: Desk) -> int:
    as_json = Path(args.file).suffix.lower() == ".json"
    if as_json:  # the same checks as a PDF's (the letters' formats name no JSON)
        _output(str(Path(args.file).with_suffix(".pdf")), (".pdf",), overwrite=True)
        target = _unused(Path(args.file), args.overwrite)
    else:
        target, _ = _output(args.file, (".pdf", ".json"), args.overwrite)
    content = produce.person_export(desk.db(), desk.actor, args.person,
                                    file_name=target.name, as_json=as_json)
    return _save(args, target, content, "Kopię danych osobowych (art. 15 RODO)")


def _unused(target: Path, overwrite: bool) -> Path:
    if not overwrite and (target.exists() or target.is_symlink()):
        raise TargetExists(f"Plik {target} już istnieje; wybierz inną nazwę albo podaj "
                           "--overwrite, aby go zastąpić.", field="path", path=str(target))
    return target


def cmd_retention_show(args: argparse.Namespace, desk: Desk) -> int:
    days = retention.get_retention_days(desk.db())
    if args.json:
        print_json(days)
        return 0
    for name, value in days.items():
        print(f"{name:<9} {value:>5} dni  {retention.LABELS_PL[name]}")
    return 0


def cmd_retention_set(args: argparse.Namespace, desk: Desk) -> int:
    values = {name: getattr(args, name) for name in retention.DEFAULT_DAYS
              if getattr(args, name) is not None}
    changed = retention.set_retention_days(desk.db(), desk.actor, values)
    print("Zmieniono: " + (", ".join(changed) or "nic") + ".")
    return 0


def cmd_retention_run(args: argparse.Namespace, desk: Desk) -> int:
    report = retention.run_retention(desk.db(), desk.actor, dry_run=args.dry_run)
    if args.json:
        print_json(report.as_json())
        return 0
    print(("Próbny przebieg (nic nie zmieniono): " if report.dry_run else "Retencja: ")
          + f"załączniki {len(report.attachments)}, wnioski {len(report.requests)}, "
          f"osoby {len(report.persons)}, szczegóły dziennika {report.audit_details}, "
          f"odłożone wiadomości {len(report.dismissed)}.")
    for number in report.requests:
        print(f"  wniosek {number}")
    for person_id in report.persons:
        print(f"  osoba #{person_id}")
    return 0


def cmd_policy_publish(args: argparse.Namespace, desk: Desk) -> int:
    text = Path(args.text_file).read_text(encoding="utf-8") if args.text_file else ""
    version = persons.publish_policy(desk.db(), desk.actor, args.kind, args.version, text)
    print(f"Opublikowano wersję {version}.")
    return 0


def add_commands(commands: Any) -> None:
    person = commands.add_parser("person", help="dane osoby (RODO: wgląd, sprostowanie, "
                                 "kopia)").add_subparsers(metavar="CO", required=True)
    show = person.add_parser("show", help="wszystko, co IOK Desk ma o osobie")
    show.add_argument("person", metavar="PERSON", help=PERSON_HELP)
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=cmd_person_show)
    correct = person.add_parser("correct", help="sprostuj imię, nazwisko, e-mail, telefon")
    correct.add_argument("person", metavar="PERSON", help=PERSON_HELP)
    correct.add_argument("--reason", required=True,
                         help='podstawa, np. "wniosek o sprostowanie z 01.12.2026"')
    for name in ("first-name", "last-name", "email", "phone"):
        correct.add_argument(f"--{name}")
    correct.add_argument("--json", action="store_true")
    correct.set_defaults(handler=cmd_person_correct)
    export = person.add_parser("export", help="kopia danych osoby (art. 15 RODO): pismo PDF "
                               "albo JSON")
    export.add_argument("person", metavar="PERSON", help=PERSON_HELP)
    _add_file(export, "FILE.pdf|FILE.json")
    export.set_defaults(handler=cmd_person_export)

    keep = commands.add_parser("retention", help="okresy przechowywania danych i ich "
                               "usuwanie").add_subparsers(metavar="CO", required=True)
    listing = keep.add_parser("show", help="okresy przechowywania (dni)")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_retention_show)
    change = keep.add_parser("set", help="zmień okresy przechowywania (administrator)")
    for name in retention.DEFAULT_DAYS:
        change.add_argument(f"--{name}", type=int, metavar="DNI",
                            help=retention.LABELS_PL[name])
    change.set_defaults(handler=cmd_retention_set)
    run = keep.add_parser("run", help="usuń i pseudonimizuj dane po okresie (kierownik)")
    run.add_argument("--dry-run", action="store_true", help="tylko pokaż, co zostałoby usunięte")
    run.add_argument("--json", action="store_true")
    run.set_defaults(handler=cmd_retention_run)

    policy = commands.add_parser("policy", help="wersje zasad i klauzuli informacyjnej"
                                 ).add_subparsers(metavar="CO", required=True)
    publish = policy.add_parser("publish", help="opublikuj nową wersję (administrator)")
    publish.add_argument("kind", choices=["rules", "clause"])
    publish.add_argument("version")
    publish.add_argument("--text-file", metavar="FILE.txt", help="treść (UTF-8)")
    publish.set_defaults(handler=cmd_policy_publish)
