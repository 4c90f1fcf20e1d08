"""A request as read from an e-mail or a filled-in form, before a clerk registers it."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from iok_desk.domain.credentials import normalize_login_id
from iok_desk.domain.errors import ValidationError
from iok_desk.domain.states import KINDS_NEEDING_LOGIN, KINDS_NEEDING_UNIT, RequestKind
from iok_desk.domain.validation import (
    clean_text,
    parse_unit_address,
    validate_email,
    validate_person_name,
    validate_phone,
)

# What a decoder puts where a letter's bytes meant nothing in the charset it read them with.
REPLACEMENT_CHARACTER = "\ufffd"

FIELD_LABELS_PL: dict[str, str] = {
    "kind": "rodzaj wniosku",
    "first_name": "imię",
    "last_name": "nazwisko",
    "unit": "adres lokalu",
    "login_id": "identyfikator logowania",
    "email": "e-mail",
    "phone": "telefon",
    "note": "uwagi",
}


@dataclass(frozen=True)
class Problem:
    """Something to fix before the draft can be registered: which field, and why — in Polish
    (``message``) and as a code with the parameters its English text names (``details``)."""

    field: str
    code: str
    message: str
    details: Mapping[str, Any] = dataclasses.field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class RequestDraft:
    """The applicant's data as found; empty strings where nothing was found. ``source`` says
    where it came from (``body``, ``form``), ``problems`` what is wrong or missing."""

    kind: str = ""
    first_name: str = ""
    last_name: str = ""
    unit: str = ""
    login_id: str = ""
    email: str = ""
    phone: str = ""
    note: str = ""
    source: str = ""
    problems: tuple[Problem, ...] = field(default=())
    # The attachment (or file) that holds the request as an image: a scan, a photo, a
    # flattened form. While the request's own fields are empty, the clerk is told to read it.
    scan: str = ""

    def with_problems(self, *problems: Problem) -> RequestDraft:
        return replace(self, problems=self.problems + problems)

    def missing(self) -> tuple[Problem, ...]:
        """The required fields this draft leaves empty (which ones depends on its kind); for
        a scan nobody has typed yet, the one problem that it must be read."""
        if self.scan and not (self.kind.strip() or self.unit.strip() or self.login_id.strip()):
            return (Problem("file", "attachment_is_scan",
                            f"Załącznik „{self.scan}” to skan — przeczytaj go i wpisz "
                            "wniosek.", {"file_name": self.scan}),)
        found: list[Problem] = []

        def need(name: str, why: str) -> None:
            if not getattr(self, name).strip():
                found.append(Problem(name, "missing",
                                     f"Brak pola „{FIELD_LABELS_PL[name]}”{why}."))

        need("kind", "")
        need("first_name", "")
        need("last_name", "")
        try:
            kind: RequestKind | None = RequestKind(self.kind)
        except ValueError:
            kind = None
        if kind in KINDS_NEEDING_UNIT:
            need("unit", " (wymagane przy tym rodzaju wniosku)")
        if kind in KINDS_NEEDING_LOGIN:
            need("login_id", " (wymagane przy tym rodzaju wniosku)")
        if kind == RequestKind.REVOKE and not (self.unit.strip() or self.login_id.strip()):
            found.append(Problem("login_id", "missing",
                                 "Wniosek o odebranie dostępu musi wskazać identyfikator "
                                 "logowania albo lokal."))
        return tuple(found)

    def all_problems(self) -> tuple[Problem, ...]:
        """Problems found while reading (unless the field has been filled in since, e.g. by a
        clerk's correction) plus required fields still empty, each field once."""
        kept = tuple(p for p in self.problems if not str(getattr(self, p.field, "")).strip())
        seen = {problem.field for problem in kept}
        return kept + tuple(p for p in self.missing() if p.field not in seen)

    def check(self) -> tuple[Problem, ...]:
        """Every problem at once: those found while reading, required fields left empty, and
        values the desk's rules refuse (each field named once, first problem wins)."""
        found = list(self.all_problems())
        checks = {
            "first_name": lambda: validate_person_name(self.first_name, "first_name", "Imię"),
            "last_name": lambda: validate_person_name(self.last_name, "last_name", "Nazwisko"),
            "unit": lambda: parse_unit_address(self.unit),
            "login_id": lambda: normalize_login_id(self.login_id),
            "email": lambda: validate_email(self.email),
            "phone": lambda: validate_phone(self.phone),
            "note": lambda: clean_text(self.note, "note", "Uwagi", max_length=4000,
                                       required=False, multiline=True),
        }
        if self.kind.strip() and self.kind not in {kind.value for kind in RequestKind}:
            found.append(Problem("kind", "unknown_choice",
                                 f"Nieznany rodzaj wniosku „{self.kind}”."))
        for name, run in checks.items():
            if not getattr(self, name).strip() or any(p.field == name for p in found):
                continue
            if REPLACEMENT_CHARACTER in getattr(self, name):
                found.append(Problem(
                    name, "text_encoding_broken",
                    f"Kodowanie wiadomości jest uszkodzone (brak zestawu znaków): w polu "
                    f"„{FIELD_LABELS_PL[name]}” litery zastąpiono znakiem "
                    f"„{REPLACEMENT_CHARACTER}” — wpisz je poprawnie."))
                continue
            try:
                run()
            except ValidationError as error:
                found.append(Problem(name, error.code, error.message, error.details))
        return tuple(found)
