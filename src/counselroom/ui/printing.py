"""Printing PDFs that were built in memory, without writing them to disk.

Every print path here tells the person, in one sentence, when nothing (or not everything)
was printed, and offers to choose another printer: a closed print dialog is the only silent
"no". Callers record a print in the audit log only when these functions say it was printed.

Printers that do not print on paper are refused: "Microsoft Print to PDF", "Microsoft XPS
Document Writer", OneNote, Fax, CUPS-PDF, Qt's own PDF output and the like make a copy (a
file, a note that may be synced away, a fax) outside the protection of the records. Treating
them as printing would record a copy as "printed on paper"; treating them as "Save as PDF"
would record a saved file whose place the application never learns (the driver asks for it)
and could not sync. So they are named as what they are, and the person chooses a paper
printer or "Save as PDF…", which warns first and is audited as a saved copy.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from counselroom.storage import files

# Pages are rendered as images at this resolution at most (a printer in high-resolution mode
# reports 600-1200 dpi: an A4 page at 1200 dpi is a 550 MB image, slow and liable to fail).
RENDER_DPI = 300


class PrintOutcome(enum.Enum):
    PRINTED = "printed"          # every page went to the printer
    CANCELLED = "cancelled"      # the person closed the print dialog: nothing to say
    FAILED = "failed"            # nothing (or not everything) was printed; the person was told
    ALTERNATIVE = "alternative"  # after a failure the person chose the alternative offered (e.g. Save as PDF…)


class _Painted(enum.Enum):
    DONE = "done"
    NOT_STARTED = "not started"    # QPainter.begin failed: no printer, invalid printer, printer error
    BROKE_OFF = "broke off"        # the printer failed once printing had begun
    BAD_DOCUMENT = "bad document"  # the document could not be read or rendered


# -- painting -----------------------------------------------------------------------------------------

def _document(pdf: bytes, parent: QWidget | None) -> tuple[QPdfDocument, QBuffer]:
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    # PySide6 takes None as the parent here, as everywhere; its stubs want a QObject.
    document = QPdfDocument(parent)  # type: ignore[arg-type]
    document.load(buffer)
    return document, buffer


def _readable(document: QPdfDocument) -> bool:
    return document.status() == QPdfDocument.Status.Ready and document.pageCount() > 0


def _draw(painter: QPainter, image: QImage) -> None:
    """``image`` as large as the page allows, keeping its proportions; the device scales it."""
    target = painter.viewport()
    scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.drawImage(QRect(target.topLeft(), scaled), image)


def _failed(printer) -> bool:
    state = getattr(printer, "printerState", None)    # a QPdfWriter has none
    return state is not None and state() in (QPrinter.PrinterState.Error, QPrinter.PrinterState.Aborted)


def _paint(pages: int, page_image: Callable[[int], QImage], printer) -> _Painted:
    """Paint ``pages`` images onto ``printer``, each on its own sheet; stops at the first failure."""
    painter = QPainter()
    if not painter.begin(printer):
        return _Painted.NOT_STARTED
    outcome = _Painted.DONE
    try:
        for index in range(pages):
            if index and not printer.newPage():
                outcome = _Painted.BROKE_OFF
                break
            image = page_image(index)
            if image.isNull():
                outcome = _Painted.BAD_DOCUMENT
                break
            _draw(painter, image)
    finally:
        if outcome is not _Painted.DONE and hasattr(printer, "abort"):
            printer.abort()               # do not send half a document
        ended = painter.end()
    if outcome is _Painted.DONE and (not ended or _failed(printer)):
        outcome = _Painted.BROKE_OFF
    return outcome


def _paint_document(document: QPdfDocument, printer) -> _Painted:
    if not _readable(document):
        return _Painted.BAD_DOCUMENT
    dpi = min(printer.resolution(), RENDER_DPI)

    def page_image(index: int) -> QImage:
        points = document.pagePointSize(index)
        size = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
        return document.render(index, size) if not size.isEmpty() else QImage()

    return _paint(document.pageCount(), page_image, printer)


def paint_pdf(pdf: bytes, printer, parent: QWidget | None = None) -> int:
    """Render every page onto ``printer``; returns the number of pages printed (0 if it failed)."""
    document, buffer = _document(pdf, parent)
    try:
        done = _paint_document(document, printer) is _Painted.DONE
        return document.pageCount() if done else 0
    finally:
        document.close()
        buffer.close()


def paint_image(image: QImage, printer) -> bool:
    """One page: ``image`` as large as the page allows, keeping its proportions.

    ``printer`` is a QPrinter (or any QPagedPaintDevice, e.g. a QPdfWriter)."""
    if image.isNull():
        return False
    return _paint(1, lambda index: image, printer) is _Painted.DONE


# -- printers that make a copy instead of paper ----------------------------------------------------

#: What marks a printer's name or driver (make and model) as one that makes a copy instead
#: of paper; matched case-insensitively, so localised names match too ("Microsoft 打印到 PDF",
#: "Microsoft XPS 文档写入程序", "发送至 OneNote 2016", "传真"). Not "XPS" alone (real printers
#: have XPS drivers, e.g. Kyocera's and Canon's) and not "FAX-" (Brother's FAX-2840 prints).
FILE_PRINTER_MARKS = re.compile(
    r"pdf"                      # Microsoft Print to PDF, Adobe PDF, WPS/Foxit PDF, CUPS-PDF ("PDF")
    r"|document writer|文档写入"  # Microsoft XPS Document Writer (driver: … Document Writer v4)
    r"|onenote"                 # OneNote (Desktop), Send To OneNote 2016, OneNote for Windows 10
    r"|software printer driver"  # Microsoft Software Printer Driver: the driver of such virtual printers
    r"|(?<![a-z0-9])fax(?![a-z0-9-])|传真|傳真")   # Fax, Microsoft Shared Fax Driver, "… series Fax"


def is_file_printer_name(*names: str | None) -> bool:
    """Does any of ``names`` (a printer's name, its driver or make and model) mark a printer
    that makes a file, a note or a fax instead of paper?"""
    return any(FILE_PRINTER_MARKS.search(unicodedata.normalize("NFKC", name or "").casefold())
               for name in names)


def _driver(printer_name: str) -> str:
    """The printer's driver (Windows) or make and model (CUPS); empty if unknown."""
    info = QPrinterInfo.printerInfo(printer_name)
    return "" if info.isNull() else info.makeAndModel()


def _qt_writes_file(printer: QPrinter) -> bool:
    """Qt's own output to a file: its PDF writer, or a native printer told to print to a file."""
    return printer.outputFormat() == QPrinter.OutputFormat.PdfFormat or bool(printer.outputFileName())


def writes_a_file(printer: QPrinter) -> bool:
    """True when ``printer`` would not put the pages on paper (see the module's docstring).

    Qt does not tell a Windows printer's port (``FILE:``, ``PORTPROMPT:``), so a paper
    printer's driver set to print to a file is not recognised; its name and driver are."""
    if _qt_writes_file(printer):
        return True
    name = printer.printerName()
    return is_file_printer_name(name, _driver(name) if name else "")


def paper_printers() -> list[str]:
    """The installed printers that print on paper."""
    return [name for name in installed_printers() if not is_file_printer_name(name, _driver(name))]


# -- asking and telling -------------------------------------------------------------------------------

def installed_printers() -> list[str]:
    """The printers this computer knows; empty when none is installed."""
    return QPrinterInfo.availablePrinterNames()


def ask_printer(parent: QWidget | None, title: str) -> QPrinter | None:
    """The system print dialog; None when cancelled.

    Qt's own "print to file" is switched off: a copy on disk is made only through
    "Save as PDF…", which warns first and is audited as a saved copy, not a print.
    When the default printer makes files (Windows makes "Microsoft Print to PDF" the
    default once it was last used), the dialog opens on a paper printer instead.
    """
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if is_file_printer_name(printer.printerName(), _driver(printer.printerName())):
        paper = paper_printers()
        if paper:
            printer.setPrinterName(paper[0])
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, False)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return None
    return printer


