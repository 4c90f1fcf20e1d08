"""A file a clerk drops on the desk or names on the command line, read as what it is: an
e-mail (.eml), an Outlook message (.msg), a filled-in request form (PDF) on its own, or a scan
or photo of a paper request, which only a person can read.

A file on its own is a message without a sender, subject or body: its draft is the form's, or
a scan's note that it must be read. It is recognised when imported again by its content.
"""

from __future__ import annotations

from .draft import RequestDraft
from .eml import ParsedEmail, is_heic, is_scan, parse_email
from .msg import OLE_MAGIC, parse_msg
from .pdf_form import is_request_form, read_request_form

_EXTENSIONS = {b"%PDF-": ".pdf", b"\xff\xd8\xff": ".jpg", b"\x89PNG\r\n\x1a\n": ".png"}


def read_incoming(raw: bytes, file_name: str = "") -> ParsedEmail:
    """Read ``raw`` by its content (not its name). ValidationError for a compound file that
    is no Outlook message (a Word .doc) or a damaged one, and for anything else that is not an
    e-mail message."""
    if raw.startswith(OLE_MAGIC):
        return parse_msg(raw)
    if raw.startswith(b"%PDF-") and is_request_form(raw):
        return _file_on_its_own(raw, read_request_form(raw))
    if is_scan(raw):
        name = file_name or f"skan{_extension(raw)}"
        return _file_on_its_own(raw, RequestDraft(source="scan", scan=name))
    return parse_email(raw)


def _extension(raw: bytes) -> str:
    if is_heic(raw):
        return ".heic"
    return next((extension for magic, extension in _EXTENSIONS.items()
                 if raw.startswith(magic)), "")


def _file_on_its_own(raw: bytes, draft: RequestDraft) -> ParsedEmail:
    return ParsedEmail(message_id="", sender_name="", sender_email="", sent_at=None,
                       subject="", body_text="", body_is_html=False, attachments=(),
                       forwarded=None, draft=draft, raw=raw, extension=_extension(raw))
