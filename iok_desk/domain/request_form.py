"""The stable field names of the fillable request form (AcroForm).

The documents module writes these fields; the intake module reads them back from a form a
resident filled in on a computer. Renaming one breaks forms already in residents' hands.
"""

from __future__ import annotations

from .states import RequestKind

FIELD_FIRST_NAME = "applicant_first_name"
FIELD_LAST_NAME = "applicant_last_name"
FIELD_UNIT = "unit_address"
FIELD_LOGIN_ID = "login_id"
FIELD_TITLE_KIND = "legal_title"
FIELD_EMAIL = "email"
FIELD_PHONE = "phone"
FIELD_NOTE = "note"
FIELD_PLACE_DATE = "place_and_date"

# One check box per action; exactly one must be ticked.
ACTION_FIELDS: dict[RequestKind, str] = {
    RequestKind.GRANT: "action_grant",
    RequestKind.ADD_UNIT: "action_add_unit",
    RequestKind.BLOCK: "action_block",
    RequestKind.REVOKE: "action_revoke",
}

TEXT_FIELDS = (FIELD_FIRST_NAME, FIELD_LAST_NAME, FIELD_UNIT, FIELD_LOGIN_ID, FIELD_TITLE_KIND,
               FIELD_EMAIL, FIELD_PHONE, FIELD_NOTE, FIELD_PLACE_DATE)
ALL_FIELDS = TEXT_FIELDS + tuple(ACTION_FIELDS.values())
