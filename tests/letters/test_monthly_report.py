"""The monthly report PDF: the known month's figures (support/month.py) printed in Polish
notation, its charts drawn, its production audited; and the number formats it uses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select
from support.month import EXPECTED, MONTH, build_march

from iok_desk.cli import main
from iok_desk.db.engine import Database
from iok_desk.db.models import AuditEvent
from iok_desk.domain.audit import AuditAction
from iok_desk.letters import produce
from iok_desk.letters.monthly import format_days, format_number
from iok_desk.services.context import Actor
from iok_desk.services.overview import axis_scale


def test_number_formats_are_polish() -> None:
    assert [format_number(value) for value in (0, 7, 1234, 12345, 1234567)] == [
        "0", "7", "1234", "12\u00a0345", "1\u00a0234\u00a0567"]
    assert format_number(17.3, 1) == "17,3" and format_number(12345.25, 2) == "12\u00a0345,25"
    assert [format_days(value) for value in (1, 3, 14, 22, 10.5, None)] == [
        "1 dzień", "3 dni", "14 dni", "22 dni", "10,5 dnia", "—"]
    assert [axis_scale(top) for top in (0, 1, 3, 17.3, 33.6, 293, 4000)] == [
        (2, 1), (2, 1), (4, 1), (20, 5), (40, 10), (300, 100), (5000, 1000)]


def test_the_monthly_report_prints_the_known_month(db: Database, admin: Actor,
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   tmp_path: Path) -> None:
    build_march(db, admin, monkeypatch)
    pdf, figures = produce.monthly_report(db, admin, MONTH, file_name="raport-2026-03.pdf")
    (tmp_path / "raport-2026-03.pdf").write_bytes(pdf)
    reader = PdfReader(tmp_path / "raport-2026-03.pdf")
    text = "\n".join(page.extract_text() for page in reader.pages)
    flat = " ".join(text.split())
    assert figures.requests_total == 5
    assert "Raport miesięczny IOK — marzec 2026" in flat
    assert "01.03.2026 – 31.03.2026" in flat
    for expected in ("Wnioski przyjęte w miesiącu 5", "mediana 10,5 dnia",
                     "90. percentyl 17,3 dnia", "W terminie biura (14 dni) 3 z 4",
                     "Wnioski otwarte na koniec okresu 1", "utrata hasła 1",
                     "zablokowane 2", "wydane 2", "pismo z hasłem 4",
                     "pocztą lub osobiście (papier) 2", "e-mailem 1", "telefonicznie 1",
                     "osobiście 1",
                     "23–29.03 2 2", "cel biura: 14 dni",
                     "regulamin IOK nie wyznacza terminu"):
        assert expected in flat, expected
    assert f"strona 1 z {len(reader.pages)}" in flat
    with db.reading() as session:
        assert session.scalar(select(func.count(AuditEvent.id)).where(
            AuditEvent.action == AuditAction.EXPORT_MONTHLY_REPORT)) == 1


def test_the_command_line_writes_the_pdf_and_prints_the_figures(
        db: Database, database_url: str, admin: Actor, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    build_march(db, admin, monkeypatch)

    def run(*argv: str) -> tuple[int, str, str]:
        code = main(["--database", database_url, "--clerk", "admin", *argv])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    target = tmp_path / "raport.pdf"
    code, out, err = run("report", "monthly", "--month", "2026-03", str(target), "--json")
    assert code == 0, err
    figures = json.loads(out)
    assert figures["requests_by_week"] == EXPECTED["requests_by_week"]
    assert figures["lead_times"] == {"count": 4, "median_days": 10.5, "p90_days": 17.3,
                                     "within_target": 3, "target_days": 14}
    assert figures["overdue_by_week"] == EXPECTED["overdue_by_week"]
    assert "marzec 2026" in PdfReader(target).pages[0].extract_text()
    assert target.stat().st_mode & 0o777 == 0o600
    code, out, err = run("report", "monthly", "--month", "03.2026", "--json")
    assert code == 0 and json.loads(out)["month"] == "2026-03"

    for argv, message in ((("--month", "2026-03", str(target)), "już istnieje"),
                          (("--month", "2026-3x", "--json"), "rrrr-mm"),
                          (("--month", "2026-03"), "--json"),
                          (("--month", "2026-03", str(tmp_path / "r.csv")), ".pdf")):
        code, out, err = run("report", "monthly", *argv)
        assert (code, out) == (1, "") and message in err, err
    with db.reading() as session:
        files = session.scalars(select(AuditEvent.details).where(
            AuditEvent.action == AuditAction.EXPORT_MONTHLY_REPORT)).all()
    assert [details["file_name"] for details in files] == ["raport.pdf", "-"]
