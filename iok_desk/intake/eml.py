"""An e-mail saved from any mail client (``.eml``, RFC 5322), read with the standard library's
``email`` package and its modern policy: sender, date, subject, plain or HTML body,
attachments, forwarded messages — and a RequestDraft from what it says.

Encoded headers (``=?ISO-8859-2?Q?…?=``), quoted-printable and base64 bodies in ISO-8859-2,
Windows-1250 or UTF-8 are decoded by the package. A filled-in request form attached to the
message wins over the text of the body.

Reading takes time linear in the size of the message, whatever it holds: the package's parser
of structured headers (addresses, parameters) slows down with the square of a header's length,
so a longer header than ``MAX_HEADER_CHARS`` is refused before it is parsed; only the first
``MAX_BODY_CHARS`` of the body are read for the request (the whole message is stored); a
message with more than ``MAX_ATTACHMENTS`` files or ``MAX_LINES`` lines is refused.
"""

from __future__ import annotations

import mimetypes
import re
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from email import policy
from email.errors import MessageError
from email.header import decode_header, make_header
from email.message import EmailMessage
from email.parser import BytesParser
from email.policy import EmailPolicy
from email.utils import parseaddr, parsedate_to_datetime
from html.parser import HTMLParser
from typing import Any

from iok_desk.domain.credentials import is_valid_login_id
from iok_desk.domain.errors import ValidationError
from iok_desk.domain.states import RequestKind
from iok_desk.domain.validation import (
    fold_for_search,
    parse_unit_address,
    validate_person_name,
    validate_phone,
)

from .draft import REPLACEMENT_CHARACTER, Problem, RequestDraft
from .pdf_form import is_request_form, read_request_form
from .streets import without_sentence_lead

MAX_FORWARD_DEPTH = 3
MAX_ATTACHMENTS = 100
# The parts a message with MAX_ATTACHMENTS files needs, with room for alternatives and wrappers.
MAX_PARTS = 4 * MAX_ATTACHMENTS
# Well above what a mail client writes for one header (the line limit is 998), far below where
# the package's header parser gets slow (about 0.1 s for 1,000 hostile characters).
MAX_HEADER_CHARS = 1000
# A request is a page of text; this is fifty.
MAX_BODY_CHARS = 100_000
MAX_HTML_CHARS = 2 * MAX_BODY_CHARS
# The package's parser works line by line, about a microsecond a line (five for a header line).
# 30 MB of attachments in base64 are 400,000 lines; a million short lines is no mail client's.
MAX_LINES = 1_000_000
# A part starts at a line beginning with "--" (its boundary); counted before parsing, as the
# parser spends about half a millisecond on each part.
MAX_DELIMITER_LINES = 10 * MAX_PARTS
# What the standard library's e-mail parser raises on some malformed input, besides defects.
EMAIL_LIBRARY_ERRORS = (AttributeError, LookupError, TypeError, ValueError, MessageError)
_FORWARD_SUBJECT = re.compile(r"^\s*(?:fwd?|pd|przeka[zż](?:\s+dalej)?|tr)\s*:", re.IGNORECASE)
# The line above a forward pasted into the body: Gmail's "---------- Forwarded message
# ---------", Thunderbird's "-------- Forwarded Message --------", Outlook's "-----Original
# Message-----" (each also in Polish).
_INLINE_FORWARD = re.compile(
    r"^[ >]*-{2,}\s*(?:forwarded message|original message|wiadomo[sś][cć] (?:przekazana|"
    r"oryginalna|przes[lł]ana dalej)|przekazana wiadomo[sś][cć])\s*-{2,}\s*$",
    re.IGNORECASE | re.MULTILINE)
# Newer Outlook draws a rule of underscores, or nothing, above "Od: …" and "Wysłano: …"; it
# quotes a message it replies to the same way, so this is a forward only under "PD:"/"FW:".
_OUTLOOK_FORWARD_HEADER = re.compile(
    r"^(?:[ >]*_{10,}[ \t]*\n)?"
    r"(?=[ >]*(?:from|od)[ \t]*:[^\n]*\n[ >]*(?:sent|wys[lł]ano|date|data)[ \t]*:)",
    re.IGNORECASE | re.MULTILINE)
