"""Printers that make a copy instead of paper ("Microsoft Print to PDF", XPS, OneNote, Fax,
CUPS-PDF, Qt's own PDF output) are refused with one sentence that names them and points to
"Save as PDF…", so the audit log never records a file as "printed" and a file is only ever
made through Save as PDF (warned, audited as a saved copy with its path).

Only the edges a person clicks (the print dialog's and the message box's exec, the save
dialog) and the system's printer list are replaced; the printers are real QPrinters.
"""

from __future__ import annotations


import pytest
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from counselroom.domain.audit import Action
from counselroom.storage import files
from counselroom.ui import printing
from counselroom.ui.context import AppContext
from counselroom.ui.archive_receipt_printing import send_receipt
from counselroom.ui.printing import (
    PrintOutcome, is_file_printer_name, print_pdf, print_pdf_outcome, save_pdf, writes_a_file,
)
from counselroom.ui.recovery_sheet_actions import print_sheet
from helpers import numbered_pdf

# Taken at import, before conftest's autouse fixture makes Qt's PDF output stand in for paper.
REAL_QT_WRITES_FILE = printing._qt_writes_file

REFUSED_PDF = ("Nothing was printed: \"Microsoft Print to PDF\" does not print on paper but makes a copy (a file, "
               "a OneNote page or a fax) outside the protection of the records; choose a printer that prints on "
               "paper, or, where a copy is allowed, use \"Save as PDF…\", which warns first and is recorded in the "
               "audit log.")
REFUSED_UNNAMED = ("Nothing was printed: the chosen printer does not print on paper but makes a file outside the "
                   "protection of the records; choose a printer that prints on paper, or, where a copy is allowed, "
                   "use \"Save as PDF…\", which warns first and is recorded in the audit log.")
ONLY_FILE_PRINTERS = ("Nothing was printed: this computer has no printer that prints on paper, only printers that "
                      "make files (such as \"Microsoft Print to PDF\"). Connect and set up a printer (ask the "
                      "school's IT staff if needed), then try again.")


# -- the names ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", [
    "Microsoft Print to PDF", "Microsoft 打印到 PDF", "microsoft print to pdf", "Microsoft Print To PDF",
    "Microsoft XPS Document Writer", "Microsoft XPS 文档写入程序", "Microsoft XPS Document Writer v4",
    "OneNote (Desktop)", "OneNote for Windows 10", "Send To OneNote 2016", "发送至 OneNote 2016",
    "Fax", "传真", "傳真", "Microsoft Shared Fax Driver", "HP OfficeJet 5200 series Fax", "Canon MF240 (FAX)",
    "PDF", "Generic CUPS-PDF Printer", "Virtual_PDF_Printer", "Adobe PDF", "WPS PDF", "Foxit PDF Editor Printer",
    "Microsoft Software Printer Driver", "ＰＤＦ",
])
def test_print_to_file_printers_are_recognised_by_name_or_driver(name):
    assert is_file_printer_name(name)
    assert is_file_printer_name("打印机", name)         # the driver names it, not the printer's own name


@pytest.mark.parametrize("name", [
    "HP LaserJet Pro M404-M405", "办公室打印机", "咨询室 HP LaserJet", "Canon iR-ADV C3520 UFR II",
    "Brother HL-L2350DW series", "EPSON L3150 Series", "FUJI XEROX DocuPrint P285 dw", "得力 DL-888D",
    "Kyocera ECOSYS M2040dn XPS", "Canon Generic Plus UFR II XPS",   # XPS drivers of real printers
    "Brother FAX-2840", "Telefax Büro", "", None,                      # a fax machine that prints on paper
])
def test_paper_printers_are_not(name):
    assert not is_file_printer_name(name)


class Named(QPrinter):
    """A real QPrinter whose system name is ``name`` (this machine has no printers to name);
    made without a name, it is the computer's default printer, ``DEFAULT``."""

    DEFAULT = ""

    def __init__(self, mode=QPrinter.PrinterMode.HighResolution, name: str | None = None) -> None:
        super().__init__(mode)
        self._name = self.DEFAULT if name is None else name

    def printerName(self):
        return self._name

    def setPrinterName(self, name):
        self._name = name


