import io
import sys
from datetime import date

import openpyxl
import pytest

from conftest import STAFF_PW
from counselroom.cli import main
from counselroom.domain.clients import ClientDraft, ClientQuery, Gender
from counselroom.domain.errors import CounselRoomError
from counselroom.services.clients import ClientService
from counselroom.services.roster_import import RosterImportService, RosterRejected

HEADER = ["学号", "姓名", "性别", "出生日期", "年级", "班级", "家长姓名", "家长电话"]
ROWS = [
    ["20230101", "张三", "男", "2010-05-01", "初二", "3班", "张父", "13800001111"],
    ["20230102", "王䶮", "女", "2010/6/2", "初二", "3班", "王母", "13800002222"],
    ["20230103", "单田芳", "男", "2010年7月3日", "初二", "3班", "", ""],
]


def write_csv(path, rows, encoding="utf-8", bom=False):
    text = "\n".join(",".join(r) for r in [HEADER, *rows]) + "\n"
    data = text.encode(encoding)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)
    return path


def write_xlsx(path, rows):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADER)
    for r in rows:
        sheet.append([int(r[0]), r[1], r[2], date.fromisoformat(r[3].replace("/", "-")) if "-" in r[3] else r[3],
                      *r[4:]])
    book.save(path)
    return path


def count(session) -> int:
    return len(ClientService(session).search(ClientQuery(include_inactive=True, limit=1000)))


@pytest.mark.parametrize("kind", ["utf8", "utf8-bom", "gbk", "gb18030", "xlsx"])
def test_good_files_import_every_row(staff, tmp_path, kind):
    session = staff.login("zhao")
    if kind == "xlsx":
        path = write_xlsx(tmp_path / "名单.xlsx", ROWS)
    else:
        encoding = {"utf8": "utf-8", "utf8-bom": "utf-8", "gbk": "gbk", "gb18030": "gb18030"}[kind]
        rows = ROWS if kind != "gbk" else [r for r in ROWS if r[1] != "王䶮"]  # 䶮 is not in GBK
        path = write_csv(tmp_path / "名单.csv", rows, encoding, bom=kind == "utf8-bom")
    result = RosterImportService(session).import_file(path)
    expected = 2 if kind == "gbk" else 3
    assert result.imported == expected and count(session) == expected
    zhang = ClientService(session).search(ClientQuery(text="张三"))[0]
    assert zhang.student_no == "20230101" and zhang.gender is Gender.MALE
    assert zhang.birth_date == date(2010, 5, 1) and zhang.guardian_contact == "13800001111"


@pytest.mark.parametrize("bad_row, field", [
    (["20230104", "", "男", "2010-05-01", "初二", "3班", "", ""], "name"),
    (["20230104", "李四", "男", "2010-13-45", "初二", "3班", "", ""], "birth_date"),
    (["20230104", "李四", "未知", "2010-05-01", "初二", "3班", "", ""], "gender"),
    (["20230104", "李四", "男", "2010-05-01", "初二", "3班", "", "abc"], "guardian_contact"),
    (["20230101", "李四", "男", "2010-05-01", "初二", "3班", "", ""], "student_no"),  # same 学号 twice
])
def test_one_bad_row_imports_nothing(staff, tmp_path, bad_row, field):
    session = staff.login("li")
    path = write_csv(tmp_path / "bad.csv", [*ROWS, bad_row])
    with pytest.raises(RosterRejected) as err:
        RosterImportService(session).import_file(path)
    assert [(e.row, e.field) for e in err.value.errors] == [(5, field)]
    if field == "birth_date":
        assert err.value.errors[0].params == {"value": "2010-13-45"}
    assert count(session) == 0


def test_already_registered_are_shown_and_skipped(staff, tmp_path):
    session = staff.login("li")
    ClientService(session).register(ClientDraft(name="张三", student_no="20230101", grade="初二"))
    service = RosterImportService(session)
    header, rows = service.load(write_csv(tmp_path / "x.csv", ROWS))
    preview = service.preview(header, rows)
    assert [r.draft.name for r, _ in preview.already_registered] == ["张三"]
    assert [r.draft.name for r in preview.new] == ["王䶮", "单田芳"]
    assert service.commit(preview).imported == 2 and count(session) == 3


def test_mapping_can_be_chosen_by_hand(staff, tmp_path):
    session = staff.login("li")
    path = tmp_path / "odd.csv"
    path.write_text("A,B,C\n张三,初二,3班\n", encoding="utf-8")
    service = RosterImportService(session)
    header, rows = service.load(path)
    assert service.preview(header, rows).errors[0].code == "roster.column_missing"
    preview = service.preview(header, rows, {"name": 0, "grade": 1, "class_name": 2})
    assert preview.acceptable and service.commit(preview).imported == 1


@pytest.mark.parametrize("content, suffix, code", [
    (b"\x00\x01\x02\xff\xfe\x80\x81", ".csv", "roster.encoding"),
    (b"not a zip file at all", ".xlsx", "roster.unreadable"),
    (b"", ".csv", "roster.empty_file"),
    (b"a,b", ".pdf", "roster.unsupported"),
])
def test_broken_files_are_refused_clearly(staff, tmp_path, content, suffix, code):
    session = staff.login("li")
    path = tmp_path / f"broken{suffix}"
    path.write_bytes(content)
    with pytest.raises(CounselRoomError) as err:
        RosterImportService(session).import_file(path)
    assert err.value.code == code
    assert count(session) == 0


def test_command_line_import(staff, tmp_path, monkeypatch, capsys):
    good = write_csv(tmp_path / "good.csv", ROWS, "gb18030")
    bad = write_csv(tmp_path / "bad.csv", [*ROWS, ["x", "李四", "男", "2010-99-01", "初二", "3班", "", ""]])
    args = ["--lang", "en", "admin", "import-roster", "--data-dir", str(staff.room.inst.data_dir), "--user", "li"]
    monkeypatch.setattr(sys, "stdin", io.StringIO(STAFF_PW + "\n"))
    assert main([*args, str(bad)]) == 1
    out = capsys.readouterr()
    assert "Row 5, Birth date" in out.out and "nothing was imported" in out.err
    monkeypatch.setattr(sys, "stdin", io.StringIO(STAFF_PW + "\n"))
    assert main([*args, str(good)]) == 0
    assert "Imported 3" in capsys.readouterr().out
