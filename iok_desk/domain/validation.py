"""Validation of what clerks type and residents write: names, phones, e-mails, unit addresses.

Each validator returns the value in its stored form or raises ValidationError naming the field
and the rule. Free text is checked for control, zero-width and bidirectional-override
characters: they hide what a record really says. Names and unit addresses take only the
scripts the cooperative writes in — Latin letters (Polish ones among them) and the digits 0–9 —
so that a look-alike (a Cyrillic „а” in „Pаprykowa”, Arabic-Indic digits in „12/5”) can never
make a second record that reads like the first.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from email.errors import HeaderParseError
from email.headerregistry import Address

from .addresses import DEFAULT_STREET_TYPE, unit_address, without_street_type
from .errors import ValidationError

_FORBIDDEN_CATEGORIES = {"Cc", "Cf", "Co", "Cs", "Cn"}


def clean_text(value: str | None, field: str, label: str, *, max_length: int,
               required: bool = True, multiline: bool = False) -> str:
    """Trimmed, NFC-normalised text; refuses empty (when required), too long, and invisible or
    control characters (multiline text may keep line breaks and tabs)."""
    text = unicodedata.normalize("NFC", value or "").strip()
    if not text:
        if required:
            raise ValidationError(f"Pole „{label}” jest wymagane.", field=field, code="required")
        return ""
    if len(text) > max_length:
        raise ValidationError(f"Pole „{label}” może mieć najwyżej {max_length} znaków.",
                              field=field, code="too_long")
    allowed = "\n\t" if multiline else ""
    for char in text:
        if char not in allowed and unicodedata.category(char) in _FORBIDDEN_CATEGORIES:
            raise ValidationError(
                f"Pole „{label}” zawiera niedozwolony znak niewidoczny lub sterujący "
                f"(U+{ord(char):04X}).", field=field, code="invisible_character")
    return text


_LATIN_PUNCTUATION = frozenset(" '’.-")


def is_latin_letter(char: str) -> bool:
    """A letter of the Latin script (ą, ł, ż, é, ß…), not a full-width or mathematical form."""
    return char.isalpha() and unicodedata.name(char, "").startswith("LATIN ")


def require_latin_script(text: str, field: str, label: str, *, also: str = "") -> None:
    """Refuse any character but Latin letters, spaces, ``'’.-`` and ``also``, naming it."""
    for char in text:
        if not (is_latin_letter(char) or char in _LATIN_PUNCTUATION or char in also):
            allowed = "litery alfabetu łacińskiego (także polskie)" + (
                ", cyfry 0–9" if "0" in also else "") + (", ukośnik" if "/" in also else "")
            raise ValidationError(
                f"Pole „{label}”: dozwolone są tylko {allowed}, spacja, kropka, łącznik i "
                f"apostrof — znak „{char}” ({unicodedata.name(char, f'U+{ord(char):04X}')}) "
                "nie jest dozwolony.", field=field, code="script_not_allowed",
                character=f"U+{ord(char):04X}")


_NAME_PATTERN = re.compile(r"^[^\W\d_]+(?:[ '’.\-][^\W\d_]+)*\.?$")


def validate_person_name(value: str | None, field: str, label: str) -> str:
    """A first or last name: Latin letters (with Polish ones), single spaces, hyphens
    (``Nowak-Kowalska``) and apostrophes; at most 60 characters."""
    name = clean_text(value, field, label, max_length=60)
    name = re.sub(r"\s+", " ", name)
    if not _NAME_PATTERN.match(name):
        raise ValidationError(
            f"Pole „{label}” może zawierać tylko litery, spacje, łącznik i apostrof.",
            field=field, code="name_characters")
    require_latin_script(name, field, label)
    return name


_PHONE_ALLOWED = re.compile(r"^\+?[0-9\s\-().]+$")  # ASCII digits: "٦٠١…" is no number to dial
_PHONE_NOISE = re.compile(r"[\s\-().]")
_WEW = re.compile(r"\s*(?:wew\.?|w\.|ext\.?)\s*([0-9]{1,5})\s*$", re.IGNORECASE)


def validate_phone(value: str | None, field: str = "phone", label: str = "Telefon", *,
                   required: bool = False) -> str:
    """A Polish phone number (9 digits, optionally +48/0048 and an extension ``wew. 326``),
    stored as ``+48 586290016`` or ``+48 586290016 wew. 326``; foreign numbers in E.164 form."""
    text = clean_text(value, field, label, max_length=40, required=required)
    if not text:
        return ""
    extension = ""
    match = _WEW.search(text)
    if match:
        extension = match.group(1)
        text = text[:match.start()]
    if not _PHONE_ALLOWED.match(text):
        raise ValidationError(f"Pole „{label}”: numer telefonu może zawierać tylko cyfry, "
                              "spacje, łączniki i znak +.", field=field, code="phone_characters")
    digits = _PHONE_NOISE.sub("", text)
    if digits.startswith("00"):
        digits = "+" + digits[2:]
    if digits.startswith("+48"):
        digits = digits[3:]
    elif digits.startswith("+"):
        if not 8 <= len(digits) - 1 <= 15 or not digits[1:].isdigit():
            raise ValidationError(f"Pole „{label}”: zagraniczny numer w formacie +KK… ma od 8 "
                                  "do 15 cyfr.", field=field, code="phone_length")
        return digits + (f" wew. {extension}" if extension else "")
    if len(digits) != 9 or not digits.isdigit():
        raise ValidationError(f"Pole „{label}”: polski numer telefonu ma 9 cyfr "
                              "(np. 58 629 00 16 lub 601 234 567).", field=field,
                              code="phone_length")
    if digits[0] == "0":
        raise ValidationError(f"Pole „{label}”: polski numer nie zaczyna się od 0.", field=field,
                              code="phone_prefix")
    return f"+48 {digits}" + (f" wew. {extension}" if extension else "")


