"""What a letter about a proxy's request adds: the letter stays addressed to the resident; when
the office hands it to the proxy, a line for the proxy's signature on receipt."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from iok_desk.domain.rodo import LettersTo
from iok_desk.services.dto import RequestInfo

from .style import escape, styles


def handover(request: RequestInfo) -> list[Flowable]:
    if not request.proxy_kind or request.letters_to != LettersTo.PROXY.value:
        return []
    return [Paragraph(
        f"Pismo wydaje się do rąk pełnomocnika ({escape(request.proxy_name)}) za jego "
        "podpisem. Potwierdzam odbiór: ..................................  data: "
        "..............", styles().body)]
