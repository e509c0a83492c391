"""A combo box as wide as its longest item as it is drawn."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QWidget


class FittedComboBox(QComboBox):
    """Sized to its longest item's advance width, never cut short.

    Qt sizes an ``AdjustToContents`` combo box by its items' ink (bounding box), which leaves
    out the side bearings of full-width punctuation: in the CJK font "（无）" is 42 px wide but
    its ink only 24 px, so the box showed "（无"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

    def sizeHint(self) -> QSize:
        return self._fitted(super().sizeHint())

    def minimumSizeHint(self) -> QSize:
        return self._fitted(super().minimumSizeHint())

    def _fitted(self, hint: QSize) -> QSize:
        metrics = self.fontMetrics()
        longest = max((metrics.horizontalAdvance(self.itemText(i)) for i in range(self.count())), default=0)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        needed = self.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option,
                                               QSize(longest, metrics.height()), self)
        return QSize(max(hint.width(), needed.width()), hint.height())
