"""Words for the domain's values (statuses, kinds, channels, reasons, audit actions) and the
services' messages in the window's language.

The words live in the domain (``domain.states.LABELS``, ``domain.audit.AUDIT_LABELS``,
``domain.messages``), the one table letters, messages and the desk share; here only the choice
of language, which follows the locale the desk's translators set (``ui.i18n``)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QLocale

from iok_desk.domain import messages
from iok_desk.domain.errors import IokError
from iok_desk.domain.messages import Language
from iok_desk.services.dto import AuditEventInfo


def language() -> Language:
    """The window's language: English when the desk runs in English (``--lang en``), else
    Polish, the desk's own."""
    return "en" if QLocale().language() == QLocale.Language.English else "pl"


def label(value: str) -> str:
    """The word for a stored value in the window's language (the value itself if unknown)."""
    return messages.label(str(value), language())


_STORED_POLISH_PHONE = re.compile(r"\+48 (\d{3})(\d{3})(\d{3})((?: wew\. \d+)?)")


def phone_text(phone: str) -> str:
    """A phone as the desk shows it: a stored Polish number ``+48 586290016 wew. 326`` in
    groups of three, ``+48 586 290 016 wew. 326`` (the search joins the groups again,
    ``services.search.join_digit_groups``); a foreign or unvalidated number as stored."""
    match = _STORED_POLISH_PHONE.fullmatch(phone)
    if match is None:
        return phone
    first, second, third, extension = match.groups()
    return f"+48 {first} {second} {third}{extension}"


def error_text(error: IokError) -> str:
    """A service's error as the window's language says it."""
    return messages.render_error(error, language())


def problem_text(field: str | None, code: str, message: str,
                 details: Mapping[str, Any] | None = None) -> str:
    """A problem of a request read from an e-mail or form, or of one file of a batch."""
    return messages.render_problem(field, code, message, language(), details)


def skipped_text(file_name: str, code: str, reason: str,
                 details: Mapping[str, Any] | None = None) -> str:
    """Why a file was not attached (its type, its size), in the window's language."""
    return f"„{file_name}”: {problem_text(None, code, reason, details)}."


def audit_summary(event: AuditEventInfo) -> str:
    """What happened, in the window's language."""
    return messages.render_audit_summary(event.action, event.summary, event.request_number,
                                         event.account_login_id, language(), event.details)
