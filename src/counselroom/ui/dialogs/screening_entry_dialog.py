"""Typing a screening campaign's paper answer sheets, one student a line (issue 17 §1, "Entry").

The line holds the student number, a space, then one key per item ("20230101 1203120…"); what it
says is shown as it is typed (answers so far, the student found, the total and whether the sheet
is positive once whole). Enter saves it and empties the line for the next student; a line that
cannot be saved keeps its text, with the problem under it.
"""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from counselroom.domain.errors import CounselRoomError
from counselroom.domain.paper_form import key_range
from counselroom.domain.scale_definition import abbreviation
from counselroom.services.screening_import import ScreeningImportService, TypedLine, Typing
from counselroom.services.session import Session
from counselroom.ui.crash_handler import report_unexpected
from counselroom.ui.dialogs.dialog_frame import dialog_column, dialog_form
from counselroom.ui.dialogs.guarded_dialog import GuardedDialog
from counselroom.ui.labels import screen_language
from counselroom.ui.messages import error_text, message
from counselroom.ui.styles import ERROR_STYLE, HINT_STYLE, OK_STYLE
from counselroom.ui.widgets.hint_label import hint_label


class ScreeningEntryDialog(GuardedDialog):
    def __init__(self, session: Session, typing: Typing, parent: QWidget | None = None) -> None:
        """``typing``: ``ScreeningImportService.typing`` (the campaign's students and screened set, read
        on a worker by the page: a grade of thousands is too much to read on this thread)."""
        super().__init__(parent)
        self.setObjectName("screeningEntryDialog")
        self._service = ScreeningImportService(session)
        self.typing = typing
        self.saved = 0
        definition = self.typing.definition
        name = definition.name.get(screen_language())
        self.setWindowTitle(self.tr("Type paper sheets: {scale}").format(
            scale=abbreviation(name, definition.code)))
        column = dialog_column(self)
        keys = sorted({key_range(item) for item in definition.items})
        column.addWidget(hint_label(self.tr(
            "{campaign} · {scale}, {items} items. Type the student number, a space, then one key per item "
            "({keys}) as ticked on the paper; spaces are ignored. Enter saves the sheet and empties the line "
            "for the next student.").format(campaign=self.typing.campaign.name, scale=name,
                                            items=len(definition.items), keys=", ".join(keys)), self))
        self.form = dialog_form(self)
        self.line = QLineEdit(self)
        self.line.setObjectName("sheetLine")
        self.line.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.line.setPlaceholderText(self.tr("e.g. 20230101 1203…"))
        # the whole line in sight: a student number, a space and a key per item
        self.line.setMinimumWidth(min(900, self.line.fontMetrics().horizontalAdvance("0" * (len(definition.items) + 14))))
        self.form.add("line", self.tr("Sheet"), self.line)
        column.addWidget(self.form)
        self.status = QLabel(self)
        self.status.setObjectName("lineStatus")
        self.status.setWordWrap(True)
        column.addWidget(self.status)
        self.last = QLabel(self)
        self.last.setObjectName("lastSaved")
        self.last.setWordWrap(True)
        self.last.setStyleSheet(OK_STYLE)
        column.addWidget(self.last)
        self.close_button, self.save_button = self.add_button_row(column, self.tr("Save sheet"), self.save)
        self.close_button.setText(self.tr("Close"))
        self.line.textChanged.connect(self._show_line)
        self._show_line()
        self.resize(self.sizeHint())
        self.fit_height()

    def is_dirty(self) -> bool:
        return bool(self.line.text().strip())

    def discard_question(self) -> str:
        return self.tr("Close and discard the sheet typed but not saved?")

    # -- as it is typed ------------------------------------------------------------------------------
    def _show_line(self, *_args: object) -> None:
        line = self.typing.read(self.line.text())
        text, style = self._describe(line)
        self.status.setText(text)
        self.status.setStyleSheet(style)

    def _describe(self, line: TypedLine) -> tuple[str, str]:
        if not line.student_no:
            return self.tr("Start with the student number."), HINT_STYLE
        if not line.answers_started:
            return self.tr("Student number {number}: type a space, then the answers.").format(
                number=line.student_no), HINT_STYLE
        if line.student is None:
            return message("screening_entry.student_unknown", {"student_no": line.student_no}), ERROR_STYLE
        who = self.tr("{name}, {grade} {class_name}").format(
            name=line.student.name, grade=line.student.grade, class_name=line.student.class_name)
        if line.screened:
            return self.tr("{who}: already screened on this scale.").format(who=who), ERROR_STYLE
        if line.problem is not None:
            return "{who} · {problem}".format(who=who, problem=message(line.problem.code, line.problem.params)), \
                ERROR_STYLE
        counted = self.tr("{typed} of {expected} answers").format(typed=line.typed, expected=line.expected)
        if line.result is None:
            return f"{who} · {counted}", HINT_STYLE
        return f"{who} · {counted} · {self._verdict(line)}", OK_STYLE

    def _verdict(self, line: TypedLine) -> str:
        result = line.result
        assert result is not None   # called for a whole sheet
        if not result.valid:
            return self.tr("invalid sheet (validity scale)")
        if result.positive:
            return self.tr("total {total}, positive").format(total=result.total)
        return self.tr("total {total}, not positive").format(total=result.total)

    # -- saving --------------------------------------------------------------------------------------
    def save(self) -> None:
        line = self.typing.read(self.line.text())
        self.form.clear_errors()
        try:
            sheet = self._service.save_typed(self.typing, self.line.text())
        except CounselRoomError as err:
            self.form.show_field_error("line", error_text(err))
            return
        except Exception as exc:  # noqa: BLE001 - reported; the typed line stays
            report_unexpected(exc)
            return
        self.saved += 1
        name = line.student.name if line.student is not None else line.student_no
        self.last.setText(self.tr("Saved: {name}, total {total}. Sheets saved here: {count}.").format(
            name=name, total=sheet.total if sheet.total is not None else "–", count=self.saved))
        self.line.clear()
        self.line.setFocus()

    def clear(self) -> None:
        """At the lock: forget the line and what was said about the last sheet."""
        self._discard_ok = True
        self.line.clear()
        self.last.clear()
        self.status.clear()
