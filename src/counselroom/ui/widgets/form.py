"""Forms that show each problem next to its field and never lose what was typed.

One mechanism for every message about a field (:class:`FieldError`):

- it wraps, and the line is as tall as its wrapped text at the field's width (never cut);
- under a form's field its line is reserved: one line tall even while empty, so a
  message appearing or going away does not move the fields under it (a longer message
  may still grow it);
- it clears itself as soon as the person edits the field it is about.
"""

from __future__ import annotations

from functools import cache
from typing import TypeVar

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractSpinBox, QBoxLayout, QComboBox, QDateTimeEdit, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QTextEdit, QVBoxLayout, QWidget,
)

from counselroom.domain.errors import CounselRoomError, ValidationError
from counselroom.ui.messages import error_text
from counselroom.ui.styles import ERROR_STYLE, INVALID_BORDER
from counselroom.ui.widgets.hint_label import hint_label

INVALID_PROPERTY = "invalid"
# Between two rows of a form: the reserved error line under each field already keeps them apart.
ROW_GAP = 2
ERROR_FONT_SCALE = 0.9

_INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit, QAbstractButton)

_Field = TypeVar("_Field", bound=QWidget)


def edit_signals(widget: QWidget) -> list:
    """The signals by which ``widget`` says the person changed its value (empty: not an input)."""
    if isinstance(widget, QComboBox):
        signals = [widget.activated]
        line_edit = widget.lineEdit()
        if widget.isEditable() and line_edit is not None:
            signals.append(line_edit.textEdited)
        return signals
    if isinstance(widget, QLineEdit):
        return [widget.textEdited]              # typed or committed by an input method, not set by code
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return [widget.textChanged]
    if isinstance(widget, QDateTimeEdit):       # QDateEdit and QTimeEdit too
        return [widget.dateTimeChanged]
    if isinstance(widget, QAbstractSpinBox):
        return [widget.valueChanged] if hasattr(widget, "valueChanged") else []
    if isinstance(widget, QAbstractButton):
        return [widget.toggled] if widget.isCheckable() else []
    changed = getattr(widget, "changed", None)  # composite inputs of this application (e.g. ClientPicker)
    return [changed] if changed is not None and hasattr(changed, "connect") else []


def _inputs_of(widget: QWidget) -> list[QWidget]:
    """``widget`` if it is an input, else the inputs inside it."""
    if edit_signals(widget):
        return [widget]
    return [w for w in widget.findChildren(QWidget) if isinstance(w, _INPUTS) and edit_signals(w)]


def wrapping_policy() -> QSizePolicy:
    """For a wrapped label that takes its row's width. (Its height follows its width: a size
    policy without that flag, set after ``setWordWrap``, would cut the label to one line.)"""
    policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(True)
    return policy


@cache
def _line_input_height() -> int:
    """The height of a one-line input: a row's label is centred on that."""
    return QLineEdit().sizeHint().height()


def _grows_sideways(widget: QWidget) -> bool:
    """Whether a form row would widen ``widget`` to its full width (Qt's own answer: an Expanding
    policy, or a layout inside that expands)."""
    policy = widget.sizePolicy().horizontalPolicy().value
    if policy & QSizePolicy.PolicyFlag.ExpandFlag.value:
        return True
    layout = widget.layout()   # as QWidgetItem has it: a layout that expands widens a widget that may grow
    return bool(layout is not None and policy & QSizePolicy.PolicyFlag.GrowFlag.value
                and layout.expandingDirections() & Qt.Orientation.Horizontal)


