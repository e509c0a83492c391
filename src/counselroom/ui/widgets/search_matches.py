"""The matches of a search line, listed below it as one types, picked with the mouse or the keyboard."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QWidget

VALUE_ROLE = Qt.ItemDataRole.UserRole


class SearchMatches(QListWidget):
    """Hidden until ``show_matches`` has some; ``picked`` gives the value of the one clicked, activated
    or highlighted when Enter is pressed in ``search``."""

    picked = Signal(object)

    def __init__(self, search: QLineEdit, name: str, max_height: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setMaximumHeight(max_height)
        self.itemClicked.connect(self._take)
        self.itemActivated.connect(self._take)
        self.hide()
        self._search = search
        search.installEventFilter(self)

    def show_matches(self, found: Iterable[tuple[str, object]]) -> None:
        """(text, value) a match; the first is highlighted, so Enter takes it."""
        self.clear()
        for text, value in found:
            item = QListWidgetItem(text)
            item.setData(VALUE_ROLE, value)
            self.addItem(item)
        self.setVisible(self.count() > 0)
        if self.count():
            self.setCurrentRow(0)

    def forget(self) -> None:
        self.clear()
        self.hide()

    def _take(self, item: QListWidgetItem) -> None:
        self.picked.emit(item.data(VALUE_ROLE))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter while matches are listed takes the highlighted one (and does not reach the dialog's
        # default button); Up/Down move through them without leaving the search line.
        if watched is self._search and event.type() == QEvent.Type.KeyPress and self.isVisible():
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem() is not None:
                self._take(self.currentItem())
                return True
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                step = -1 if key == Qt.Key.Key_Up else 1
                self.setCurrentRow(max(0, min(self.count() - 1, self.currentRow() + step)))
                return True
        return super().eventFilter(watched, event)
