"""Choosing several registered clients, e.g. the other participants of a group visit (团体咨询).

Type a name, pinyin initials or a case number; the matches are listed under the box,
Up/Down move through them and Enter (or a click) adds the highlighted one as a chip.
Each chip has a × to take that client off again.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QFrame, QHBoxLayout, QLabel, QLayout, QLayoutItem, QLineEdit, QListWidget,
    QListWidgetItem, QSizePolicy, QToolButton, QVBoxLayout, QWidget,
)

from counselroom.domain.clients import Client, ClientQuery
from counselroom.domain.errors import CounselRoomError
from counselroom.services.clients import ClientService
from counselroom.services.session import Session
from counselroom.ui.messages import error_text
from counselroom.ui.styles import (
    ERROR_INK, ERROR_STYLE, GREY_FILL, HINT_STYLE, LIGHT_BORDER, SECONDARY_INK, SELECTION_BG, SELECTION_BORDER,
)

SEARCH_DELAY_MS = 150
SEARCH_LIMIT = 30
MATCH_ROWS = 5
ID_ROLE = Qt.ItemDataRole.UserRole
CHIP_STYLE = (f"QFrame#chip {{ background: {SELECTION_BG}; border: 1px solid {SELECTION_BORDER};"
              " border-radius: 12px; }"
              f"QFrame#chip[readOnly=\"true\"] {{ background: {GREY_FILL}; border-color: {LIGHT_BORDER}; }}"
              f"QToolButton {{ border: none; padding: 0 2px; color: {SECONDARY_INK}; font-weight: 600; }}"
              f"QToolButton:hover {{ color: {ERROR_INK}; }}")


def client_line(client: Client) -> str:
    """'王䶮 · 2026-0003 · 初二 3班': how a client is told apart from a namesake."""
    group = " ".join(x for x in (client.grade, client.class_name) if x)
    return " · ".join(p for p in (client.name, client.case_no, group) if p)


def chip_text(client: Client) -> str:
    """'王䶮 · 2026-0003': short, yet namesakes stay apart."""
    return " · ".join(p for p in (client.name, client.case_no) if p)


class FlowLayout(QLayout):
    """Lays its items out left to right, wrapping onto further lines (for chips)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect: QRect, move: bool) -> int:
        x, y, line = rect.x(), rect.y(), 0
        for item in self._items:
            widget = item.widget()
            if widget is not None and widget.isHidden():
                continue
            hint = item.sizeHint()
            if x + hint.width() > rect.right() + 1 and line > 0:
                x, y, line = rect.x(), y + line + self._spacing, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line = max(line, hint.height())
        return y + line - rect.y()


class Chip(QFrame):
    """One chosen client; the × takes them off."""

    remove_requested = Signal(int)

    def __init__(self, client_id: int, text: str, tip: str, removable: bool, parent: QWidget) -> None:
        super().__init__(parent)
        self.client_id = client_id
        self.setObjectName("chip")
        self.setProperty("readOnly", not removable)
        self.setStyleSheet(CHIP_STYLE)
        self.setToolTip(tip)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 2, 4 if removable else 10, 2)
        row.setSpacing(2)
        self.label = QLabel(text, self)
        self.label.setObjectName("chipLabel")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        row.addWidget(self.label)
        self.remove_button: QToolButton | None = None
        if removable:
            self.remove_button = QToolButton(self)
            self.remove_button.setObjectName("removeChip")
            self.remove_button.setText("×")
            self.remove_button.setToolTip(self.tr("Remove {name}").format(name=text))
            self.remove_button.setAutoRaise(True)
            self.remove_button.clicked.connect(self._remove)
            row.addWidget(self.remove_button)

    def _remove(self) -> None:
        self.remove_requested.emit(self.client_id)


