"""The monthly report (raport miesięczny) for the head of accounting: the Reports page's
figures as reportlab charts, each with its numbers in a table beside it."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from iok_desk.domain.dates import format_date, format_datetime
from iok_desk.domain.letterhead import Letterhead
from iok_desk.domain.states import AccountStatus, BlockReason, Channel, label_pl
from iok_desk.services.overview import (
    LETTER_STATE_LABELS,
    LetterState,
    MonthlyFigures,
    Week,
    axis_scale,
)

from .document import key_value_table, render_table_document
from .style import ACCENT, RULE, SANS, TEXT_WIDTH, escape, plural, styles

MONTHS_PL = ("styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień",
             "wrzesień", "październik", "listopad", "grudzień")
PALETTE = [colors.HexColor(code) for code in
           ("#1f4e79", "#2e7d32", "#ef6c00", "#6a1b9a", "#00838f", "#b00020")]
OVERDUE = colors.HexColor("#b00020")
CHART_WIDTH = 105 * mm
TABLE_WIDTH = TEXT_WIDTH - CHART_WIDTH - 4 * mm
LETTER_KINDS_PL = {"credential": "pismo z hasłem", "credential-void": "unieważnienie pisma",
                   "receipt": "potwierdzenie przyjęcia", "decision": "pismo o odmowie"}


def format_number(value: float, digits: int = 0) -> str:
    """Polish notation: a decimal comma, and a (non-breaking) space between thousands from
    10 000 on: ``3,5``, ``1234``, ``12 345``."""
    text = f"{value:,.{digits}f}"
    whole, _, fraction = text.partition(".")
    if abs(value) < 10_000:
        whole = whole.replace(",", "")
    whole = whole.replace(",", "\u00a0")
    return f"{whole},{fraction}" if fraction else whole


def format_days(value: float | None) -> str:
    """``3,5 dnia``, ``10 dni``, ``1 dzień``; a dash when there is nothing to measure."""
    if value is None:
        return "—"
    if value == int(value):
        count = int(value)
        return f"{format_number(count)} {plural(count, 'dzień', 'dni', 'dni')}"
    return f"{format_number(value, 1)} dnia"


def month_name(figures: MonthlyFigures) -> str:
    return f"{MONTHS_PL[figures.month.month - 1]} {figures.month.year}"


def week_label(week: Week) -> str:
    """``2–8.03`` (``1.03`` for a one-day week)."""
    if week.first == week.last:
        return f"{week.first.day}.{week.first:%m}"
    return f"{week.first.day}–{week.last.day}.{week.last:%m}"


def week_days(week: Week) -> str:
    """``2–8`` under a chart's column (the month is in the title)."""
    return str(week.first.day) if week.first == week.last else f"{week.first.day}–{week.last.day}"


def _axis_label(value: float) -> str:
    return format_number(value, 0 if value == int(value) else 1)


def _legend(drawing: Drawing, names: Sequence[str], x: float, y: float) -> None:
    legend = Legend()
    legend.x, legend.y = x, y
    legend.fontName, legend.fontSize = SANS, 6.5
    legend.alignment = "right"
    legend.columnMaximum = 6
    legend.dx = legend.dy = 6
    legend.deltay = 8
    legend.colorNamePairs = [(PALETTE[number % len(PALETTE)], name)
                             for number, name in enumerate(names)]
    drawing.add(legend)


def _value_axis(axis: object, values: Sequence[float], ceiling: float = 0) -> None:
    end, step = axis_scale(max([*values, ceiling, 1]))
    axis.valueMin = 0  # type: ignore[attr-defined]
    axis.valueMax = end  # type: ignore[attr-defined]
    axis.valueStep = step  # type: ignore[attr-defined]
    axis.labelTextFormat = _axis_label  # type: ignore[attr-defined]
    axis.labels.fontName, axis.labels.fontSize = SANS, 6.5  # type: ignore[attr-defined]
    axis.strokeColor = RULE  # type: ignore[attr-defined]


def _columns(categories: Sequence[str], series: Sequence[tuple[str, Sequence[int]]], *,
             stacked: bool = False, colours: Sequence[colors.Color] = ()) -> Drawing:
    """Weekly columns: one bar per series (or one stacked bar) in each category."""
    drawing = Drawing(CHART_WIDTH, 48 * mm)
    chart = VerticalBarChart()
    chart.x, chart.y = 9 * mm, 7 * mm
    chart.width, chart.height = CHART_WIDTH - 52 * mm, 38 * mm
    chart.data = [list(values) for _name, values in series] or [[0] * len(categories)]
    chart.categoryAxis.categoryNames = list(categories)
    chart.categoryAxis.labels.fontName, chart.categoryAxis.labels.fontSize = SANS, 6.5
    chart.categoryAxis.strokeColor = RULE
    if stacked:
        chart.categoryAxis.style = "stacked"
        totals = [sum(column) for column in zip(*chart.data, strict=True)]
    else:
        totals = [value for values in chart.data for value in values]
    _value_axis(chart.valueAxis, totals)
    chart.barSpacing = 0.5
    chart.groupSpacing = 4
    palette = list(colours) or PALETTE
    for number in range(len(chart.data)):
        chart.bars[number].fillColor = palette[number % len(palette)]
        chart.bars[number].strokeColor = None
    drawing.add(chart)
    legend_names = [name for name, _values in series]
    if colours:
        legend = Legend()
        legend.x, legend.y = CHART_WIDTH - 38 * mm, 42 * mm
        legend.fontName, legend.fontSize = SANS, 6.5
        legend.alignment = "right"
        legend.dx = legend.dy = 6
        legend.deltay = 8
        legend.colorNamePairs = list(zip(palette, legend_names, strict=False))
        drawing.add(legend)
    else:
        _legend(drawing, legend_names, CHART_WIDTH - 38 * mm, 42 * mm)
    return drawing


