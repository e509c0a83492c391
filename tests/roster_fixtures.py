"""Roster files as schools and attackers make them: a very long workbook written fast, and a
corpus of malformed files. Used by the roster tests and by ``bench/bench_roster.py``.

The workbooks are written as raw SpreadsheetML into a zip (what Excel and WPS write), so a
million rows take seconds instead of the minutes openpyxl's writer would need.
"""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

HEADER = ["学号", "姓名", "性别", "出生日期", "年级", "班级", "家长姓名", "家长电话"]

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '{shared}</Types>')
_SHARED_TYPE = ('<Override PartName="/xl/sharedStrings.xml" '
                'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>')
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="xl/workbook.xml"/></Relationships>')
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="名单" sheetId="1" r:id="rId1"/></sheets></workbook>')
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'worksheet" Target="worksheets/sheet1.xml"/>{shared}</Relationships>')
_SHARED_REL = ('<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
               'relationships/sharedStrings" Target="sharedStrings.xml"/>')
_SHEET_HEAD = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
_SHEET_TAIL = '</sheetData></worksheet>'
_COLUMNS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def student(n: int) -> list[str]:
    """Row n of a plausible (and, for large n, impossibly long) student list."""
    return [f"{20230000 + n}", f"学生{n}", "男" if n % 2 else "女", f"2010-{n % 12 + 1:02d}-{n % 28 + 1:02d}",
            "初二", f"{n % 20 + 1}班", f"家长{n}", f"138{n % 100_000_000:08d}"]


def write_xlsx(path: Path, rows: int, *, shared_strings: bool = True, level: int = 1,
               row_maker=student, header: list[str] | None = None, dimension: str | None = None) -> Path:
    """A workbook with a header and ``rows`` student rows.

    With ``shared_strings`` every text goes into ``sharedStrings.xml`` as Excel, WPS and
    openpyxl write it (a long unique list: the heavy case for a reader); otherwise inline.
    ``dimension`` is the size the sheet claims (``<dimension ref=…>``); none by default.
    """
    header = HEADER if header is None else header
    strings: dict[str, int] = {}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as z:
        z.writestr("[Content_Types].xml", _CONTENT_TYPES.format(shared=_SHARED_TYPE if shared_strings else ""))
        z.writestr("_rels/.rels", _RELS)
        z.writestr("xl/workbook.xml", _WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS.format(shared=_SHARED_REL if shared_strings else ""))
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            head = _SHEET_HEAD
            if dimension:
                head = head.replace("<sheetData>", f'<dimension ref="{dimension}"/><sheetData>')
            sheet.write(head.encode())
            chunk: list[str] = []
            for r in range(rows + 1):
                values = header if r == 0 else row_maker(r)
                cells = []
                for c, value in enumerate(values):
                    if value is None:
                        continue   # an empty cell is not written at all
                    ref = f"{_COLUMNS[c]}{r + 1}"
                    if shared_strings:
                        index = strings.setdefault(value, len(strings))
                        cells.append(f'<c r="{ref}" t="s"><v>{index}</v></c>')
                    else:
                        cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{escape(value)}</t></is></c>')
                chunk.append(f'<row r="{r + 1}">{"".join(cells)}</row>')
                if len(chunk) >= 10_000:
                    sheet.write("".join(chunk).encode())
                    chunk.clear()
            sheet.write(("".join(chunk) + _SHEET_TAIL).encode())
        if shared_strings:
            with z.open("xl/sharedStrings.xml", "w", force_zip64=True) as shared:
                shared.write(('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                              '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                              f'count="{len(strings)}" uniqueCount="{len(strings)}">').encode())
                chunk = []
                for value in strings:
                    chunk.append(f"<si><t>{escape(value)}</t></si>")
                    if len(chunk) >= 10_000:
                        shared.write("".join(chunk).encode())
                        chunk.clear()
                shared.write(("".join(chunk) + "</sst>").encode())
    return path


def _good_xlsx_bytes(rows: int = 3) -> bytes:
    buffer = io.BytesIO()
    write_xlsx(buffer, rows)  # zipfile takes a file object as well as a path
    return buffer.getvalue()


def _replace_member(data: bytes, name: str, content: bytes) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in source.infolist():
            if info.filename == name:
                if content is not None:
                    z.writestr(name, content)
            else:
                z.writestr(info, source.read(info.filename))
    return out.getvalue()


