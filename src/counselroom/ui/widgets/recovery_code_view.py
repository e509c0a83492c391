"""The recovery code shown large, in numbered groups, for copying onto paper."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from counselroom.ui.styles import PAPER_BOX, PAPER_NUMBER_INK


class RecoveryCodeView(QFrame):
    def __init__(self, groups: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryCode")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(f"#recoveryCode {{ {PAPER_BOX} }}")
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(2)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSize(20)
        mono.setWeight(QFont.Weight.DemiBold)
        self.group_labels: list[QLabel] = []
        for index, group in enumerate(groups):
            row, col = divmod(index, 4)
            number = QLabel(str(index + 1), self)
            number.setStyleSheet(f"color: {PAPER_NUMBER_INK};")
            number.setAlignment(Qt.AlignmentFlag.AlignCenter)
            digits = QLabel(group, self)
            digits.setFont(mono)
            digits.setAlignment(Qt.AlignmentFlag.AlignCenter)
            digits.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(number, row * 2, col)
            grid.addWidget(digits, row * 2 + 1, col)
            self.group_labels.append(digits)

    def clear(self) -> None:
        for label in self.group_labels:
            label.setText("······")
