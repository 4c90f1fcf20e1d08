"""The fillable request form (``domain.request_form``), filled in on a resident's computer and
sent back: its fields read with pypdf into a RequestDraft with a list of what to fix.

Whether the unit exists in the register is a database question: ``services.intake`` adds
that problem.
"""

from __future__ import annotations

import io

from iok_desk.domain import request_form as form
from iok_desk.domain.errors import ValidationError
from iok_desk.domain.states import RequestKind, label_pl

from .draft import Problem, RequestDraft

_UNTICKED = {"", "/Off", "Off", "/No", "No", "/0"}


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return " ".join(_text(item) for item in value)
    return str(value).strip()


def read_form_fields(data: bytes) -> dict[str, str]:
    """The form's field names and values as text; ValidationError if it is no readable PDF."""
    from pypdf import PdfReader  # a start of the desk reads no PDF (tests/ui/test_startup_imports)
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data))
        fields = reader.get_fields() or {}
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as error:
        raise ValidationError(f"Pliku PDF nie da się odczytać ({error}).", field="file",
                              code="pdf_unreadable") from error
    return {name: _text(field.get("/V")) for name, field in fields.items()}


def is_request_form(data: bytes) -> bool:
    """Whether the PDF is the desk's fillable request form (it has the form's fields)."""
    try:
        names = read_form_fields(data).keys()
    except ValidationError:
        return False
    return form.FIELD_FIRST_NAME in names and any(
        name in names for name in form.ACTION_FIELDS.values())


def draft_from_fields(values: dict[str, str]) -> RequestDraft:
    """A draft from the form's field values, with the problems a clerk must see: no action
    ticked, two actions ticked, fields the ticked action needs left empty."""
    problems: list[Problem] = []
    ticked = [kind for kind, name in form.ACTION_FIELDS.items()
              if values.get(name, "") not in _UNTICKED]
    kind = ""
    if not ticked:
        problems.append(Problem("kind", "form_no_action",
                                "We wniosku nie zaznaczono, czego dotyczy (nadanie dostępu, "
                                "dodanie lokalu, zablokowanie, odebranie)."))
    elif len(ticked) > 1:
        chosen = ", ".join(label_pl(item) for item in ticked)
        problems.append(Problem("kind", "form_many_actions",
                                f"We wniosku zaznaczono więcej niż jedną czynność: {chosen}. "
                                "Wniosek może dotyczyć tylko jednej."))
    else:
        kind = RequestKind(ticked[0]).value
    note = values.get(form.FIELD_NOTE, "")
    title = values.get(form.FIELD_TITLE_KIND, "")
    place_date = values.get(form.FIELD_PLACE_DATE, "")
    extra = [line for line in (f"Tytuł prawny wg wniosku: {title}" if title else "",
                               f"Miejscowość i data: {place_date}" if place_date else "")
             if line]
    return RequestDraft(
        kind=kind, first_name=values.get(form.FIELD_FIRST_NAME, ""),
        last_name=values.get(form.FIELD_LAST_NAME, ""), unit=values.get(form.FIELD_UNIT, ""),
        login_id=values.get(form.FIELD_LOGIN_ID, ""), email=values.get(form.FIELD_EMAIL, ""),
        phone=values.get(form.FIELD_PHONE, ""), note="\n".join([note, *extra]).strip(),
        source="form", problems=tuple(problems))


def read_request_form(data: bytes) -> RequestDraft:
    """Read a filled-in request form. ValidationError if the PDF is not the request form."""
    values = read_form_fields(data)
    if form.FIELD_FIRST_NAME not in values:
        raise ValidationError("Ten plik PDF nie jest wypełnialnym wnioskiem o dostęp do IOK "
                              "(brak pól formularza).", field="file", code="not_request_form")
    return draft_from_fields(values)
