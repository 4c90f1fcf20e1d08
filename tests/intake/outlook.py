"""Outlook ``.msg`` files for the test corpus, written byte by byte as [MS-OXMSG] lays them out
in an OLE compound file ([MS-CFB] version 3: 512-byte sectors, 64-byte mini sectors, streams
under 4,096 bytes in the mini stream). olefile only reads compound files, and extract-msg's
writer is GPL: this small writer is the test's own.

A message is given as its property streams (``__substg1.0_PPPPTTTT``), its fixed-length
properties (the ``__properties_version1.0`` stream) and its attachments, as Outlook's "Save as"
writes them: strings in UTF-16LE (type 001F), binary data (0102), times as FILETIME (0040).
"""

from __future__ import annotations

import struct
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

SECTOR = 512
MINI_SECTOR = 64
MINI_CUTOFF = 4096
FREE, END_OF_CHAIN, FAT_SECTOR, NO_STREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF


@dataclass
class _Entry:
    name: str
    kind: int  # 1 storage, 2 stream, 5 root
    data: bytes = b""
    children: list[_Entry] = field(default_factory=list)
    id: int = 0
    left: int = NO_STREAM
    right: int = NO_STREAM
    child: int = NO_STREAM
    red: bool = False
    start: int = END_OF_CHAIN


def _sort_key(entry: _Entry) -> tuple[int, str]:
    """[MS-CFB] 2.6.4: siblings compare by name length, then by upper-cased name."""
    return len(entry.name), entry.name.upper()


def _tree(siblings: list[_Entry], depth: int, deepest: int) -> int:
    """The siblings as a balanced binary tree (median as root); its last level red, the rest
    black, which is a valid red-black tree. The root's id."""
    if not siblings:
        return NO_STREAM
    middle = len(siblings) // 2
    node = siblings[middle]
    node.red = depth == deepest and deepest > 0
    node.left = _tree(siblings[:middle], depth + 1, deepest)
    node.right = _tree(siblings[middle + 1:], depth + 1, deepest)
    return node.id


def _depth(count: int) -> int:
    return max(0, count.bit_length() - 1)


def _chain(fat: list[int], first: int, count: int) -> None:
    for index in range(first, first + count):
        fat[index] = index + 1 if index + 1 < first + count else END_OF_CHAIN