_HEADER_LINE = re.compile(r"^[ >]*(?P<key>[^\s:][^:]{0,30}):\s*(?P<value>.*)$")
# The patterns that scan a whole body or a pasted header are linear in its size: a match may
# start only where a word or an address starts (look-behind), and runs of letters or spaces are
# taken whole (possessive ``++``, atomic) — a body of 30 MB of capital letters is read in one
# pass, not tried again from each of its characters.
# The bracketed address at the end of a "From:" line; the name is what precedes it.
_ADDRESS_IN_TEXT = re.compile(
    r"[<\[](?:mailto:)?(?P<address>[^<>\[\]\s@]++@[^<>\[\]\s]+)[>\]]\s*+$")
_ADDRESS_CHAR = r"[^\s<>\[\]:;,]"
_BARE_ADDRESS = re.compile(
    rf"(?<!{_ADDRESS_CHAR})[^\s<>\[\]:;,@]++@{_ADDRESS_CHAR}+\.{_ADDRESS_CHAR}+")
_WORD_START = r"(?<![\w.\-])"
_WORD = r"[A-ZĄĆĘŁŃÓŚŹŻ][\w.\-]++"
# After "ul." a street of up to three words; without it only one word (or "10 Lutego"), so
# that a name written before the address does not become part of the street.
_UNIT_IN_TEXT = re.compile(
    rf"(?:{_WORD_START}(?:ul\.|ulica|ulicy|al\.|aleja|alei|os\.|osiedle|osiedlu|pl\.|placu?)"
    rf"\s*+{_WORD}"
    rf"(?:\s++{_WORD}){{0,2}}"
    rf"|(?:{_WORD_START}\d{{1,2}}\s++)?{_WORD_START}{_WORD})"
    r"\s++(?P<building>\d{1,4}[A-Za-z]?)(?:\s*+/|\s++(?:m|lok)\.?)\s*+"
    r"(?P<unit>\d{1,4}[A-Za-z]?)\b")
_LOGIN_IN_TEXT = re.compile(r"(?<![\d\-])\d{4}[ \-]?\d{4}(?![\d\-])")
# Outlook's plain part writes every address as a link: "jan@example.pl <mailto:jan@example.pl>".
_OUTLOOK_LINK = re.compile(r"(?<![ \t])[ \t]*+[<\[]mailto:[^<>\[\]\s]{1,254}[>\]]")
# A unit written with its postcode and city: "Paprykowa 4/5, 81-198 Gdynia", "… 4/5, Gdynia".
_POSTCODE_CITY = re.compile(r"(?:,[ \t]*+|[ \t]++)\d{2}-\d{3}(?:[ \t]++\S+){0,2}[ \t]*$"
                            r"|,[ \t]*+[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+(?:[ \t]*+-[ \t]*+\w+)?"
                            r"[ \t]*$")
# A phone in a signature or after a label without a colon: "tel. 604 555 666",
# "Tel. kom.: 604-555-666", "kom. +48 604 555 666".
_PHONE_IN_TEXT = re.compile(
    r"(?<![\w.])(?:tel(?:efon)?|kom(?:órka|orka)?|gsm|mobile|phone)\.?(?:[ \t]++kom\.?)?"
    r"[ \t]*+:?[ \t]*+(?P<number>\+?\d[\d \-]{7,16}\d)(?!\d)", re.IGNORECASE)

