"""The print dialog offers printers only: a copy on disk goes through the audited "Save as PDF"."""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QWidget

from counselroom.ui.printing import ask_printer


def test_print_to_file_is_not_offered(qtbot, monkeypatch):
    seen = []

    def exec_(dialog):
        seen.append(dialog.testOption(QPrintDialog.PrintDialogOption.PrintToFile))
        return QPrintDialog.DialogCode.Rejected

    monkeypatch.setattr(QPrintDialog, "exec", exec_)
    parent = QWidget()
    qtbot.addWidget(parent)
    assert ask_printer(parent, "心理咨询记录") is None
    assert seen == [False]
