"""The last visible flaws at 1366×768 and at 150 % (issue 13): phones in the desk's one display
format, the audit filters within 910 logical pixels, whole week labels under the overview
charts."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCharts import QBarCategoryAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget
from pytestqt.qtbot import QtBot
from support.month import MONTH

from iok_desk.db.engine import Database
from iok_desk.services import accounts, requests
from iok_desk.services.context import Actor
from iok_desk.ui.labels import phone_text
from iok_desk.ui.main_window import MainWindow

from .test_requests import open_verify


def test_a_stored_polish_phone_shows_in_groups_of_three_and_a_foreign_one_as_stored() -> None:
    assert phone_text("+48 586290016") == "+48 586 290 016"
    assert phone_text("+48 586290016 wew. 326") == "+48 586 290 016 wew. 326"
    assert phone_text("+4915112345678") == "+4915112345678"
    assert phone_text("") == ""


def _request_with_phone(db: Database, admin: Actor) -> str:
    return requests.register_request(db, admin, requests.NewRequest(
        kind="grant", channel="paper", first_name="Jan", last_name="Kowalski",
        unit="Paprykowa 12/5", phone="601-234-567")).number


def test_the_accounts_list_shows_the_phone_grouped(
        window: MainWindow, qtbot: QtBot, db: Database, admin: Actor,
        register: dict[str, object]) -> None:
    number = _request_with_phone(db, admin)
    requests.approve_request(db, admin, number)
    accounts.issue_credentials(db, admin, number)
    page = window.accounts_page
    window.show_page(window.page_list.index(page))
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    phone = [column.title for column in page.model.columns].index("Telefon")
    assert page.model.data(page.model.index(0, phone)) == "+48 601 234 567"


def test_the_verification_dialog_shows_the_phone_grouped(
        window: MainWindow, qtbot: QtBot, db: Database, admin: Actor,
        register: dict[str, object]) -> None:
    dialog = open_verify(window, qtbot, _request_with_phone(db, admin))
    assert dialog._labels["contact"].text() == "+48 601 234 567"


def test_the_account_view_shows_the_phone_grouped(
        window: MainWindow, qtbot: QtBot, db: Database, admin: Actor,
        register: dict[str, object]) -> None:
    number = _request_with_phone(db, admin)
    requests.approve_request(db, admin, number)
    login_id = accounts.issue_credentials(db, admin, number).login_id
    dialog = window.open_account(login_id)
    qtbot.waitUntil(lambda: dialog.details is not None)
    assert dialog._fields["contact"].text().startswith("+48 601 234 567, ")


SMALL_SCREEN = (910, 512)  # 1366×768 at 150 %, in logical pixels


def _page_scroll(page: QWidget) -> QScrollArea:
    area = page.findChild(QScrollArea, "pageScroll")
    assert isinstance(area, QScrollArea)
    return area


def test_the_audit_filters_fit_910_pixels_without_scrolling_sideways(
        window: MainWindow, qtbot: QtBot, jan: str) -> None:
    page = window.audit_page
    window.resize(*SMALL_SCREEN)
    window.show_page(window.page_list.index(page))
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 and page.action.count() > 1)
    qtbot.waitUntil(lambda: window.desk.ops.idle)
    assert _page_scroll(page).horizontalScrollBar().maximum() == 0
    login_id = page.login.fontMetrics().horizontalAdvance("4821 0937")
    assert page.login.width() >= login_id  # a login ID is readable whole


@pytest.fixture
def screenshot_font(qapp: QApplication) -> Iterator[None]:
    """The font docs/screenshots are taken in (ui/screenshots.py), a size larger than the test
    platform's: the size at which the week labels were cut."""
    previous = qapp.font()
    qapp.setFont(QFont("DejaVu Sans", 10))
    yield
    qapp.setFont(previous)


@pytest.mark.parametrize("size", [(1366, 768), SMALL_SCREEN], ids=["1366x768", "150%"])
def test_no_week_label_under_the_overview_charts_is_cut(
        screenshot_font: None, window: MainWindow, qtbot: QtBot, size: tuple[int, int]) -> None:
    page = window.reports_page
    window.resize(*size)
    window.show_page(window.page_list.index(page))
    with qtbot.waitSignal(page.sig_overview_shown, timeout=20_000):
        page.choose_month(MONTH)  # six weeks, "16–22" the widest label
    charts = page.charts
    for key in ("requests", "open", "letters"):  # the charts by week
        view = charts.views[key]
        _page_scroll(page).ensureWidgetVisible(view)
        qtbot.waitUntil(view.isVisible)
        [weeks] = [axis for axis in view.chart().axes() if isinstance(axis, QBarCategoryAxis)]
        qtbot.waitUntil(lambda view=view: view.chart().plotArea().width() > 0)
        column = view.chart().plotArea().width() / weeks.count()
        widest = max(QFontMetricsF(weeks.labelsFont()).horizontalAdvance(week)
                     for week in weeks.categories())
        assert not weeks.labelsTruncated(), key
        assert widest < column, key  # drawn whole and apart from its neighbours


def _cut_headers(window: MainWindow) -> list[str]:
    """The headers narrower than their words, on every page's lists (the last stretches)."""
    cut = []
    for page in window.page_list:
        for view in page._tables.values():
            header = view.horizontalHeader()
            model = view.model()
            cut += [str(model.headerData(column, Qt.Orientation.Horizontal))
                    for column in range(header.count() - 1)
                    if header.sectionSize(column) < header.sectionSizeHint(column)]
    return cut


@pytest.mark.parametrize("language", ["pl", "en"])
def test_no_column_header_is_cut_on_an_empty_list(
        request: pytest.FixtureRequest, make_window: Callable[[Actor], MainWindow],
        admin: Actor, qtbot: QtBot, language: str) -> None:
    if language == "en":
        request.getfixturevalue("english")
    window = make_window(admin)
    window.resize(1366, 768)
    page = window.letters_page
    window.show_page(window.page_list.index(page))
    qtbot.waitUntil(lambda: window.desk.ops.idle)
    assert page.model.rowCount() == 0
    assert _cut_headers(window) == []