def test_a_real_qprinter_writing_pdf_is_a_file(monkeypatch, tmp_path):
    monkeypatch.setattr(printing, "_qt_writes_file", REAL_QT_WRITES_FILE)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "x.pdf"))
    assert writes_a_file(printer)


def test_a_printer_is_judged_by_its_name_and_its_driver(monkeypatch):
    drivers = {"咨询室打印机": "HP Universal Printing PCL 6", "打印机 2": "Microsoft Print To PDF"}
    monkeypatch.setattr(printing, "_driver", lambda name: drivers.get(name, ""))
    assert not writes_a_file(Named(name="咨询室打印机"))
    assert writes_a_file(Named(name="打印机 2"))             # renamed, but its driver makes PDFs
    assert writes_a_file(Named(name="Microsoft Print to PDF"))


def test_the_dialog_opens_on_a_paper_printer_when_the_default_makes_files(monkeypatch):
    monkeypatch.setattr(printing, "installed_printers",
                        lambda: ["Microsoft Print to PDF", "Fax", "OneNote (Desktop)", "办公室 HP LaserJet"])
    monkeypatch.setattr(printing, "QPrinter", type("DefaultIsPdf", (Named,), {"DEFAULT": "Microsoft Print to PDF"}))
    seen = []
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: seen.append(dialog.printer().printerName()) or 0)
    parent = QWidget()
    assert printing.ask_printer(parent, "x") is None
    assert seen == ["办公室 HP LaserJet"]


# -- the flow: refused, told, another printer or Save as PDF -------------------------------------------

@pytest.fixture
def dialog(monkeypatch, tmp_path):
    """The print dialog; each time it opens the person picks the next printer of ``queue``:
    a name (a print-to-file printer), ``"qt-file"`` (Qt's own print to file), or ``"paper"``
    (the pages go to ``paper_out``, standing in for paper)."""

    class Dialog:
        queue: list[str] = []
        opened = 0
        paper_out = tmp_path / "paper.pdf"
        qt_file = tmp_path / "qt-print-to-file.pdf"

    def exec_(qt_dialog):
        Dialog.opened += 1
        chosen = Dialog.queue.pop(0)
        printer = qt_dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        if chosen == "paper":
            printer.setOutputFileName(str(Dialog.paper_out))
            printer._name = "办公室 HP LaserJet"
        elif chosen == "qt-file":
            printer.setOutputFileName(str(Dialog.qt_file))
            printer._name = ""
        else:
            printer.setOutputFileName(str(tmp_path / "driver-would-ask-where.pdf"))
            printer._name = chosen
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", exec_)
    monkeypatch.setattr(printing, "QPrinter", Named)
    # Qt's PDF output is "paper" here unless it is Qt's own print-to-file (no printer name).
    monkeypatch.setattr(printing, "_qt_writes_file",
                        lambda printer: printer.printerName() == "" and REAL_QT_WRITES_FILE(printer))
    return Dialog


@pytest.mark.parametrize("name", ["Microsoft Print to PDF", "Microsoft XPS Document Writer", "OneNote (Desktop)",
                                  "Send To OneNote 2016", "Fax", "PDF", "Microsoft 打印到 PDF"])
def test_a_print_to_file_printer_is_refused_and_nothing_is_written(parent, dialog, boxes, tmp_path, name):
    dialog.queue = [name]
    assert not print_pdf(numbered_pdf(1), parent, "心理咨询记录")
    assert boxes.shown[0]["text"] == REFUSED_PDF.replace("Microsoft Print to PDF", name)
    assert boxes.shown[0]["buttons"] == {"print_retry": "Choose another printer…", "print_close": "Close"}
    assert list(tmp_path.iterdir()) == []                   # not a byte went to the "printer"


def test_qt_print_to_file_is_refused_too(parent, dialog, boxes):
    dialog.queue = ["qt-file", "paper"]
    boxes.answers = ["print_retry"]
    assert print_pdf(numbered_pdf(2), parent, "心理咨询记录")
    assert [box["text"] for box in boxes.shown] == [REFUSED_UNNAMED]
    assert not dialog.qt_file.exists() and dialog.paper_out.read_bytes().startswith(b"%PDF")


