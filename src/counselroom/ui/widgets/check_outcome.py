"""The box that tells how a backup's check went: sound (green) or with problems (red)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from counselroom.ui.styles import PROBLEM_BOX_STYLE, SOUND_BOX_STYLE

SOUND_STYLE = SOUND_BOX_STYLE
PROBLEM_STYLE = PROBLEM_BOX_STYLE


def outcome_box(name: str) -> QLabel:
    """Hidden until there is an outcome to show; its style says which."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setStyleSheet(SOUND_STYLE)
    label.hide()
    return label
