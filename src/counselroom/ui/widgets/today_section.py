"""One block of the Today page: a heading, what is there, and the way to where the work is."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout

from counselroom.ui.styles import CARD_BOX, HINT_STYLE

TARGET_ROLE = Qt.ItemDataRole.UserRole + 1   # (page key, record id or 0) an item opens
MAX_ROWS = 6
ROW_HEIGHT = 24


class TodaySection(QFrame):
    """Rows of text, each opening a page (and a record on it) when activated."""

    open_requested = Signal(str, int)

    def __init__(self, name: str, title: str, page_key: str, button_text: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.page_key = page_key
        self.setStyleSheet(f"#{name} {{ {CARD_BOX} }}")
        column = QVBoxLayout(self)
        column.setContentsMargins(14, 10, 14, 10)
        column.setSpacing(6)
        head = QHBoxLayout()
        self.heading = QLabel(title, self)
        self.heading.setStyleSheet("font-weight: 600; border: none;")
        head.addWidget(self.heading, 1)
        self.button = QPushButton(button_text, self)
        self.button.setObjectName(f"{name}Open")
        self.button.setAutoDefault(False)
        self.button.clicked.connect(self._open_page)
        head.addWidget(self.button)
        column.addLayout(head)
        self.list = QListWidget(self)
        self.list.setObjectName(f"{name}List")
        self.list.setStyleSheet("QListWidget { border: none; background: transparent; }")
        self.list.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Long lines end in "…" (the whole line is the tooltip) rather than scrolling sideways.
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.itemActivated.connect(self._item_activated)
        column.addWidget(self.list)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(HINT_STYLE + " border: none;")
        column.addWidget(self.hint)
        column.addStretch(1)

    def show_rows(self, rows: list[tuple[str, int]], *, empty: str, colour: str = "",
                  more: str = "") -> None:
        """``rows``: (text, record id to open, or 0); ``empty`` is said when there are none."""
        self.list.clear()
        for text, record_id in rows[:MAX_ROWS]:
            item = QListWidgetItem(text)
            item.setToolTip(text)
            item.setData(TARGET_ROLE, (self.page_key, record_id))
            if colour:
                item.setForeground(QBrush(QColor(colour)))
            self.list.addItem(item)
        shown = min(len(rows), MAX_ROWS)
        self.list.setVisible(shown > 0)
        self.list.setFixedHeight(shown * ROW_HEIGHT + 4)
        self.hint.setText(empty if not rows else more)
        self.hint.setVisible(bool(self.hint.text()))

    def clear(self) -> None:
        self.list.clear()
        self.hint.clear()

    def rows(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def _open_page(self) -> None:
        self.open_requested.emit(self.page_key, 0)

    def _item_activated(self, item: QListWidgetItem) -> None:
        key, record_id = item.data(TARGET_ROLE)
        self.open_requested.emit(key, record_id)
