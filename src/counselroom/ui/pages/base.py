"""What every page of the main window provides."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QThread, QTimer
from PySide6.QtWidgets import (
    QBoxLayout, QDialog, QHBoxLayout, QLabel, QListWidget, QMessageBox, QPushButton, QVBoxLayout, QWidget,
)
from shiboken6 import delete, isValid, ownedByPython

from counselroom.domain.errors import CounselRoomError
from counselroom.ui.context import AppContext
from counselroom.ui.messages import error_text
from counselroom.services.session import Session
from counselroom.ui.open_dialogs import OpenDialogs
from counselroom.ui.page_loader import PageLoader
from counselroom.ui.styles import HINT_STYLE, OK_STYLE
from counselroom.ui.widgets.buttons import action_button


T = TypeVar("T")


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
        self._open_dialogs = OpenDialogs(self)
        self._dialogs = self._open_dialogs.items
        self.loader = PageLoader(ctx, self)
        self.busy = QLabel(self.tr("Loading…"), self)
        self.busy.setObjectName("pageBusy")
        self.busy.setStyleSheet(HINT_STYLE)
        self.busy.hide()
        self.loader.busy_changed.connect(self.busy.setVisible)

    def __del__(self) -> None:
        # A page without a parent (built on its own, as tests do) that sits in a reference cycle
        # is freed by the cyclic collector. Its tp_clear pass runs in no set order, and shiboken's
        # hands every wrapped layout item (PySide wraps them when a filled layout joins another)
        # back to Python: freeing such a wrapper deletes a QWidgetItem its layout still owns, or
        # already deleted with a nested layout the pass freed first, and gc.collect() segfaults.
        # Finalizers run before that pass: deleting the Qt side here invalidates those wrappers.
        if isValid(self) and ownedByPython(self) and QThread.currentThread() is self.thread():
            delete(self)

    def title(self) -> str:
        raise NotImplementedError

    # -- building blocks shared by the pages -------------------------------------
    def page_column(self, host: QWidget | None = None, spacing: int = 12) -> QVBoxLayout:
        """The page's main column (on ``host``, default the page), headed by its title."""
        layout = QVBoxLayout(host if host is not None else self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(spacing)
        heading = QLabel(self.title())
        heading.setObjectName("pageTitle")
        heading.setStyleSheet("font-size: 18pt; font-weight: 600;")
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.busy)
        layout.addLayout(top)
        return layout

    @staticmethod
    def section_label(text: str) -> QLabel:
        label = QLabel(text)
        label.setStyleSheet("font-weight: 600;")
        return label

    def titled_list(self, parent: QWidget, title: str, name: str) -> tuple[QWidget, QVBoxLayout, QListWidget]:
        """A section heading over a list, in a widget of its own (e.g. for a splitter)."""
        box = QWidget(parent)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        column.addWidget(self.section_label(title))
        items = QListWidget(box)
        items.setObjectName(name)
        column.addWidget(items, 1)
        return box, column, items

    def make_button(self, name: str, text: str, tip: str, slot: Callable[[], object]) -> QPushButton:
        return action_button(self, name, text, tip, slot)

    def add_status_line(self, layout: QBoxLayout, name: str, on_expire: Callable[[], object],
                        interval_ms: int = 8000, stretch: int = 0) -> None:
        """A one-line outcome message (``self.status``) that gives way after a while.

        ``self._status_timer`` restarts whenever a message is shown; when it fires,
        ``on_expire`` puts the page's hint (or nothing) back.
        """
        self.status = QLabel(self)
        self.status.setObjectName(name)
        self.status.setWordWrap(True)
        layout.addWidget(self.status, stretch)
        self._status_timer = QTimer(self, singleShot=True, interval=interval_ms)
        self._status_timer.timeout.connect(on_expire)

    @classmethod
    def allowed_for(cls, user) -> bool:
        return True

    def refresh(self) -> None:
        """Reload from the services: through :meth:`load` for anything more than a few rows."""

    def load(self, gather: Callable[[Session], T], show: Callable[[T], None], *, slot: str = "page",
             failed: Callable[[CounselRoomError], None] | None = None, audits: bool = False) -> None:
        """``gather(session)`` on a worker with a read-only connection of its own, then
        ``show(result)`` on this thread, unless a newer load of ``slot`` started or the
        records locked meanwhile (see ui/page_loader.py). An error empties the page and
        is shown, unless ``failed`` says otherwise. ``audits``: see ``PageLoader.load``."""
        self.loader.load(gather, show, slot=slot, failed=failed or self._load_failed, audits=audits)

    def _load_failed(self, err: CounselRoomError) -> None:
        self.clear_sensitive()
        self.show_error(err)

    def clear_sensitive(self) -> None:
        """Forget everything that came from the records."""

    # -- outcomes --------------------------------------------------------------------
    def show_done(self, text: str) -> None:
        self.status.setStyleSheet(OK_STYLE)
        self.status.setText(text)
        self._status_timer.start()

    def show_error(self, err: CounselRoomError) -> None:
        QMessageBox.warning(self, self.title(), error_text(err))

    # -- dialogs the page opens ------------------------------------------------------
    def open_dialog(self, dialog: QDialog) -> None:
        self._open_dialogs.open(dialog)

    def close_dialogs(self) -> None:
        """On lock: every open dialog forgets what was typed into it and closes."""
        self._open_dialogs.close_all()
