"""A page that scrolls only when the window is smaller than the page can be.

QScrollArea's own resizing (``widgetResizable``) gives a page whose layout has height-for-width
(word-wrapped texts) its *preferred* height, so a page grew past the window and scrolled at
ordinary sizes, and its parts moved when a message appeared. Here the page always fills the
visible area, and is only held at its *minimum* size when the window is smaller than that
(a laptop at 150 %), so it scrolls instead of drawing its parts over each other.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


class PageScrollArea(QScrollArea):
    def __init__(self, page: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(False)
        self.setWidget(page)
        page.installEventFilter(self)

    def _fit(self) -> None:
        page = self.widget()
        if page is None:
            return
        size = self.viewport().size().expandedTo(page.minimumSizeHint()).expandedTo(page.minimumSize())
        if page.size() != size:
            page.resize(size)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self._fit()
        return False
