"""The codes on scanned acknowledgement strips: a PDF or an image (JPEG, PNG, TIFF) as an office
scanner writes it, one or several strips per page, read with zxing-cpp.

A scanned PDF holds one picture per page; its pictures are read as they are (no renderer is
needed). Each picture is read as it is and, if nothing is found, once more sharpened in black
and white (a soft, grey scan)."""

from __future__ import annotations

import dataclasses
import io
import warnings

import zxingcpp
from PIL import Image, ImageFilter, ImageOps

from iok_desk.domain.letter_numbers import parse_receipt_code


@dataclasses.dataclass(frozen=True)
class ScannedCode:
    """A strip's code found on ``page`` (1-based) of a scan."""

    page: int
    number: str
    login_id: str


@dataclasses.dataclass(frozen=True)
class ScanReading:
    """What one scan file held: the strips' codes, and the pages where none could be read."""

    file_name: str
    codes: list[ScannedCode]
    unreadable_pages: list[int]
    error: str = ""
    """Why the file could not be opened at all (not a PDF or image, damaged)."""


def _pictures(content: bytes) -> list[Image.Image]:
    """One picture per page: the largest image of each PDF page, or every frame of an image."""
    if content.startswith(b"%PDF"):
        from pypdf import PdfReader

        pictures = []
        for page in PdfReader(io.BytesIO(content)).pages:
            images = [item.image for item in page.images if item.image is not None]
            pictures.append(max(images, key=lambda image: image.width * image.height)
                            if images else Image.new("L", (1, 1), 255))
        return pictures
    image = Image.open(io.BytesIO(content))
    frames = []
    for index in range(getattr(image, "n_frames", 1)):
        image.seek(index)
        frames.append(image.copy())
    return frames


def _codes_in(picture: Image.Image) -> list[tuple[str, str]]:
    gray = ImageOps.exif_transpose(picture).convert("L")
    for attempt in (gray, ImageOps.autocontrast(gray.filter(ImageFilter.UnsharpMask(3, 200)))):
        found = [parse_receipt_code(result.text)
                 for result in zxingcpp.read_barcodes(attempt)]
        codes = [code for code in found if code is not None]
        if codes:
            return codes
    return []


def read_scan(file_name: str, content: bytes) -> ScanReading:
    """The strips' codes in one scan file; never raises for a bad file (it says why)."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            pictures = _pictures(content)
    except Exception as error:  # not an image, damaged, too large; pypdf's own errors
        return ScanReading(file_name, [], [], error=f"{type(error).__name__}: {error}")
    codes: list[ScannedCode] = []
    unreadable: list[int] = []
    for page, picture in enumerate(pictures, start=1):
        found = list(dict.fromkeys(_codes_in(picture)))
        if not found:
            unreadable.append(page)
        codes += [ScannedCode(page, number, login_id) for number, login_id in found]
    return ScanReading(file_name, codes, unreadable)