def malformed_corpus(folder: Path) -> dict[str, Path]:
    """Files that are not student lists, each named by what is wrong with it.

    Deterministic: the "random" bytes come from a fixed generator."""
    import random

    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(12)
    good = _good_xlsx_bytes()
    sheet = zipfile.ZipFile(io.BytesIO(good)).read("xl/worksheets/sheet1.xml")
    files: dict[str, bytes | None] = {
        "empty.xlsx": b"",
        "empty.csv": b"",
        "only-blank-lines.csv": b"\r\n\r\n  \r\n",
        "truncated-half.xlsx": good[: len(good) // 2],
        "truncated-end.xlsx": good[:-30],
        "truncated-start.xlsx": good[200:],
        "zip-not-xlsx.xlsx": _zip_of({"hello.txt": b"hello"}),
        "zip-no-sheet.xlsx": _replace_member(good, "xl/worksheets/sheet1.xml", None),
        "zip-no-workbook.xlsx": _replace_member(good, "xl/workbook.xml", None),
        "broken-sheet-xml.xlsx": _replace_member(good, "xl/worksheets/sheet1.xml", sheet[: len(sheet) // 2]),
        "sheet-not-xml.xlsx": _replace_member(good, "xl/worksheets/sheet1.xml", b"\x00\xff garbage"),
        "broken-workbook-xml.xlsx": _replace_member(good, "xl/workbook.xml", b"<workbook><sheets>"),
        "broken-content-types.xlsx": _replace_member(good, "[Content_Types].xml", b"<Types"),
        "broken-shared-strings.xlsx": _replace_member(good, "xl/sharedStrings.xml", b"<sst><si><t>x</sst>"),
        "bad-shared-index.xlsx": _replace_member(good, "xl/worksheets/sheet1.xml", sheet.replace(
            b"<v>1</v>", b"<v>999999</v>")),
        "bad-cell-ref.xlsx": _replace_member(good, "xl/worksheets/sheet1.xml", sheet.replace(
            b'r="B2"', b'r="B!!"')),
        "entity-bomb.xlsx": _replace_member(good, "xl/worksheets/sheet1.xml", _entity_bomb()),
        "crc-error.xlsx": _flip_inside(good, "xl/worksheets/sheet1.xml"),
        "garbage.xlsx": rng.randbytes(5000),
        "garbage.csv": rng.randbytes(5000),
        "nul-bytes.csv": b"\x00" * 4096,
        "pdf-named.xlsx": b"%PDF-1.7\n" + rng.randbytes(3000),
        "ole-xls-named.xlsx": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + rng.randbytes(2000),
        "ole-as.csv": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + rng.randbytes(2000),
        "xlsx-named.csv": good,
        "png-named.csv": b"\x89PNG\r\n\x1a\n" + rng.randbytes(2000),
        "utf16-no-bom.csv": "\n".join(",".join(r) for r in [HEADER, student(1)]).encode("utf-16-le"),
        "big5.csv": ("student_no,name,gender,class\n" + "20230101,張三豐,男,三年級\n" * 3).encode("big5"),
        "shift-jis.csv": ("student_no,name,gender,class\n" + "20230101,山田太郎,男,三年\n" * 3).encode("shift_jis"),
        "huge-field.csv": b'name,notes\n"' + b"x" * 300_000 + b'"\n',
        "unclosed-quote.csv": "姓名,班级\n\"张三,3班\n".encode() + b"x" * 200_000,
        "unsupported.pdf": b"%PDF-1.4\n",
        "no-suffix": b"name\n\xe5\xbc\xa0\n",
        "old-excel.xls": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504),
    }
    paths = {}
    for name, data in files.items():
        path = folder / name
        path.write_bytes(data)
        paths[name] = path
    (folder / "a-folder.xlsx").mkdir(exist_ok=True)
    paths["a-folder.xlsx"] = folder / "a-folder.xlsx"
    paths["missing.xlsx"] = folder / "missing.xlsx"
    unreadable = folder / "unreadable.csv"
    unreadable.write_bytes("姓名\n张三\n".encode())
    unreadable.chmod(0)
    paths["unreadable.csv"] = unreadable
    huge = folder / "huge.csv"
    with huge.open("wb") as f:  # sparse: 25 MB on paper, nothing on disk
        f.truncate(25 * 1024 * 1024)
    paths["huge.csv"] = huge
    return paths


def _zip_of(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)
    return out.getvalue()


def _flip_inside(data: bytes, name: str) -> bytes:
    """Damage a member's compressed bytes (its CRC no longer matches)."""
    info = zipfile.ZipFile(io.BytesIO(data)).getinfo(name)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    middle = start + info.compress_size // 2
    damaged = bytearray(data)
    damaged[middle] ^= 0xFF
    return bytes(damaged)


def _entity_bomb() -> bytes:
    lol = '<!ENTITY a0 "lollollollollollollollollollol">' + "".join(
        f'<!ENTITY a{i} "{f"&a{i - 1};" * 10}">' for i in range(1, 10))
    return (f'<?xml version="1.0"?><!DOCTYPE worksheet [{lol}]>'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
            '<row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c></row>'
            '<row r="2"><c r="A2" t="inlineStr"><is><t>&a9;</t></is></c></row>'
            '</sheetData></worksheet>').encode()


def running_as_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0
