"""Sentences for screening answer sheets brought in from a file or typed from paper."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from counselroom.ui.messages.counted import Counted


def texts() -> dict[str, str | Counted]:
    """Code → sentence, in the language now installed."""
    return {
        # a file of answer sheets
        "screening_import.identity_missing": QCoreApplication.translate(
            "Messages", "No column says who answered: choose the student number column, or the name and "
                        "class columns."),
        "screening_import.item_column_missing": QCoreApplication.translate(
            "Messages", "No column is chosen for item {item}."),
        "screening_import.column_twice": QCoreApplication.translate(
            "Messages", "The same column is chosen twice."),
        "screening_import.answer_missing": QCoreApplication.translate(
            "Messages", "Item {item} has no answer."),
        "screening_import.answer_unknown": QCoreApplication.translate(
            "Messages", "Item {item}: \"{value}\" is not one of its options."),
        "screening_import.answer_ambiguous": QCoreApplication.translate(
            "Messages", "Item {item}: \"{value}\" could mean more than one option (an option's number or its "
                        "score); choose how the file writes its answers."),
        "screening_import.student_no_missing": QCoreApplication.translate(
            "Messages", "The student number is empty."),
        "screening_import.name_class_missing": QCoreApplication.translate(
            "Messages", "The name or the class is empty."),
        "screening_import.student_unknown": QCoreApplication.translate(
            "Messages", "No student {student} is registered; import the class's student list first."),
        "screening_import.student_ambiguous": QCoreApplication.translate(
            "Messages", "{count} students are called {student}; use a file with student numbers."),
        "screening_import.student_not_in_scope": QCoreApplication.translate(
            "Messages", "{student} is not in this screening's grades and classes."),
        "screening_import.duplicate_in_file": QCoreApplication.translate(
            "Messages", "{name} appears again (row {other})."),
        "screening_import.empty": QCoreApplication.translate("Messages", "The file has no answer sheets."),
        "screening_import.rejected": Counted("count", QCoreApplication.translate(
            "Messages", "The file was rejected; no answer sheet was stored ({count} problem)."),
            QCoreApplication.translate(
            "Messages", "The file was rejected; no answer sheet was stored ({count} problems).")),
        # a paper sheet typed in one line
        "screening_entry.no_student": QCoreApplication.translate(
            "Messages", "Type the student number, a space, then one key per item."),
        "screening_entry.count": QCoreApplication.translate(
            "Messages", "The scale has {expected} items, but {found} answers were typed."),
        "screening_entry.key": QCoreApplication.translate(
            "Messages", "Item {position}: \"{char}\" is not an answer (type {keys})."),
        "screening_entry.student_unknown": QCoreApplication.translate(
            "Messages", "No student of this screening has the number {student_no}."),
    }
