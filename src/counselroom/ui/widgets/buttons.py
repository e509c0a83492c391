"""The push buttons of pages, panels and dialogs, made one way."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QPushButton, QWidget


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