def _no_printer_text() -> str:
    return QCoreApplication.translate(
        "Printing", "Nothing was printed: no printer is installed on this computer. Connect and set up a "
                    "printer (ask the school's IT staff if needed), then try again.")


def _only_file_printers_text() -> str:
    return QCoreApplication.translate(
        "Printing", "Nothing was printed: this computer has no printer that prints on paper, only printers that "
                    "make files (such as \"Microsoft Print to PDF\"). Connect and set up a printer (ask the school's "
                    "IT staff if needed), then try again.")


def _file_printer_text(printer_name: str) -> str:
    if printer_name:
        return QCoreApplication.translate(
            "Printing", "Nothing was printed: \"{printer}\" does not print on paper but makes a copy (a file, a "
                        "OneNote page or a fax) outside the protection of the records; choose a printer that prints "
                        "on paper, or, where a copy is allowed, use \"Save as PDF…\", which warns first and is "
                        "recorded in the audit log.").format(printer=printer_name)
    return QCoreApplication.translate(
        "Printing", "Nothing was printed: the chosen printer does not print on paper but makes a file outside the "
                    "protection of the records; choose a printer that prints on paper, or, where a copy is "
                    "allowed, use \"Save as PDF…\", which warns first and is recorded in the audit log.")


def _failure_text(painted: _Painted, printer_name: str) -> str:
    if painted is _Painted.BAD_DOCUMENT:
        return QCoreApplication.translate(
            "Printing", "Nothing was printed: the document could not be prepared for printing; close it, open it "
                        "again and try once more.")
    if painted is _Painted.BROKE_OFF:
        if printer_name:
            return QCoreApplication.translate(
                "Printing", "Printing failed: the printer \"{printer}\" reported an error, so pages may be missing; "
                            "collect anything it printed, then check the printer or choose another printer."
            ).format(printer=printer_name)
        return QCoreApplication.translate(
            "Printing", "Printing failed: the printer reported an error, so pages may be missing; collect "
                        "anything it printed, then check the printer or choose another printer.")
    if printer_name:
        return QCoreApplication.translate(
            "Printing", "Nothing was printed: the printer \"{printer}\" cannot be used. Check that it is switched "
                        "on and connected, or choose another printer.").format(printer=printer_name)
    return QCoreApplication.translate(
        "Printing", "Nothing was printed: the chosen printer cannot be used. Check that it is switched on and "
                    "connected, or choose another printer.")


