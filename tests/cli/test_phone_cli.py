"""The phone clerk from a terminal: ``account show --json`` carries what the portal sees and the
diagnosis, the failed-logins review, a verified block, its confirmation letter."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import update

from iok_desk.db.engine import Database
from iok_desk.db.models import Account
from iok_desk.services import settings
from iok_desk.services.context import Actor

from .test_cli import approved_grant, pdf_text, run


def test_show_review_block_and_confirm(
        capsys: pytest.CaptureFixture[str], database_url: str, register: dict[str, str],
        tmp_path: Path) -> None:
    number = approved_grant(capsys, database_url)
    code, out, err = run(capsys, database_url, "account", "issue", number, "--letter",
                         str(tmp_path / "pismo.pdf"))
    assert code == 0, err
    login_id = out.strip()
    shown = json.loads(run(capsys, database_url, "account", "show", login_id, "--json")[1])
    portal = shown["portal"]
    assert portal["diagnosis_code"] == "letter_not_delivered"
    assert portal["first_password_pending"] is True and portal["failed_logins"] == 0
    assert portal["last_login_at"] is None and portal["letter_state"] == "printed"
    assert portal["diagnosis"].startswith("Pismo z hasłem jest jeszcze w biurze")
    assert portal["diagnosis_en"].startswith("The letter with the password is still")

    database = Database(database_url)
    with database.transaction() as session:
        session.execute(update(Account).where(Account.login_id == login_id)
                        .values(failed_login_count=7))
    database.dispose()
    code, out, _ = run(capsys, database_url, "account", "show", login_id)
    assert "diagnoza: 7 nieudanych logowań od" in out
    code, out, _ = run(capsys, database_url, "account", "failed-logins", "--json")
    assert [(row["login_id"], row["failed_logins"]) for row in json.loads(out)] == [
        (login_id, 7)]
    code, out, err = run(capsys, database_url, "account", "failed-logins", "--threshold", "8")
    assert code == 0 and out == "" and "progu" in err

    code, out, err = run(capsys, database_url, "account", "block", login_id, "--reason",
                         "unauthorised-use", "--caller", "Jan Kowalski", "--verified",
                         "call-back")
    assert code == 0, err
    target = tmp_path / "potwierdzenie.pdf"
    code, out, err = run(capsys, database_url, "account", "block-confirmation", login_id,
                         str(target))
    assert code == 0, err
    text = pdf_text(target)
    assert "Potwierdzenie zablokowania konta IOK" in text
    assert "oddzwoniono na numer z kartoteki" in text
    code, out, _ = run(capsys, database_url, "audit", "--json")
    assert [event["action"] for event in json.loads(out)][:2] == [
        "letter.block_confirmation", "account.block"]


def test_a_proposed_block_is_withdrawn_with_a_reason(
        capsys: pytest.CaptureFixture[str], database_url: str, register: dict[str, str],
        tmp_path: Path) -> None:
    number = approved_grant(capsys, database_url)
    run(capsys, database_url, "clerk", "add", "ewa", "--role", "clerk")
    login_id = run(capsys, database_url, "account", "issue", number, "--letter",
                   str(tmp_path / "pismo.pdf"))[1].strip()
    database = Database(database_url)
    settings.update_settings(database, Actor("admin"), separate_duties=True)
    database.dispose()
    code, out, err = run(capsys, database_url, "account", "block", login_id, "--reason",
                         "abuse", "--caller", "Jan Kowalski", clerk="ewa")
    assert code == 0 and "zaproponowano blokadę" in out, err
    with pytest.raises(SystemExit):  # argparse: --reason is required
        run(capsys, database_url, "account", "withdraw-proposal", login_id, clerk="ewa")
    assert "--reason" in capsys.readouterr().err
    code, out, err = run(capsys, database_url, "account", "withdraw-proposal", login_id,
                         "--reason", "dzwonił sam mieszkaniec", clerk="ewa")
    assert code == 0, err
    assert "propozycję blokady wycofano" in out
    code, out, _ = run(capsys, database_url, "account", "show", login_id, "--json")
    assert json.loads(out)["block_proposed_by"] is None
    code, _, err = run(capsys, database_url, "account", "withdraw-proposal", login_id,
                       "--reason", "jeszcze raz", clerk="ewa")
    assert code != 0 and "nie ma propozycji blokady do wycofania" in err
