"""A letter's PDF pages drawn onto a QPainter as vectors: text as text in the letters' own
fonts, lines and the QR codes as paths, pictures as pictures — so a printer gets sharp text
of a few tens of kilobytes a page instead of a picture of each page (QtPdf renders only
pictures). PDFium (pypdfium2) reads the page's objects; Qt draws them.

Only what the desk's letters contain is drawn: text in DejaVu (``resources/fonts``), filled
and stroked paths (dashes, caps, joins), images, and form objects holding these. A page with
anything else (a shading, a font the desk does not ship, annotations such as a fillable
form's fields) is refused with ``Unsupported``, and the caller prints that document as
pictures."""

from __future__ import annotations

import ctypes
from collections.abc import Iterator
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontDatabase,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QTransform,
)

from iok_desk.package_data import package_path

FONT_FILES = {"DejaVuSans": "DejaVuSans.ttf", "DejaVuSans-Bold": "DejaVuSans-Bold.ttf",
              "DejaVuSansMono": "DejaVuSansMono.ttf",
              "DejaVuSansMono-Bold": "DejaVuSansMono-Bold.ttf"}
GLYPH_PIXELS = 1000  # text is drawn at this pixel size and scaled to the PDF's font size
SKIPPED_CHARACTERS = {0, 0x20, 0x0A, 0x0D, 0xFFFE}  # spaces and PDFium's generated breaks
CAPS = {0: Qt.PenCapStyle.FlatCap, 1: Qt.PenCapStyle.RoundCap, 2: Qt.PenCapStyle.SquareCap}
JOINS = {0: Qt.PenJoinStyle.MiterJoin, 1: Qt.PenJoinStyle.RoundJoin,
         2: Qt.PenJoinStyle.BevelJoin}


class Unsupported(Exception):
    """The page holds something this module does not draw."""


_fonts: dict[str, QFont] = {}


def _font(base_name: str) -> QFont:
    """The desk's own font file behind a PDF font name (``ABCDEF+DejaVuSans-Bold``)."""
    name = base_name.split("+", 1)[-1]
    if name not in FONT_FILES:
        raise Unsupported(f"font {base_name}")
    if name not in _fonts:
        font_id = QFontDatabase.addApplicationFont(
            str(package_path("resources", "fonts", FONT_FILES[name])))
        if font_id < 0:
            raise Unsupported(f"font file {FONT_FILES[name]}")
        font = QFont(QFontDatabase.applicationFontFamilies(font_id)[0])
        font.setBold(name.endswith("-Bold"))
        font.setKerning(False)  # reportlab places each glyph by its advance width
        font.setPixelSize(GLYPH_PIXELS)
        _fonts[name] = font
    return _fonts[name]


def _matrix(obj: Any) -> QTransform:
    m = pdfium_c.FS_MATRIX()
    pdfium_c.FPDFPageObj_GetMatrix(obj, m)
    return QTransform(m.a, m.b, m.c, m.d, m.e, m.f)


def _colour(getter: Any, obj: Any) -> QColor:
    parts = [ctypes.c_uint() for _ in range(4)]
    if not getter(obj, *[ctypes.byref(part) for part in parts]):
        return QColor(Qt.GlobalColor.black)
    return QColor(*(part.value for part in parts))


def _objects(page: Any) -> Iterator[tuple[Any, QTransform]]:
    """Every object of the page in drawing order with the matrix of the forms around it."""
    def walk(count: int, get: Any, outer: QTransform) -> Iterator[tuple[Any, QTransform]]:
        for number in range(count):
            obj = get(number)
            if pdfium_c.FPDFPageObj_GetType(obj) == pdfium_c.FPDF_PAGEOBJ_FORM:
                yield from walk(pdfium_c.FPDFFormObj_CountObjects(obj),
                                lambda n, form=obj: pdfium_c.FPDFFormObj_GetObject(form, n),
                                _matrix(obj) * outer)
            else:
                yield obj, outer

    yield from walk(pdfium_c.FPDFPage_CountObjects(page),
                    lambda n: pdfium_c.FPDFPage_GetObject(page, n), QTransform())


