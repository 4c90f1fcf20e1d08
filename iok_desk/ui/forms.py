"""Designer forms (``iok_desk/ui/forms/*.ui``) loaded at run time; dialogs wrap a form,
never become it. A dialog that wraps a form never acts on Enter pressed in a field or a table,
and opens no larger than the screen it is on."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QEvent, QFile, QIODevice, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from iok_desk.package_data import package_path

FORMS_DIR = package_path("ui", "forms")
FORM_MARGIN = 8
# What a window manager may add around a window: a title bar above, a border on each side.
TITLE_BAR = 40
BORDER = 8

W = TypeVar("W", bound=QObject)


def load_form(name: str, host: QWidget) -> QWidget:
    """Load ``ui/forms/<name>.ui`` into ``host`` (filling it edge to edge) and return the form."""
    loader = QUiLoader()
    file = QFile(str(FORMS_DIR / f"{name}.ui"))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(f"cannot open form {file.fileName()}")
    try:
        form = loader.load(file, host)
    finally:
        file.close()
    if form is None:
        raise RuntimeError(f"cannot load form {name}: {loader.errorString()}")
    prepare_for_keyboard(form)
    layout = host.layout() or QVBoxLayout(host)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(form)
    inner = form.layout()
    if inner is not None:
        inner.setContentsMargins(FORM_MARGIN, FORM_MARGIN, FORM_MARGIN, FORM_MARGIN)
    if isinstance(host, QDialog):
        guard_dialog(host)
    return form


def guard_dialog(dialog: QDialog) -> None:
    """Enter in a field or a table never acts, and the dialog fits the screen (for a dialog
    laid out in code; ``load_form`` does it for the others)."""
    if dialog.findChild(_DialogGuard, "dialogGuard") is None:
        guard = _DialogGuard(dialog)
        guard.setObjectName("dialogGuard")
        dialog.installEventFilter(guard)


def prepare_for_keyboard(form: QWidget) -> None:
    """Tab leaves every list and table (the arrows move inside it), and a list, table or
    combo box that a label names is announced by that label's text, not only its value."""
    for view in form.findChildren(QAbstractItemView):
        view.setTabKeyNavigation(False)
    for label in form.findChildren(QLabel):
        buddy = label.buddy()
        if isinstance(buddy, QAbstractItemView | QComboBox) and not buddy.accessibleName():
            buddy.setAccessibleName(label.text().replace("&&", "\0").replace("&", "")
                                    .replace("\0", "&").rstrip(": "))


class _DialogGuard(QObject):
    """Swallows the Enter that a field or a table passes on to its dialog: QDialog would
    click its default button with it — a state change the clerk never asked for. Enter on a
    focused button still presses that button; the field's own Enter (returnPressed,
    activated) still reaches the field first. When the dialog shows, it is fitted to the
    screen it is on."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The dialog's own focus widget: the application's may be in another window.
        focused = (watched.focusWidget() if isinstance(watched, QWidget)
                   else QApplication.focusWidget())
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not isinstance(focused, QAbstractButton)):
            return True
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            fit_on_screen(watched)
        return super().eventFilter(watched, event)


def fit_on_screen(window: QWidget) -> None:
    """No larger than the available screen, its frame included. (A dialog then places itself
    on the screen: QDialog.showEvent comes after this.)"""
    area = window.screen().availableGeometry()
    width = min(window.width(), area.width() - 2 * BORDER)
    height = min(window.height(), area.height() - TITLE_BAR - BORDER)
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)


def child(form: QObject, kind: type[W], name: str) -> W:
    """A named widget of a loaded form; a missing one is a bug in the form."""
    found = form.findChild(kind, name)
    if found is None:
        raise LookupError(f"form has no {kind.__name__} named {name!r}")
    return found
