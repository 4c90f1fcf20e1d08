"""Two clerks' programs as two operating-system processes on one PostgreSQL database, started
at the same moment by an advisory lock the test holds and then lets go."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from iok_desk.db import migrations
from iok_desk.db.engine import Database
from iok_desk.domain.states import TitleKind
from iok_desk.services import audit, clerks, registry, requests
from iok_desk.services.clerks import bootstrap_first_admin
from iok_desk.services.context import Actor

START_GUN = 7_426_001
ROOT = Path(__file__).resolve().parents[2]

# One clerk's program: wait for the start gun, run its use cases, print the outcomes as JSON.
WORKER = """
import json, sys
from sqlalchemy import create_engine, text
from iok_desk.db.engine import Database
from iok_desk.domain.errors import IokError
from iok_desk.services import requests
from iok_desk.services.context import Actor

url, clerk, gun, plan = sys.argv[1], sys.argv[2], int(sys.argv[3]), json.loads(sys.argv[4])
gate = create_engine(url).connect()
gate.execute(text("SELECT pg_advisory_lock_shared(:key)"), {"key": gun})
db = Database(url)
actor = Actor(clerk, workstation=f"process-{clerk}")
outcomes = []
for action, number, version in plan:
    try:
        if action == "approve":
            info = requests.approve_request(db, actor, number, expected_version=version)
        elif action == "reject":
            info = requests.reject_request(db, actor, number, "Brak tytułu.",
                                           expected_version=version)
        else:
            info = requests.register_request(db, actor, requests.NewRequest(
                kind="block", channel="phone", first_name="Jan", last_name="Kowalski",
                login_id="4821 0934"))
        outcomes.append({"won": True, "status": info.status, "number": info.number})
    except IokError as error:
        outcomes.append({"won": False, "code": error.code, "details": error.details})
print(json.dumps(outcomes))
"""

Plan = list[tuple[str, str, int]]


def _run_together(url: str, plans: dict[str, Plan]) -> dict[str, list[dict]]:  # type: ignore[type-arg]
    """Hold the gun, start one process per clerk, wait until all are queued on it, fire."""
    gate = create_engine(make_url(url), isolation_level="AUTOCOMMIT")
    with gate.connect() as connection:
        connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": START_GUN})
        processes = {clerk: subprocess.Popen(
            [sys.executable, "-c", WORKER, url, clerk, str(START_GUN), json.dumps(plan)],
            cwd=ROOT, text=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            for clerk, plan in plans.items()}
        waiting = 0
        while waiting < len(processes):  # each waits on the lock: no sleep, a real handshake
            waiting = connection.execute(text(
                "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND "
                "objid = :key AND NOT granted"), {"key": START_GUN}).scalar_one()
            assert all(process.poll() is None for process in processes.values()), \
                [process.communicate() for process in processes.values()]
        connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": START_GUN})
    gate.dispose()
    outcomes = {}
    for clerk, process in processes.items():
        out, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
        outcomes[clerk] = json.loads(out.strip().splitlines()[-1])
    return outcomes


ADMIN = Actor("admin", workstation="test-desk")


@pytest.fixture
def shared_url(postgres_server) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """A PostgreSQL database shared by several workstations (processes): migrated, with an
    administrator, a second clerk and Jan Kowalski's flat. SQLite is one workstation's file;
    the thread races cover it."""
    url = postgres_server.create_database().render_as_string(hide_password=False)
    db = Database(url)
    migrations.upgrade(db.engine)
    bootstrap_first_admin(db, ADMIN)
    clerks.add_clerk(db, ADMIN, "ewa", "Ewa Kowalczyk", "clerk")
    with db.transaction() as session:
        estate = registry.get_or_create_estate(session, "MSM-01", "Zasób własny")
        flat = registry.create_unit(session, estate, "L-0005", "Paprykowa", "12", "5")
        jan = registry.create_person(session, "Jan", "Kowalski")
        registry.create_title(session, jan, flat, TitleKind.OWNERSHIP,
                              date.today() - timedelta(days=300))
    db.dispose()
    yield url


@pytest.mark.postgres
def test_two_processes_decide_the_same_requests_and_register_at_once(shared_url: str) -> None:
    """Admin approves and Ewa rejects the same three requests (seen at the same version),
    each also registering requests in between: one decision per request wins, the other is
    a conflict naming the state; the register numbers are unique and gapless."""
    db = Database(shared_url)
    seen = [requests.register_request(db, ADMIN, requests.NewRequest(
        kind="grant", channel="paper", first_name="Jan", last_name="Kowalski",
        unit="Paprykowa 12/5")) for _ in range(3)]
    plans: dict[str, Plan] = {"admin": [], "ewa": []}
    for info in seen:
        plans["admin"] += [("approve", info.number, info.version), ("register", "", 0)]
        plans["ewa"] += [("reject", info.number, info.version), ("register", "", 0)]
    outcomes = _run_together(shared_url, plans)
    for index, info in enumerate(seen):
        pair = [outcomes["admin"][2 * index], outcomes["ewa"][2 * index]]
        winners = [outcome for outcome in pair if outcome["won"]]
        losers = [outcome for outcome in pair if not outcome["won"]]
        assert len(winners) == 1 and len(losers) == 1, pair
        final = requests.get_request(db, info.number)
        assert final.status == winners[0]["status"]
        assert losers[0]["code"] == "conflict_stale"
        assert losers[0]["details"]["status"] == final.status
        decisions = [event.action for event in audit.audit_trail(db, limit=100)
                     if event.request_number == info.number
                     and event.action != "request.register"]
        assert decisions == [{"approved": "request.approve",
                              "rejected": "request.reject"}[final.status]]
    registered = [outcome["number"] for clerk in plans for outcome in outcomes[clerk][1::2]]
    assert all(outcome["won"] for clerk in plans for outcome in outcomes[clerk][1::2])
    year = seen[0].number[4:8]
    assert sorted(registered) == [f"IOK/{year}/{n:05d}" for n in range(4, 10)]
    db.dispose()
