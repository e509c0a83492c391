"""What the tabs of a case window (crisis, referrals, consent, tests) share: one case, its dialogs, an outcome line."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QBoxLayout, QDialog, QHBoxLayout, QHeaderView, QLabel, QSplitter, QStackedWidget, QTableView, QVBoxLayout,
    QWidget,
)

from counselroom.domain.cases import Case
from counselroom.ui.context import AppContext
from counselroom.ui.open_dialogs import OpenDialogs
from counselroom.ui.styles import ERROR_STYLE, HINT_STYLE, OK_STYLE
from counselroom.ui.widgets.hint_label import hint_label

STATUS_MS = 8000   # how long an outcome stays on the status line


class CasePanel(QWidget):
    """One kind of record of one case, in a tab of the case window (or beside a page's list).

    ``show_case(case)`` loads the records through the services; ``clear()`` forgets
    everything that came from them (the lock, or no case shown); ``changed`` is emitted
    after the panel saved something, so the window can show its other tabs again.
    Dialogs are opened with ``open_dialog``, so ``close_dialogs`` can empty and close them.
    """

    changed = Signal()
    #: object name (tests and style sheets find the panel by it)
    key = "casePanel"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(self.key)
        self._open_dialogs = OpenDialogs(self)
        self._dialogs = self._open_dialogs.items

    def show_case(self, case: Case) -> None:
        raise NotImplementedError

    def clear(self) -> None:
        raise NotImplementedError

    # -- a list of records above the selected one ---------------------------------------------
    def add_notice_and_body(self, notice_name: str) -> tuple[QVBoxLayout, QVBoxLayout, QHBoxLayout]:
        """``self.notice`` (why nothing is shown) above ``self.body`` (what is shown).

        Returns the panel's layout, the body's, and the body's row of buttons (already in it).
        """
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(8)
        self.notice = hint_label("", self, notice_name)
        outer.addWidget(self.notice)
        self.body = QWidget(self)
        column = QVBoxLayout(self.body)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        column.addLayout(buttons)
        return outer, column, buttons

    def add_record_list(self, column: QBoxLayout, table: QTableView, stretch_column: int, detail: QWidget,
                        empty_text: str, empty_name: str) -> QSplitter:
        """The records' ``table`` (or ``self.empty`` saying there are none yet, in ``self.list_stack``)
        above the selected one's ``detail``; ``stretch_column`` takes the width the others leave."""
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(empty_text, self.body)
        self.empty.setObjectName(empty_name)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(HINT_STYLE + " padding: 48px 24px;")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.list_stack = QStackedWidget(self.body)
        self.list_stack.addWidget(table)
        self.list_stack.addWidget(self.empty)
        # One above the other: the table needs the width for its columns.
        splitter = QSplitter(Qt.Orientation.Vertical, self.body)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.list_stack)
        splitter.addWidget(detail)
        column.addWidget(splitter, 1)
        return splitter

    def show_notice(self, text: str, error: bool = False) -> None:
        """The notice instead of the body (which the caller has emptied)."""
        self.body.hide()
        self.notice.setStyleSheet(ERROR_STYLE if error else HINT_STYLE)
        self.notice.setText(text)
        self.notice.show()

    # -- dialogs the panel opens -------------------------------------------------------------
    # Their signals go to bound methods, never closures (see OpenDialogs).
    def open_dialog(self, dialog: QDialog) -> None:
        self._open_dialogs.open(dialog)

    def close_dialogs(self) -> None:
        """Every open dialog forgets what was typed into it and closes."""
        self._open_dialogs.close_all()

    def open_dialogs(self) -> list[QDialog]:
        return list(self._open_dialogs.items)

    # -- the outcome line ---------------------------------------------------------------------
    def add_status_line(self, layout: QBoxLayout, name: str, *, hidden_when_empty: bool = False) -> None:
        """``self.status``: what the last action did, cleared after ``STATUS_MS``.

        ``hidden_when_empty`` gives the line no room while it has nothing to say.
        """
        self.status = QLabel(self)
        self.status.setObjectName(name)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self._status_hides = hidden_when_empty
        if hidden_when_empty:
            self.status.hide()
        self._status_timer = QTimer(self, singleShot=True, interval=STATUS_MS)
        self._status_timer.timeout.connect(self._status_expired)

    def say(self, text: str, style: str) -> None:
        self.status.setStyleSheet(style)
        self.status.setText(text)
        if self._status_hides:
            self.status.show()
        self._status_timer.start()

    def show_done(self, text: str) -> None:
        self.say(text, OK_STYLE)

    def _status_expired(self) -> None:
        self.status.clear()
        if self._status_hides:
            self.status.hide()
