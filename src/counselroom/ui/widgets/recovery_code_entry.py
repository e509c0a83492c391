"""Typing the recovery code back: one box per group, digits only, checked as typed.

Used by the set-up wizard (two groups asked back) and the recovery dialog (all
eight). No input masks: a click anywhere in a box puts the cursor there, a full
box moves on to the next one, Backspace at the start of a box goes back, and
the whole code pasted into any box (with spaces, dashes or none, full-width
digits too) fills every box. A box whose check digit fails names its group at
once (the rule itself lives in security/recovery_code.py).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QInputMethodEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QGridLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from counselroom.security.recovery_code import GROUP_DIGITS, GROUPS, group_is_valid, split_groups
from counselroom.ui.styles import ERROR_INK, ERROR_STYLE, FAINT_INK, HINT_STYLE, OK_INK, OK_STYLE, SURFACE

# What people put between groups, or copy along with the code: dropped without a word.
_SEPARATORS = set(" -_.,;:/\\|·•—–~\t\r\n\u00a0\u3000、，。")
_WHOLE_CODE = GROUPS * GROUP_DIGITS
_COLUMNS = 4

_FIELD_STYLE = "QLineEdit { border: 1px solid %s; border-radius: 4px; padding: 3px 6px; background: " + SURFACE + "; }"
_NEUTRAL_BORDER = FAINT_INK
_WRONG_BORDER = ERROR_INK
_RIGHT_BORDER = OK_INK


def digits_in(text: str) -> tuple[str, bool]:
    """The digits of ``text`` as ASCII (full-width ones too), and whether anything
    other than digits and separators was left out."""
    digits = "".join(str(unicodedata.digit(ch)) for ch in "".join(split_groups(text)))
    others = [ch for ch in unicodedata.normalize("NFKC", text)
              if not ch.isdigit() and ch not in _SEPARATORS and not ch.isspace()]
    return digits, bool(others)


def _clean(text: str) -> bool:
    """What a box may hold: up to six ASCII digits."""
    return len(text) <= GROUP_DIGITS and all(ch in "0123456789" for ch in text)


class GroupEdit(QLineEdit):
    """One group's box. Every way text gets in (keys, input methods, paste) goes
    through the entry, which spreads digits over the boxes."""

    def __init__(self, entry: "RecoveryCodeEntry", index: int, position: int) -> None:
        super().__init__(entry)
        self._entry = entry
        self.index = index          # among the boxes shown
        self.position = position    # the group's place in the code (0-based)
        self.setObjectName(f"group{position + 1}")
        self.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly
                                 | Qt.InputMethodHint.ImhNoPredictiveText)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAcceptDrops(False)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(15)
        font.setWeight(QFont.Weight.DemiBold)
        font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 2)
        self.setFont(font)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("0" * GROUP_DIGITS) + 32)
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("0" * GROUP_DIGITS) + 72)
        # Anything that got past the handlers below (middle-click paste) is tidied up,
        # knowing what the box held before.
        self.last_clean = ""
        self.textChanged.connect(self._remember)
        self.textEdited.connect(lambda text: self._entry._tidy(self, text))

    def _remember(self, text: str) -> None:
        if _clean(text):
            self.last_clean = text

    def minimumSizeHint(self) -> QSize:
        # Never squeezed flatter than the digits (a short dialog would clip them).
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.StandardKey.Paste):
            self._entry._insert(self, QApplication.clipboard().text())
            event.accept()
            return
        key = event.key()
        plain = not (event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                          | Qt.KeyboardModifier.AltModifier
                                          | Qt.KeyboardModifier.MetaModifier))
        at_start = not self.hasSelectedText() and self.cursorPosition() == 0
        at_end = not self.hasSelectedText() and self.cursorPosition() == len(self.text())
        if plain and key == Qt.Key.Key_Backspace and at_start and self.index > 0:
            self._entry._back_from(self)
            event.accept()
            return
        if plain and key == Qt.Key.Key_Left and at_start and self.index > 0:
            self._entry._go_to(self.index - 1, at_end=True)
            event.accept()
            return
        if plain and key == Qt.Key.Key_Right and at_end and self.index < len(self._entry.fields) - 1:
            self._entry._go_to(self.index + 1, at_end=False)
            event.accept()
            return
        text = event.text()
        if plain and text and text.isprintable():
            self._entry._insert(self, text)
            event.accept()
            return
        super().keyPressEvent(event)

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        commit = event.commitString()
        if not commit:
            super().inputMethodEvent(event)
            return
        self._entry._insert(self, commit)
        if event.preeditString():
            super().inputMethodEvent(QInputMethodEvent(event.preeditString(), event.attributes()))
        event.accept()

    def contextMenuEvent(self, event) -> None:
        menu = self.createStandardContextMenu()
        for action in menu.actions():
            if action.objectName() == "edit-paste":
                action.triggered.disconnect()
                action.triggered.connect(
                    lambda: self._entry._insert(self, QApplication.clipboard().text()))
        menu.exec(event.globalPos())
        menu.deleteLater()


class RecoveryCodeEntry(QWidget):
    """Boxes for the groups at ``positions`` (default: all eight).

    ``changed`` is emitted after every edit; ``is_complete()`` says whether every
    box holds a valid group (and, with ``set_expected``, the expected one).
    """

    changed = Signal()

    def __init__(self, positions: Sequence[int] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryCodeEntry")
        self.positions = list(range(GROUPS) if positions is None else positions)
        self._expected: list[str] | None = None
        self._note = ""
        self._outside_error = ""
        self._filling = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(6)
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(2)
        self.fields: list[GroupEdit] = []
        self._captions: list[QLabel] = []
        self._errors: list[QLabel] = []
        columns = min(_COLUMNS, len(self.positions))
        for index, position in enumerate(self.positions):
            row, col = divmod(index, columns)
            caption = QLabel(self)
            caption.setStyleSheet(HINT_STYLE)
            field = GroupEdit(self, index, position)
            caption.setBuddy(field)
            error = QLabel(self)
            error.setObjectName(f"group{position + 1}Error")
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            # The line is always there, so a message never pushes the boxes about.
            error.setMinimumHeight(error.fontMetrics().height())
            error.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            grid.addWidget(caption, row * 3, col)
            grid.addWidget(field, row * 3 + 1, col)
            grid.addWidget(error, row * 3 + 2, col)
            field.textChanged.connect(self._refresh)
            self.fields.append(field)
            self._captions.append(caption)
            self._errors.append(error)
        grid.setColumnStretch(columns, 1)
        outer.addLayout(grid)
        self.status = QLabel(self)
        self.status.setObjectName("codeStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        outer.addWidget(self.status)
        self.retranslate()

    # -- what the rest of the window asks --------------------------------------
    def groups(self) -> list[str]:
        return [field.text() for field in self.fields]

    def text(self) -> str:
        return "-".join(self.groups())

    def is_complete(self) -> bool:
        return all(self._group_ok(field) for field in self.fields)

    def wrong_groups(self) -> list[int]:
        """1-based numbers of the complete groups that are wrong."""
        return [field.position + 1 for field in self.fields
                if len(field.text()) == GROUP_DIGITS and not self._group_ok(field)]

    def missing_groups(self) -> list[int]:
        return [field.position + 1 for field in self.fields if len(field.text()) < GROUP_DIGITS]

    def field_for(self, group_number: int) -> GroupEdit:
        return self.fields[self.positions.index(group_number - 1)]

    def error_for(self, group_number: int) -> QLabel:
        return self._errors[self.positions.index(group_number - 1)]

    def set_expected(self, groups: list[str] | None) -> None:
        """Also require the groups to be these (the wizard knows the real code)."""
        self._expected = list(groups) if groups else None
        self._refresh()

    def show_error(self, text: str) -> None:
        """A problem found later (e.g. the code does not open these records)."""
        self._outside_error = text
        self._refresh()
        self.focus_first_problem()

    def clear(self) -> None:
        self._filling = True
        try:
            for field in self.fields:
                field.clear()
        finally:
            self._filling = False
        self._note = self._outside_error = ""
        self._refresh()

    def focus_first_problem(self) -> None:
        for field in self.fields:
            if not self._group_ok(field):
                field.setFocus(Qt.FocusReason.OtherFocusReason)
                field.selectAll() if len(field.text()) == GROUP_DIGITS else field.end(False)
                return
        self.fields[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def setEnabled(self, enabled: bool) -> None:
        super().setEnabled(enabled)
        self._refresh()

    # -- language ---------------------------------------------------------------
    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        for caption, field in zip(self._captions, self.fields):
            caption.setText(self.tr("Group {n}").format(n=field.position + 1))
            field.setAccessibleName(caption.text())
        self._refresh()

    # -- editing ------------------------------------------------------------------
    def _insert(self, field: GroupEdit, text: str) -> None:
        """Put typed or pasted ``text`` in at ``field``'s cursor, spreading over the boxes."""
        digits, dropped = digits_in(text)
        self._note = self.tr("The recovery code has digits only; other characters were left out.") \
            if dropped else ""
        self._outside_error = ""
        if not digits:
            self._refresh()
            return
        if len(digits) == _WHOLE_CODE:
            self._fill_whole_code(digits)
            return
        self._filling = True
        try:
            target, cursor = self._put(field, digits)
        finally:
            self._filling = False
        self._refresh()
        self._focus_after_typing(target, cursor)

    def _put(self, field: GroupEdit, digits: str) -> tuple[GroupEdit, int]:
        """Insert at the cursor; in a box that would overflow, type over instead
        (so fixing one digit in a full group never shifts the following groups).
        What does not fit goes on into the next box."""
        old = field.text()
        if field.hasSelectedText():
            start = field.selectionStart()
            old = old[:start] + old[start + len(field.selectedText()):]
            cursor = start
        else:
            cursor = field.cursorPosition()
        new = old[:cursor] + digits + old[cursor:]
        if len(new) > GROUP_DIGITS:
            new = old[:cursor] + digits + old[cursor + len(digits):]
        cursor += len(digits)
        field.setText(new[:GROUP_DIGITS])
        overflow = new[GROUP_DIGITS:]
        if overflow and field.index + 1 < len(self.fields):
            following = self.fields[field.index + 1]
            following.deselect()
            following.setCursorPosition(0)
            return self._put(following, overflow)
        return field, min(cursor, GROUP_DIGITS)

    def _fill_whole_code(self, digits: str) -> None:
        groups = [digits[i:i + GROUP_DIGITS] for i in range(0, _WHOLE_CODE, GROUP_DIGITS)]
        self._filling = True
        try:
            for field in self.fields:
                field.setText(groups[field.position])
        finally:
            self._filling = False
        self._refresh()
        if self.is_complete():
            last = self.fields[-1]
            last.setFocus(Qt.FocusReason.OtherFocusReason)
            last.end(False)
        else:
            self.focus_first_problem()

    def _focus_after_typing(self, field: GroupEdit, cursor: int) -> None:
        if cursor >= GROUP_DIGITS and field.index + 1 < len(self.fields):
            self._go_to(field.index + 1, at_end=False)
        else:
            field.setFocus(Qt.FocusReason.OtherFocusReason)
            field.setCursorPosition(cursor)

    def _go_to(self, index: int, at_end: bool) -> None:
        field = self.fields[index]
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        if at_end:
            field.end(False)
        elif field.text():
            # Typing on replaces what is there, the way the previous box was filled.
            field.selectAll()
        else:
            field.setCursorPosition(0)

    def _back_from(self, field: GroupEdit) -> None:
        previous = self.fields[field.index - 1]
        previous.setFocus(Qt.FocusReason.OtherFocusReason)
        previous.end(False)
        if previous.text():
            previous.backspace()

    def _tidy(self, field: GroupEdit, text: str) -> None:
        if _clean(text):
            field.last_clean = text
            if self._note or self._outside_error:  # an ordinary edit (Backspace, Delete, cut)
                self._note = self._outside_error = ""
                self._refresh()
            return
        # Text put in some other way: find what was inserted, put the box back as it
        # was and insert that the usual way.
        old = field.last_clean
        start = 0
        while start < min(len(old), len(text)) and old[start] == text[start]:
            start += 1
        end = 0
        while end < min(len(old), len(text)) - start and old[-1 - end] == text[-1 - end]:
            end += 1
        inserted = text[start:len(text) - end]
        field.setText(old)
        field.setSelection(start, len(old) - end - start)
        self._insert(field, inserted)

    # -- showing the state ----------------------------------------------------------
    def _group_ok(self, field: GroupEdit) -> bool:
        text = field.text()
        if not group_is_valid(text, field.position):
            return False
        return self._expected is None or text == self._expected[field.position]

    def _refresh(self, *_args) -> None:
        if self._filling:
            return
        for field, error in zip(self.fields, self._errors):
            complete = len(field.text()) == GROUP_DIGITS
            ok = self._group_ok(field)
            wrong = complete and not ok
            error.setText(self.tr("Group {n} is wrong").format(n=field.position + 1) if wrong else "")
            border = _WRONG_BORDER if wrong else _RIGHT_BORDER if ok else _NEUTRAL_BORDER
            style = _FIELD_STYLE % border if self.isEnabled() else ""
            if field.styleSheet() != style:
                field.setStyleSheet(style)
        self.status.setText(self._status_text())
        if self.status.styleSheet() != self._status_style():
            self.status.setStyleSheet(self._status_style())
        self.changed.emit()

    def _status_text(self) -> str:
        if not self.isEnabled():
            return ""
        if self._outside_error:
            return self._outside_error
        wrong = self.wrong_groups()
        if wrong:
            numbers = self.tr(", ").join(str(n) for n in wrong)
            if len(wrong) == 1:
                return self.tr("Check group {n} against the recovery sheet, digit by digit.").format(n=numbers)
            return self.tr("Check groups {numbers} against the recovery sheet, digit by digit.").format(
                numbers=numbers)
        if self._note:
            return self._note
        missing = self.missing_groups()
        if len(missing) == len(self.fields):
            if len(self.fields) == GROUPS:
                return self.tr("Type the {groups} groups of {digits} digits from the recovery sheet.").format(
                    groups=GROUPS, digits=GROUP_DIGITS)
            return self.tr("{count} groups still to type.").format(count=len(missing))
        if len(missing) == 1:
            return self.tr("1 group still to type (group {n}).").format(n=missing[0])
        if missing:
            return self.tr("{count} groups still to type.").format(count=len(missing))
        return self.tr("All groups are filled in.")

    def _status_style(self) -> str:
        if self._outside_error or self.wrong_groups():
            return ERROR_STYLE
        if self.isEnabled() and not self._note and self.is_complete():
            return OK_STYLE
        return HINT_STYLE
