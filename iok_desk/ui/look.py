"""The desk's office look (issue 13 "Accessibility and look"): Qt's Fusion style with a
palette whose selected and disabled text keep at least WCAG's 4.5:1 against their background,
and a 2-pixel focus ring on every control — drawn by the style for buttons, boxes and items, by
a style sheet for text fields and lists."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QWidget,
)

ACCENT = QColor("#1a5fb4")  # selection and focus: white on it is 6.3:1
FOCUS_WIDTH = 2
FOCUS_SHEET = (f"QLineEdit:focus, QAbstractItemView:focus, QPlainTextEdit:focus, "
               f"QTextEdit:focus {{ border: {FOCUS_WIDTH}px solid {ACCENT.name()}; }}")
LOOK_PROPERTY = "iokOfficeLook"


def office_palette(base: QPalette) -> QPalette:
    palette = QPalette(base)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Highlight, ACCENT)
        palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    disabled = QPalette.ColorGroup.Disabled
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText,
                 QPalette.ColorRole.WindowText):
        palette.setColor(disabled, role, QColor("#595959"))
    palette.setColor(disabled, QPalette.ColorRole.Highlight, QColor("#595959"))
    palette.setColor(disabled, QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#595959"))
    return palette


class OfficeStyle(QProxyStyle):
    """Fusion, with the focus rectangle drawn as a clear 2-pixel ring in the accent colour."""

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption,
                      painter: QPainter, widget: QWidget | None = None) -> None:
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect:
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(ACCENT, FOCUS_WIDTH))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(option.rect.adjusted(1, 1, -1, -1), 2, 2)
            painter.restore()
            return
        super().drawPrimitive(element, option, painter, widget)


def apply_office_look(app: QApplication) -> None:
    """Once per application: the style, the palette and the focus ring."""
    if app.property(LOOK_PROPERTY):
        return
    app.setProperty(LOOK_PROPERTY, True)
    style = OfficeStyle(QStyleFactory.create("Fusion"))
    app.setStyle(style)
    app.setPalette(office_palette(style.standardPalette()))
    app.setStyleSheet(app.styleSheet() + FOCUS_SHEET)


def luminance(colour: QColor) -> float:
    """WCAG 2's relative luminance."""
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def contrast(first: QColor, second: QColor) -> float:
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)