def _path(obj: Any) -> QPainterPath:
    path = QPainterPath()
    control: list[tuple[float, float]] = []
    x, y = ctypes.c_float(), ctypes.c_float()
    for number in range(pdfium_c.FPDFPath_CountSegments(obj)):
        segment = pdfium_c.FPDFPath_GetPathSegment(obj, number)
        pdfium_c.FPDFPathSegment_GetPoint(segment, x, y)
        kind = pdfium_c.FPDFPathSegment_GetType(segment)
        if kind == pdfium_c.FPDF_SEGMENT_MOVETO:
            path.moveTo(x.value, y.value)
        elif kind == pdfium_c.FPDF_SEGMENT_LINETO:
            path.lineTo(x.value, y.value)
        elif kind == pdfium_c.FPDF_SEGMENT_BEZIERTO:  # three segments: two controls, the end
            control.append((x.value, y.value))
            if len(control) == 3:
                (x1, y1), (x2, y2), (x3, y3) = control
                path.cubicTo(x1, y1, x2, y2, x3, y3)
                control.clear()
        else:
            raise Unsupported(f"path segment {kind}")
        if pdfium_c.FPDFPathSegment_GetClose(segment):
            path.closeSubpath()
    return path


def _pen(obj: Any) -> QPen:
    width = ctypes.c_float()
    pdfium_c.FPDFPageObj_GetStrokeWidth(obj, width)
    pen = QPen(_colour(pdfium_c.FPDFPageObj_GetStrokeColor, obj))
    pen.setWidthF(width.value)
    pen.setCapStyle(CAPS.get(pdfium_c.FPDFPageObj_GetLineCap(obj), Qt.PenCapStyle.FlatCap))
    pen.setJoinStyle(JOINS.get(pdfium_c.FPDFPageObj_GetLineJoin(obj),
                               Qt.PenJoinStyle.MiterJoin))
    dashes = pdfium_c.FPDFPageObj_GetDashCount(obj)
    if dashes > 0 and width.value > 0:
        array = (ctypes.c_float * dashes)()
        pdfium_c.FPDFPageObj_GetDashArray(obj, array, dashes)
        pen.setDashPattern([max(value / width.value, 0.01) for value in array])  # pen widths
        phase = ctypes.c_float()
        pdfium_c.FPDFPageObj_GetDashPhase(obj, phase)
        pen.setDashOffset(phase.value / width.value)
    return pen


def _draw_path(painter: QPainter, obj: Any, to_page: QTransform) -> None:
    path = _path(obj)
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    pdfium_c.FPDFPath_GetDrawMode(obj, fill, stroke)
    painter.setTransform(_matrix(obj) * to_page)
    if fill.value:
        path.setFillRule(Qt.FillRule.OddEvenFill if fill.value == pdfium_c.FPDF_FILLMODE_ALTERNATE
                         else Qt.FillRule.WindingFill)
        painter.fillPath(path, QBrush(_colour(pdfium_c.FPDFPageObj_GetFillColor, obj)))
    if stroke.value:
        painter.strokePath(path, _pen(obj))


def _draw_text(painter: QPainter, obj: Any, characters: list[int], text_page: Any,
               to_device: QTransform) -> None:
    """Each character at the origin PDFium computed for it (word and character spacing of
    justified paragraphs included), in the object's font, size and slant."""
    name = ctypes.create_string_buffer(256)
    pdfium_c.FPDFFont_GetBaseFontName(pdfium_c.FPDFTextObj_GetFont(obj), name, len(name))
    painter.setFont(_font(name.value.decode("latin-1")))
    painter.setPen(_colour(pdfium_c.FPDFPageObj_GetFillColor, obj))
    size = ctypes.c_float()
    pdfium_c.FPDFTextObj_GetFontSize(obj, size)
    shape = _matrix(obj)
    scale = size.value / GLYPH_PIXELS
    x, y = ctypes.c_double(), ctypes.c_double()
    for index in characters:
        code = pdfium_c.FPDFText_GetUnicode(text_page, index)
        if code in SKIPPED_CHARACTERS:
            continue
        pdfium_c.FPDFText_GetCharOrigin(text_page, index, x, y)
        # Qt draws glyphs downwards from the baseline, PDF upwards: flip the glyph's axes.
        glyph = QTransform(shape.m11() * scale, shape.m12() * scale, -shape.m21() * scale,
                           -shape.m22() * scale, x.value, y.value)
        painter.setTransform(glyph * to_device)
        painter.drawText(QPointF(0, 0), chr(code))


