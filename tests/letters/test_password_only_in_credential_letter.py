"""The first password is printed in the credential letter and in no other document."""

from __future__ import annotations

from datetime import datetime

from iok_desk.db.engine import Database
from iok_desk.domain.credentials import group_password
from iok_desk.domain.dates import OFFICE_ZONE
from iok_desk.letters.audit_extract import audit_extract_csv, render_audit_extract
from iok_desk.letters.credential import render_credential_letters
from iok_desk.letters.decision import render_decision_letter
from iok_desk.letters.receipt import render_request_receipt
from iok_desk.letters.register import render_request_register, request_register_csv
from iok_desk.letters.request_form import render_request_form
from iok_desk.services import accounts, requests
from iok_desk.services.context import Actor
from iok_desk.services.reports import (
    RequestLetterKind,
    audit_extract,
    prepare_request_letter,
    request_register,
)
from iok_desk.services.settings import Letterhead

from .helpers import grant, page_texts


def test_no_document_but_the_credential_letter_shows_a_password(
        db: Database, admin: Actor, register: dict[str, str]) -> None:
    letterhead = Letterhead()
    number = grant(db, admin)
    requests.approve_request(db, admin, number)
    first = accounts.issue_credentials(db, admin, number)
    accounts.block_account(db, admin, first.login_id, reason="lost-password",
                           caller_name="Jan Kowalski")
    second = accounts.reissue_account(db, admin, first.login_id)
    assert first.letter is not None and second.letter is not None
    passwords = [first.letter.password, second.letter.password]

    letters = render_credential_letters(letterhead, [first.letter, second.letter])
    for page, password in zip(page_texts(letters), passwords, strict=True):
        assert group_password(password) in page

    rejected = grant(db, admin, "Anna", "Żółkiewska", "Paprykowa 12/7")
    requests.reject_request(db, admin, rejected, "Wniosek złożony dwukrotnie.")
    today = datetime.now(OFFICE_ZONE).date()
    documents = [
        *page_texts(render_request_receipt(letterhead, prepare_request_letter(
            db, admin, number, RequestLetterKind.RECEIPT))),
        *page_texts(render_decision_letter(letterhead, prepare_request_letter(
            db, admin, rejected, RequestLetterKind.DECISION))),
        *page_texts(render_request_register(letterhead, request_register(
            db, admin, today, today, file_name="rejestr.pdf"))),
        request_register_csv(request_register(db, admin, today, today, file_name="r.csv")),
        *page_texts(render_request_form(letterhead, fillable=True)),
    ]
    for login in (first.login_id, second.login_id):
        extract = audit_extract(db, admin, login, file_name="wyciag.pdf")
        documents += [*page_texts(render_audit_extract(letterhead, extract)),
                      audit_extract_csv(extract)]
    assert len(documents) >= 8
    for document in documents:
        for password in passwords:
            assert password not in document
            assert group_password(password) not in document