# Labels residents write in front of their data, folded (no diacritics, lower case).
_LABELS: dict[str, str] = {
    "imie i nazwisko": "full_name", "imie nazwisko": "full_name", "wnioskodawca": "full_name",
    "nazwisko i imie": "full_name_reversed", "imie": "first_name", "nazwisko": "last_name",
    "adres lokalu": "unit", "lokal": "unit", "adres": "unit", "adres lokalu mieszkalnego": "unit",
    "identyfikator": "login_id", "identyfikator logowania": "login_id", "login": "login_id",
    "nr identyfikatora": "login_id", "numer identyfikatora": "login_id",
    "telefon": "phone", "tel": "phone", "tel.": "phone", "nr telefonu": "phone",
    "telefon kontaktowy": "phone", "numer telefonu": "phone", "tel. kom": "phone",
    "tel kom": "phone", "telefon komorkowy": "phone", "komorka": "phone", "kom": "phone",
    "nr tel": "phone", "gsm": "phone", "mobile": "phone", "phone": "phone",
    "e-mail": "email", "email": "email", "adres e-mail": "email", "mail": "email",
    "rodzaj wniosku": "kind", "dotyczy": "kind", "wniosek o": "kind", "uwagi": "note",
}
# Words that name each kind of request, folded; checked in this order.
_KIND_WORDS: tuple[tuple[RequestKind, tuple[str, ...]], ...] = (
    (RequestKind.BLOCK, ("zablok", "blokad")),
    (RequestKind.REVOKE, ("odebran", "odebrac", "odbior dostep", "usuniec", "usunac",
                          "rezygnac")),
    (RequestKind.ADD_UNIT, ("dodanie lokalu", "dodac lokal", "dodanie kolejnego",
                            "dodatkowego lokalu", "kolejnego lokalu")),
    (RequestKind.GRANT, ("nadanie", "nadac", "o dostep", "uzyskanie dostepu",
                         "zalozenie konta")),
)


class _BoundedPolicy(EmailPolicy):
    """The modern policy, refusing a header too long to parse in reasonable time."""

    def header_fetch_parse(self, name: str, value: str) -> Any:
        if len(value) > MAX_HEADER_CHARS:
            raise ValidationError(
                f"Nagłówek „{name[:40]}” wiadomości ma {len(value)} znaków (najwyżej "
                f"{MAX_HEADER_CHARS}); wiadomość wygląda na uszkodzoną i nie została odczytana.",
                field="file", code="message_header_too_long", header=name[:40])
        return super().header_fetch_parse(name, value)


_POLICY = _BoundedPolicy()
# An attached message is stored as its headers were received: folding them anew would parse
# every long header with the slow parser.
_ATTACHED_MESSAGE_POLICY = policy.SMTP.clone(refold_source="none")


def _too_many_attachments(count: int) -> ValidationError:
    return ValidationError(
        f"Wiadomość ma {count} załączników lub części, a limit to {MAX_ATTACHMENTS} "
        "załączników; nie została odczytana i nic nie zapisano.", field="file",
        code="message_too_many_attachments", limit=MAX_ATTACHMENTS)


@dataclass(frozen=True)
class MailAttachment:
    """A file attached to the message, as declared by the sender (type checked on storing)."""

    file_name: str
    declared_type: str
    content: bytes = field(repr=False)
    # A picture of the body itself (a signature's logo, referenced by its Content-ID).
    inline: bool = False


@dataclass(frozen=True)
class ParsedEmail:
    """What an .eml file says. ``forwarded`` is the message inside a forward, when there is
    one; ``draft`` is the request read from the form, the forwarded message or the body."""

    message_id: str
    sender_name: str
    sender_email: str
    sent_at: datetime | None
    subject: str
    body_text: str
    body_is_html: bool
    attachments: tuple[MailAttachment, ...]
    forwarded: ParsedEmail | None
    draft: RequestDraft
    raw: bytes = field(repr=False)
    # The Message-IDs a reply names (In-Reply-To, then References, newest first).
    references: tuple[str, ...] = ()
    # How the original file is named when stored with its request (``wiadomosc.eml``).
    extension: str = ".eml"
    # The original sender (name, address) of a message forwarded in the body, if any.
    forwarded_inline_from: tuple[str, str] | None = None