def _draw_image(painter: QPainter, document: Any, page: Any, obj: Any,
                to_page: QTransform) -> None:
    raw = pdfium_c.FPDFImageObj_GetRenderedBitmap(document, page, obj)
    if not raw:
        raise Unsupported("image")
    bitmap = pdfium.PdfBitmap.from_raw(raw)
    try:
        picture = bitmap.to_pil().convert("RGBA")
        image = QImage(picture.tobytes(), picture.width, picture.height,
                       QImage.Format.Format_RGBA8888).copy()
    finally:
        bitmap.close()
    # An image fills the unit square of its matrix, its first row at the top (y = 1).
    painter.setTransform(_matrix(obj) * to_page)
    painter.drawImage(QRectF(0, 0, 1, 1), image.mirrored(False, True))


def _characters_by_object(text_page: Any) -> dict[int, list[int]]:
    found: dict[int, list[int]] = {}
    for index in range(pdfium_c.FPDFText_CountChars(text_page)):
        obj = pdfium_c.FPDFText_GetTextObject(text_page, index)
        if obj:
            found.setdefault(ctypes.addressof(obj.contents), []).append(index)
    return found


def draw_page(painter: QPainter, document: pdfium.PdfDocument, number: int,
              target: QRectF) -> None:
    """Draw page ``number`` into ``target`` (device coordinates), keeping its proportions."""
    page = document[number]
    text_page = page.get_textpage()
    try:
        width, height = page.get_size()
        scale = min(target.width() / width, target.height() / height)
        # PDF points, y upwards → the device, y downwards.
        to_device = (QTransform(1, 0, 0, -1, 0, height)
                     * QTransform.fromScale(scale, scale)
                     * QTransform.fromTranslate(target.left(), target.top()))
        characters = _characters_by_object(text_page.raw)
        painter.save()
        try:
            for obj, outer in _objects(page.raw):
                kind = pdfium_c.FPDFPageObj_GetType(obj)
                if kind == pdfium_c.FPDF_PAGEOBJ_PATH:
                    _draw_path(painter, obj, outer * to_device)
                elif kind == pdfium_c.FPDF_PAGEOBJ_TEXT:
                    _draw_text(painter, obj, characters.get(ctypes.addressof(obj.contents), []),
                               text_page.raw, to_device)
                elif kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
                    _draw_image(painter, document.raw, page.raw, obj, outer * to_device)
                else:
                    raise Unsupported(f"page object {kind}")
        finally:
            painter.restore()
    finally:
        text_page.close()
        page.close()


def check_document(document: pdfium.PdfDocument) -> None:
    """Raise ``Unsupported`` unless every page can be drawn (before anything is printed)."""
    for number in range(len(document)):
        page = document[number]
        try:
            if pdfium_c.FPDFPage_GetAnnotCount(page.raw) > 0:
                raise Unsupported("annotations (form fields)")  # not page objects
            for obj, _outer in _objects(page.raw):
                kind = pdfium_c.FPDFPageObj_GetType(obj)
                if kind == pdfium_c.FPDF_PAGEOBJ_TEXT:
                    name = ctypes.create_string_buffer(256)
                    pdfium_c.FPDFFont_GetBaseFontName(pdfium_c.FPDFTextObj_GetFont(obj), name,
                                                      len(name))
                    _font(name.value.decode("latin-1"))
                elif kind not in (pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_IMAGE):
                    raise Unsupported(f"page object {kind}")
        finally:
            page.close()
