"""Hostile and careless input: what people paste, mistype or try on purpose.

Each entry is (category, text). The same corpus goes through every validator, the use cases
and the command line; the tests only require a clear, typed error or harmless storage.
"""

from __future__ import annotations

from iok_desk.domain.credentials import damm_check_digit

SQL = [
    "'; DROP TABLE account; --", "Robert'); DROP TABLE request;--", "\" OR 1=1 --",
    "' OR ''='", "1; SELECT pg_sleep(10)", "/* */ UNION SELECT password_hash FROM account",
    "%", "%%", "_", "__", "\\", "\\\\", "%_\\", "[a-z]*", "*", "'||'", ";", "--", "'",
    '"', "`rm -rf /`", "$(reboot)", "NULL", "null", "None", "0x00", "1' AND SLEEP(5)#",
    "admin'--", "Kowalski' OR 'a'='a", "Nowak\"; DELETE FROM person; --",
    "Paprykowa 12/5'; DROP TABLE unit; --", "IOK/2026/00001' OR 1=1", "{{7*7}}", "${7*7}",
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)",
    "=cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0", "+48'--", "ŻÓŁĆ'; --",
    'NEAR(a b)', "a OR b", "a AND NOT b", '"unterminated', "kow*", "^kow", "col:value",
    "{name_search}: x",
]
CONTROL = ["\x00", "Jan\x00Kowalski", "\x07", "Jan\rKowalski", "\x1b[31mJan", "Jan\x7f",
           "\x85Jan", "Jan\u2028Kowalski", "Jan\u2029", "\x08\x08\x08", "Jan\x0bKowalski",
           "Jan\x0cKowalski", "\x1f", "Jan\tKowalski\t", "Jan\nKowalski"]
INVISIBLE = ["Jan\u200bKowalski", "\u200c", "Jan\u200d", "\ufeffJan", "Jan\u2060Kowalski",
             "Kowal\u00adski", "\u200b\u200b\u200b", "Jan\u180eKowalski", "\U000e0041Jan",
             "Jan\ue000", "Jan\ud800"]
BIDI = ["\u202eJan Kowalski", "Jan\u202dKowalski", "\u2066Jan\u2069", "\u2067Jan",
        "\u2068Jan", "Jan\u200f", "\u200eJan", "Jan\u061c", "Paprykowa 12/5\u202e",
        "601\u202e234567", "jan@exa\u202emple.pl", "\u202a\u202b\u202c"]
EMOJI = ["😀", "Jan 😀", "👨‍👩‍👧", "🏠 Paprykowa 12/5", "🇵🇱", "Kowalski🔥", "601😀234567",
         "jan😀@example.pl", "💩@example.pl", "Żółć 🐝", "𝕁𝕒𝕟", "Ｊａｎ",
         "ｊａｎ＠ｅｘａｍｐｌｅ．ｐｌ"]
LONG = ["a" * 10_000, "Ż" * 10_000, "1" * 10_000, "Kowalski " * 1_200,
        "x@" + "e" * 9_990 + ".pl", "Paprykowa " + "1" * 10_000, "%" * 10_000,
        "'" * 10_000, "a" * 61, "a" * 255, "😀" * 5_000, "\u200b" * 10_000]
PHONES = ["123", "000000000", "+48 012345678", "+48 1234567890", "phone", "+", "++48601234567",
          "601 234 56a", "+9999999999999999999", "0048", "601 234 567 wew. 123456",
          "(((601)))", "+48", "48", "60123456", "6012345678", "+1 2", "+48 601-234-567-8",
          "601.234.567.890", "tel. 601 234 567", "601 234 567; 602 345 678", "wew. 326",
          "0 601 234 567", "+48 (0) 601 234 567", "#601234567", "601/234/567", "٦٠١٢٣٤٥٦٧"]
EMAILS = ["jan", "jan@", "@example.pl", "jan@@example.pl", "jan@example", "jan@-example.pl",
          "jan@example..pl", "jan kowalski@example.pl", "<jan@example.pl>",
          "Jan <jan@example.pl>", "jan@exa_mple.pl", '"a"@b', "jan@example.pl,ewa@example.pl",
          "a" * 300 + "@x.pl", "jan@.pl", "jan@example.pl.", ".jan@example.pl",
          "jan.@example.pl", "jan..k@example.pl", "jan@[127.0.0.1]", "jan@localhost",
          "mailto:jan@example.pl", "jan@example.pl\nBcc: x@example.pl", "jan@exam ple.pl",
          "jan@ex(comment)ample.pl", "jan@-.pl", "jan@example.-pl"]
ADDRESSES = ["Paprykowa", "12/5", "Paprykowa /5", "Paprykowa 12/", "Paprykowa 12//5",
             "Paprykowa 12345/5", "Paprykowa 12/12345", "Paprykowa -12/5", "Paprykowa 12/-5",
             "ul. 12/5", "ul.", "/", "Paprykowa 12/5/7", "Paprykowa 0x12/5", "... 12/5",
             "Paprykowa 12 m.", "Paprykowa 12 lok.", "-- 1/1", "Paprykowa 12/5 ; 13/6"]


def _wrong_check_digits() -> list[str]:
    body = "4821093"
    good = body + damm_check_digit(body)
    wrong = [good[:7] + str((int(good[7]) + shift) % 10) for shift in range(1, 10)]
    wrong += [good[:position] + good[position + 1] + good[position] + good[position + 2:]
              for position in range(7) if good[position] != good[position + 1]]
    wrong += ["1234567", "123456789", "1234 567", "ABCD EFGH", "4821-093", "٤٨٢١٠٩٣٤",
              "４８２１０９３４", "48210934\u200b", "0000000", "4821 0934 1"]
    return wrong


LOGIN_IDS = _wrong_check_digits()

CORPUS: list[tuple[str, str]] = (
    [("sql", text) for text in SQL] + [("control", text) for text in CONTROL]
    + [("invisible", text) for text in INVISIBLE] + [("bidi", text) for text in BIDI]
    + [("emoji", text) for text in EMOJI] + [("long", text) for text in LONG]
    + [("phone", text) for text in PHONES] + [("email", text) for text in EMAILS]
    + [("address", text) for text in ADDRESSES] + [("login", text) for text in LOGIN_IDS]
    + [("empty", text) for text in ["", " ", "\t", "\n\n", "\u3000", "\u00a0"]]
)

FORBIDDEN_CATEGORIES = {"Cc", "Cf", "Co", "Cs", "Cn"}


def short(text: str) -> str:
    """A printable label for a corpus entry (test IDs, failure messages)."""
    shown = text.encode("unicode_escape").decode("ascii")
    return shown if len(shown) <= 40 else f"{shown[:30]}…({len(text)} chars)"
