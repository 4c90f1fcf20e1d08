"""The other half of tests/domain/test_messages.py: every domain error a service, the domain,
the intake or the letters raise carries a code, and so does every problem or refusal a window
lists (a bad field of a draft, a line of a register file, a scanned strip not taken, a file not
stored) — so the English window can say it from its code instead of showing the Polish text."""

from __future__ import annotations

import ast
import dataclasses
import functools
import string
from collections.abc import Iterator
from pathlib import Path

from iok_desk.domain import messages
from iok_desk.domain.errors import ConflictError, IokError, NotAllowed, NotFound, ValidationError
from iok_desk.intake.csv_register import RowProblem
from iok_desk.intake.draft import Problem
from iok_desk.services.intake import AttachmentCheck, FileOutcome, SkippedFile
from iok_desk.services.letter_register import ReceiptProblem
from iok_desk.services.mailbox import MailItem
from iok_desk.services.register_import import RevokeFailure

PACKAGE = Path(__file__).resolve().parents[2] / "iok_desk"
SWEPT = ("services", "domain", "intake", "letters")
GENERIC_KINDS = {cls.__name__ for cls in (IokError, ValidationError, NotFound, NotAllowed,
                                          ConflictError)}
"""Error kinds whose own code says only what kind of error it is, not what went wrong."""

RESULTS: dict[str, tuple[type, str, tuple[str, ...]]] = {
    cls.__name__: (cls, code, said) for cls, code, said in (
        (Problem, "code", ("message",)),
        (RowProblem, "code", ("message",)),
        (ReceiptProblem, "code", ("reason",)),
        (SkippedFile, "code", ("reason",)),
        (FileOutcome, "code", ("error",)),
        (RevokeFailure, "code", ("message",)),
        (MailItem, "code", ("error",)),
        (AttachmentCheck, "refused_code", ("refused",)),
    )}
"""Results a window lists: (class, its code's field, the fields holding the Polish text)."""


@functools.cache
def _trees() -> dict[Path, ast.Module]:
    return {path: ast.parse(path.read_text(encoding="utf-8"))
            for path in PACKAGE.rglob("*.py")}


