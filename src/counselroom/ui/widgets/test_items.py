"""The items of a test (R5): one row per item, its options as buttons, answered and moved through by keyboard."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication, QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget,
)

from counselroom.domain.paper_form import key_range, option_keys
from counselroom.domain.scales import Item, ScaleDefinition
from counselroom.ui.styles import (
    ACCENT, ACCENT_TINT, ERROR_INK, ERROR_TINT, ERROR_TINT_BORDER, INFO_TINT, NAVY, NAVY_MUTED, OPTION_BORDER, PANEL_BG,
    QUIET_INK, SURFACE, TEXT_INK,
)

OPTION_STYLE = (
    f'QPushButton[option="true"] {{ padding: 4px 10px; border: 1px solid {OPTION_BORDER}; border-radius: 4px; '
    f"background: {SURFACE}; color: {TEXT_INK}; text-align: left; }}"
    f'QPushButton[option="true"]:hover {{ border-color: {ACCENT}; }}'
    f'QPushButton[option="true"]:checked {{ background: {NAVY}; border-color: {NAVY}; color: {SURFACE}; }}'
    f'QPushButton[option="true"]:disabled {{ color: {QUIET_INK}; background: {PANEL_BG}; }}'
    f'QPushButton[option="true"]:checked:disabled {{ background: {NAVY_MUTED}; border-color: {NAVY_MUTED};'
    f" color: {SURFACE}; }}"
    "QFrame#itemRow { border: 1px solid transparent; border-left: 4px solid transparent; border-radius: 4px; }"
    f'QFrame#itemRow[current="true"] {{ background: {INFO_TINT}; border-color: {ACCENT_TINT};'
    f" border-left-color: {ACCENT}; }}"
    f'QFrame#itemRow[critical="true"] {{ border-left-color: {ERROR_INK}; }}'
    f'QFrame#itemRow[critical="true"][current="true"] {{ background: {ERROR_TINT};'
    f" border-color: {ERROR_TINT_BORDER}; }}"
)


class ItemRow(QFrame):
    """One item: its number and text, and its options as buttons. Typing an option's key answers it."""

    chosen = Signal(str, str)    # item id, option id ("" = cleared)
    advance = Signal(int)        # +1 / -1: move to the next / previous item
    focused = Signal(int)        # this row's index got the focus

    def __init__(self, index: int, item: Item, language: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("itemRow")
        self.setProperty("item", item.id)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.index = index
        self.item = item
        self.keys = option_keys(item)
        self.answer = ""
        self.read_only = False
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 6, 8, 6)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        self.number = QLabel(f"{index + 1}.", self)
        self.number.setStyleSheet("font-weight: 600; background: transparent;")
        self.number.setMinimumWidth(26)
        self.number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.number, 0, 0)
        self.text = QLabel(item.text.get(language), self)
        self.text.setObjectName("itemText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setStyleSheet("background: transparent;")
        grid.addWidget(self.text, 0, 1)
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        self.buttons: list[QPushButton] = []
        for option, key in zip(item.options, self.keys):
            label = option.label.get(language)
            button = QPushButton(f"{key}  {label}" if key else label, self)
            button.setProperty("option", True)
            button.setProperty("option_id", option.id)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAutoDefault(False)
            button.clicked.connect(self._clicked)
            self.buttons.append(button)
            buttons.addWidget(button)
        buttons.addStretch(1)
        grid.addLayout(buttons, 1, 1)
        grid.setColumnStretch(1, 1)
        self.setToolTip(QCoreApplication.translate(
            "TestEntry", "Type {keys} to answer and go on to the next item; ↑/↓ move, Delete clears.").format(
                keys=key_range(item)))

    # -- state -----------------------------------------------------------------------------
    def set_answer(self, option_id: str) -> None:
        self.answer = option_id or ""
        for button in self.buttons:
            button.setChecked(button.property("option_id") == self.answer)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for button in self.buttons:
            button.setEnabled(not read_only)

    def _flag(self, name: str, on: bool) -> None:
        if bool(self.property(name)) == on:
            return
        self.setProperty(name, on)
        self.style().unpolish(self)
        self.style().polish(self)

    def set_current(self, on: bool) -> None:
        self._flag("current", on)

    def set_critical(self, on: bool) -> None:
        self._flag("critical", on)

    # -- input ------------------------------------------------------------------------------
    def _clicked(self) -> None:
        button = self.sender()
        if self.read_only or button is None:
            return
        option = button.property("option_id")
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self._choose(option)

    def _choose(self, option_id: str) -> None:
        self.set_answer(option_id)
        self.chosen.emit(self.item.id, option_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        text = event.text()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.advance.emit(1)
            return
        if key == Qt.Key.Key_Up:
            self.advance.emit(-1)
            return
        if self.read_only:
            super().keyPressEvent(event)
            return
        if text and text.isdigit() and not event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            if text in self.keys:
                self._choose(self.item.options[self.keys.index(text)].id)
                self.advance.emit(1)
            else:
                QApplication.beep()
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self._choose("")
            return
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            ids = [o.id for o in self.item.options]
            if self.answer in ids:
                step = 1 if key == Qt.Key.Key_Right else -1
                self._choose(ids[max(0, min(len(ids) - 1, ids.index(self.answer) + step))])
            elif ids:
                self._choose(ids[0] if key == Qt.Key.Key_Right else ids[-1])
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.focused.emit(self.index)


class ItemList(QWidget):
    """The rows of one scale's items, in order, and which of them has the keyboard (``current``)."""

    chosen = Signal(str, str)    # item id, option id ("" = cleared)
    passed_last = Signal()       # moved on from the last item

    def __init__(self, scroll: QScrollArea, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("itemsBox")
        self.scroll_area = scroll   # the area the rows scroll in: the current row is kept in view
        self.rows: list[ItemRow] = []
        self.current = -1
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(2)

    def build(self, definition: ScaleDefinition, language: str) -> None:
        """One row for each of ``definition``'s items (the rows shown before are dropped)."""
        self.clear()
        for index, item in enumerate(definition.items):
            row = ItemRow(index, item, language, self)
            row.chosen.connect(self.chosen)
            row.advance.connect(self._advance)
            row.focused.connect(self._row_focused)
            self.layout_.addWidget(row)
            self.rows.append(row)

    def clear(self) -> None:
        for row in self.rows:
            self.layout_.removeWidget(row)
            row.deleteLater()
        self.rows = []

    def show_answers(self, answers: dict[str, str]) -> None:
        for row in self.rows:
            row.set_answer(answers.get(row.item.id, ""))

    def index_of(self, item_id: str) -> int:
        """The row of the item with ``item_id``; -1 if the scale has none."""
        return next((i for i, r in enumerate(self.rows) if r.item.id == item_id), -1)

    def _advance(self, step: int) -> None:
        target = self.current + step
        if 0 <= target < len(self.rows):
            self.focus_item(target)
        elif target >= len(self.rows):
            self.passed_last.emit()

    def _row_focused(self, index: int) -> None:
        if 0 <= self.current < len(self.rows) and self.current != index:
            self.rows[self.current].set_current(False)
        self.current = index
        row = self.rows[index]
        row.set_current(True)
        self.scroll_area.ensureWidgetVisible(row, 0, 48)

    def focus_item(self, index: int) -> None:
        if 0 <= index < len(self.rows):
            self.rows[index].setFocus(Qt.FocusReason.OtherFocusReason)
            self._row_focused(index)
