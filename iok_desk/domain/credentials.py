"""Login IDs, first passwords and password hashes, as DESIGN.md's credential rules say.

- A login ID is 8 digits: 7 random ones (never starting with 0, so spreadsheets keep it) and a
  Damm check digit, which catches every single-digit error and every adjacent transposition —
  exactly the mistakes made when a login ID is read out on the phone.
- A first password is 12 characters from an alphabet without look-alikes, at least 4 of them
  digits (the portal's own rule), about 66 bits of entropy.
- Only an argon2id hash in PHC form is ever stored.
"""

from __future__ import annotations

import math
import re
import secrets
import unicodedata

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError

from .errors import ValidationError

_DAMM_TABLE = (
    (0, 3, 1, 7, 5, 9, 8, 6, 4, 2),
    (7, 0, 9, 2, 1, 5, 4, 8, 6, 3),
    (4, 2, 0, 6, 8, 7, 1, 3, 5, 9),
    (1, 7, 5, 0, 9, 8, 3, 4, 2, 6),
    (6, 1, 2, 3, 0, 4, 5, 9, 7, 8),
    (3, 6, 7, 4, 2, 0, 9, 5, 8, 1),
    (5, 8, 6, 9, 7, 2, 0, 1, 3, 4),
    (8, 9, 4, 5, 3, 6, 2, 0, 1, 7),
    (9, 4, 3, 8, 6, 1, 7, 2, 0, 5),
    (2, 5, 8, 1, 4, 3, 6, 7, 9, 0),
)

LOGIN_ID_LENGTH = 8
_LOGIN_ID_SEPARATORS = re.compile(r"[\s\-]")


def damm_check_digit(digits: str) -> str:
    """The Damm check digit of a string of decimal digits."""
    interim = 0
    for char in digits:
        interim = _DAMM_TABLE[interim][int(char)]
    return str(interim)


def generate_login_id() -> str:
    """A fresh random login ID (8 digits, the last a Damm check digit)."""
    body = str(secrets.randbelow(9) + 1) + "".join(str(secrets.randbelow(10)) for _ in range(6))
    return body + damm_check_digit(body)


def normalize_login_id(text: str) -> str:
    """The 8 digits of a login ID as typed (``4821 0934``, ``4821-0934``), or a ValidationError
    that says whether the length or the check digit is wrong."""
    digits = _LOGIN_ID_SEPARATORS.sub("", text or "")
    if not digits.isascii() or not digits.isdigit() or len(digits) != LOGIN_ID_LENGTH:
        raise ValidationError(
            "Identyfikator logowania to 8 cyfr (np. 4821 0934).", field="login_id",
            code="login_id_format")
    if damm_check_digit(digits) != "0":
        raise ValidationError(
            "Identyfikator logowania ma błędną cyfrę kontrolną — sprawdź, czy żadna cyfra "
            "nie została przekręcona.", field="login_id", code="login_id_check_digit")
    return digits


def is_valid_login_id(text: str) -> bool:
    try:
        normalize_login_id(text)
    except ValidationError:
        return False
    return True


def format_login_id(login_id: str) -> str:
    """``48210934`` → ``4821 0934``, the way a login ID is printed and read out."""
    return f"{login_id[:4]} {login_id[4:]}"


# No look-alikes (0/O/o, 1/l/I/i): a printed password is typed by hand.
PASSWORD_DIGITS = "23456789"
PASSWORD_LETTERS = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ"
PASSWORD_ALPHABET = PASSWORD_DIGITS + PASSWORD_LETTERS
FIRST_PASSWORD_LENGTH = 12
FIRST_PASSWORD_MIN_DIGITS = 4


def generate_first_password() -> str:
    """A first password: 12 characters without look-alikes, at least 4 of them digits.

    Drawn uniformly from all such strings (rejection sampling), so its entropy is
    ``first_password_entropy_bits()``.
    """
    while True:
        candidate = "".join(secrets.choice(PASSWORD_ALPHABET) for _ in range(FIRST_PASSWORD_LENGTH))
        if sum(char in PASSWORD_DIGITS for char in candidate) >= FIRST_PASSWORD_MIN_DIGITS:
            return candidate


def first_password_entropy_bits() -> float:
    """log2 of the number of strings generate_first_password() draws from uniformly."""
    n, d, letters = FIRST_PASSWORD_LENGTH, len(PASSWORD_DIGITS), len(PASSWORD_LETTERS)
    count = sum(math.comb(n, k) * d**k * letters ** (n - k)
                for k in range(FIRST_PASSWORD_MIN_DIGITS, n + 1))
    return math.log2(count)


def group_password(password: str) -> str:
    """``k7Wm49xP3qZa`` → ``k7Wm 49xP 3qZa``: grouped for reading, typed without spaces."""
    return " ".join(password[i:i + 4] for i in range(0, len(password), 4))


NEW_PASSWORD_MIN_LENGTH = 6
NEW_PASSWORD_MIN_DIGITS = 4
NEW_PASSWORD_MAX_LENGTH = 128


# Invisible in a password field and on paper: format characters (bidi overrides, zero-width
# spaces), line separators, surrogates, private-use and unassigned code points.
_PASSWORD_INVISIBLE = frozenset({"Cf", "Cs", "Co", "Cn", "Zl", "Zp"})


def check_new_password(password: str) -> None:
    """The rule the rules page sets for the resident's own password: at least 6 characters,
    4 of them digits (0–9). Also refused: control and invisible characters, and digits of
    other scripts (``٤``), which look like a digit but are not one. Raises ValidationError
    naming what is wrong."""
    if len(password) < NEW_PASSWORD_MIN_LENGTH:
        raise ValidationError("Hasło musi mieć co najmniej 6 znaków.", field="password",
                              code="password_too_short")
    if len(password) > NEW_PASSWORD_MAX_LENGTH:
        raise ValidationError("Hasło może mieć najwyżej 128 znaków.", field="password",
                              code="password_too_long")
    for char in password:
        category = unicodedata.category(char)
        if category == "Cc":
            raise ValidationError("Hasło nie może zawierać znaków sterujących.",
                                  field="password", code="password_control_characters")
        if category in _PASSWORD_INVISIBLE:
            raise ValidationError("Hasło nie może zawierać znaków niewidocznych (np. zmiany "
                                  "kierunku tekstu, spacji o zerowej szerokości).",
                                  field="password", code="password_invisible_characters")
        if category == "Nd" and not char.isascii():
            raise ValidationError("Cyfry w haśle to tylko 0–9, nie cyfry innych pism.",
                                  field="password", code="password_non_ascii_digits")
    if sum(char.isascii() and char.isdigit() for char in password) < NEW_PASSWORD_MIN_DIGITS:
        raise ValidationError("Hasło musi zawierać co najmniej 4 cyfry.", field="password",
                              code="password_too_few_digits")


# OWASP's minimum for argon2id: m=19 MiB, t=2, p=1.
_HASHER = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1, hash_len=32,
                         salt_len=16, type=Type.ID)


def hash_password(password: str) -> str:
    """argon2id hash in PHC form (``$argon2id$v=19$m=19456,t=2,p=1$…``)."""
    return _HASHER.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _HASHER.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def new_security_stamp() -> str:
    """A fresh random security stamp (the portal drops sessions whose stamp changed)."""
    return secrets.token_hex(16)
