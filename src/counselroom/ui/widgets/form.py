"""Forms that show each problem next to its field and never lose what was typed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from counselroom.domain.errors import CounselRoomError, ValidationError
from counselroom.ui.messages import error_text
from counselroom.ui.styles import ERROR_STYLE

INVALID_PROPERTY = "invalid"


class FieldError(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(ERROR_STYLE)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_text(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


class Form(QWidget):
    """A form layout whose rows each carry an error line under the input.

    ``banner`` shows errors that belong to no single field.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.banner = FieldError(self)
        outer.addWidget(self.banner)
        self.layout_ = QFormLayout()
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.layout_.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        outer.addLayout(self.layout_)
        self._fields: dict[str, tuple[QWidget, FieldError]] = {}

    def add(self, name: str, label: str, widget: QWidget, hint: str = "") -> QWidget:
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = FieldError(box)
        column.addWidget(error)
        if hint:
            hint_label = QLabel(hint, box)
            hint_label.setWordWrap(True)
            hint_label.setStyleSheet("color: #5f6368;")
            column.addWidget(hint_label)
        label_widget = QLabel(label, self)
        label_widget.setBuddy(widget)
        self.layout_.addRow(label_widget, box)
        self._fields[name] = (widget, error)
        return widget

    def add_row(self, label: str, widget: QWidget) -> None:
        self.layout_.addRow(label, widget)

    def error_for(self, name: str) -> FieldError:
        return self._fields[name][1]

    def widget_for(self, name: str) -> QWidget:
        return self._fields[name][0]

    def clear_errors(self) -> None:
        self.banner.show_text("")
        for widget, error in self._fields.values():
            error.show_text("")
            widget.setProperty(INVALID_PROPERTY, False)
            widget.setStyleSheet("")

    def show_field_error(self, name: str, text: str) -> None:
        widget, error = self._fields[name]
        error.show_text(text)
        widget.setProperty(INVALID_PROPERTY, True)
        # A style-sheet border makes Qt draw a spin box's arrows as empty squares:
        # there the red line under the field says enough.
        if not isinstance(widget, QAbstractSpinBox):
            widget.setStyleSheet("border: 1px solid #b3261e; border-radius: 3px;")
        widget.setFocus()

    def show_error(self, err: CounselRoomError, field_map: dict[str, str] | None = None) -> None:
        """Put ``err`` next to its field if the form has it, else in the banner."""
        self.clear_errors()
        if isinstance(err, ValidationError):
            name = (field_map or {}).get(err.field, err.field)
            if name in self._fields:
                self.show_field_error(name, error_text(err))
                return
        self.banner.show_text(error_text(err))
