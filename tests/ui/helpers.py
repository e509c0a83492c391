"""Driving real widgets the way a person (and a Chinese input method) does."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit


def type_text(widget, text: str) -> None:
    """Commit ``text`` as an input method would (works for Chinese and ASCII)."""
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def replace_text(widget: QLineEdit, text: str) -> None:
    widget.selectAll()
    widget.del_() if hasattr(widget, "del_") else widget.clear()
    type_text(widget, text)
