"""Typed errors raised by domain rules and use cases.

Every error has a stable ``code`` (for programs: the CLI's JSON, the UI's message lookup) and a
clear Polish ``message`` for the clerk. ``field`` names the input at fault where there is one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

T = TypeVar("T")


class IokError(Exception):
    """Base of every error the desk expects and reports to its user."""

    code = "error"

    def __init__(self, message: str, *, code: str | None = None, field: str | None = None,
                 **details: Any) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code
        self.field = field
        self.details = details

    def as_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"error": self.code, "message": self.message}
        if self.field:
            data["field"] = self.field
        if self.details:
            data["details"] = self.details
        return data


class ValidationError(IokError):
    """A value breaks a rule; ``field`` says which input."""

    code = "validation"


class NotFound(IokError):
    """The request, account, unit or clerk named does not exist."""

    code = "not_found"


class NotAllowed(IokError):
    """The action is not allowed in the current state or for the acting clerk."""

    code = "not_allowed"


class ConflictError(IokError):
    """Another clerk changed the same record first; nothing was written."""

    code = "conflict"


class DatabaseUnavailable(IokError):
    """The database cannot be reached or is busy; the next action reconnects."""

    code = "database_unavailable"


class SchemaMismatch(IokError):
    """The database's schema revision is not the one this program was built for."""

    code = "schema_mismatch"


class InvalidFields(ValidationError):
    """Several inputs of one form break their rules: ``problems`` has one error each, so the
    clerk corrects them all in one round."""

    code = "invalid_fields"

    def __init__(self, problems: Sequence[ValidationError]) -> None:
        super().__init__("\n".join(problem.message for problem in problems),
                         field=problems[0].field,
                         problems=[problem.as_dict() for problem in problems])
        self.problems = tuple(problems)


class FieldChecks:
    """Checks every input of a form before saying what is wrong with any::

        checks = FieldChecks()
        name = checks.value(validate_person_name, text, "first_name", "Imię")
        ...
        checks.done()  # raises the one error, or InvalidFields with them all
    """

    def __init__(self) -> None:
        self.problems: list[ValidationError] = []

    def value(self, check: Callable[..., T], *args: Any, **kwargs: Any) -> T | None:
        """``check(*args, **kwargs)``, or None when it found a problem (kept for ``done``)."""
        try:
            return check(*args, **kwargs)
        except ValidationError as problem:
            self.problems.append(problem)
            return None

    def add(self, problem: ValidationError) -> None:
        self.problems.append(problem)

    def done(self) -> None:
        if len(self.problems) == 1:
            raise self.problems[0]
        if self.problems:
            raise InvalidFields(self.problems)
