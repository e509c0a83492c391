"""The supervisor edits the physical items of the closing checklist (闭室检查).

Add, reword, reorder and take items off; the list is saved as a whole. Signed
closings keep the words they were signed with, so nothing of the past changes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget,
)

from counselroom.domain.closing import DEFAULTS_BY_CODE, LABEL_MAX, ChecklistItem, ItemDraft
from counselroom.domain.errors import CounselRoomError
from counselroom.services.closing import ClosingService
from counselroom.services.session import Session
from counselroom.ui.dialogs.dialog_frame import dialog_column
from counselroom.ui.dialogs.guarded_dialog import GuardedDialog
from counselroom.ui.messages import error_text
from counselroom.ui.widgets.buttons import action_button
from counselroom.ui.widgets.form import FieldError
from counselroom.ui.widgets.hint_label import hint_label

ID_ROLE = Qt.ItemDataRole.UserRole
CODE_ROLE = Qt.ItemDataRole.UserRole + 1


class ClosingItemsDialog(GuardedDialog):
    """One row per item; the words of the selected row are edited in the field under the list."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = ClosingService(session)
        self.saved: list[ChecklistItem] | None = None
        self.setObjectName("closingItemsDialog")
        self.setWindowTitle(self.tr("Closing checklist items"))
        self.setMinimumSize(600, 580)
        outer = dialog_column(self, spacing=10)

        outer.addWidget(hint_label(self.tr(
            "What the person closing the room checks and ticks before leaving. The defaults quote the room's "
            "rules (关好门窗，切断电器设备的电源，严禁私接电源). Changes apply from the next closing; closings "
            "already signed keep the words they were signed with."), self))
        self.banner = FieldError(self)
        self.banner.setObjectName("itemsError")
        outer.addWidget(self.banner)

        row = QHBoxLayout()
        row.setSpacing(10)
        self.list = QListWidget(self)
        self.list.setObjectName("itemsList")
        self.list.setStyleSheet("QListWidget { font-size: 11pt; } QListWidget::item { padding: 6px 4px; }")
        self.list.currentRowChanged.connect(self._row_changed)
        row.addWidget(self.list, 1)
        buttons = QVBoxLayout()
        buttons.setSpacing(6)
        self.add_button = action_button(self, "addItem", self.tr("Add item"),
                                        self.tr("Add an item at the end (Ctrl+N)"), self.add_item)
        self.remove_button = action_button(self, "removeItem", self.tr("Remove"),
                                           self.tr("Take the selected item off the list"), self.remove_item)
        self.up_button = action_button(self, "moveUp", self.tr("Move up"), self.tr("Ctrl+Up"), self.move_up)
        self.down_button = action_button(self, "moveDown", self.tr("Move down"), self.tr("Ctrl+Down"), self.move_down)
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        row.addLayout(buttons)
        outer.addLayout(row, 1)

        words = QLabel(self.tr("&Words of the selected item:"), self)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("itemText")
        self.edit.setMaxLength(LABEL_MAX)
        self.edit.setPlaceholderText(self.tr("e.g. 饮水机电源已拔掉 (water dispenser unplugged)"))
        self.edit.textEdited.connect(self._text_edited)
        words.setBuddy(self.edit)
        outer.addWidget(words)
        outer.addWidget(self.edit)
        self.rule = hint_label("", self, "itemRule")
        outer.addWidget(self.rule)

        self.cancel_button, self.save_button = self.add_button_row(outer, self.tr("Save list"), self.save)

        QShortcut(QKeySequence("Ctrl+N"), self, self.add_item)
        QShortcut(QKeySequence("Ctrl+Up"), self, self.move_up)
        QShortcut(QKeySequence("Ctrl+Down"), self, self.move_down)

        self._initial: list[tuple[int | None, str]] = []
        try:
            self._fill(self.service.items())
        except CounselRoomError as err:
            self.banner.show_text(error_text(err))
        self._update_buttons()

    def _fill(self, items: list[ChecklistItem]) -> None:
        self.list.clear()
        for item in items:
            self._append(item.label, item.id, item.code)
        self._initial = self.rows()
        if self.list.count():
            self.list.setCurrentRow(0)

    def _append(self, text: str, item_id: int | None, code: str | None = None) -> QListWidgetItem:
        entry = QListWidgetItem(text)
        entry.setData(ID_ROLE, item_id)
        entry.setData(CODE_ROLE, code)
        self.list.addItem(entry)
        return entry

    def rows(self) -> list[tuple[int | None, str]]:
        return [(self.list.item(r).data(ID_ROLE), self.list.item(r).text()) for r in range(self.list.count())]

    def labels(self) -> list[str]:
        return [text for _, text in self.rows()]

    # -- editing ---------------------------------------------------------------------------------------
    def _row_changed(self, row: int) -> None:
        entry = self.list.item(row) if row >= 0 else None
        self.edit.setText(entry.text() if entry else "")
        self.edit.setEnabled(entry is not None)
        default = DEFAULTS_BY_CODE.get(entry.data(CODE_ROLE) or "") if entry else None
        self.rule.setText(self.tr("From the rules: {rule}").format(rule=default.rule) if default else "")
        self._update_buttons()

    def _text_edited(self, text: str) -> None:
        entry = self.list.currentItem()
        if entry is not None:
            entry.setText(text)

    def add_item(self) -> None:
        entry = self._append("", None)
        self.list.setCurrentItem(entry)
        self.edit.setFocus()

    def remove_item(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
        self._update_buttons()

    def _move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        entry = self.list.takeItem(row)
        self.list.insertItem(target, entry)
        self.list.setCurrentRow(target)

    def move_up(self) -> None:
        self._move(-1)

    def move_down(self) -> None:
        self._move(1)

    def _update_buttons(self) -> None:
        row = self.list.currentRow()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.list.count() - 1)

    # -- saving ------------------------------------------------------------------------------------------
    def is_dirty(self) -> bool:
        return self.rows() != self._initial

    def save(self) -> None:
        self.banner.show_text("")
        drafts = [ItemDraft(text, item_id) for item_id, text in self.rows()]
        try:
            self.saved = self.service.set_items(drafts)
        except CounselRoomError as err:
            self.banner.show_text(error_text(err))
            return
        self._discard_ok = True
        self.accept()

    def discard_question(self) -> str:
        return self.tr("Close and discard the changes to the list?")

    def clear(self) -> None:
        """The records lock: forget the list, close without asking."""
        self._discard_ok = True
        self.list.clear()
        self.edit.clear()
        self.rule.clear()
        self.banner.show_text("")

