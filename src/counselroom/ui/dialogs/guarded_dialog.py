"""Dialogs that ask before throwing away what was typed, and grow to fit their messages."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QBoxLayout, QDialog, QMessageBox, QPushButton, QWidget

from counselroom.ui.widgets.buttons import dialog_buttons


class GuardedDialog(QDialog):
    """Cancel, Esc or the close button ask first when ``is_dirty()``.

    The lock calls ``clear()`` first, which sets ``_discard_ok``, so a form never
    stops the lock with a question; so does a successful save.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._discard_ok = False

    def is_dirty(self) -> bool:
        return False

    def discard_question(self) -> str:
        return QCoreApplication.translate("GuardedDialog", "Close and discard what you typed?")

    def add_button_row(self, layout: QBoxLayout, action_text: str, action_slot: Callable[[], object], *,
                       action_name: str = "saveButton",
                       cancel_name: str = "cancelButton") -> tuple[QPushButton, QPushButton]:
        """The foot of a record dialog, added to ``layout``: ``[Cancel] [action]``; returns ``(cancel, action)``.

        Made by :func:`dialog_buttons`: the action is the default button, so Enter in a field runs
        it; Cancel is never the default and, like Esc and the close button, goes through
        :meth:`reject`, which asks before typed text is lost."""
        row, cancel, action = dialog_buttons(self, action_text, action_slot, action_name=action_name,
                                             cancel_name=cancel_name)
        layout.addLayout(row)
        return cancel, action

    def reject(self) -> None:
        if not self._discard_ok and self.is_dirty():
            answer = QMessageBox.question(
                self, self.windowTitle(), self.discard_question(),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    def fit_height(self) -> None:
        """Grow to the height wrapped hints and messages need at the current width.

        (A window does not follow its layout's height-for-width by itself, so
        wrapped lines would be cut off.)"""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else -1
        if needed <= 0:
            needed = self.sizeHint().height()
        self.resize(self.width(), max(needed, self.minimumSizeHint().height(), self.height()))


class FittingDialog(QDialog):
    """A dialog that stays tall enough for every wrapped line at its current width, whenever it is
    shown or resized and after its texts change (``fit_to_text``): a QLabel that wraps does not
    raise its dialog's minimum height by itself."""

    def fit_to_text(self) -> None:
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        needed = layout.heightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.fit_to_text()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_to_text()
