"""The office look (issue 13 "Accessibility and look"): selected and disabled text at least
4.5:1 (WCAG) computed from the palette the desk installs, a 2-pixel focus ring, accessible
names on lists and combo boxes, a toolbar with icons, the database named, never a URL."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QStyle, QStyleOption

from iok_desk import bootstrap
from iok_desk.ui.look import ACCENT, FOCUS_WIDTH, OfficeStyle, contrast, office_palette
from iok_desk.ui.main_window import MainWindow
from iok_desk.ui.status import database_name

Group, Role = QPalette.ColorGroup, QPalette.ColorRole


def test_selected_and_disabled_text_keep_4_5_to_1(window: MainWindow) -> None:
    palette = QApplication.palette()  # what the main window installed
    assert palette.color(Group.Active, Role.Highlight) == ACCENT
    assert palette == office_palette(palette)
    pairs = {
        "selected": (Group.Active, Role.HighlightedText, Role.Highlight),
        "selected, window inactive": (Group.Inactive, Role.HighlightedText, Role.Highlight),
        "disabled text": (Group.Disabled, Role.Text, Role.Base),
        "disabled button": (Group.Disabled, Role.ButtonText, Role.Button),
        "disabled label": (Group.Disabled, Role.WindowText, Role.Window),
        "text": (Group.Active, Role.Text, Role.Base),
        "placeholder": (Group.Active, Role.PlaceholderText, Role.Base),
    }
    ratios = {name: contrast(palette.color(group, fore), palette.color(group, back))
              for name, (group, fore, back) in pairs.items()}
    assert {name: round(ratio, 2) for name, ratio in ratios.items() if ratio < 4.5} == {}


def test_the_contrast_is_wcag_s() -> None:
    assert round(contrast(QColor("#000000"), QColor("#ffffff")), 1) == 21.0
    assert round(contrast(QColor("#767676"), QColor("#ffffff")), 2) == 4.54


def test_the_focus_ring_is_two_pixels(qapp: QApplication) -> None:
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    option = QStyleOption()
    option.rect = QRect(0, 0, 40, 20)
    painter = QPainter(image)
    OfficeStyle().drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, option, painter)
    painter.end()
    row = [QColor(image.pixel(x, 10)) for x in range(6)]
    inked = [x for x, colour in enumerate(row) if colour.blue() - colour.red() > 60]
    assert FOCUS_WIDTH == 2 and len(inked) >= 2 and 5 not in inked


def test_lists_and_combo_boxes_have_accessible_names(window: MainWindow) -> None:
    # The desk's own (named) lists and boxes; a combo box's popup list is Qt's.
    unnamed = [widget.objectName() for widget in
               [*window.findChildren(QAbstractItemView), *window.findChildren(QComboBox)]
               if widget.objectName() and not widget.accessibleName()]
    assert unnamed == []
    assert window.navigation.accessibleName() == "Strony"


def test_the_toolbar_holds_the_main_actions_with_icons(window: MainWindow) -> None:
    actions = [action for action in window.toolbar.actions() if not action.isSeparator()]
    assert window.action_new_request in actions and window.action_block in actions
    assert all(not action.icon().isNull() for action in actions)
    assert "Insert" in window.action_new_request.toolTip() or \
        "Ins" in window.action_new_request.toolTip()


def test_the_status_bar_names_the_database_never_its_url(window: MainWindow) -> None:
    shown = window.status_database.text()
    assert "://" not in shown and "sqlite" not in shown.split(":")[0]
    assert shown == database_name(window.desk.db.url)
    assert database_name("postgresql+psycopg://ewa@db.msm.local/iok") == "db.msm.local/iok"
    assert database_name("postgresql+psycopg://ewa:tajne@db:6543/iok") == "db:6543/iok"
    assert database_name(bootstrap.trial_database_url()) == "próba na tym komputerze"
    assert database_name("sqlite:////tmp/x/biuro.sqlite3") == "na tym komputerze: biuro.sqlite3"


def test_the_main_window_is_usable_at_150_percent_of_1366x768(window: MainWindow) -> None:
    """910×512 logical pixels: the window takes that size on every page, its buttons are not
    clipped (a page wider than the window scrolls inside it)."""
    from PySide6.QtWidgets import QPushButton

    for row in range(window.navigation.count()):
        window.navigation.setCurrentRow(row)
        hint = window.minimumSizeHint()
        assert hint.width() <= 910 and hint.height() <= 512, window.navigation.item(row).text()
    window.navigation.setCurrentRow(0)
    window.resize(910, 512)
    QApplication.processEvents()
    assert (window.width(), window.height()) == (910, 512)
    for button in window.requests_page.findChildren(QPushButton):
        assert button.width() >= button.sizeHint().width(), button.text()
