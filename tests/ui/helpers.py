"""Driving real widgets the way a person (and a Chinese input method) does; a PDF to print."""

from __future__ import annotations

import io

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit
from reportlab.pdfgen import canvas


def type_text(widget, text: str) -> None:
    """Commit ``text`` as an input method would (works for Chinese and ASCII)."""
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def replace_text(widget: QLineEdit, text: str) -> None:
    widget.selectAll()
    widget.del_() if hasattr(widget, "del_") else widget.clear()
    type_text(widget, text)


def numbered_pdf(pages: int) -> bytes:
    """A PDF whose pages say "page 1", "page 2"…: what the printing tests print and count."""
    out = io.BytesIO()
    sheet = canvas.Canvas(out)
    for page in range(pages):
        sheet.drawString(100, 700, f"page {page + 1}")
        sheet.showPage()
    sheet.save()
    return out.getvalue()
