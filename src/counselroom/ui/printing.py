"""Printing PDFs that were built in memory, without writing them to disk."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def _document(pdf: bytes, parent: QWidget) -> tuple[QPdfDocument, QBuffer]:
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument(parent)
    document.load(buffer)
    return document, buffer


def paint_pdf(pdf: bytes, printer: QPrinter, parent: QWidget) -> int:
    """Render every page onto ``printer``; returns the number of pages printed."""
    document, buffer = _document(pdf, parent)
    try:
        painter = QPainter()
        if not painter.begin(printer):
            return 0
        try:
            target = painter.viewport()
            dpi = printer.resolution()
            for index in range(document.pageCount()):
                if index:
                    printer.newPage()
                points = document.pagePointSize(index)
                size = QSize(int(points.width() / 72 * dpi), int(points.height() / 72 * dpi))
                image = document.render(index, size)
                scaled = size.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(target.x(), target.y(),
                                  image.scaled(scaled, Qt.AspectRatioMode.KeepAspectRatio,
                                               Qt.TransformationMode.SmoothTransformation))
        finally:
            painter.end()
        return document.pageCount()
    finally:
        document.close()
        buffer.close()


def ask_printer(parent: QWidget, title: str) -> QPrinter | None:
    """The system print dialog; None when cancelled.

    Qt's own "print to file" is switched off: a copy on disk is made only through
    "Save as PDF…", which warns first and is audited as a saved copy, not a print.
    """
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, False)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return None
    return printer


def print_pdf(pdf: bytes, parent: QWidget, title: str) -> bool:
    """Ask for a printer and print; True if something was sent to it."""
    printer = ask_printer(parent, title)
    return printer is not None and paint_pdf(pdf, printer, parent) > 0


def save_pdf(pdf: bytes, parent: QWidget, suggested_name: str, warning: str) -> str | None:
    """Save a copy the person explicitly asked for, after telling them what it holds."""
    answer = QMessageBox.warning(parent, QCoreApplication.translate("Printing", "Save as PDF"), warning,
                                 QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
    if answer != QMessageBox.StandardButton.Ok:
        return None
    path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("Printing", "Save as PDF"),
                                          suggested_name, "PDF (*.pdf)")
    if not path:
        return None
    with open(path, "wb") as fh:
        fh.write(pdf)
    return path


def paint_image(image: QImage, printer) -> bool:
    """One page: ``image`` as large as the page allows, keeping its proportions.

    ``printer`` is a QPrinter (or any QPagedPaintDevice, e.g. a QPdfWriter)."""
    if image.isNull():
        return False
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        target = painter.viewport()
        scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(QRect(target.topLeft(), scaled), image)
    finally:
        painter.end()
    return True


def print_image(image: QImage, parent: QWidget, title: str) -> bool:
    """Ask for a printer and print ``image`` (a scanned page) on one sheet; True if printed."""
    printer = ask_printer(parent, title)
    return printer is not None and paint_image(image, printer)