def _name(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")


def _base_names(node: ast.ClassDef) -> set[str]:
    return {base.id if isinstance(base, ast.Name) else getattr(base, "attr", "")
            for base in node.bases}


def _sets_its_code(node: ast.ClassDef) -> bool:
    """The class has a code of its own: ``code = "…"``, or its constructor passes ``code=``."""
    for statement in ast.walk(node):
        if isinstance(statement, ast.Assign) and any(
                isinstance(target, ast.Name) and target.id == "code"
                for target in statement.targets):
            return True
        if isinstance(statement, ast.Call) and any(keyword.arg == "code"
                                                   for keyword in statement.keywords):
            return True
    return False


def error_classes(trees: dict[Path, ast.Module]) -> tuple[set[str], set[str]]:
    """The names of every ``IokError`` subclass of the package, and those with a code of their
    own beyond their kind's."""
    classes = {node.name: node for tree in trees.values() for node in ast.walk(tree)
               if isinstance(node, ast.ClassDef)}
    errors = {"IokError"}
    while True:
        more = {name for name, node in classes.items()
                if name not in errors and _base_names(node) & errors}
        if not more:
            break
        errors |= more
    coded = {name for name in errors - GENERIC_KINDS if _sets_its_code(classes[name])}
    return errors, coded


def swept_calls(trees: dict[Path, ast.Module]) -> Iterator[tuple[str, ast.Call]]:
    for path, tree in trees.items():
        if path.relative_to(PACKAGE).parts[0] not in SWEPT:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                yield f"{path.relative_to(PACKAGE)}:{node.lineno}", node


def _passes_code(call: ast.Call) -> bool:
    return any(keyword.arg in ("code", None) for keyword in call.keywords)


def test_every_domain_error_raised_carries_its_code() -> None:
    trees = _trees()
    errors, coded = error_classes(trees)
    assert {"ValidationError", "NotFound", "DraftIncomplete", "RegisterFileError"} <= errors
    assert "DraftIncomplete" in coded and "ValidationError" not in coded
    uncoded = [where for where, call in swept_calls(trees)
               if _name(call) in errors - coded and call.args and not _passes_code(call)]
    assert uncoded == []


def _arguments(call: ast.Call, cls: type) -> dict[str, ast.expr]:
    names = [item.name for item in dataclasses.fields(cls)] if dataclasses.is_dataclass(cls) \
        else list(cls._fields)
    given: dict[str, ast.expr] = dict(zip(names, call.args, strict=False))
    given |= {keyword.arg: keyword.value for keyword in call.keywords if keyword.arg}
    return given


def _is_empty(value: ast.expr) -> bool:
    return isinstance(value, ast.Constant) and value.value in ("", None)


def result_codes() -> tuple[list[str], set[str]]:
    """Where a listed result is made with a Polish text and no code, and every code constant
    results are made with."""
    uncoded: list[str] = []
    codes: set[str] = set()
    for where, call in swept_calls(_trees()):
        if _name(call) not in RESULTS:
            continue
        cls, code_field, said = RESULTS[_name(call)]
        given = _arguments(call, cls)
        if not any(name in given and not _is_empty(given[name]) for name in said):
            continue
        code = given.get(code_field)
        if code is None or _is_empty(code):
            uncoded.append(where)
        elif isinstance(code, ast.Constant) and isinstance(code.value, str):
            codes.add(code.value)
    return uncoded, codes


def test_every_problem_a_window_lists_carries_its_code() -> None:
    uncoded, codes = result_codes()
    assert uncoded == []
    assert {"attachment_is_scan", "receipt_code_unreadable", "register_empty"} <= codes


def test_every_code_of_a_listed_problem_has_an_english_text() -> None:
    _uncoded, codes = result_codes()
    assert sorted(codes - messages.ERRORS_EN.keys()) == []


def _parameters_named(code: str) -> set[str]:
    """The parameters the English text of ``code`` names, besides its field."""
    return {name for _text, name, _spec, _conversion
            in string.Formatter().parse(messages.ERRORS_EN[code]) if name} - {"field"}


def _given_details(value: ast.expr | None) -> set[str] | None:
    """The keys of a result's details, or None when they cannot be told (not a literal)."""
    if value is None:
        return set()
    if isinstance(value, ast.Dict) and None not in value.keys:
        return {key.value for key in value.keys if isinstance(key, ast.Constant)}
    return None


def unfilled_parameters(trees: dict[Path, ast.Module]) -> list[str]:
    """Where an error or a listed result is made with a code whose English text names a
    parameter it is not given (the English window would fall back to a generic text)."""
    errors, _coded = error_classes(_trees())
    unfilled: list[str] = []
    for where, call in swept_calls(trees):
        if _name(call) in errors:
            given: set[str] | None = {keyword.arg for keyword in call.keywords
                                      if keyword.arg} if not any(
                keyword.arg is None for keyword in call.keywords) else None
            code = next((keyword.value for keyword in call.keywords if keyword.arg == "code"),
                        None)
        elif _name(call) in RESULTS:
            cls, code_field, _said = RESULTS[_name(call)]
            arguments = _arguments(call, cls)
            code = arguments.get(code_field)
            given = _given_details(arguments.get("details", arguments.get("refused_details")))
        else:
            continue
        if not (isinstance(code, ast.Constant) and code.value in messages.ERRORS_EN):
            continue
        if given is not None and _parameters_named(code.value) - given:
            unfilled.append(f"{where}: {code.value}")
    return unfilled


def test_every_parameter_an_english_text_names_is_given() -> None:
    assert unfilled_parameters(_trees()) == []


def test_the_sweep_finds_an_uncoded_error_and_an_uncoded_problem() -> None:
    trees = {PACKAGE / "services" / "example.py": ast.parse(
        "raise NotFound('Nie ma lokalu.')\n"
        "raise NotFound('Nie ma lokalu.', code='unit_not_found')\n"
        "ReceiptProblem('skan.pdf', 1, '', 'nie odczytano kodu')\n"
        "ReceiptProblem('skan.pdf', 1, '', 'nie odczytano kodu', 'receipt_code_unreadable')\n")}
    errors, coded = error_classes(_trees())
    found = [where for where, call in swept_calls(trees)
             if _name(call) in errors - coded and not _passes_code(call)]
    assert found == ["services/example.py:1"]
    cls, code_field, _said = RESULTS["ReceiptProblem"]
    assert [call.lineno for _where, call in swept_calls(trees)
            if _name(call) == "ReceiptProblem"
            and code_field not in _arguments(call, cls)] == [3]
    unfilled = {PACKAGE / "services" / "example.py": ast.parse(
        "raise NotFound('Nie ma lokalu.', code='unit_not_found')\n"
        "raise NotFound('Nie ma lokalu.', code='unit_not_found', unit='Paprykowa 1/2')\n"
        "Problem('unit', 'unit_not_found', 'Nie ma lokalu.')\n"
        "Problem('unit', 'unit_not_found', 'Nie ma lokalu.', {'unit': 'Paprykowa 1/2'})\n")}
    assert unfilled_parameters(unfilled) == ["services/example.py:1: unit_not_found",
                                             "services/example.py:3: unit_not_found"]
