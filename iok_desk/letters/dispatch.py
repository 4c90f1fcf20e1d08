"""The day's dispatch list for registered letters, in the layout of Poczta Polska's
"książka nadawcza" (the sender, then one line per letter: addressee, address, registered
number), so the post office stamps it and the office needs no second program."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from iok_desk.domain.dates import format_date
from iok_desk.domain.letterhead import Letterhead
from iok_desk.services.letter_register import DispatchList

from .document import data_table, key_value_table, render_table_document
from .style import RULE, escape, plural, styles

HEADER = ["Lp.", "Adresat (imię i nazwisko)", "Dokładne miejsce doręczenia", "Rodzaj przesyłki",
          "Nr nadawczy", "Masa", "Opłata", "Uwagi"]
WIDTHS = [9, 46, 66, 26, 38, 14, 16, 35]


def _count(count: int) -> str:
    return f"{count} {plural(count, 'przesyłka', 'przesyłki', 'przesyłek')}"


def render_dispatch_list(letterhead: Letterhead, dispatch: DispatchList) -> bytes:
    style = styles()
    day = format_date(dispatch.day)
    sender = (f"{letterhead.organisation}, {letterhead.department}, {letterhead.street}, "
              f"{letterhead.city_line}")
    story: list[Flowable] = [
        Paragraph("Książka nadawcza — zestawienie przesyłek poleconych", style.title),
        key_value_table([("Nadawca", sender), ("Data nadania", day)], label_width=30 * mm),
        Spacer(1, 3 * mm),
    ]
    if dispatch.entries:
        rows = [[str(number), entry.addressee, ", ".join(entry.address_lines),
                 "list polecony", entry.tracking_number, "", "", f"pismo {entry.number}"]
                for number, entry in enumerate(dispatch.entries, 1)]
        story.append(data_table(HEADER, rows, [width * mm for width in WIDTHS]))
    else:
        story.append(Paragraph(f"Dnia {escape(day)} nie nadano żadnego pisma.", style.body))
    stamp = Table([[Paragraph(f"Razem: <b>{_count(len(dispatch.entries))}</b>", style.body),
                    Paragraph("Podpis przyjmującego i datownik placówki pocztowej", style.small)]],
                  colWidths=[150 * mm, 100 * mm], rowHeights=[28 * mm], hAlign="LEFT")
    stamp.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BOX", (1, 0), (1, 0), 0.5, RULE),
                               ("LEFTPADDING", (0, 0), (0, 0), 0)]))
    story.append(KeepTogether([Spacer(1, 6 * mm), stamp]))
    return render_table_document(letterhead, title=f"Książka nadawcza {day}", story=story,
                                 footer=f"Książka nadawcza · {day}", wide=True)
