"""More than one widget in a row of a :class:`~counselroom.ui.widgets.form.Form`: beside its field, or under it.

The widgets go inside the field's row, so the row's error and hint stay below all of them.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QWidget

from counselroom.ui.widgets.form import row_column


def put_beside(first: QWidget, *others: QWidget, spacing: int = 12) -> None:
    """Put ``others`` on the same line as ``first`` (a field already added to a form)."""
    column = row_column(first)
    column.removeWidget(first)
    row = QHBoxLayout()
    row.setSpacing(spacing)
    row.addWidget(first)
    for widget in others:
        widget.setParent(first.parentWidget())
        row.addWidget(widget)
    row.addStretch(1)
    column.insertLayout(0, row)


def put_below(first: QWidget, *others: QWidget, spacing: int = 12) -> None:
    """A line of ``others`` under ``first``'s line, inside its form row."""
    column = row_column(first)
    row = QHBoxLayout()
    row.setSpacing(spacing)
    for widget in others:
        widget.setParent(first.parentWidget())
        row.addWidget(widget)
    row.addStretch(1)
    column.insertLayout(1, row)
