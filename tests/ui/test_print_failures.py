"""Printing never fails silently: with a printer that fails (or none at all) the person is told,
in one sentence, that nothing was printed, is offered another printer (and, for the recovery
sheet, "Save as PDF…" with its warning), and nothing is audited as printed.

The printers here are real QPrinters sending their pages to a PDF file; one "fails" because its
file cannot be written (QPainter.begin returns False, as with a printer that is off or gone).
Only the edges a person clicks are replaced: the print dialog's exec and the message box's exec.
"""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QColor, QImage
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox

from counselroom.domain.audit import Action
from counselroom.ui import printing
from counselroom.ui.context import AppContext
from counselroom.ui.archive_receipt_printing import send_receipt
from counselroom.ui.printing import PrintOutcome, paint_pdf, print_image, print_pdf, print_pdf_outcome, save_pdf
from counselroom.ui.recovery_sheet_actions import print_sheet
from helpers import numbered_pdf

CANNOT_USE = ("Nothing was printed: the chosen printer cannot be used. Check that it is switched on and "
              "connected, or choose another printer.")
NO_PRINTER = ("Nothing was printed: no printer is installed on this computer. Connect and set up a printer "
              "(ask the school's IT staff if needed), then try again.")


def _pages(path) -> int:
    return len(PdfReader(io.BytesIO(path.read_bytes())).pages)


# Qt says so when a printer cannot begin: what these tests do on purpose.
A_PRINTER_FAILS = pytest.mark.qt_log_ignore(r"^QPainter::begin\(\): Returned false$")


@pytest.fixture
def printers(monkeypatch, tmp_path):
    """The print dialog; each time it opens, the person picks the next printer in ``queue``
    (a file the pages go to: under a missing folder it cannot begin, like a printer that is off)."""

    class Printers:
        queue: list = []
        opened = 0
        good = tmp_path / "printer.pdf"
        broken = tmp_path / "switched-off" / "printer.pdf"

    def exec_(dialog):
        Printers.opened += 1
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(Printers.queue.pop(0)))
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", exec_)
    return Printers


# -- the printing functions --------------------------------------------------------------------------

@A_PRINTER_FAILS
def test_a_printer_that_cannot_begin_is_told_and_another_printer_prints(parent, printers, boxes):
    printers.queue = [printers.broken, printers.good]
    boxes.answers = ["print_retry"]
    assert print_pdf(numbered_pdf(2), parent, "心理咨询记录")
    assert printers.opened == 2                                    # "Choose another printer…" re-asked
    assert [box["text"] for box in boxes.shown] == [CANNOT_USE]   # one sentence, nothing more
    assert boxes.shown[0]["info"] == "" and boxes.shown[0]["title"] == "心理咨询记录"
    assert boxes.shown[0]["buttons"].keys() == {"print_retry", "print_close"}
    assert boxes.shown[0]["buttons"]["print_retry"] == "Choose another printer…"
    assert _pages(printers.good) == 2


@A_PRINTER_FAILS
def test_closing_the_message_prints_nothing(parent, printers, boxes):
    printers.queue = [printers.broken]
    assert not print_pdf(numbered_pdf(2), parent, "心理咨询记录")
    assert printers.opened == 1 and len(boxes.shown) == 1
    assert not printers.good.exists()


@A_PRINTER_FAILS
def test_a_named_printer_is_named(parent, monkeypatch, boxes, tmp_path):
    class SwitchedOff(QPrinter):
        def printerName(self):
            return "咨询室 HP LaserJet"

    def ask(parent_, title):
        printer = SwitchedOff(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "gone" / "x.pdf"))
        return printer

    monkeypatch.setattr(printing, "ask_printer", ask)
    assert print_pdf_outcome(numbered_pdf(2), parent, "转介函") is PrintOutcome.FAILED
    assert boxes.shown[0]["text"] == (
        "Nothing was printed: the printer \"咨询室 HP LaserJet\" cannot be used. Check that it is switched on "
        "and connected, or choose another printer.")