def test_only_print_to_file_printers_installed_says_there_is_no_paper_printer(parent, dialog, boxes, monkeypatch):
    monkeypatch.setattr(printing, "installed_printers",
                        lambda: ["Microsoft Print to PDF", "Microsoft XPS Document Writer", "Fax", "OneNote (Desktop)"])
    assert print_pdf_outcome(numbered_pdf(1), parent, "值班记录") is PrintOutcome.FAILED
    assert dialog.opened == 0
    assert [box["text"] for box in boxes.shown] == [ONLY_FILE_PRINTERS]
    assert boxes.shown[0]["buttons"] == {"print_retry": "Try again", "print_close": "Close"}


def test_a_receipt_sent_to_print_to_pdf_is_not_audited_as_printed(staff, boss, parent, dialog, boxes, audit_rows):
    ctx = AppContext(staff.room.inst, boss, "zh_CN")
    # Refused and closed: nothing went out, nothing is audited.
    dialog.queue = ["Microsoft Print to PDF"]
    assert not send_receipt(parent, ctx, numbered_pdf(1), file_name="CounselRoom-2026Q3.7z", export_id=1, how="print")
    # Refused, then a paper printer: audited once, as a print.
    dialog.queue = ["Microsoft XPS Document Writer", "paper"]
    boxes.answers = ["print_retry"]
    assert send_receipt(parent, ctx, numbered_pdf(1), file_name="CounselRoom-2026Q3.7z", export_id=1, how="print")
    assert [box["text"] for box in boxes.shown] == [
        REFUSED_PDF, REFUSED_PDF.replace("Microsoft Print to PDF", "Microsoft XPS Document Writer")]
    assert dialog.opened == 3 and dialog.paper_out.exists()
    boss.logout()
    rows = audit_rows(Action.RECORD_PRINTED.value)
    assert [r.detail for r in rows] == [{"document": "archive_receipt", "id": 1, "output": "print"}]


def test_the_recovery_sheet_sent_to_print_to_pdf_is_saved_as_pdf_with_its_warning_and_audited_so(
        staff, boss, parent, dialog, boxes, monkeypatch, tmp_path, audit_rows):
    warnings = []

    def warning(parent_, title, text, *args, **kwargs):
        warnings.append(text)
        return QMessageBox.StandardButton.Ok

    target = tmp_path / "usb" / "恢复密钥单.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    dialog.queue = ["Microsoft Print to PDF"]
    boxes.answers = ["print_alternative"]
    assert print_sheet(boss, staff.room.recovery_groups, "zh_CN", parent)
    # The person saw why, and the choices: another printer, Save as PDF…, Close.
    assert boxes.shown[0]["text"] == REFUSED_PDF and boxes.shown[0]["title"] == "Recovery sheet"
    assert boxes.shown[0]["buttons"] == {"print_retry": "Choose another printer…",
                                         "print_alternative": "Save as PDF…", "print_close": "Close"}
    # Save as PDF's own warning came before the file.
    assert warnings == ["The PDF contains the recovery code. Save it only to a USB stick you take straight "
                        "to a printer, print it, then delete the file. Never keep it on this computer."]
    assert target.read_bytes().startswith(b"%PDF")
    boss.logout()
    rows = audit_rows(Action.RECOVERY_SHEET_PRINTED.value)
    assert [r.detail["output"] for r in rows] == ["pdf"]     # a saved copy, never "print"


# -- Save as PDF writes under a temporary name ------------------------------------------------------------

def test_save_as_pdf_replaces_a_file_only_when_the_new_one_is_complete(parent, monkeypatch, tmp_path):
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Ok))
    target = tmp_path / "记录 2026.pdf"
    target.write_bytes(b"%PDF the copy saved yesterday")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))

    def full_disk(path, data, **kwargs):
        path.write_bytes(data[:10])
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as m:
        m.setattr(files, "write_synced", full_disk)
        answers = iter([QMessageBox.StandardButton.Ok, QMessageBox.StandardButton.Cancel])
        m.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: next(answers)))
        assert save_pdf(numbered_pdf(1), parent, "记录.pdf", "警告") is None
    assert target.read_bytes() == b"%PDF the copy saved yesterday"     # untouched
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]  # no partial file left

    pdf = numbered_pdf(1)
    assert save_pdf(pdf, parent, "记录.pdf", "警告") == str(target)
    assert target.read_bytes() == pdf
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]