class ClientPicker(QWidget):
    """Several registered clients, found as you type and shown as removable chips."""

    changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clientPicker")
        self._session = session
        self._chosen: dict[int, tuple[str, str]] = {}   # id -> (chip text, tooltip), in the order added
        self._excluded: set[int] = set()
        self._read_only = False

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)

        self.chips_box = QWidget(self)
        self.chips_box.setObjectName("chosenClients")
        self.chips = FlowLayout(self.chips_box)
        column.addWidget(self.chips_box)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("noClientsChosen")
        self.empty_label.setStyleSheet(HINT_STYLE)
        column.addWidget(self.empty_label)

        self.search = QLineEdit(self)
        self.search.setObjectName("clientPickerSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Add: name, pinyin initials (e.g. zs) or case no."))
        self.search.setToolTip(self.tr("Type to find a registered client; Up/Down choose, Enter adds"))
        self.search.textChanged.connect(self._text_changed)
        self.search.installEventFilter(self)
        column.addWidget(self.search)
        self.matches = QListWidget(self)
        self.matches.setObjectName("clientPickerMatches")
        self.matches.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.matches.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the typing stays in the box
        self.matches.setAlternatingRowColors(True)
        self.matches.itemClicked.connect(self._item_clicked)
        self.matches.hide()
        column.addWidget(self.matches)
        self.note = QLabel(self)
        self.note.setObjectName("clientPickerNote")
        self.note.setWordWrap(True)
        self.note.hide()
        column.addWidget(self.note)
        self.setFocusProxy(self.search)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self._show_empty()

    # -- the form marks an invalid field by styling it: mark the box one types in ------------
    def setStyleSheet(self, sheet: str) -> None:
        self.search.setStyleSheet(sheet)

    # -- what is chosen ---------------------------------------------------------------------
    def participants(self) -> tuple[int, ...]:
        return tuple(self._chosen)

    def set_excluded(self, client_ids) -> None:
        """Clients never offered (e.g. the case's own client)."""
        self._excluded = set(client_ids)

    def set_participants(self, client_ids) -> None:
        """Show these clients (by name) as chosen; nothing is emitted."""
        ids = tuple(dict.fromkeys(client_ids))
        found: dict[int, Client] = {}
        if ids:
            try:
                clients = ClientService(self._session).search(
                    ClientQuery(ids=ids, include_inactive=True, limit=len(ids)))
                found = {c.id: c for c in clients}
            except CounselRoomError as err:
                self._show_note(error_text(err), ERROR_STYLE)
        self._chosen = {}
        for client_id in ids:
            client = found.get(client_id)
            if client is None:
                self._chosen[client_id] = (self.tr("Client no. {id}").format(id=client_id), "")
            else:
                self._chosen[client_id] = (chip_text(client), client_line(client))
        self._rebuild_chips()

    def add(self, client: Client) -> bool:
        if client.id in self._chosen or client.id in self._excluded or self._read_only:
            return False
        self._chosen[client.id] = (chip_text(client), client_line(client))
        self._rebuild_chips()
        self.changed.emit()
        return True

    def remove(self, client_id: int) -> None:
        if self._read_only or self._chosen.pop(client_id, None) is None:
            return
        self._rebuild_chips()
        self.changed.emit()
        self.search.setFocus()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.search.setVisible(not read_only)
        if read_only:
            self._timer.stop()
            self._forget_search()
        self._rebuild_chips()

    def is_read_only(self) -> bool:
        return self._read_only

    def _rebuild_chips(self) -> None:
        while self.chips.count():
            item = self.chips.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        for client_id, (text, tip) in self._chosen.items():
            chip = Chip(client_id, text, tip, not self._read_only, self.chips_box)
            chip.remove_requested.connect(self.remove)
            self.chips.addWidget(chip)
            chip.show()
        self.chips_box.setVisible(bool(self._chosen))
        self.chips.invalidate()
        self._show_empty()
        self.updateGeometry()

    def _show_empty(self) -> None:
        if self._chosen:
            self.empty_label.hide()
            return
        self.empty_label.setText(self.tr("None recorded.") if self._read_only else
                                 self.tr("No one chosen yet."))
        self.empty_label.setVisible(True)

    def chip_texts(self) -> list[str]:
        return [text for text, _tip in self._chosen.values()]

    def chip_widgets(self) -> list[Chip]:
        """The chips on show (removed ones are deleted once control returns to the event loop)."""
        items = (self.chips.itemAt(i) for i in range(self.chips.count()))
        return [w for item in items if item is not None and isinstance(w := item.widget(), Chip)]   # all chips

    # -- finding ------------------------------------------------------------------------------
    def _text_changed(self, *_args) -> None:
        # Input methods commit without textEdited: every change searches again.
        self._timer.start()

    def search_now(self) -> None:
        self._timer.stop()
        text = self.search.text().strip()
        self.matches.clear()
        if not text:
            self.matches.hide()
            self.note.hide()
            return
        try:
            found = ClientService(self._session).search(ClientQuery(text=text, limit=SEARCH_LIMIT))
        except CounselRoomError as err:
            self.matches.hide()
            self._show_note(error_text(err), ERROR_STYLE)
            return
        found = [c for c in found if c.id not in self._chosen and c.id not in self._excluded]
        for client in found:
            item = QListWidgetItem(client_line(client), self.matches)
            item.setData(ID_ROLE, client)
        self.matches.setVisible(bool(found))
        self._fit_matches()
        if found:
            self.matches.setCurrentRow(0)
            self._show_note(self.tr("Enter adds the highlighted client."), HINT_STYLE)
        else:
            self._show_note(self.tr("No other registered client matches \"{text}\".").format(text=text),
                            HINT_STYLE)

    def _fit_matches(self) -> None:
        """As tall as its rows, up to about five; then it scrolls."""
        rows = min(self.matches.count(), MATCH_ROWS)
        row = self.matches.sizeHintForRow(0) if self.matches.count() else 0
        self.matches.setFixedHeight(rows * row + 2 * self.matches.frameWidth() + 2)

    def _show_note(self, text: str, style: str) -> None:
        self.note.setStyleSheet(style)
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def add_current(self) -> bool:
        """Add the highlighted match (Enter)."""
        if self._timer.isActive():
            self.search_now()
        item = self.matches.currentItem()
        if item is None or not self.matches.isVisible():
            return False
        return self._take(item)

    def _item_clicked(self, item: QListWidgetItem) -> None:
        self._take(item)

    def _take(self, item: QListWidgetItem) -> bool:
        added = self.add(item.data(ID_ROLE))
        if added:
            self._forget_search()
            self.search.setFocus()
        return added

    def _forget_search(self) -> None:
        """Empty the search line (without searching again) and hide its matches and note."""
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.matches.clear()
        self.matches.hide()
        self.note.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.matches.count():
                row = self.matches.currentRow() + (1 if key == Qt.Key.Key_Down else -1)
                self.matches.setCurrentRow(max(0, min(row, self.matches.count() - 1)))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.add_current():
                    return True
                return bool(self.search.text().strip())  # a typed search never triggers a default button
            if key == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                return True
        return super().eventFilter(watched, event)

    # -- forgetting ----------------------------------------------------------------------------
    def clear(self) -> None:
        self._timer.stop()
        self._forget_search()
        self.note.clear()
        self._chosen = {}
        self._excluded = set()
        self._rebuild_chips()