def validate_email(value: str | None, field: str = "email", label: str = "E-mail", *,
                   required: bool = False) -> str:
    """An e-mail address (``jan.kowalski@example.pl``), lower-cased domain."""
    text = clean_text(value, field, label, max_length=254, required=required)
    if not text:
        return ""
    error = ValidationError(f"Pole „{label}”: to nie jest poprawny adres e-mail "
                            "(np. jan.kowalski@example.pl).", field=field, code="email_format")
    if text.count("@") != 1 or any(char.isspace() for char in text) or "<" in text:
        raise error
    try:
        address = Address(addr_spec=text)
    except (HeaderParseError, ValueError, IndexError) as exc:
        raise error from exc
    domain = address.domain.lower()
    labels = domain.split(".")
    if (not address.username or len(labels) < 2 or any(not part for part in labels)
            or not re.fullmatch(r"[a-z0-9\-.\u00c0-\uffff]+", domain)
            or any(part.startswith("-") or part.endswith("-") for part in labels)):
        raise error
    return f"{address.username}@{domain}"


POSTAL_CODE = re.compile(r"^\d{2}-\d{3}$", re.ASCII)


def validate_postal_code(value: str | None, field: str = "postal_code",
                         label: str = "Kod pocztowy", *, required: bool = False) -> str:
    """A Polish postal code, ``81-198`` (empty when not required and not given)."""
    text = clean_text(value, field, label, max_length=20, required=required)
    if text and not POSTAL_CODE.match(text):
        raise ValidationError(f"Pole „{label}”: „{text}” — kod pocztowy ma postać 81-198.",
                              field=field, code="postal_code_format")
    return text


@dataclass(frozen=True)
class UnitAddress:
    """A unit's address as the register writes it: street, building number, unit number."""

    street: str
    building: str
    unit_no: str = ""

    def __str__(self) -> str:
        return unit_address(self.street, self.building, self.unit_no)


_ADDRESS = re.compile(
    r"^(?P<street>.+?)\s+(?P<building>[0-9]{1,4}[A-Za-z]?)"
    r"(?:\s*(?:/|\s+m\.?\s*|\s+lok\.?\s*)\s*(?P<unit>[0-9]{1,4}[A-Za-z]?))?$", re.IGNORECASE)
_STREET = re.compile(r"^[^\W_](?:[\w .'’\-]*[^\W_])?\.?$")


def parse_unit_address(value: str | None, field: str = "unit", label: str = "Lokal") -> UnitAddress:
    """``Paprykowa 12/5``, ``ul. Paprykowa 12 m. 5``, ``Aleja Zwycięstwa 230A/12``,
    ``10 Lutego 3/1`` → UnitAddress. A garage or a whole building may have no unit number."""
    text = re.sub(r"\s+", " ", clean_text(value, field, label, max_length=120))
    require_latin_script(text, field, label, also="0123456789/")
    # The street as written, with its type (Aleja, Plac …), except the "ul." nobody stores.
    text = DEFAULT_STREET_TYPE.sub("", text)
    match = _ADDRESS.match(text)
    if not match or not _STREET.match(match.group("street")):
        raise ValidationError(
            f"Pole „{label}”: adres lokalu zapisz jako „ulica numer/lokal”, np. Paprykowa 12/5.",
            field=field, code="unit_address_format")
    street = match.group("street")
    if not any(char.isalpha() for char in without_street_type(street)):
        raise ValidationError(f"Pole „{label}”: brak nazwy ulicy.", field=field,
                              code="unit_address_format")
    return UnitAddress(street=street, building=match.group("building").upper(),
                       unit_no=(match.group("unit") or "").upper())


_FOLD = str.maketrans({"ł": "l", "Ł": "l", "ø": "o", "đ": "d", "ß": "ss"})


def street_key(street: str) -> str:
    """What two spellings of a street are compared by: folded, without its type word."""
    return fold_for_search(without_street_type(street))


def fold_for_search(text: str) -> str:
    """Lower case without diacritics: ``Żółkiewska`` → ``zolkiewska``. Used for the normalised
    search columns and for every search term, so a clerk can type without Polish letters."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
    return re.sub(r"\s+", " ", stripped.casefold().translate(_FOLD)).strip()
