"""Reading a roster file (.xlsx or .csv) into a header and rows, in memory."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

from counselroom.domain.errors import CounselRoomError

MAX_BYTES = 20 * 1024 * 1024
MAX_ROWS = 20_000


def _decode(data: bytes) -> str:
    """UTF-8 (with or without BOM) first, then GB18030 (what Excel saves in China; covers GBK)."""
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise CounselRoomError("roster.encoding")


def _read_csv(data: bytes) -> list[list]:
    text = _decode(data)
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t，")
    except csv.Error:
        dialect = csv.excel
    return [row for row in csv.reader(io.StringIO(text), dialect)]


def _read_xlsx(data: bytes) -> list[list]:
    import openpyxl

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise CounselRoomError("roster.unreadable") from exc
    try:
        sheet = book.worksheets[0]
        return [list(row) for row in sheet.iter_rows(values_only=True)]
    finally:
        book.close()


def read_table(path: Path) -> tuple[list[str], list[list]]:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise CounselRoomError("roster.too_large")
        data = path.read_bytes()
    except OSError as exc:
        raise CounselRoomError("roster.cannot_read", path=str(path)) from exc
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        rows = _read_xlsx(data)
    elif suffix in (".csv", ".txt"):
        rows = _read_csv(data)
    else:
        raise CounselRoomError("roster.unsupported", suffix=suffix or "?")
    while rows and all(str(v or "").strip() == "" for v in rows[0]):
        rows.pop(0)
    if not rows:
        raise CounselRoomError("roster.empty_file")
    if len(rows) > MAX_ROWS + 1:
        raise CounselRoomError("roster.too_many_rows", max=MAX_ROWS)
    header = [str(h or "").strip() for h in rows[0]]
    return header, rows[1:]
