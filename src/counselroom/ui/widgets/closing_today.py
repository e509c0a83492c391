"""The two sides of today's closing checklist (闭室检查, R10): the room's items to tick, and the
records' data checks, each ✓ or ✗ with what it found and a way to where the work is."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox, QFrame, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget,
)

from counselroom.domain.closing import DEFAULTS_BY_CODE, ChecklistItem, DataCheck
from counselroom.ui.closing_text import check_detail, check_title, go_text, item_text
from counselroom.ui.styles import ERROR_INK, ERROR_STYLE, GROUP_BORDER, HINT_STYLE, OK_INK
from counselroom.ui.widgets.buttons import action_button
from counselroom.ui.widgets.form import FieldError

PASS_INK = OK_INK
FAIL_INK = ERROR_INK
ITEM_STYLE = ("QCheckBox { font-size: 12pt; padding: 5px 2px; spacing: 10px; }"
              "QCheckBox::indicator { width: 22px; height: 22px; }")
BOX_STYLE = (f"QGroupBox {{ font-weight: 600; font-size: 11pt; border: 1px solid {GROUP_BORDER}; border-radius: 6px; "
             "margin-top: 12px; padding: 10px 8px 6px 8px; }"
             "QGroupBox::title { subcontrol-origin: margin; subcontrol-position: top left; left: 10px; "
             "padding: 0 4px; }")


class CheckRow(QFrame):
    """One data check: ✓ or ✗, its name, what it found, and a button to where the work is."""

    def __init__(self, parent: QWidget, on_go) -> None:
        super().__init__(parent)
        self.check: DataCheck | None = None
        self._on_go = on_go
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 4, 0, 4)
        row.setSpacing(10)
        self.mark = QLabel(self)
        self.mark.setObjectName("checkMark")
        self.mark.setFixedWidth(24)
        self.mark.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        row.addWidget(self.mark)
        column = QVBoxLayout()
        column.setSpacing(2)
        self.title = QLabel(self)
        self.title.setObjectName("checkTitle")
        self.title.setStyleSheet("font-weight: 600;")
        self.detail = QLabel(self)
        self.detail.setObjectName("checkDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        column.addWidget(self.title)
        column.addWidget(self.detail)
        row.addLayout(column, 1)
        self.go = QPushButton(self)
        self.go.setObjectName("checkGo")
        self.go.setAutoDefault(False)
        self.go.clicked.connect(self._go)
        self.go.hide()
        row.addWidget(self.go, 0, Qt.AlignmentFlag.AlignTop)

    def show_check(self, check: DataCheck, *, live: bool) -> None:
        self.check = check
        self.setObjectName(f"check_{check.id}")
        self.mark.setText("✓" if check.passed else "✗")
        self.mark.setStyleSheet(f"font-size: 16pt; font-weight: 700; color: {PASS_INK if check.passed else FAIL_INK};")
        self.title.setText(check_title(check.id))
        self.detail.setText(check_detail(check))
        self.detail.setStyleSheet(HINT_STYLE if check.passed else ERROR_STYLE)
        target = go_text(check.id)
        self.go.setText(target)
        self.go.setToolTip(QCoreApplication.translate("ClosingPage", "Go to the page where this is done"))
        self.go.setVisible(live and not check.passed and bool(target))

    def _go(self) -> None:
        if self.check is not None:
            self._on_go(self.check.id)

    def clear(self) -> None:
        self.check = None
        for label in (self.mark, self.title, self.detail):
            label.clear()
        self.go.hide()


class RoomBox(QGroupBox):
    """The room: one check box per physical item, ticked by the person closing."""

    def __init__(self, parent: QWidget, on_ticked: Callable[[bool], object],
                 edit_items: Callable[[], object] | None) -> None:
        super().__init__(QCoreApplication.translate("ClosingPage", "The room"), parent)
        self._on_ticked = on_ticked
        self.boxes: list[tuple[ChecklistItem, QCheckBox]] = []
        self.setObjectName("roomBox")
        self.setStyleSheet(BOX_STYLE)
        room = QVBoxLayout(self)
        room.setSpacing(2)
        self.hint = QLabel(QCoreApplication.translate(
            "ClosingPage", "Go round the rooms and tick each item once it is done."), self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(HINT_STYLE + " font-weight: normal;")
        room.addWidget(self.hint)
        self.items_column = QVBoxLayout()
        self.items_column.setSpacing(0)
        room.addLayout(self.items_column)
        self.error = FieldError(self)
        self.error.setObjectName("itemsError")
        self.error.add_to(room)     # its line kept: the buttons under it stay put
        room_bar = QHBoxLayout()
        room_bar.addStretch(1)
        self.edit_button = None
        if edit_items is not None:
            self.edit_button = action_button(
                self, "editItems", QCoreApplication.translate("ClosingPage", "Edit items…"),
                QCoreApplication.translate(
                    "ClosingPage", "Change the list of items to check (signed closings keep their own words)"),
                edit_items)
            room_bar.addWidget(self.edit_button)
        room.addLayout(room_bar)
        room.addStretch(1)

    def set_items(self, items: list[ChecklistItem], ticks: dict[int, bool], language: str, *,
                  enabled: bool = True) -> None:
        for _, box in self.boxes:
            self.items_column.removeWidget(box)
            box.hide()
            box.setParent(None)
            box.deleteLater()
        self.boxes = []
        previous: QWidget | None = None
        for item in items:
            box = QCheckBox(item_text(item, language), self)
            box.setObjectName(f"item_{item.id}")
            box.setStyleSheet(ITEM_STYLE)
            box.setChecked(ticks.get(item.id, False))
            box.setEnabled(enabled)
            box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            default = DEFAULTS_BY_CODE.get(item.code or "")
            if default is not None:
                box.setToolTip(QCoreApplication.translate("ClosingPage", "From the rules: {rule}").format(
                    rule=default.rule))
            box.toggled.connect(self._on_ticked)
            self.items_column.addWidget(box)
            if previous is not None:
                QWidget.setTabOrder(previous, box)
            previous = box
            self.boxes.append((item, box))

    def ticks(self) -> dict[int, bool]:
        return {item.id: box.isChecked() for item, box in self.boxes}

    def unticked(self) -> list[QCheckBox]:
        return [box for _, box in self.boxes if not box.isChecked()]


class RecordsBox(QGroupBox):
    """The records: what CounselRoom checks by itself, one row per data check."""

    def __init__(self, parent: QWidget, on_go: Callable[[str], object], check_again: Callable[[], object]) -> None:
        super().__init__(QCoreApplication.translate("ClosingPage", "The records"), parent)
        self._on_go = on_go
        self.setObjectName("recordsBox")
        self.setStyleSheet(BOX_STYLE)
        records = QVBoxLayout(self)
        records.setSpacing(2)
        self.hint = QLabel(QCoreApplication.translate(
            "ClosingPage", "Checked by CounselRoom itself, for the whole room."), self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(HINT_STYLE + " font-weight: normal;")
        records.addWidget(self.hint)
        self.checks_column = QVBoxLayout()
        self.checks_column.setSpacing(2)
        records.addLayout(self.checks_column)
        self.rows: list[CheckRow] = []
        records_bar = QHBoxLayout()
        self.checked_at = QLabel(self)
        self.checked_at.setObjectName("checkedAt")
        self.checked_at.setStyleSheet(HINT_STYLE + " font-weight: normal;")
        records_bar.addWidget(self.checked_at, 1)
        self.recheck_button = action_button(
            self, "checkAgain", QCoreApplication.translate("ClosingPage", "Check again"),
            QCoreApplication.translate("ClosingPage", "Ask the records again (F5)"), check_again)
        self.recheck_button.setShortcut(QKeySequence("F5"))
        records_bar.addWidget(self.recheck_button)
        records.addLayout(records_bar)
        records.addStretch(1)

    def show_checks(self, checks: tuple[DataCheck, ...], *, live: bool) -> None:
        while len(self.rows) < len(checks):
            row = CheckRow(self, self._on_go)
            self.checks_column.addWidget(row)
            self.rows.append(row)
        for row, check in zip(self.rows, checks):
            row.show_check(check, live=live)
            row.show()
        for row in self.rows[len(checks):]:
            row.clear()
            row.hide()
        self.recheck_button.setVisible(live)

    def clear(self) -> None:
        for row in self.rows:
            row.clear()
        self.checked_at.clear()
