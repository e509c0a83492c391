"""Keeping track of the dialogs a page or panel opened, so the lock can empty and close them."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog


class OpenDialogs(QObject):
    """The dialogs one owner has open; ``items`` is the live list.

    Dialogs are wired to this object's bound method, never to a closure: PySide
    keeps a closure connected to a deleted dialog alive, and collecting it later
    can crash.
    """

    def __init__(self, parent: QObject | None = None, *, clear_on_close: bool = False) -> None:
        super().__init__(parent)
        self.items: list[QDialog] = []
        # For dialogs holding record text: scrub it whatever closed them (done, cancel, lock).
        self._clear_on_close = clear_on_close

    def open(self, dialog: QDialog) -> None:
        """Track ``dialog`` and show it window-modal (``open()``)."""
        self.track(dialog)
        dialog.open()

    def track(self, dialog: QDialog) -> None:
        """Track a dialog the owner shows itself (e.g. a non-modal window)."""
        self.items.append(dialog)
        dialog.finished.connect(self._closed)

    def _closed(self) -> None:
        dialog = self.sender()
        assert isinstance(dialog, QDialog)   # only tracked dialogs' finished signal comes here
        if dialog in self.items:
            self.items.remove(dialog)
        if self._clear_on_close:
            _clear(dialog)
        dialog.deleteLater()

    def close_all(self) -> None:
        """On lock: every open dialog forgets what was typed into it and closes."""
        for dialog in list(self.items):
            _clear(dialog)
            dialog.reject()
        self.items.clear()


def _clear(dialog: QDialog) -> None:
    clear = getattr(dialog, "clear", None)
    if callable(clear):
        clear()
