"""The grey, wrapping line that explains a group, a dialog or a field."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from counselroom.ui.styles import HINT_STYLE


def hint_label(text: str, parent: QWidget | None = None, name: str = "") -> QLabel:
    label = QLabel(text, parent)
    if name:
        label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(HINT_STYLE)
    return label
