"""The desk's words for stored values come from the domain's one table, in the window's
language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from iok_desk.domain.states import LABELS, AccountStatus, RevokeReason
from iok_desk.ui.labels import label


@pytest.fixture
def restore_locale() -> Iterator[None]:
    previous = QLocale()
    yield
    QLocale.setDefault(previous)


def test_labels_follow_the_locale_the_translators_set(restore_locale: None) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.Polish, QLocale.Country.Poland))
    assert label(AccountStatus.REVOKED.value) == "odebrane"
    assert label("title-ended") == LABELS[RevokeReason.TITLE_ENDED][0]
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    assert label("title-ended") == "legal title ended"
    assert label("no-such-value") == "no-such-value"
