"""The desk's GUI tests: Polish translations, and accounts issued through the use cases. The
main window fixtures are shared with other GUI tests (support/gui.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from iok_desk.db.engine import Database
from iok_desk.services import accounts, requests
from iok_desk.services.context import Actor
from iok_desk.ui.i18n import install_translators


@pytest.fixture(scope="session", autouse=True)
def polish(qapp: QApplication) -> Iterator[None]:
    """The desk speaks Polish by default; the tests read what the clerk reads."""
    translators = install_translators(qapp, "pl")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """The window in English: the Polish translators are out for the test."""
    installed = [child for child in qapp.children() if child.metaObject().className()
                 == "QTranslator"]
    for translator in installed:
        qapp.removeTranslator(translator)
    plurals = install_translators(qapp, "en")  # only the English plural forms
    assert len(plurals) == 1
    yield
    for translator in plurals:
        qapp.removeTranslator(translator)
        translator.setParent(None)  # no longer among the application's translators
    for translator in installed:
        qapp.installTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.Polish, QLocale.Country.Poland))


def issue_account(db: Database, actor: Actor, first: str, last: str, unit: str) -> str:
    """Register, approve and execute a grant through the use cases; the new login ID."""
    info = requests.register_request(db, actor, requests.NewRequest(
        kind="grant", channel="paper", first_name=first, last_name=last, unit=unit))
    requests.approve_request(db, actor, info.number)
    return accounts.issue_credentials(db, actor, info.number).login_id


@pytest.fixture
def jan(db: Database, admin: Actor, register: dict[str, object]) -> str:
    """Jan Kowalski's account on Paprykowa 12/5 (issued, first password not used yet)."""
    return issue_account(db, admin, "Jan", "Kowalski", "Paprykowa 12/5")


@pytest.fixture
def anna(db: Database, admin: Actor, register: dict[str, object]) -> str:
    """Anna Żółkiewska's account on Paprykowa 12/7."""
    return issue_account(db, admin, "Anna", "Żółkiewska", "Paprykowa 12/7")