def _bars(names: Sequence[str], values: Sequence[float], *, target: float | None = None,
          colour: colors.Color = ACCENT) -> Drawing:
    """One horizontal bar per name; ``target`` draws a dashed line at that value."""
    height = max(24 * mm, (len(names) * 7 + 10) * mm)
    drawing = Drawing(CHART_WIDTH, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 46 * mm, 6 * mm
    chart.width, chart.height = CHART_WIDTH - 52 * mm, height - 10 * mm
    # reportlab draws the first category at the bottom: reverse, so the list reads downwards.
    chart.data = [list(reversed(values))]
    chart.categoryAxis.categoryNames = list(reversed(names))
    chart.categoryAxis.labels.fontName, chart.categoryAxis.labels.fontSize = SANS, 7
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.strokeColor = RULE
    _value_axis(chart.valueAxis, values, target or 0)
    chart.bars[0].fillColor = colour
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = _axis_label
    chart.barLabels.fontName, chart.barLabels.fontSize = SANS, 6.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 2
    drawing.add(chart)
    if target is not None:
        axis = chart.valueAxis
        x = chart.x + chart.width * (target - axis.valueMin) / (axis.valueMax - axis.valueMin)
        drawing.add(Line(x, chart.y - 2, x, chart.y + chart.height + 2, strokeColor=OVERDUE,
                         strokeWidth=0.8, strokeDashArray=[3, 2]))
        # Left of the line, where the bars end short of the target: it stays inside the chart.
        drawing.add(String(x - 2, chart.y + chart.height - 1,
                           f"cel biura: {format_days(target)}", textAnchor="end",
                           fontName=SANS, fontSize=6.5, fillColor=OVERDUE))
    return drawing


def _figures_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> Table:
    style = styles()
    data = [[Paragraph(escape(cell), style.cell_head) for cell in header]]
    data += [[Paragraph(escape(cell), style.cell) for cell in row] for row in rows]
    first = 0.5 if len(header) == 2 else 0.36
    widths = [TABLE_WIDTH * first] + [TABLE_WIDTH * (1 - first) / (len(header) - 1)] * (
        len(header) - 1)
    table = Table(data, colWidths=widths, hAlign="LEFT", repeatRows=1)
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]))
    return table


def _section(title: str, chart: Drawing, table: Table, note: str = "") -> Flowable:
    style = styles()
    row = Table([[chart, table]], colWidths=[CHART_WIDTH + 4 * mm, TABLE_WIDTH],
                hAlign="LEFT")
    row.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                             ("LEFTPADDING", (0, 0), (-1, -1), 0),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    parts: list[Flowable] = [Spacer(1, 3 * mm), Paragraph(escape(title), style.heading), row]
    if note:
        parts.append(Paragraph(escape(note), style.tiny))
    return KeepTogether(parts)


def _weekly_rows(figures: MonthlyFigures, series: Sequence[tuple[str, Sequence[int]]],
                 ) -> tuple[list[str], list[list[str]]]:
    header = ["Tydzień", *[name for name, _values in series]]
    rows = [[week_label(week), *[format_number(values[number]) for _name, values in series]]
            for number, week in enumerate(figures.weeks)]
    return header, rows


def _letter_series(figures: MonthlyFigures) -> list[tuple[str, Sequence[int]]]:
    return [(LETTER_STATE_LABELS[LetterState(state)][0], counts)
            for state, counts in figures.letters_by_week.items()]