def _tell(parent: QWidget | None, title: str, text: str, retry: str | None, alternative: str | None) -> str:
    """The failure, with what the person can do next: "retry", "alternative" or "close"."""
    box = QMessageBox(parent)
    box.setObjectName("printFailed")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    buttons = {}
    if retry:
        buttons["retry"] = box.addButton(retry, QMessageBox.ButtonRole.AcceptRole)
    if alternative:
        buttons["alternative"] = box.addButton(alternative, QMessageBox.ButtonRole.ActionRole)
    buttons["close"] = box.addButton(QMessageBox.StandardButton.Close)
    for key, button in buttons.items():
        button.setObjectName(f"print_{key}")
    box.setDefaultButton(buttons.get("retry") or buttons.get("alternative") or buttons["close"])
    box.setEscapeButton(buttons["close"])
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    return next((key for key, button in buttons.items() if button is clicked), "close")


def print_pages(paint: Callable[[QPrinter], _Painted], parent: QWidget | None, title: str, *,
                alternative: str | None = None) -> PrintOutcome:
    """Ask for a printer and ``paint`` onto it until it works or the person stops.

    A failure is told in one sentence with "Choose another printer…" (the print dialog again),
    ``alternative`` (when given, e.g. "Save as PDF…") and Close. A printer that makes a file
    (:func:`writes_a_file`) is refused the same way, before anything is sent to it.
    """
    while True:
        installed = installed_printers()
        if not installed or not paper_printers():
            text = _no_printer_text() if not installed else _only_file_printers_text()
            retry: str | None = QCoreApplication.translate("Printing", "Try again")
        else:
            printer = ask_printer(parent, title)
            if printer is None:
                return PrintOutcome.CANCELLED
            if writes_a_file(printer):
                text = _file_printer_text(printer.printerName())
                retry = QCoreApplication.translate("Printing", "Choose another printer…")
            else:
                painted = paint(printer)
                if painted is _Painted.DONE:
                    return PrintOutcome.PRINTED
                text = _failure_text(painted, printer.printerName())
                retry = None if painted is _Painted.BAD_DOCUMENT else QCoreApplication.translate(
                    "Printing", "Choose another printer…")
        choice = _tell(parent, title, text, retry, alternative)
        if choice == "alternative":
            return PrintOutcome.ALTERNATIVE
        if choice != "retry":
            return PrintOutcome.FAILED


