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
# Look-alikes: other scripts' letters and digits that read as the cooperative's own.
LOOKALIKES = ["Paprykowa \u0661\u0662/\u0665", "P\u0430prykowa 12/5", "Paprykowa 1\uff12/5",
              "\uff30aprykowa 12/5", "Paprykowa \u06f1\u06f2/\u06f5",
              "Paprykowa \u0967\u0968/\u096b",
              "J\u0430n", "Kowalsk\u0456", "\u0406\u0432\u0430\u043d", "\u039aowalski",
              "Jan Kowalski\u0435", "\U0001d40aowalski", "Paprykowa 12/\u09eb",
              "\u0664\u0668\u0662\u0661\u0660\u0669\u0663\u0664"]

CORPUS: list[tuple[str, str]] = (
    [("sql", text) for text in SQL] + [("control", text) for text in CONTROL]
    + [("invisible", text) for text in INVISIBLE] + [("bidi", text) for text in BIDI]
    + [("emoji", text) for text in EMOJI] + [("long", text) for text in LONG]
    + [("phone", text) for text in PHONES] + [("email", text) for text in EMAILS]
    + [("address", text) for text in ADDRESSES] + [("login", text) for text in LOGIN_IDS]
    + [("lookalike", text) for text in LOOKALIKES]
    + [("empty", text) for text in ["", " ", "\t", "\n\n", "\u3000", "\u00a0"]]
)

FORBIDDEN_CATEGORIES = {"Cc", "Cf", "Co", "Cs", "Cn"}


def short(text: str) -> str:
    """A printable label for a corpus entry (test IDs, failure messages)."""
    shown = text.encode("unicode_escape").decode("ascii")
    return shown if len(shown) <= 40 else f"{shown[:30]}…({len(text)} chars)"


MAIL_HEAD = ("From: Jan Kowalski <jan@example.pl>\r\nDate: Mon, 23 Nov 2026 10:00:00 +0100\r\n"
             "Subject: wniosek\r\nMessage-ID: <{name}@example.pl>\r\n")


def mail(name: str, body: str, *, headers: str = "", content_type: str = "text/plain") -> bytes:
    """A message with the given body and extra headers (``\\r\\n``-terminated)."""
    return (MAIL_HEAD.format(name=name) + headers
            + f"Content-Type: {content_type}; charset=utf-8\r\n\r\n").encode() + body.encode()


FORWARD_MARKER = "-------- Forwarded message --------\r\n"


def slow_mails(size: int) -> list[tuple[str, bytes]]:
    """Bodies on which the old body patterns backtracked from every character (time growing
    with the square of ``size``: at 100,000 characters over ten seconds each)."""
    return [
        ("capital letters", mail("caps", "A" * size)),
        ("capitals and dots", mail("dots", "A." * (size // 2))),
        ("street word and dots", mail("street", "ul.A." * (size // 5))),
        ("spaces in a forwarded From", mail("spaces", FORWARD_MARKER + "From: a" + " " * size
                                             + "b\r\n\r\ntext")),
        ("no address in a forwarded From", mail("bare", FORWARD_MARKER + "From: " + "a" * size
                                                 + "\r\n\r\ntext")),
        ("spaces after a building number", mail("building", "Paprykowa 12" + " " * size + "x")),
        ("HTML of angle brackets", mail("html", "<" * size, content_type="text/html")),
        ("HTML of tags", mail("tags", "<p>" * (size // 3), content_type="text/html")),
    ]


def header_bombs(size: int) -> list[tuple[str, bytes]]:
    """Headers on which the standard library's structured parser slows down quadratically."""
    quotes, pairs = '"' * size, "a," * (size // 2)
    return [
        ("From of quotes", mail("q", "x").replace(b"Jan Kowalski <jan@example.pl>",
                                                  quotes.encode())),
        ("From of commas", mail("c", "x").replace(b"Jan Kowalski <jan@example.pl>",
                                                  pairs.encode())),
        ("Subject of encoded words", mail("s", "x").replace(
            b"Subject: wniosek", b"Subject: " + b"=?utf-8?q?a?= " * (size // 14))),
        ("Content-Type of quotes", mail("t", "x").replace(b"wniosek\r\n", b"wniosek\r\n")
         .replace(b"charset=utf-8", b'name="' + quotes.encode())),
    ]


def many_attachments(count: int) -> bytes:
    """A message with ``count`` one-page PDF attachments."""
    parts = [MAIL_HEAD.format(name=f"att{count}")
             + 'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n'
             "Content-Type: text/plain; charset=utf-8\r\n\r\nWniosek w załącznikach.\r\n"]
    for number in range(count):
        parts.append(f"--b\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; "
                     f'filename="skan{number}.pdf"\r\n\r\n%PDF-1.4 {number}\r\n')
    return ("".join(parts) + "--b--\r\n").encode()


def too_many_lines(lines: int) -> bytes:
    return mail("lines", "\n" * lines)