def render_monthly_report(letterhead: Letterhead, figures: MonthlyFigures) -> bytes:
    style = styles()
    lead = figures.lead_times
    period = f"{format_date(figures.weeks[0].first)} – {format_date(figures.last_day)}"
    weeks = [week_days(week) for week in figures.weeks]
    printed = sum(figures.letters_by_week.get(LetterState.PRINTED, []))
    facts = [
        ("Wnioski przyjęte w miesiącu", format_number(figures.requests_total)),
        ("Pisma z hasłem wydane w miesiącu", format_number(lead.count)),
        ("Czas do pisma z hasłem — mediana", format_days(lead.median_days)),
        ("Czas do pisma z hasłem — 90. percentyl", format_days(lead.p90_days)),
        (f"W terminie biura ({format_days(lead.target_days)})",
         f"{format_number(lead.within_target)} z {format_number(lead.count)}"),
        ("Wnioski otwarte na koniec okresu", format_number(figures.open_at_end)),
        (f"w tym oczekujące ponad {format_days(lead.target_days)}",
         format_number(figures.overdue_at_end)),
        ("Blokady kont w miesiącu", format_number(sum(figures.blocks_by_reason.values()))),
        ("Pisma wydrukowane w miesiącu", format_number(printed)),
    ]
    story: list[Flowable] = [
        Paragraph(f"Raport miesięczny IOK — {escape(month_name(figures))}", style.title),
        Paragraph(f"Okres: <b>{period}</b> · stan na {format_datetime(figures.as_of)} · "
                  f"sporządzono {format_datetime(figures.produced_at)}", style.body),
        Spacer(1, 2 * mm),
        key_value_table(facts, label_width=75 * mm),
    ]

    channels = [(label_pl(Channel(channel)), counts)
                for channel, counts in figures.requests_by_week.items()]
    story.append(_section("Wnioski przyjęte w tygodniu według sposobu złożenia",
                          _columns(weeks, channels, stacked=True),
                          _figures_table(["Tydzień", "Razem"],
                                         [[week_label(week), format_number(
                                             sum(counts[number] for _name, counts in channels))]
                                          for number, week in enumerate(figures.weeks)]
                                         + [["Razem", format_number(figures.requests_total)]]),
                          "Według sposobu złożenia: " + ", ".join(
                              f"{name} {format_number(sum(counts))}"
                              for name, counts in channels) + "."))

    lead_names = ["mediana", "90. percentyl"]
    lead_values = [lead.median_days or 0, lead.p90_days or 0]
    story.append(_section(
        "Czas od wpływu wniosku do pisma z hasłem", _bars(lead_names, lead_values,
                                                          target=lead.target_days),
        _figures_table(["Miara", "Dni"], [
            ["mediana", format_days(lead.median_days)],
            ["90. percentyl", format_days(lead.p90_days)],
            [f"w terminie biura ({format_days(lead.target_days)})",
             f"{format_number(lead.within_target)} z {format_number(lead.count)}"]]),
        f"Pisma z hasłem wydane w miesiącu; cel biura: {format_days(lead.target_days)} od "
        "wpływu wniosku — własny cel biura, bo regulamin IOK nie wyznacza terminu (ta sama "
        "granica, po której kolejka oznacza wniosek jako przeterminowany)."))

    open_series = [("otwarte", figures.open_by_week),
                   (f"ponad {format_days(lead.target_days)}", figures.overdue_by_week)]
    header, rows = _weekly_rows(figures, open_series)
    story.append(_section("Wnioski otwarte i przeterminowane na koniec tygodnia",
                          _columns(weeks, open_series, colours=[ACCENT, OVERDUE]),
                          _figures_table(header, rows)))

    reasons = [label_pl(BlockReason(reason)) for reason in figures.blocks_by_reason]
    story.append(_section(
        "Blokady kont w miesiącu według powodu",
        _bars(reasons, list(figures.blocks_by_reason.values()), colour=OVERDUE),
        _figures_table(["Powód", "Blokady"],
                       [[name, format_number(count)] for name, count in
                        zip(reasons, figures.blocks_by_reason.values(), strict=True)])))

    statuses = [label_pl(AccountStatus(status)) for status in figures.accounts_by_status]
    story.append(_section(
        "Konta według stanu", _bars(statuses, list(figures.accounts_by_status.values())),
        _figures_table(["Stan", "Konta"],
                       [[name, format_number(count)] for name, count in
                        zip(statuses, figures.accounts_by_status.values(), strict=True)]),
        "Konta wydane do końca miesiąca, w stanie z dnia sporządzenia raportu."))

    letters = _letter_series(figures)
    header, rows = _weekly_rows(figures, letters)
    kinds = ", ".join(f"{LETTER_KINDS_PL.get(kind, kind)} {format_number(count)}"
                      for kind, count in figures.letters_by_kind.items())
    story.append(_section("Pisma w tygodniu", _columns(weeks, letters),
                          _figures_table(header, rows),
                          f"Według rodzaju: {kinds}." if kinds else ""))
    if not any(count for counts in figures.requests_by_week.values() for count in counts):
        story.append(Paragraph("W tym miesiącu nie przyjęto żadnego wniosku.", style.body))
    story.append(Spacer(1, 2 * mm))
    story.append(Paragraph("Tygodnie od poniedziałku do niedzieli (czas polski), przycięte do "
                           "granic miesiąca.", style.tiny))
    return render_table_document(
        letterhead, title=f"Raport miesięczny IOK {month_name(figures)}", story=story,
        footer=f"Raport miesięczny IOK · {month_name(figures)}")