def test_cancelling_the_print_dialog_says_nothing(parent, monkeypatch, boxes):
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: QPrintDialog.DialogCode.Rejected)
    assert print_pdf_outcome(numbered_pdf(2), parent, "x") is PrintOutcome.CANCELLED
    assert boxes.shown == []


def test_without_any_printer_it_says_so_instead_of_an_empty_dialog(parent, monkeypatch, printers, boxes):
    installed: list[str] = []
    monkeypatch.setattr(printing, "installed_printers", lambda: list(installed))
    boxes.answers = ["print_close"]
    assert not print_pdf(numbered_pdf(2), parent, "值班记录")
    assert printers.opened == 0
    assert [box["text"] for box in boxes.shown] == [NO_PRINTER]
    assert boxes.shown[0]["buttons"] == {"print_retry": "Try again", "print_close": "Close"}

    # The person connects a printer and tries again: now the dialog opens and it prints.
    boxes.shown.clear()
    printers.queue = [printers.good]

    def connect_then_retry(box):
        boxes.shown.append(box.text())
        installed.append("办公室打印机")
        next(b for b in box.buttons() if b.objectName() == "print_retry").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", connect_then_retry)
    assert print_pdf(numbered_pdf(2), parent, "值班记录")
    assert boxes.shown == [NO_PRINTER] and printers.opened == 1 and printers.good.exists()


def test_a_document_that_cannot_be_read_is_told_before_any_dialog(parent, printers, boxes):
    assert not print_pdf(b"%PDF-1.4 not really", parent, "知情同意书")
    assert not print_image(QImage(), parent, "知情同意书")
    assert printers.opened == 0
    assert [box["text"] for box in boxes.shown] == [
        "Nothing was printed: the document could not be prepared for printing; close it, open it again and "
        "try once more."] * 2
    assert all(box["buttons"].keys() == {"print_close"} for box in boxes.shown)   # no printer would help


def test_a_printer_error_after_the_first_page_is_not_a_print(parent, monkeypatch, boxes, tmp_path):
    class Jammed(QPrinter):
        def printerName(self):
            return "办公室打印机"

        def newPage(self):
            return False            # the second sheet never goes out

    printer = Jammed(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "jammed.pdf"))
    assert paint_pdf(numbered_pdf(2), printer, parent) == 0

    monkeypatch.setattr(printing, "ask_printer", lambda parent_, title: printer)
    assert not print_pdf(numbered_pdf(2), parent, "个案档案")
    assert boxes.shown[0]["text"] == (
        "Printing failed: the printer \"办公室打印机\" reported an error, so pages may be missing; collect anything "
        "it printed, then check the printer or choose another printer.")


@A_PRINTER_FAILS
def test_a_scanned_page_on_a_failing_printer_is_told_and_printed_on_another(parent, printers, boxes):
    image = QImage(200, 280, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    printers.queue = [printers.broken, printers.good]
    boxes.answers = ["print_retry"]
    assert print_image(image, parent, "知情同意书")
    assert [box["text"] for box in boxes.shown] == [CANNOT_USE]
    assert _pages(printers.good) == 1


def test_a_copy_that_cannot_be_written_is_told_and_another_place_is_offered(parent, monkeypatch, tmp_path):
    warnings = []
    answers = [QMessageBox.StandardButton.Ok, QMessageBox.StandardButton.Retry]

    def warning(parent_, title, text, *args, **kwargs):
        warnings.append(text)
        return answers.pop(0)

    unwritable = tmp_path / "removed-usb" / "记录.pdf"
    places = [str(unwritable), str(tmp_path / "记录.pdf")]
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (places.pop(0), "")))
    pdf = numbered_pdf(2)
    assert save_pdf(pdf, parent, "记录.pdf", "警告") == str(tmp_path / "记录.pdf")
    assert warnings[0] == "警告"
    assert warnings[1] == (f"Nothing was saved: \"{unwritable}\" could not be written (the drive may be full, "
                           "removed or read-only); choose another place.")
    assert (tmp_path / "记录.pdf").read_bytes() == pdf and not unwritable.parent.exists()


