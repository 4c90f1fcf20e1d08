"""The Reports page's charts of one month (services.overview.MonthlyFigures) in QtCharts:
numbers in the desk's locale, labels in its language."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QLocale, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QWidget

from iok_desk.domain.states import AccountStatus, BlockReason, Channel
from iok_desk.services.overview import LetterState, MonthlyFigures, Week, axis_scale

from .labels import label

PALETTE = ["#1f4e79", "#2e7d32", "#ef6c00", "#6a1b9a", "#00838f", "#b00020"]
OVERDUE = "#b00020"
CHART_HEIGHT = 215
COLUMNS = 2
TWO_UP_WIDTH = 2 * 460  # narrower (1366×768 at 150 %), one chart to a row: the labels fit
CHART_KEYS = ("requests", "lead_times", "open", "blocks", "accounts", "letters")


def week_days(week: Week) -> str:
    """``2–8`` under a column (the month is chosen above the charts)."""
    return str(week.first.day) if week.first == week.last else f"{week.first.day}–{week.last.day}"


class OverviewCharts(QWidget):
    """Six charts, two to a row where they are wide enough for their week labels and legends
    (``TWO_UP_WIDTH``), else one; ``show_figures`` redraws them all. ``views`` by key
    (``CHART_KEYS``) for the tests and the accessibility names."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(4)
        self.columns = 0
        self.views: dict[str, QChartView] = {}
        for key in CHART_KEYS:
            view = QChartView(self)
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumSize(300, CHART_HEIGHT)
            view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.views[key] = view
        self._arrange(COLUMNS)

    def _arrange(self, columns: int) -> None:
        if columns == self.columns:
            return
        self.columns = columns
        for number, view in enumerate(self.views.values()):
            self._grid.removeWidget(view)
            self._grid.addWidget(view, number // columns, number % columns)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange(COLUMNS if event.size().width() >= TWO_UP_WIDTH else 1)
        super().resizeEvent(event)

    def letter_state_label(self, state: LetterState) -> str:
        return {LetterState.PRINTED: self.tr("printed"),
                LetterState.HANDED_OVER: self.tr("handed over"),
                LetterState.POSTED: self.tr("posted"), LetterState.RETURNED: self.tr("returned"),
                LetterState.VOIDED: self.tr("voided")}[state]

    def chart(self, key: str) -> QChart:
        return self.views[key].chart()

    def show_figures(self, figures: MonthlyFigures) -> None:
        weeks = [week_days(week) for week in figures.weeks]
        self._set(self._columns(
            self.tr("Requests per week by channel"), weeks,
            [(label(Channel(channel)), counts)
             for channel, counts in figures.requests_by_week.items()], stacked=True),
            "requests")
        self._set(self._lead_times(figures), "lead_times")
        self._set(self._columns(
            self.tr("Open and overdue at each week's end"), weeks,
            [(self.tr("open"), figures.open_by_week),
             (self.tr("over the office's %1 days").replace(
                 "%1", str(figures.lead_times.target_days)), figures.overdue_by_week)],
            colours=[PALETTE[0], OVERDUE]), "open")
        self._set(self._bars(self.tr("Blocks in the month by reason"),
                             [label(BlockReason(reason))
                              for reason in figures.blocks_by_reason],
                             list(figures.blocks_by_reason.values()), OVERDUE), "blocks")
        self._set(self._bars(self.tr("Accounts by status (today)"),
                             [label(AccountStatus(status))
                              for status in figures.accounts_by_status],
                             list(figures.accounts_by_status.values()), PALETTE[0]),
                  "accounts")
        self._set(self._columns(
            self.tr("Letters per week"), weeks,
            [(self.letter_state_label(LetterState(state)), counts)
             for state, counts in figures.letters_by_week.items()]), "letters")

    def _set(self, chart: QChart, key: str) -> None:
        view = self.views[key]
        old = view.chart()
        view.setChart(chart)
        view.setAccessibleName(chart.title().replace("<br>", " — "))
        if old is not None and old is not chart:
            old.deleteLater()

    @staticmethod
    def _chart(title: str) -> QChart:
        chart = QChart()
        chart.setTitle(title)
        font = QFont(chart.titleFont())
        font.setBold(True)
        chart.setTitleFont(font)
        chart.setLocale(QLocale())
        chart.setLocalizeNumbers(True)
        chart.setMargins(QMargins(2, 2, 2, 2))
        chart.setBackgroundRoundness(0)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.legend().setShowToolTips(True)  # a name cut to fit shows whole on hover
        small = QFont(chart.legend().font())
        small.setPointSizeF(max(7.0, small.pointSizeF() - 2))
        chart.legend().setFont(small)
        return chart

    @staticmethod
    def _small(chart: QChart) -> None:
        """Axis labels one size smaller than the window's text (they are many)."""
        for axis in chart.axes():
            font = QFont(axis.labelsFont())
            font.setPointSizeF(max(7.0, font.pointSizeF() - 1.5))
            axis.setLabelsFont(font)

    @staticmethod
    def _value_axis(top: float) -> QValueAxis:
        axis = QValueAxis()
        end, step = axis_scale(top)
        axis.setRange(0, end)
        axis.setTickCount(end // step + 1)
        axis.setLabelFormat("%.0f")
        return axis

    def _columns(self, title: str, categories: Sequence[str],
                 series: Sequence[tuple[str, Sequence[int]]], *, stacked: bool = False,
                 colours: Sequence[str] = ()) -> QChart:
        chart = self._chart(title)
        bars: QAbstractBarSeries = QStackedBarSeries() if stacked else QBarSeries()
        palette = list(colours) or PALETTE
        for number, (name, values) in enumerate(series):
            bar_set = QBarSet(name)
            bar_set.append([float(value) for value in values])
            bar_set.setColor(QColor(palette[number % len(palette)]))
            bar_set.setBorderColor(QColor(palette[number % len(palette)]))
            bars.append(bar_set)
        chart.addSeries(bars)
        x = QBarCategoryAxis()
        x.append(list(categories))
        # QtCharts elides a label wider than half its column ("16–…"); the week labels are
        # narrower than a whole column in both layouts (tests/ui/test_visible_flaws.py).
        x.setTruncateLabels(False)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        bars.attachAxis(x)
        totals = ([sum(column) for column in zip(*[values for _n, values in series],
                                                 strict=True)] if stacked and series
                  else [value for _name, values in series for value in values])
        y = self._value_axis(max([*totals, 1]))
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        bars.attachAxis(y)
        chart.legend().setVisible(len(series) > 1)
        if len(series) > 2:
            chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        self._small(chart)
        return chart

    def _bars(self, title: str, names: Sequence[str], values: Sequence[int],
              colour: str) -> QChart:
        """One column per name, named in the legend (long names do not fit under a column);
        the value on top of each."""
        chart = self._chart(title)
        bars = QBarSeries()
        for number, (name, value) in enumerate(zip(names, values, strict=True)):
            bar_set = QBarSet(name)
            bar_set.append(float(value))
            shade = QColor(colour).lighter(100 + 35 * number)
            bar_set.setColor(shade)
            bar_set.setBorderColor(shade)
            bar_set.setLabelColor(QColor("#1a1a1a"))
            bars.append(bar_set)
        bars.setLabelsVisible(True)
        bars.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
        bars.setLabelsFormat("@value")
        chart.addSeries(bars)
        x = QBarCategoryAxis()
        x.append([""])
        x.setVisible(False)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        bars.attachAxis(x)
        y = self._value_axis(max([*values, 1]) * 1.15)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        bars.attachAxis(y)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        self._small(chart)
        return chart

    def _lead_times(self, figures: MonthlyFigures) -> QChart:
        """Median and 90th percentile as columns, the target as a dashed line across."""
        lead = figures.lead_times
        title = self.tr("Days from receipt to the credential letter")
        if not lead.count:
            title += "<br>" + self.tr("no credential letter this month")
        chart = self._chart(title)
        bars = QBarSeries()
        bar_set = QBarSet(self.tr("days"))
        bar_set.append([lead.median_days or 0.0, lead.p90_days or 0.0])
        bar_set.setColor(QColor(PALETTE[0]))
        bars.append(bar_set)
        bars.setLabelsVisible(True)
        bars.setLabelsFormat("@value")
        bars.setLabelsPrecision(3)
        chart.addSeries(bars)
        x = QBarCategoryAxis()
        x.append([self.tr("median"), self.tr("90th percentile")])
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        bars.attachAxis(x)
        target = QLineSeries()
        target.setName(self.tr("office's target: %1 days").replace("%1", str(lead.target_days)))
        target.append(-0.5, lead.target_days)
        target.append(1.5, lead.target_days)
        pen = QPen(QColor(OVERDUE))
        pen.setStyle(Qt.PenStyle.DashLine)
        pen.setWidth(2)
        target.setPen(pen)
        chart.addSeries(target)
        line_x = QValueAxis()
        line_x.setRange(-0.5, 1.5)
        line_x.setVisible(False)
        chart.addAxis(line_x, Qt.AlignmentFlag.AlignTop)
        target.attachAxis(line_x)
        y = self._value_axis(max(lead.p90_days or 0, lead.target_days))
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        bars.attachAxis(y)
        target.attachAxis(y)
        # Only the target line needs a name in the legend.
        chart.legend().markers(bars)[0].setVisible(False)
        self._small(chart)
        return chart
