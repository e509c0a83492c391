"""Tables written as CSV or Excel files, safe to open in Excel or WPS.

Every exporter of rows (a list of clients, a month's duty log, a test log…) writes through
:func:`csv_bytes` or :func:`xlsx_bytes`, never ``csv.writer`` or openpyxl directly: a cell
whose text begins like a formula (``=HYPERLINK(…)``, ``+cmd|…``, ``@SUM(…)``, ``-2+3``) would
otherwise be *run* by the spreadsheet program that opens the file (formula or CSV
injection). In CSV such text gets a leading apostrophe, as OWASP recommends
(:func:`counselroom.domain.text.spreadsheet_safe`); in a workbook it is stored as text, never
as a formula, and marked "quote prefix" so that editing the cell does not turn it into one.
Numbers, dates and booleans are written as themselves.

Both build the file in memory; writing it to disk (with a warning, audited) is the caller's.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

from counselroom.domain.text import FORMULA_STARTS, spreadsheet_safe


def csv_bytes(rows: Iterable[Sequence[object]]) -> bytes:
    """UTF-8 with a byte-order mark (so that Excel in China reads it as UTF-8), CRLF line ends."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    for row in rows:
        writer.writerow(["" if v is None else spreadsheet_safe(v) for v in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def xlsx_bytes(rows: Iterable[Sequence[object]], *, sheet_title: str = "Sheet1") -> bytes:
    """One worksheet; text is always a text cell, whatever it begins with."""
    return workbook_bytes([(sheet_title, rows)])


def workbook_bytes(sheets: Iterable[tuple[str, Iterable[Sequence[object]]]]) -> bytes:
    """A worksheet per (title, rows), in order; titles are the caller's to keep unique and legal."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    book = Workbook(write_only=True)
    for title, rows in sheets:
        sheet = book.create_sheet(title=title[:31] or "Sheet1")
        for row in rows:
            cells: list[object] = []
            for value in row:
                if isinstance(value, str):
                    value = ILLEGAL_CHARACTERS_RE.sub("", value)   # control characters XML cannot hold
                    cell = WriteOnlyCell(sheet, value=value)
                    cell.data_type = "s"          # openpyxl would store "=…" as a formula
                    if value.lstrip().startswith(FORMULA_STARTS) or value[:1] in ("\t", "\r", "\n"):
                        cell.quotePrefix = True   # shown as text, stays text when edited
                    cells.append(cell)
                else:
                    cells.append(value)
            sheet.append(cells)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