class _TextFromHtml(HTMLParser):
    """The readable text of an HTML body: block elements become line breaks."""

    _BLOCKS = frozenset({"br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "table",
                         "blockquote", "pre", "hr"})
    _SKIPPED = frozenset({"script", "style", "head", "title"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0
        self._pre = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIPPED:
            self._skip += 1
        elif tag in self._BLOCKS:
            self.parts.append("\n")
        if tag == "pre":
            self._pre += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIPPED:
            self._skip = max(0, self._skip - 1)
        elif tag in self._BLOCKS:
            self.parts.append("\n")
        elif tag in ("td", "th"):
            self.parts.append("\t")  # a Word table's label and value stay apart
        if tag == "pre":
            self._pre = max(0, self._pre - 1)

    def handle_data(self, data: str) -> None:
        if not self._skip:
            # A line break in HTML source is a space (Netscape, IBM Notes and CDO wrap their
            # source at 72-76 characters); only <br>, blocks and <pre> break lines.
            self.parts.append(data if self._pre else re.sub(r"[\r\n]+", " ", data))


def html_to_text(html: str) -> str:
    parser = _TextFromHtml()
    parser.feed(html[:MAX_HTML_CHARS])
    parser.close()
    lines = (re.sub(r" ?\t[ \t]*", "\t", re.sub(r"[ \u00a0]+", " ", line)).strip(" \t")
             for line in "".join(parser.parts).splitlines())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


# The Polish letters of each single-byte charset a Polish mail client may write without saying
# so; the charset under which the bytes spell more of them is the one they were written in.
_POLISH_LETTERS = frozenset("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ")
_UNDECLARED_CHARSETS = ("cp1250", "iso-8859-2")


def decode_undeclared(data: bytes) -> str:
    """Text whose charset nobody declared: UTF-8 when the bytes are UTF-8, else the Polish
    charset (Windows-1250 or ISO-8859-2) under which they decode cleanly into the most Polish
    letters and the fewest control characters. (ISO-8859-2 decodes every byte, so there is
    always a reading; Windows-1250 leaves five bytes undefined.)"""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    readings: list[tuple[int, str]] = []
    for charset in _UNDECLARED_CHARSETS:
        try:
            text = data.decode(charset)
        except UnicodeDecodeError:
            continue
        controls = sum(1 for char in text if "\x80" <= char <= "\x9f")
        readings.append((sum(char in _POLISH_LETTERS for char in text) - 10 * controls, text))
    return max(readings, key=lambda reading: reading[0])[1]


def unflow(text: str, *, delete_space: bool) -> str:
    """A ``format=flowed`` body (RFC 3676) with its soft line breaks undone: a line ending in
    a space goes on in the next line of the same quote depth; with ``DelSp=yes`` that space
    was added by the sender's client and is removed. Space-stuffing is undone, the signature
    separator ``-- `` is a hard break."""
    lines: list[str] = []
    paragraph: str | None = None
    depth_of_paragraph = 0
    for line in text.split("\n"):
        line = line.removesuffix("\r")
        depth = len(line) - len(line.lstrip(">"))
        content = line[depth:].removeprefix(" ")
        soft = content.endswith(" ") and content != "-- "
        if soft and delete_space:
            content = content[:-1]
        if paragraph is not None and depth != depth_of_paragraph:
            lines.append(_quoted(paragraph, depth_of_paragraph))
            paragraph = None
        if paragraph is None:
            paragraph, depth_of_paragraph = content, depth
        else:
            paragraph += content
        if not soft:
            lines.append(_quoted(paragraph, depth))
            paragraph = None
    if paragraph is not None:
        lines.append(_quoted(paragraph, depth_of_paragraph))
    return "\n".join(lines)


def _quoted(text: str, depth: int) -> str:
    return f"{'>' * depth} {text}" if depth else text


def _text_content(part: EmailMessage) -> str:
    """A text part decoded by its declared charset (without one, by what its bytes are); an
    unknown charset is read as UTF-8 with replacement characters rather than refused. A
    ``format=flowed`` plain part is unwrapped."""
    payload = part.get_payload(decode=True)
    if part.get_param("charset") is None and isinstance(payload, bytes) and not payload.isascii():
        text = decode_undeclared(payload).replace("\r\n", "\n")
    else:
        try:
            text = str(part.get_content())
        except (LookupError, UnicodeError):
            text = payload.decode("utf-8", errors="replace") if isinstance(payload, bytes) else ""
    if (part.get_content_subtype() == "plain"
            and str(part.get_param("format") or "").lower() == "flowed"):
        text = unflow(text, delete_space=str(part.get_param("delsp") or "").lower() == "yes")
    return text


def _is_attachment(part: EmailMessage) -> bool:
    return part.get_content_disposition() == "attachment" or part.get_filename() is not None


def _file_name(part: EmailMessage, number: int) -> str:
    name = (part.get_filename() or "").replace("\\", "/").rsplit("/", 1)[-1].strip()
    name = "".join(char for char in name if char.isprintable())[:200]
    if name:
        return name
    extension = mimetypes.guess_extension(part.get_content_type()) or ".bin"
    return f"zalacznik-{number}{'.eml' if extension == '.mht' else extension}"


def _walk_attachments(part: EmailMessage, body: EmailMessage | None,
                      found: list[MailAttachment]) -> None:
    """Leaf attachments in order; an attached message is one attachment (not descended)."""
    content_type = part.get_content_type()
    if part.is_multipart() and content_type != "message/rfc822":
        for sub in part.iter_parts():
            _walk_attachments(sub, body, found)  # type: ignore[arg-type]
        return
    if part is body:
        return
    if content_type == "message/rfc822":
        payload = part.get_payload()
        inner = payload[0] if isinstance(payload, list) and payload else None
        if isinstance(inner, EmailMessage):
            found.append(MailAttachment(_file_name(part, len(found) + 1), content_type,
                                        inner.as_bytes(policy=_ATTACHED_MESSAGE_POLICY)))
        if len(found) > MAX_ATTACHMENTS:
            raise _too_many_attachments(len(found))
        return
    if part.get_content_maintype() == "text" and not _is_attachment(part):
        return  # another alternative of the body, or a text piece of it
    content = part.get_payload(decode=True)
    if isinstance(content, bytes):
        inline = part.get_content_disposition() != "attachment" and "Content-ID" in part
        found.append(MailAttachment(_file_name(part, len(found) + 1), content_type, content,
                                    inline=inline))
        if len(found) > MAX_ATTACHMENTS:
            raise _too_many_attachments(len(found))


def _header(message: EmailMessage, name: str) -> Any:
    """A header as the modern policy parses it; where its parser fails on a malformed value,
    the value decoded the old way (plain text)."""
    try:
        return message[name]
    except EMAIL_LIBRARY_ERRORS:
        raw = next((value for key, value in message.raw_items() if key.lower() == name.lower()),
                   None)
        if raw is None:
            return None
        try:
            return str(make_header(decode_header(str(raw))))
        except EMAIL_LIBRARY_ERRORS:
            return str(raw)


def undo_raw_utf8(text: str) -> str:
    """A header written in raw UTF-8 (RFC 6532, as some webmails and iPhone Mail do) or in an
    undeclared Polish charset comes out of the standard library with its bytes as surrogates:
    decode them as what they are."""
    if not any("\udc80" <= char <= "\udcff" for char in text):
        return text
    return decode_undeclared(text.encode("utf-8", "surrogateescape"))


def _raw_utf8_sender(message: EmailMessage) -> tuple[str, str] | None:
    raw = next((value for key, value in message.raw_items() if key.lower() == "from"), None)
    if raw is None or undo_raw_utf8(str(raw)) == str(raw):
        return None
    name, address = parseaddr(undo_raw_utf8(str(raw)).replace("\r\n", " ").replace("\n", " "))
    return (name.strip(), address.strip()) if "@" in address else None


def _sender(message: EmailMessage) -> tuple[str, str]:
    header = _header(message, "From")
    if header is None:
        return "", ""
    utf8 = _raw_utf8_sender(message)
    if utf8 is not None:
        return utf8
    addresses = getattr(header, "addresses", None)
    if addresses is None:
        name, address = parseaddr(str(header))
        return (name.strip(), address.strip()) if "@" in address else (str(header).strip(), "")
    for item in addresses:
        if item.addr_spec and "@" in item.addr_spec:
            return item.display_name.strip(), item.addr_spec.strip()
    return str(header).strip(), ""


_MESSAGE_ID = re.compile(r"<[^<>\s]{1,900}>")


def _references(message: EmailMessage) -> tuple[str, ...]:
    """The Message-IDs this message answers: In-Reply-To first, then References from the
    newest (each once)."""
    found: list[str] = []
    for name in ("In-Reply-To", "References"):
        value = str(_header(message, name) or "")
        ids = _MESSAGE_ID.findall(value)
        found += ids if name == "In-Reply-To" else list(reversed(ids))
    return tuple(dict.fromkeys(found))[:50]


def _sent_at(message: EmailMessage) -> datetime | None:
    header = _header(message, "Date")
    moment = getattr(header, "datetime", None)
    if moment is None and isinstance(header, str):
        try:
            moment = parsedate_to_datetime(header)
        except (TypeError, ValueError):
            return None
    if not isinstance(moment, datetime):
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _split_name(text: str, *, reversed_order: bool = False) -> tuple[str, str]:
    """``Jan Kowalski`` → (Jan, Kowalski); ``Anna Maria Nowak-Kowalska`` keeps the first word
    as the first name. Anything that is not a name gives two empty strings; a name whose
    letters the encoding lost (U+FFFD) is kept, for the draft's check to say so."""
    words = re.sub(r"\s+", " ", text.strip().strip('"')).split(" ")
    if len(words) < 2:
        return "", ""
    if reversed_order:
        first, last = " ".join(words[1:]), words[0]
    else:
        first, last = words[0], " ".join(words[1:])
    if REPLACEMENT_CHARACTER in text:
        return first, last
    try:
        return (validate_person_name(first, "first_name", "Imię"),
                validate_person_name(last, "last_name", "Nazwisko"))
    except ValidationError:
        return "", ""


def _kind_in(text: str) -> tuple[str, Problem | None]:
    """The kind of request a text asks for; ambiguous when it names two of block, revoke and
    add-unit (grant words are generic: with one other kind, the other one wins)."""
    folded = fold_for_search(text)
    kinds = [kind for kind, words in _KIND_WORDS if any(word in folded for word in words)]
    if RequestKind.REVOKE in kinds and RequestKind.GRANT in kinds and "nadanie/odebranie" in \
            folded.replace(" ", ""):
        kinds = [kind for kind in kinds if kind not in (RequestKind.REVOKE, RequestKind.GRANT)]
    if len(kinds) == 2 and RequestKind.GRANT in kinds:
        kinds.remove(RequestKind.GRANT)  # "o dostęp" is said of every kind; the other wins
    if len(kinds) == 1:
        return kinds[0].value, None
    if len(kinds) > 1:
        return "", Problem("kind", "kind_ambiguous",
                           "Z treści wiadomości nie wynika jednoznacznie, czego dotyczy "
                           "wniosek — wybierz rodzaj wniosku.")
    return "", None


def _labelled_values(text: str) -> dict[str, str]:
    """``Etykieta: wartość`` lines of the body, by draft field (first occurrence wins)."""
    values: dict[str, str] = {}
    for line in text.splitlines():
        pair = _label_and_value(line)
        if pair is None:
            continue
        key = _label_field(fold_for_search(pair[0]).strip(" .*-:"))
        value = pair[1].strip()
        if key and value and key not in values:
            values[key] = value
    return values


def _label_field(label: str) -> str | None:
    """The draft field a folded label names; a label whose letters the encoding lost
    ("imi\ufffd i nazwisko") is the one known label it fits letter for letter."""
    if REPLACEMENT_CHARACTER not in label:
        return _LABELS.get(label)
    pattern = re.compile(".".join(re.escape(piece) for piece in label.split(REPLACEMENT_CHARACTER)))
    fields = {field for known, field in _LABELS.items() if pattern.fullmatch(known)}
    return fields.pop() if len(fields) == 1 else None


def _label_and_value(line: str) -> tuple[str, str] | None:
    """``Label: value``, or a table row ``Label<TAB>value`` (a Word table in plain text)."""
    match = _HEADER_LINE.match(line)
    if match:
        return match.group("key"), match.group("value")
    label, tab, value = line.strip(" >").partition("\t")
    if tab and label.strip() and len(label) <= 30 and value.strip():
        return label, value.strip(" \t")
    return None


def _unit_as_written(value: str) -> str:
    """A labelled unit without the postcode and city some residents add, nor the words of
    a sentence before the street ("przy ul.")."""
    return without_sentence_lead(_POSTCODE_CITY.sub("", value).strip())


def _phone_in_text(text: str) -> str:
    """The first phone number the text names after tel., kom. and the like."""
    for match in _PHONE_IN_TEXT.finditer(text):
        try:
            return validate_phone(match.group("number"))
        except ValidationError:
            continue
    return ""


def draft_from_text(text: str, subject: str, sender_name: str, sender_email: str) -> RequestDraft:
    """A draft from a message's words: labelled lines first, then what the subject, the body
    and the sender's name and address give."""
    text = _OUTLOOK_LINK.sub("", text)
    values = _labelled_values(text)
    first, last = "", ""
    if "full_name" in values:
        first, last = _split_name(values["full_name"])
    elif "full_name_reversed" in values:
        first, last = _split_name(values["full_name_reversed"], reversed_order=True)
    first = values.get("first_name", first)
    last = values.get("last_name", last)
    if not (first or last):
        first, last = _split_name(sender_name)
    problems: list[Problem] = []
    kind, problem = "", None
    for source in (values.get("kind", ""), subject, text):
        kind, problem = _kind_in(source)
        if kind or problem:
            break
    if problem:
        problems.append(problem)
    unit = _unit_as_written(values.get("unit", ""))
    if unit:
        try:
            unit = str(parse_unit_address(unit))
        except ValidationError:
            pass  # kept as written; the draft's check names the problem
    else:
        for match in _UNIT_IN_TEXT.finditer(text):
            try:
                unit = str(parse_unit_address(without_sentence_lead(match.group(0))))
                break
            except ValidationError:
                continue
    login = values.get("login_id", "")
    if not login:
        login = next((candidate.group(0) for candidate in _LOGIN_IN_TEXT.finditer(text)
                      if is_valid_login_id(candidate.group(0))), "")
    return RequestDraft(kind=kind, first_name=first, last_name=last, unit=unit, login_id=login,
                        email=values.get("email", sender_email),
                        phone=values.get("phone", "") or _phone_in_text(text),
                        note=values.get("note", ""), source="body", problems=tuple(problems))


def _inline_forward(text: str, subject: str) -> tuple[str, str, str] | None:
    """A forward pasted into the body (``-------- Wiadomość przekazana --------``): the
    original sender's name and address and the original text."""
    marker = _INLINE_FORWARD.search(text)
    if not marker and _FORWARD_SUBJECT.match(subject):
        marker = _OUTLOOK_FORWARD_HEADER.search(text)
    if not marker:
        return None
    lines = text[marker.end():].lstrip("\n").splitlines()
    name, address, consumed = "", "", 0
    for line in lines:
        header = _HEADER_LINE.match(line)
        if not line.strip(" >") or not header:
            break
        consumed += 1
        if fold_for_search(header.group("key")) in ("from", "od", "nadawca"):
            value = header.group("value").strip()
            found = _ADDRESS_IN_TEXT.search(value)
            if found:
                name = value[:found.start()].strip().strip('"')
                address = found.group("address")
            else:
                bare = _BARE_ADDRESS.search(value)
                address = bare.group(0) if bare else ""
                name = value.replace(address, "").strip(' "<>[]') if address else value
    if not address:
        return None
    body = "\n".join(line.lstrip("> ").rstrip() for line in lines[consumed:])
    return name, address, body.strip()


def read_draft(body_text: str, subject: str, sender_name: str, sender_email: str,
               attachments: tuple[MailAttachment, ...]) -> RequestDraft:
    """The request a message carries: a filled-in form attached wins over the words of the
    body (or of the message forwarded in the body); without either, a scan or photo attached
    is named for the clerk to read."""
    inline = _inline_forward(body_text, subject)
    if inline is not None:
        name, address, text = inline
        draft = draft_from_text(text, subject, name, address)
    else:
        draft = draft_from_text(body_text, subject, sender_name, sender_email)
    forms = [item for item in attachments
             if item.content.startswith(b"%PDF-") and is_request_form(item.content)]
    if forms:
        from_form = read_request_form(forms[0].content)
        return replace(from_form, email=from_form.email or draft.email,
                       phone=from_form.phone or draft.phone)
    scans = [item.file_name for item in attachments
             if not item.inline and is_scan(item.content)]
    return replace(draft, scan=scans[0]) if scans else draft


def is_scan(content: bytes) -> bool:
    """A photo (JPEG, PNG, HEIC) or a PDF without the request form's fields: a flattened form
    or a scanned page, which only a person can read."""
    if content.startswith((b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n")) or is_heic(content):
        return True
    return content.startswith(b"%PDF-") and not is_request_form(content)


# The brands of an ISO base media file that mark a HEIF/HEIC still image (iPhone photos).
_HEIC_BRANDS = frozenset({b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1",
                          b"msf1"})


def is_heic(content: bytes) -> bool:
    """An iPhone photo (HEIF/HEIC): an ``ftyp`` box first, naming a HEIF brand."""
    return content[4:8] == b"ftyp" and content[8:12] in _HEIC_BRANDS


def parse_email(raw: bytes) -> ParsedEmail:
    """Parse an .eml file. ValidationError if it is not an e-mail message at all, or so
    malformed that the standard library cannot read it, or built to make reading it slow."""
    lines = raw.count(b"\n") + raw.count(b"\r") - raw.count(b"\r\n")
    if lines > MAX_LINES:
        raise ValidationError(f"Wiadomość ma {lines} wierszy (najwyżej {MAX_LINES}); wygląda na "
                              "uszkodzoną i nie została odczytana.", field="file",
                              code="message_too_many_lines")
    delimiters = raw.startswith(b"--") + raw.count(b"\n--") + raw.count(b"\r--")
    if delimiters > MAX_DELIMITER_LINES:
        raise _too_many_attachments(delimiters)
    try:
        return _parse_email(raw, 0)
    except RecursionError as error:
        raise ValidationError("Wiadomość ma zbyt wiele zagnieżdżonych części, by ją odczytać.",
                              field="file", code="message_too_deep") from error
    except EMAIL_LIBRARY_ERRORS as error:
        raise ValidationError(f"Wiadomości nie da się odczytać — jest uszkodzona ({error}).",
                              field="file", code="message_malformed") from error


def _parse_email(raw: bytes, depth: int) -> ParsedEmail:
    message = BytesParser(policy=_POLICY).parsebytes(raw)
    assert isinstance(message, EmailMessage)
    parts = sum(1 for _ in message.walk())
    if parts > MAX_PARTS:
        raise _too_many_attachments(parts)
    if not message.keys() or (_header(message, "From") is None
                              and _header(message, "Date") is None):
        raise ValidationError("Plik nie jest wiadomością e-mail (brak nagłówków From i Date).",
                              field="file", code="not_an_email")
    sender_name, sender_email = _sender(message)
    subject = undo_raw_utf8(str(_header(message, "Subject") or "").strip())
    body_part = message.get_body(preferencelist=("plain", "html"))
    body_text, body_is_html = "", False
    if isinstance(body_part, EmailMessage):
        body_is_html = body_part.get_content_subtype() == "html"
        body_text = _text_content(body_part)
        if body_is_html:
            body_text = html_to_text(body_text)
        body_text = body_text[:MAX_BODY_CHARS]
    found: list[MailAttachment] = []
    _walk_attachments(message, body_part if isinstance(body_part, EmailMessage) else None, found)

    forwarded: ParsedEmail | None = None
    attached_messages = [item for item in found if item.declared_type == "message/rfc822"]
    if (_FORWARD_SUBJECT.match(subject) and len(attached_messages) == 1
            and depth < MAX_FORWARD_DEPTH):
        forwarded = _parse_email(attached_messages[0].content, depth + 1)
        # The forwarded message travels inside the original; its files are shown one by one.
        found = [item for item in found if item is not attached_messages[0]]
        found += forwarded.attachments
        if len(found) > MAX_ATTACHMENTS:
            raise _too_many_attachments(len(found))
    attachments = tuple(found)

    draft = forwarded.draft if forwarded is not None else read_draft(
        body_text, subject, sender_name, sender_email, attachments)
    inline = _inline_forward(body_text, subject) if forwarded is None else None
    return ParsedEmail(
        message_id=str(_header(message, "Message-ID") or "").strip(), sender_name=sender_name,
        sender_email=sender_email, sent_at=_sent_at(message), subject=subject,
        body_text=body_text, body_is_html=body_is_html, attachments=attachments,
        forwarded=forwarded, draft=draft, raw=raw, references=_references(message),
        forwarded_inline_from=inline[:2] if inline else None)
