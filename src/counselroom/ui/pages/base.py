"""What every page of the main window provides."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from counselroom.ui.context import AppContext


class Page(QWidget):
    """A page in the main window's navigation.

    ``refresh`` loads what the page shows through the services; it is called
    when the page is shown and after unlocking. ``clear_sensitive`` is called
    when the records lock: it must drop every value that came from them (table
    rows, field contents), so nothing is left on screen or in widget memory.
    """

    # object name used by tests and the navigation
    key = "page"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(self.key)

    def title(self) -> str:
        raise NotImplementedError

    @classmethod
    def allowed_for(cls, user) -> bool:
        return True

    def refresh(self) -> None:
        """Reload from the services."""

    def clear_sensitive(self) -> None:
        """Forget everything that came from the records."""
