"""Reading the filled-in request form with pypdf: fields, ticked actions, what to fix."""

from __future__ import annotations

import pytest

from iok_desk.domain import request_form
from iok_desk.domain.credentials import format_login_id, generate_login_id
from iok_desk.domain.errors import ValidationError
from iok_desk.intake.pdf_form import is_request_form, read_request_form

from .builders import GRANT_FORM_VALUES, blank_form, fill_form, plain_pdf


def test_a_filled_grant_form_fills_the_draft() -> None:
    draft = read_request_form(fill_form(GRANT_FORM_VALUES, ticked=["action_grant"]))

    assert (draft.kind, draft.first_name, draft.last_name, draft.unit, draft.phone) == (
        "grant", "Anna", "Żółkiewska", "Paprykowa 12/7", "58 629 00 16")
    assert draft.email == "anna.zolkiewska@example.pl"
    assert draft.note == ("Tytuł prawny wg wniosku: spółdzielcze prawo do lokalu\n"
                          "Miejscowość i data: Gdynia, 20.11.2026")
    assert draft.source == "form"
    assert draft.check() == ()


def test_a_block_form_names_the_login() -> None:
    login = generate_login_id()
    draft = read_request_form(fill_form({request_form.FIELD_FIRST_NAME: "Jan",
                                         request_form.FIELD_LAST_NAME: "Kowalski",
                                         request_form.FIELD_LOGIN_ID: format_login_id(login)},
                                        ticked=["action_block"]))

    assert (draft.kind, draft.login_id) == ("block", format_login_id(login))
    assert draft.check() == ()


def test_no_action_ticked() -> None:
    problems = read_request_form(fill_form(GRANT_FORM_VALUES)).check()

    assert [(problem.field, problem.code) for problem in problems] == [("kind",
                                                                        "form_no_action")]
    assert "nie zaznaczono" in problems[0].message


def test_two_actions_ticked() -> None:
    draft = read_request_form(fill_form(GRANT_FORM_VALUES,
                                        ticked=["action_grant", "action_revoke"]))

    assert draft.kind == ""
    [problem] = draft.check()
    assert (problem.field, problem.code) == ("kind", "form_many_actions")
    assert "nadanie dostępu, odebranie dostępu" in problem.message


def test_missing_and_wrong_fields_are_all_listed() -> None:
    values = {request_form.FIELD_FIRST_NAME: "Anna", request_form.FIELD_EMAIL: "anna@",
              request_form.FIELD_LOGIN_ID: "1234 5678"}
    problems = read_request_form(fill_form(values, ticked=["action_add_unit"])).check()

    assert [(problem.field, problem.code) for problem in problems] == [
        ("last_name", "missing"), ("unit", "missing"), ("login_id", "login_id_check_digit"),
        ("email", "email_format")]


def test_a_blank_form_is_recognised_and_other_pdfs_are_not() -> None:
    assert is_request_form(blank_form())
    assert not is_request_form(plain_pdf())
    assert not is_request_form(b"%PDF-1.4 zepsuty")


def test_a_pdf_without_the_form_fields_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        read_request_form(plain_pdf())
    assert caught.value.code == "not_request_form"


def test_a_broken_pdf_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        read_request_form(b"%PDF-1.4\n to nie jest PDF")
    assert caught.value.code == "pdf_unreadable"
