"""The Reports page's month overview: the known month (support/month.py) drawn as charts with
the service's figures, numbers in Polish notation, and the monthly PDF saved from the page."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCharts import QAbstractBarSeries, QBarCategoryAxis, QLineSeries
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from support.month import EXPECTED, MONTH, build_march

from iok_desk.db.engine import Database
from iok_desk.domain.dates import now_utc, office_date
from iok_desk.services.context import Actor
from iok_desk.ui.main_window import MainWindow
from iok_desk.ui.overview_charts import CHART_KEYS


def bar_values(chart: object) -> dict[str, list[float]]:
    [series] = [item for item in chart.series()  # type: ignore[attr-defined]
                if isinstance(item, QAbstractBarSeries)]
    return {bar_set.label(): [bar_set.at(index) for index in range(bar_set.count())]
            for bar_set in series.barSets()}


def test_the_page_charts_the_month(make_window: Callable[[Actor], MainWindow], qtbot: QtBot,
                                   db: Database, admin: Actor,
                                   monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    build_march(db, admin, monkeypatch)
    window = make_window(admin)
    window.resize(1366, 768)
    qtbot.keyClick(window.search_panel.search, Qt.Key.Key_5,
                   Qt.KeyboardModifier.ControlModifier)
    page = window.reports_page
    assert window.pages.currentWidget() is page
    with qtbot.waitSignal(page.sig_overview_shown, timeout=20_000):
        page.choose_month(MONTH.replace(day=17))
    assert page.month.currentText() == "marzec 2026"
    today = office_date(now_utc())
    back = (today.year - MONTH.year) * 12 + today.month - MONTH.month
    assert page.month.count() == (24 if back < 24 else 25)  # added only when not listed
    charts = page.charts
    assert all(charts.views[key].isVisible() for key in CHART_KEYS)
    # A legend name cut to fit its chart ("użycie przez osobę nieupoważ…") shows whole on hover.
    assert all(charts.chart(key).legend().showToolTips() for key in CHART_KEYS)

    requests = charts.chart("requests")
    assert requests.title() == "Wnioski w tygodniu według sposobu złożenia"
    assert bar_values(requests) == {
        "pocztą lub osobiście (papier)": [1, 0, 1, 0, 0, 0], "e-mailem": [0, 0, 1, 0, 0, 0],
        "formularz elektroniczny": [0] * 6, "telefonicznie": [0, 1, 0, 0, 0, 0],
        "osobiście": [0, 1, 0, 0, 0, 0]}
    [weeks] = [axis for axis in requests.axes() if isinstance(axis, QBarCategoryAxis)]
    assert weeks.categories() == ["1", "2–8", "9–15", "16–22", "23–29", "30–31"]

    lead = charts.chart("lead_times")
    assert list(bar_values(lead).values()) == [[10.5, 17.3]]
    [target] = [item for item in lead.series() if isinstance(item, QLineSeries)]
    assert [point.y() for point in target.points()] == [14, 14]
    assert target.name() == "cel biura: 14 dni"  # the office's own: the rules set none

    assert list(bar_values(charts.chart("open")).values()) == [
        EXPECTED["open_by_week"], EXPECTED["overdue_by_week"]]
    assert bar_values(charts.chart("blocks")) == {
        "utrata hasła": [1], "użycie przez osobę nieupoważnioną": [0], "nadużycie": [0],
        "inny powód": [0]}
    assert bar_values(charts.chart("accounts")) == {
        "wydane": [2], "aktywne": [0], "zablokowane": [2], "odebrane": [0]}
    assert bar_values(charts.chart("letters")) == {"wydrukowane": [0, 2, 1, 0, 0, 1]}
    assert requests.localizeNumbers() and requests.locale().decimalPoint() == ","
    summary = page.overview_summary.text()
    assert "5 wniosków" in summary and "10,5" in summary and "17,3" in summary
    assert "3 z 4" in summary

    (tmp_path / "out").mkdir()
    page.ask_path = lambda _caption, name, _filters: str(tmp_path / "out" / name)
    with qtbot.waitSignal(page.sig_saved, timeout=20_000) as saved:
        qtbot.mouseClick(page.form.findChild(type(page.report_buttons[("register", "pdf")]),
                                             "overviewPdfButton"), Qt.MouseButton.LeftButton)
    path = Path(saved.args[0])
    assert path.name == "raport-miesieczny-2026-03.pdf"
    text = PdfReader(io.BytesIO(path.read_bytes())).pages[0].extract_text()
    assert "marzec 2026" in text and "17,3 dnia" in text
    assert str(path) in page.outcome.text()