def compound_file(root_children: Sequence[_Entry]) -> bytes:
    """The bytes of a compound file holding ``root_children`` (storages and streams)."""
    root = _Entry("Root Entry", 5, children=list(root_children))
    entries: list[_Entry] = []

    def number(entry: _Entry) -> None:
        entry.id = len(entries)
        entries.append(entry)
        for child in entry.children:
            number(child)

    number(root)
    for entry in entries:
        if entry.children:
            ordered = sorted(entry.children, key=_sort_key)
            entry.child = _tree(ordered, 0, _depth(len(ordered)))

    mini_stream = bytearray()
    mini_fat: list[int] = []
    big: list[_Entry] = []
    for entry in entries:
        if entry.kind != 2 or not entry.data:
            continue
        if len(entry.data) >= MINI_CUTOFF:
            big.append(entry)
            continue
        entry.start = len(mini_fat)
        count = -(-len(entry.data) // MINI_SECTOR)
        mini_fat += [0] * count
        _chain(mini_fat, entry.start, count)
        mini_stream += entry.data.ljust(count * MINI_SECTOR, b"\0")

    directory_sectors = -(-len(entries) * 128 // SECTOR)
    mini_fat_sectors = -(-len(mini_fat) * 4 // SECTOR)
    mini_stream_sectors = -(-len(mini_stream) // SECTOR)
    big_sectors = [-(-len(entry.data) // SECTOR) for entry in big]
    payload = directory_sectors + mini_fat_sectors + mini_stream_sectors + sum(big_sectors)
    fat_sectors = 1
    while fat_sectors * (SECTOR // 4) < fat_sectors + payload:
        fat_sectors += 1
    assert fat_sectors <= 109, "a test message this large needs DIFAT sectors"

    fat = [FREE] * (fat_sectors * SECTOR // 4)
    for index in range(fat_sectors):
        fat[index] = FAT_SECTOR
    position = fat_sectors
    first_directory = position
    _chain(fat, position, directory_sectors)
    position += directory_sectors
    first_mini_fat = position if mini_fat_sectors else END_OF_CHAIN
    _chain(fat, position, mini_fat_sectors)
    position += mini_fat_sectors
    root.start = position if mini_stream_sectors else END_OF_CHAIN
    root.data = bytes(mini_stream)
    _chain(fat, position, mini_stream_sectors)
    position += mini_stream_sectors
    for entry, count in zip(big, big_sectors, strict=True):
        entry.start = position
        _chain(fat, position, count)
        position += count

    header = struct.pack(
        "<8s16sHHHHH6sIIIIIIIII", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"\0" * 16, 0x003E,
        0x0003, 0xFFFE, 9, 6, b"\0" * 6, 0, fat_sectors, first_directory, 0, MINI_CUTOFF,
        first_mini_fat, mini_fat_sectors, END_OF_CHAIN, 0)
    difat = list(range(fat_sectors)) + [FREE] * (109 - fat_sectors)
    header += struct.pack("<109I", *difat)

    directory = bytearray()
    for entry in entries:
        name = (entry.name + "\0").encode("utf-16-le")
        size = len(entry.data)
        directory += struct.pack(
            "<64sHBBIII16sIQQIQ", name, len(name), entry.kind, 0 if entry.red else 1,
            entry.left, entry.right, entry.child, b"\0" * 16, 0, 0, 0,
            entry.start if size else (END_OF_CHAIN if entry.kind == 2 else 0), size)
    while len(directory) % SECTOR:
        directory += struct.pack("<64sHBBIII16sIQQIQ", b"", 0, 0, 0, NO_STREAM, NO_STREAM,
                                 NO_STREAM, b"\0" * 16, 0, 0, 0, 0, 0)

    body = bytearray(struct.pack(f"<{len(fat)}I", *fat))
    body += directory
    mini_fat_bytes = struct.pack(f"<{len(mini_fat)}I", *mini_fat)
    body += mini_fat_bytes.ljust(mini_fat_sectors * SECTOR, b"\xff")
    body += bytes(mini_stream).ljust(mini_stream_sectors * SECTOR, b"\0")
    for entry, count in zip(big, big_sectors, strict=True):
        body += entry.data.ljust(count * SECTOR, b"\0")
    return header + bytes(body)


def _unicode(prop: int, text: str) -> _Entry:
    return _Entry(f"__substg1.0_{prop:04X}001F", 2, (text + "\0").encode("utf-16-le"))


def _ansi(prop: int, text: str) -> _Entry:
    """A string as Outlook 2002 and older write it (PT_STRING8, the message's code page)."""
    return _Entry(f"__substg1.0_{prop:04X}001E", 2, (text + "\0").encode("cp1250"))


def _binary(prop: int, data: bytes) -> _Entry:
    return _Entry(f"__substg1.0_{prop:04X}0102", 2, data)


def _filetime(moment: datetime) -> bytes:
    ticks = int((moment - datetime(1601, 1, 1, tzinfo=UTC)).total_seconds() * 10_000_000)
    return struct.pack("<Q", ticks)


def _fixed_properties(header: bytes, properties: Sequence[tuple[int, int, bytes]]) -> _Entry:
    """``__properties_version1.0``: the header, then (tag, flags=readable|writable, value)."""
    data = header + b"".join(struct.pack("<II8s", prop << 16 | kind, 0x06, value)
                             for prop, kind, value in properties)
    return _Entry("__properties_version1.0", 2, data)


def outlook_message(*, subject: str, body: str, sender_name: str, sender_smtp: str,
                    sent_at: datetime, message_id: str = "", html: bytes | None = None,
                    attachments: Sequence[tuple[str, str, bytes]] = (),
                    exchange_sender: bool = True, ansi: bool = False,
                    logo: bytes | None = None) -> bytes:
    """A .msg as Outlook saves a received message. An Exchange sender's PR_SENDER_EMAIL_ADDRESS
    is its X.500 name; the SMTP address is in PR_SENDER_SMTP_ADDRESS. ``ansi``: the strings in
    Windows-1250 (PR_MESSAGE_CODEPAGE 1250), as Outlook 2002 and older save them. ``logo``: a
    signature's picture, attached last with its Content-ID as Outlook keeps an HTML body's
    pictures."""
    address = ("/O=EXCHANGELABS/OU=EXCHANGE ADMINISTRATIVE GROUP/CN=RECIPIENTS/CN=JKOWALSKI"
               if exchange_sender else sender_smtp)
    string = _ansi if ansi else _unicode
    children = [
        string(0x001A, "IPM.Note"),
        string(0x0037, subject),
        string(0x0E1D, subject),
        string(0x0C1A, sender_name),
        string(0x0C1E, "EX" if exchange_sender else "SMTP"),
        string(0x0C1F, address),
        string(0x5D01, sender_smtp),
        string(0x0042, sender_name),
        string(0x0065, address),
        string(0x1000, body),
        _fixed_properties(
            struct.pack("<8sIIII8s", b"\0" * 8, 1, len(attachments), 1, len(attachments),
                        b"\0" * 8),
            [(0x0039, 0x0040, _filetime(sent_at)), (0x0E06, 0x0040, _filetime(sent_at)),
             (0x3FFD, 0x0003, struct.pack("<I", 1250 if ansi else 65001).ljust(8, b"\0")),
             (0x3FDE, 0x0003, struct.pack("<I", 65001).ljust(8, b"\0"))]),
        _Entry("__nameid_version1.0", 1, children=[
            _binary(0x0002, b""), _binary(0x0003, b""), _binary(0x0004, b"")]),
        _Entry("__recip_version1.0_#00000000", 1, children=[
            _unicode(0x3001, "IOK MSM Gdynia"), _unicode(0x3003, "iok@msmgdynia.pl"),
            _fixed_properties(b"\0" * 8, [(0x0C15, 0x0003, struct.pack("<I", 1).ljust(8,
                                                                                    b"\0"))])]),
    ]
    if message_id:
        children.append(_unicode(0x1035, message_id))
    if html is not None:
        children.append(_binary(0x1013, html))
    files = [(name, mime, content, "") for name, mime, content in attachments]
    if logo is not None:
        files.append(("image001.jpg", "image/jpeg", logo, "image001.jpg@01DB4A3C"))
    for number, (file_name, mime_type, content, content_id) in enumerate(files):
        storage = [_unicode(0x3707, file_name), _unicode(0x3704, file_name[:12]),
                   _unicode(0x370E, mime_type), _binary(0x3701, content),
                   _fixed_properties(b"\0" * 8, [(0x3705, 0x0003,
                                                  struct.pack("<I", 1).ljust(8, b"\0"))])]
        if content_id:
            storage.append(_unicode(0x3712, content_id))
        children.append(_Entry(f"__attach_version1.0_#{number:08X}", 1, children=storage))
    return compound_file(children)
