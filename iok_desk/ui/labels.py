"""Words for the domain's values (statuses, kinds, channels, reasons) in the window's language.

The words live in ``domain.states.LABELS`` (Polish and English), the one table letters, messages
and the desk share; here only the choice of language, which follows the locale the desk's
translators set (``ui.i18n``)."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from iok_desk.domain.states import LABELS


def label(value: str) -> str:
    """The word for a stored value in the window's language (the value itself if unknown)."""
    words = LABELS.get(str(value))
    if words is None:
        return str(value)
    polish, english = words
    return polish if QLocale().language() == QLocale.Language.Polish else english