# -- callers: what is audited follows what really happened --------------------------------------------

@A_PRINTER_FAILS
def test_a_receipt_that_did_not_print_is_not_audited(staff, boss, parent, printers, boxes, audit_rows):
    ctx = AppContext(staff.room.inst, boss, "zh_CN")
    printers.queue = [printers.broken]
    assert not send_receipt(parent, ctx, numbered_pdf(1), file_name="CounselRoom-2026Q3.7z", export_id=1, how="print")
    assert [box["text"] for box in boxes.shown] == [CANNOT_USE]
    printers.queue = [printers.broken, printers.good]
    boxes.answers = ["print_retry"]
    assert send_receipt(parent, ctx, numbered_pdf(1), file_name="CounselRoom-2026Q3.7z", export_id=1, how="print")
    boss.logout()
    rows = audit_rows(Action.RECORD_PRINTED.value)
    assert [r.detail for r in rows] == [{"document": "archive_receipt", "id": 1, "output": "print"}]


@A_PRINTER_FAILS
def test_the_recovery_sheet_on_a_failing_printer_offers_save_as_pdf(staff, boss, parent, printers, boxes,
                                                                   monkeypatch, tmp_path, audit_rows):
    groups = staff.room.recovery_groups
    warnings = []

    def warning(parent_, title, text, *args, **kwargs):
        warnings.append(text)
        return QMessageBox.StandardButton.Ok

    target = tmp_path / "usb" / "恢复密钥单.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))

    # Closed after the failure: nothing printed, nothing saved, nothing audited.
    printers.queue = [printers.broken]
    assert not print_sheet(boss, groups, "zh_CN", parent)
    assert boxes.shown[-1]["text"] == CANNOT_USE and boxes.shown[-1]["title"] == "Recovery sheet"
    assert boxes.shown[-1]["buttons"] == {"print_retry": "Choose another printer…",
                                          "print_alternative": "Save as PDF…", "print_close": "Close"}
    assert not target.exists() and warnings == []

    # "Save as PDF…" after the failure: its warning first, then the file, audited as a PDF.
    printers.queue = [printers.broken]
    boxes.answers = ["print_alternative"]
    assert print_sheet(boss, groups, "zh_CN", parent)
    assert warnings == ["The PDF contains the recovery code. Save it only to a USB stick you take straight "
                        "to a printer, print it, then delete the file. Never keep it on this computer."]
    assert target.read_bytes().startswith(b"%PDF")
    assert printers.opened == 2

    # Another printer after the failure: printed, audited as a print.
    printers.queue = [printers.broken, printers.good]
    boxes.answers = ["print_retry"]
    assert print_sheet(boss, groups, "zh_CN", parent)
    assert _pages(printers.good) >= 1
    boss.logout()
    rows = audit_rows(Action.RECOVERY_SHEET_PRINTED.value)
    assert sorted(r.detail["output"] for r in rows) == ["pdf", "print"]


def test_the_recovery_sheet_without_any_printer_offers_save_as_pdf(staff, boss, parent, printers, boxes,
                                                                  monkeypatch, audit_rows):
    monkeypatch.setattr(printing, "installed_printers", lambda: [])
    assert not print_sheet(boss, staff.room.recovery_groups, "en", parent)
    assert printers.opened == 0
    assert boxes.shown[0]["text"] == NO_PRINTER
    assert boxes.shown[0]["buttons"].keys() == {"print_retry", "print_alternative", "print_close"}
    boss.logout()
    assert audit_rows(Action.RECOVERY_SHEET_PRINTED.value) == []

