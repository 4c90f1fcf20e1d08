"""What every window of the desk shares: the database, the clerk, the operation helper, and
the credential letters of this session that wait to be printed."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtWidgets import QLabel, QWidget

from iok_desk.db.engine import Database
from iok_desk.domain.errors import InvalidFields, IokError
from iok_desk.services.context import Actor
from iok_desk.services.dto import CredentialLetterData

from .labels import error_text
from .operations import Operations

ERROR_STYLE = "border: 1px solid #b00020;"


@dataclass
class DeskContext:
    """Shared by the main window and its dialogs. ``letters_today`` holds the plaintext letters
    issued in this session (in memory only) for the batch print."""

    db: Database
    actor: Actor
    ops: Operations
    role: str = "clerk"
    letters_today: list[CredentialLetterData] = field(default_factory=list)

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


def show_error(label: QLabel, error: IokError, fields: dict[str, QWidget] | None = None) -> None:
    """The service's message next to what caused it: under the form, and the field at fault
    outlined and focused."""
    label.setText(error_text(error))
    for widget in (fields or {}).values():
        widget.setStyleSheet("")
    # Every field at fault outlined (a form checked as a whole), the first one focused.
    at_fault = [problem.field for problem in error.problems] if isinstance(
        error, InvalidFields) else [error.field]
    culprits = [(fields or {}).get(field or "") for field in at_fault]
    for culprit in reversed([widget for widget in culprits if widget is not None]):
        culprit.setStyleSheet(ERROR_STYLE)
        culprit.setFocus()


def clear_error(label: QLabel, fields: dict[str, QWidget] | None = None) -> None:
    label.clear()
    for widget in (fields or {}).values():
        widget.setStyleSheet("")