class FieldError(QLabel):
    """The message about one field: wrapped, selectable, cleared when the field is edited.

    Hidden while there is nothing to say (``isVisible()`` means a message is shown). Put it
    in a layout with :meth:`add_to` so its line stays reserved while it is empty.
    """

    def __init__(self, parent: QWidget | None = None, *, small: bool = True) -> None:
        super().__init__(parent)
        self.setStyleSheet(ERROR_STYLE)
        if small:
            # A little smaller than the fields' text, like a hint under a form field: the line each
            # field keeps for it then reads as the space between the rows rather than as a gap.
            font = self.font()
            font.setPointSizeF(font.pointSizeF() * ERROR_FONT_SCALE)
            self.setFont(font)
        self.setTextFormat(Qt.TextFormat.PlainText)
        # As wide as the row it is in, so it wraps there and not at the width of a short input.
        self.setSizePolicy(wrapping_policy())
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._strut: QWidget | None = None
        self._watched: list[QWidget] = []
        self._on_edit = None
        self.hide()

    # The heightForWidth flag belongs to word wrap: a size policy set later must not drop it,
    # or the label would get one line's height for a wrapped message.
    def setSizePolicy(self, *args) -> None:
        policy = args[0] if len(args) == 1 else QSizePolicy(*args)
        policy.setHeightForWidth(True)
        super().setSizePolicy(policy)

    def line_height(self) -> int:
        """The height of one line of message, as the label measures it."""
        line = self.fontMetrics().boundingRect(QRect(0, 0, 10_000, 10_000), Qt.TextFlag.TextWordWrap, "中Xg")
        margins = self.contentsMargins()
        return line.height() + 2 * self.margin() + margins.top() + margins.bottom()

    def show_text(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))

    def add_to(self, layout: QBoxLayout, *, reserve: bool = True) -> None:
        """Add this line to ``layout``; ``reserve``: it keeps one line's height while empty."""
        if not reserve:
            layout.addWidget(self)
            return
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        # A strut one line tall: the line keeps its height whether the label shows or not. (A widget,
        # not a spacer item: a line holding only a spacer counts as empty, and the layout would leave
        # out the spacing above it until the message shows.)
        self._strut = QWidget(self.parentWidget())
        self._strut.setObjectName("errorLineStrut")
        self._strut.setFixedSize(0, self.line_height())
        row.addWidget(self._strut)
        row.addWidget(self)
        layout.addLayout(row)

    def watch(self, *widgets: QWidget, on_edit=None) -> None:
        """Clear the message when the person edits one of ``widgets`` (or an input inside one).

        ``on_edit`` is called instead of clearing just the text (a form also takes the
        outline off the field)."""
        if on_edit is not None:
            self._on_edit = on_edit
        for widget in widgets:
            for target in _inputs_of(widget):
                if target in self._watched:
                    continue
                self._watched.append(target)
                for signal in edit_signals(target):
                    signal.connect(self._edited)

    def _edited(self, *_args) -> None:
        if not self.text():
            return
        if self._on_edit is not None:
            self._on_edit()
        else:
            self.show_text("")

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        strut = getattr(self, "_strut", None)   # also called while __init__ sets the font, before _strut exists
        if event.type() == QEvent.Type.FontChange and strut is not None:
            strut.setFixedSize(0, self.line_height())


class _FormLayout(QFormLayout):
    """A form layout whose rows are kept apart by their reserved error lines, not by wide spacing."""

    def setVerticalSpacing(self, spacing: int) -> None:
        # Forms were laid out with 6-12 px between rows before each row reserved a line for
        # its message; that line now does the separating.
        super().setVerticalSpacing(min(spacing, ROW_GAP))


