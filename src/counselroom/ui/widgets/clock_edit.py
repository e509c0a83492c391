"""A time of day typed as people type it, blank ("--:--") until one is entered."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QEvent, Qt, QTime
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QDateTimeEdit, QTimeEdit, QWidget

NO_TIME = QTime(0, 0)   # shown as "--:--": not entered yet


class ClockEdit(QTimeEdit):
    """A time of day, "--:--" until one is entered (00:00 means "not entered").

    Typing works straight away on the empty field: 0930, 930 and 9:30 (also 9：30 or 9.30
    from a Chinese input method) all give 09:30; the arrow keys still step it."""

    BLANK = "--:--"
    SEPARATORS = ":：.．。,，"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("HH:mm")
        self.setMinimumTime(NO_TIME)
        self.setSpecialValueText(self.BLANK)

    def is_blank(self) -> bool:
        return self.time() == NO_TIME

    def setTime(self, value: QTime) -> None:
        super().setTime(value)
        if not self.hasFocus():
            self.setSpecialValueText(self.BLANK)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text and text in self.SEPARATORS:
            # One separator for all: it moves on to the minutes.
            event = QKeyEvent(event.type(), Qt.Key.Key_Colon, event.modifiers(), ":")
        elif len(text) == 1 and text.isdecimal() and (not text.isascii() or event.key() != Qt.Key.Key_0 + int(text)):
            digit = str(int(text))   # a full-width digit, or one committed as text
            event = QKeyEvent(event.type(), Qt.Key.Key_0 + int(digit), event.modifiers(), digit)
        text = event.text()
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.text() \
                and self.lineEdit().selectedText() == self.text():
            self.setSpecialValueText(self.BLANK)   # all of it deleted: not entered
            self.setTime(NO_TIME)
            self.selectAll()
            return
        if text.isdecimal() and self.is_blank() and self.specialValueText():
            # "--:--" is not a time the spin box can edit: start from 00:00 with the hours selected,
            # so the digits typed fill the hours, then the minutes.
            self.setSpecialValueText("")
            self.setCurrentSection(QDateTimeEdit.Section.HourSection)
            self.lineEdit().setSelection(0, 2)
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        # A Chinese input method commits "９：３０" or "：" as text, not as keys: type them as keys.
        # (The spin box hands input method events to its line edit without inputMethodEvent.)
        if isinstance(event, QInputMethodEvent) and event.commitString() and not event.preeditString():
            for char in unicodedata.normalize("NFKC", event.commitString()):
                if char.isdecimal() or char in self.SEPARATORS:
                    self.keyPressEvent(QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown,
                                                 Qt.KeyboardModifier.NoModifier, char))
            event.accept()
            return True
        return super().event(event)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.setSpecialValueText(self.BLANK)   # 00:00 left behind reads "--:--" again
