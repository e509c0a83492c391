"""The selected record of a case panel's list, shown below it: labelled values, readable and selectable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from counselroom.ui.styles import HINT_STYLE


class RecordDetail(QScrollArea):
    """A frame of ``self.column`` on ``self.host``; ``add_values`` puts the labelled values in it.

    A subclass adds what it shows around the values, then ``setWidget(self.host)``.
    """

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumHeight(120)
        self.host = QWidget(self)
        self.column = QVBoxLayout(self.host)
        self.column.setContentsMargins(14, 10, 14, 10)
        self.grid = QFormLayout()
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(6)
        self.values: dict[str, QLabel] = {}

    def value_label(self, name: str) -> QLabel:
        """Recorded text: wrapped, shown as typed (never as markup), selectable to copy."""
        value = QLabel(self.host)
        value.setObjectName(name)
        value.setWordWrap(True)
        value.setTextFormat(Qt.TextFormat.PlainText)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return value

    def add_values(self, rows: tuple[tuple[str, str], ...], prefix: str) -> None:
        """A row a (key, caption); the value's object name is ``prefix`` + key."""
        for name, text in rows:
            label = QLabel(text, self.host)
            label.setStyleSheet(HINT_STYLE)
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)  # beside a value's first line
            value = self.value_label(f"{prefix}{name}")
            self.values[name] = value
            self.grid.addRow(label, value)
        self.column.addLayout(self.grid)