def _unreadable(parent: QWidget | None, title: str, alternative: str | None) -> PrintOutcome:
    """Said before any print dialog: no printer would help."""
    choice = _tell(parent, title, _failure_text(_Painted.BAD_DOCUMENT, ""), None, alternative)
    return PrintOutcome.ALTERNATIVE if choice == "alternative" else PrintOutcome.FAILED


def print_pdf_outcome(pdf: bytes, parent: QWidget | None, title: str, *,
                      alternative: str | None = None) -> PrintOutcome:
    """Print ``pdf`` (built in memory); failures are told, offering another printer and ``alternative``."""
    document, buffer = _document(pdf, parent)
    try:
        if not _readable(document):
            return _unreadable(parent, title, alternative)
        return print_pages(lambda printer: _paint_document(document, printer), parent, title,
                           alternative=alternative)
    finally:
        document.close()
        buffer.close()
        document.deleteLater()
        buffer.deleteLater()


def print_pdf(pdf: bytes, parent: QWidget | None, title: str) -> bool:
    """Ask for a printer and print; True only if every page was sent to it (a failure is told)."""
    return print_pdf_outcome(pdf, parent, title) is PrintOutcome.PRINTED


def print_image(image: QImage, parent: QWidget | None, title: str) -> bool:
    """Ask for a printer and print ``image`` (a scanned page) on one sheet; True only if printed."""
    if image.isNull():
        _unreadable(parent, title, None)
        return False
    return print_pages(lambda printer: _paint(1, lambda index: image, printer), parent,
                       title) is PrintOutcome.PRINTED


# -- saving -------------------------------------------------------------------------------------------

def _write(path: str, data: bytes) -> bool:
    """Write ``data`` to ``path`` and make sure it reached the drive: under a temporary name
    first, so a failure leaves no partial file and a file it was to replace untouched."""
    target = Path(path)
    try:
        files.write_atomically(target, data, temp=target.with_name(f".{target.name}.partial"),
                               quiet_folder=True)
        return True
    except OSError:
        return False


def save_pdf(pdf: bytes, parent: QWidget | None, suggested_name: str, warning: str) -> str | None:
    """Save a copy the person explicitly asked for, after telling them what it holds.

    Returns the path, or None when nothing was saved (cancelled, or the file could not be
    written: that is told, offering to choose another place)."""
    title = QCoreApplication.translate("Printing", "Save as PDF")
    answer = QMessageBox.warning(parent, title, warning,
                                 QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
    if answer != QMessageBox.StandardButton.Ok:
        return None
    while True:
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested_name, "PDF (*.pdf)")
        if not path:
            return None
        if _write(path, pdf):
            return path
        again = QMessageBox.warning(
            parent, title,
            QCoreApplication.translate(
                "Printing", "Nothing was saved: \"{path}\" could not be written (the drive may be full, removed "
                            "or read-only); choose another place.").format(path=path),
            QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Retry)
        if again != QMessageBox.StandardButton.Retry:
            return None
        suggested_name = path
