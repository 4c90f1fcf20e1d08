"""Issuing many accounts: first passwords hashed on several threads before the writes, each
account then issued by its own use case with the hash made for it."""

from __future__ import annotations

from sqlalchemy import text

from iok_desk.db.engine import Database
from iok_desk.domain.credentials import verify_password
from iok_desk.services import accounts, requests
from iok_desk.services.context import Actor

from .helpers import grant


def test_hashes_made_in_parallel_are_the_ones_issued(db: Database, admin: Actor,
                                                     register: dict[str, str]) -> None:
    made = accounts.first_passwords(2, workers=2)
    assert len({password for password, _hash in made}) == 2
    assert all(verify_password(digest, password) for password, digest in made)
    numbers = [grant(db, admin), grant(db, admin, "Anna", "Żółkiewska", register["flat7"])]
    issued = []
    for number, credentials in zip(numbers, made, strict=True):
        requests.approve_request(db, admin, number)
        issued.append(accounts.issue_credentials(db, admin, number, credentials=credentials))
    for result, (password, _digest) in zip(issued, made, strict=True):
        assert result.letter is not None and result.letter.password == password
        with db.engine.connect() as connection:  # the owner's connection may read the hash
            stored = connection.execute(text("SELECT password_hash FROM account WHERE "
                                             "login_id = :login"),
                                        {"login": result.login_id}).scalar_one()
        assert verify_password(stored, password)
