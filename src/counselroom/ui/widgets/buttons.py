"""The push buttons of pages, panels and dialogs, made one way."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QWidget


def action_button(parent: QWidget, name: str, text: str, tip: str, slot: Callable[[], object]) -> QPushButton:
    """A button that runs ``slot`` when clicked.

    Not an auto-default button: inside a dialog (the case window, the record
    dialogs) Enter then goes to the one default button, not to whichever button
    last had the focus.
    """
    button = QPushButton(text, parent)
    button.setObjectName(name)
    if tip:
        button.setToolTip(tip)
    button.setAutoDefault(False)
    button.clicked.connect(slot)
    return button


def dialog_buttons(dialog: QDialog, action_text: str, action_slot: Callable[[], object], *,
                   action_name: str = "saveButton", cancel_name: str = "cancelButton",
                   cancel_text: str | None = None, cancel_slot: Callable[[], object] | None = None,
                   leading: QWidget | None = None) -> tuple[QHBoxLayout, QPushButton, QPushButton]:
    """The row at the foot of a dialog: ``[leading or space] [Cancel] [action]``.

    Returns ``(row, cancel, action)``; the caller adds ``row`` to the dialog's layout
    (more buttons may be inserted before the action). The action is the dialog's
    default button, so Enter in any field runs it; Cancel (``cancel_slot``, by default
    ``dialog.reject``) is never the default, so Enter never throws away what was typed.
    Both buttons are children of ``dialog`` from the start: a button made default
    before it is in its dialog is overruled when the dialog is shown.

    ``leading`` (e.g. a status line) takes the free space left of the buttons.
    """
    row = QHBoxLayout()
    if leading is not None:
        row.addWidget(leading, 1)
    else:
        row.addStretch(1)
    cancel = QPushButton(cancel_text or QCoreApplication.translate("DialogButtons", "Cancel"), dialog)
    cancel.setObjectName(cancel_name)
    cancel.setAutoDefault(False)
    cancel.clicked.connect(cancel_slot or dialog.reject)
    action = QPushButton(action_text, dialog)
    action.setObjectName(action_name)
    action.setDefault(True)
    action.clicked.connect(action_slot)
    row.addWidget(cancel)
    row.addWidget(action)
    return row, cancel, action
