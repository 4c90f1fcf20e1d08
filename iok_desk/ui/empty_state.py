"""An empty list says why it is empty (issue 13 "Lists"): a line of grey text in the middle of
the list — "no request matches the filter", "the From day is after the To day" — instead of
a blank white box."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel


class EmptyState(QObject):
    """Shows ``why()`` over ``view`` while its model has no rows (and ``why()`` says
    something). Call ``update()`` when the reason may have changed."""

    def __init__(self, view: QAbstractItemView, why: Callable[[], str]) -> None:
        super().__init__(view)
        self._view = view
        self._why = why
        self.label = QLabel(view.viewport())
        self.label.setObjectName("emptyState")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.label.setStyleSheet("color: palette(placeholder-text); padding: 12px;")
        view.viewport().installEventFilter(self)
        self._model: QAbstractItemModel | None = None
        self.watch()

    def watch(self) -> None:
        """Follow the view's (new) model."""
        model = self._view.model()
        if model is None or model is self._model:
            self.update()
            return
        self._model = model
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved,
                       model.layoutChanged):
            signal.connect(self.update)
        self.update()

    def text(self) -> str:
        """What the list says now ('' while it has rows)."""
        return "" if self.label.isHidden() else self.label.text()

    def update(self) -> None:
        if not shiboken6.isValid(self._view) or not shiboken6.isValid(self.label):
            return  # the list is being destroyed; its model says goodbye
        model = self._view.model()
        why = self._why() if model is None or model.rowCount() == 0 else ""
        self.label.setText(why)
        self.label.setVisible(bool(why))
        self._place()

    def _place(self) -> None:
        viewport = self._view.viewport()
        self.label.setGeometry(0, 0, viewport.width(), max(viewport.height() // 2, 60))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._place()
        return super().eventFilter(watched, event)