class Form(QWidget):
    """A form layout whose rows each carry an error line under the input (and its hint).

    ``banner`` shows errors that belong to no single field.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.banner = FieldError(self, small=False)   # above the form, about all of it
        outer.addWidget(self.banner)
        self.layout_ = _FormLayout()
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.layout_.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.layout_.setVerticalSpacing(ROW_GAP)
        outer.addLayout(self.layout_)
        self._fields: dict[str, tuple[QWidget, FieldError]] = {}
        self._styles: dict[str, str] = {}   # a field's own style sheet while it is outlined
        self._sizes: dict[str, QSize] = {}  # and its own minimum size

    def add(self, name: str, label: str, widget: _Field, hint: str = "") -> _Field:
        box = QWidget(self)
        # Every row takes the form's width: its hint and error wrap there.
        box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        if _grows_sideways(widget):
            column.addWidget(widget)
        else:   # a short input keeps its own width, as a form row gives it
            column.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)
        if hint:
            hint_line = hint_label(hint, box)
            hint_line.setSizePolicy(wrapping_policy())
            column.addWidget(hint_line)
        error = FieldError(box)
        error.add_to(column)
        error.watch(widget, on_edit=lambda: self.clear_field_error(name))
        label_widget = QLabel(label, self)
        label_widget.setBuddy(widget)
        # Level with the input's first line, however tall the row grows under it.
        label_widget.setMinimumHeight(min(widget.sizeHint().height(), _line_input_height()))
        label_widget.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        label_widget.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.layout_.addRow(label_widget, box)
        self._fields[name] = (widget, error)
        return widget

    def add_row(self, label: str, widget: QWidget) -> None:
        self.layout_.addRow(label, widget)

    def watch(self, name: str, *widgets: QWidget) -> None:
        """Editing any of ``widgets`` (beside the field in its row) also clears the field's error."""
        self.error_for(name).watch(*widgets)

    def error_for(self, name: str) -> FieldError:
        return self._fields[name][1]

    def widget_for(self, name: str) -> QWidget:
        return self._fields[name][0]

    def has_errors(self) -> bool:
        return bool(self.banner.text()) or any(error.text() for _w, error in self._fields.values())

    def clear_field_error(self, name: str) -> None:
        widget, error = self._fields[name]
        error.show_text("")
        if widget.property(INVALID_PROPERTY):
            widget.setProperty(INVALID_PROPERTY, False)
            if name in self._styles:
                widget.setStyleSheet(self._styles.pop(name))
                widget.setMinimumSize(self._sizes.pop(name))
        self._relayout()

    def clear_errors(self) -> None:
        self.banner.show_text("")
        for name in self._fields:
            self.clear_field_error(name)

    def show_field_error(self, name: str, text: str) -> None:
        widget, error = self._fields[name]
        error.show_text(text)
        # A style-sheet border makes Qt draw a spin box's arrows as empty squares:
        # there the red line under the field says enough.
        if not isinstance(widget, QAbstractSpinBox) and name not in self._styles:
            self._outline(name, widget)
        widget.setProperty(INVALID_PROPERTY, True)
        widget.setFocus()
        self._relayout()

    def _outline(self, name: str, widget: QWidget) -> None:
        """The red border, at the field's present size: a style-sheet border drops the native frame
        and would make the field a few pixels smaller, moving the fields under it."""
        self._styles[name] = widget.styleSheet()
        self._sizes[name] = minimum = widget.minimumSize()
        now = widget.size() if widget.isVisible() else widget.sizeHint()
        height = max(minimum.height(), min(now.height(), widget.maximumHeight()))
        width = minimum.width()
        if not _grows_sideways(widget):
            width = max(width, min(now.width(), widget.maximumWidth()))
        widget.setMinimumSize(width, height)
        widget.setStyleSheet(INVALID_BORDER)

    def show_error(self, err: CounselRoomError, field_map: dict[str, str] | None = None) -> None:
        """Put ``err`` next to its field if the form has it, else in the banner."""
        self.clear_errors()
        if isinstance(err, ValidationError):
            name = (field_map or {}).get(err.field, err.field)
            if name in self._fields:
                self.show_field_error(name, error_text(err))
                return
        self.banner.show_text(error_text(err))
        self._relayout()

    def _relayout(self) -> None:
        # A form layout keeps the height-for-width it computed before a message changed.
        self.layout_.invalidate()


def row_box(field: QWidget) -> QWidget:
    """The box :meth:`Form.add` put ``field`` in (its error line is in it too): the row's field widget."""
    box = field.parentWidget()
    assert box is not None, "not a field added to a Form"
    return box


def row_column(field: QWidget) -> QVBoxLayout:
    """The column of ``field``'s :func:`row_box`: the field's line first, then its hint and error."""
    column = row_box(field).layout()
    assert isinstance(column, QVBoxLayout), "not a field added to a Form"
    return column
