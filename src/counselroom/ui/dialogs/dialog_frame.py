"""The frame the record dialogs share: the margins of their column and the label gap of their form."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from counselroom.ui.widgets.form import Form


def dialog_column(dialog: QDialog, spacing: int = 12) -> QVBoxLayout:
    """``dialog``'s layout: one column, with the margins every record dialog has."""
    column = QVBoxLayout(dialog)
    column.setContentsMargins(20, 16, 20, 16)
    column.setSpacing(spacing)
    return column


def dialog_form(parent: QWidget) -> Form:
    """A :class:`Form` with the record dialogs' gap between the labels and the fields.

    (No gap between the rows: a form keeps them apart by each row's reserved error line.)"""
    form = Form(parent)
    form.layout_.setHorizontalSpacing(12)
    return form
