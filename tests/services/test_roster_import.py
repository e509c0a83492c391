import io
import sys
from datetime import date

import openpyxl
import pytest

from rooms import STAFF_PW
from counselroom.cli import main
from counselroom.domain.clients import ClientDraft, ClientQuery, ClientType, Gender
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
    (b"\x00\x01\x02\xff\xfe\x80\x81", ".csv", "roster.not_text"),
    (b"name\n\x81\x30\x81", ".csv", "roster.encoding"),  # neither UTF-8 nor GB18030, and no guess
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


# -- what the attack put into roster cells (issue 12, item 8) -----------------------------------------

HOSTILE_ROWS = [
    ["20230201", "张\x00三", "男", "2010-05-01", "初二", "3\x1b[31m班\x1b[0m", "", "", "\u202e注意\u200b"],
    ["20230202", "\u202e王\u200b\u200d五", "女", "2010-06-02", "初二", "-", "\ufeff王父", "", "=HYPERLINK(\"x\")"],
    ["20230203", "李\u2066四\u2069", "女", "2010-07-03", "初二", "@3班", "", "", "+cmd|' /C calc'!A0"],
]
HOSTILE_HEADER = [*HEADER, "备注"]


def _write(tmp_path, kind, rows, header=HOSTILE_HEADER):
    if kind == "csv":
        path = tmp_path / "hostile.csv"
        buffer = io.StringIO()
        import csv

        csv.writer(buffer).writerows([header, *rows])
        path.write_bytes(buffer.getvalue().encode("utf-8"))
        return path
    path = tmp_path / "hostile.xlsx"
    book = openpyxl.Workbook()
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    book.active.append(header)
    for row in rows:   # XML cannot hold C0 controls; Excel writes them as _xHHHH_
        book.active.append([ILLEGAL_CHARACTERS_RE.sub(lambda m: f"_x{ord(m.group()):04X}_", v) for v in row])
    for row in book.active.iter_rows():
        for cell in row:
            cell.data_type = "s"   # text, even when it begins with "="
    book.save(path)
    return path


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_hostile_cells_are_stored_as_they_are_seen(staff, tmp_path, kind):
    session = staff.login("li")
    result = RosterImportService(session).import_file(_write(tmp_path, kind, HOSTILE_ROWS))
    assert result.imported == 3
    stored = {c.student_no: c for c in ClientService(session).search(ClientQuery(limit=100))}
    assert [stored[n].name for n in ("20230201", "20230202", "20230203")] == ["张三", "王五", "李四"]
    assert stored["20230201"].class_name == "3班" and stored["20230201"].notes == "注意"
    assert stored["20230202"].guardian_name == "王父"
    # not a name: kept as text ("-" is a class, "@3班" a note's style); every export guards it
    assert stored["20230202"].class_name == "-" and stored["20230202"].notes == "=HYPERLINK(\"x\")"
    assert stored["20230203"].class_name == "@3班"
    for client in stored.values():
        for value in (client.name, client.class_name, client.notes, client.guardian_name):
            assert value.isprintable() and "\u202e" not in value and "\u200b" not in value


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_a_name_that_looks_like_a_formula_is_a_problem_of_its_row(staff, tmp_path, kind):
    session = staff.login("li")
    rows = [
        ["20230301", "=HYPERLINK(\"http://evil\",\"张三\")", "男", "2010-05-01", "初二", "3班", "", "", ""],
        ["20230302", "+cmd|' /C calc'!A0", "男", "2010-05-01", "初二", "3班", "", "", ""],
        ["20230303", "@SUM(A1)", "男", "2010-05-01", "初二", "3班", "", "", ""],
        ["20230304", "-2+3", "男", "2010-05-01", "初二", "3班", "", "", ""],
        ["20230305", "赵六", "男", "2010-05-01", "初二", "3班", "=1+1", "", ""],
        ["20230306", "钱七", "男", "2010-05-01", "初二", "3班", "", "", ""],
    ]
    with pytest.raises(RosterRejected) as err:
        RosterImportService(session).import_file(_write(tmp_path, kind, rows))
    assert [(e.row, e.field, e.code, e.params) for e in err.value.errors] == [
        (2, "name", "name.formula", {"start": "="}), (3, "name", "name.formula", {"start": "+"}),
        (4, "name", "name.formula", {"start": "@"}), (5, "name", "name.formula", {"start": "-"}),
        (6, "guardian_name", "name.formula", {"start": "="})]
    assert count(session) == 0


def test_the_command_line_names_the_formula_row(staff, tmp_path, monkeypatch, capsys):
    path = _write(tmp_path, "csv", [["1", "=HYPERLINK(\"x\")", "男", "", "初二", "3班", "", "", ""]])
    monkeypatch.setattr(sys, "stdin", io.StringIO(STAFF_PW + "\n"))
    assert main(["--lang", "en", "admin", "import-roster", "--data-dir", str(staff.room.inst.data_dir),
                 "--user", "li", str(path)]) == 1
    out = capsys.readouterr()
    assert out.out.strip() == "Row 2, Name: A name cannot begin with \"=\": that is how a spreadsheet formula begins."


def test_a_big5_list_is_refused_not_imported_as_mojibake(staff, tmp_path):
    session = staff.login("li")
    path = tmp_path / "big5.csv"
    path.write_bytes(("student_no,name,gender,grade,class\n20230101,張偉,男,國二,3班\n"
                      "20230102,陳淑芬,女,國二,3班\n").encode("big5"))
    with pytest.raises(CounselRoomError) as err:
        RosterImportService(session).import_file(path)
    assert err.value.code == "roster.encoding_big5" and count(session) == 0


def test_a_lone_dash_for_a_guardian_or_a_phone_means_none(staff, tmp_path):
    session = staff.login("li")
    rows = [["20230401", "孙八", "男", "2010-05-01", "初二", "-", "-", "—", "/"]]
    path = _write(tmp_path, "csv", rows)
    assert RosterImportService(session).import_file(path).imported == 1
    client = ClientService(session).search(ClientQuery(text="孙八"))[0]
    assert (client.class_name, client.guardian_name, client.guardian_contact) == ("-", "", "")


def test_an_import_numbers_its_clients_on_from_the_years_highest(staff, tmp_path):
    # The import asks for this year's highest number once and counts up from it.
    session = staff.login("zhao")
    first = ClientService(session).register(ClientDraft(name="李四", client_type=ClientType.PARENT))
    RosterImportService(session).import_file(write_csv(tmp_path / "名单.csv", ROWS))
    later = ClientService(session).register(ClientDraft(name="赵六", client_type=ClientType.PARENT))
    clients = ClientService(session).search(ClientQuery(include_inactive=True, limit=1000))
    numbers = sorted(c.case_no for c in clients)
    year = session.today().year
    assert numbers == [f"{year}-{n:04d}" for n in range(1, 6)]
    assert first.case_no == f"{year}-0001" and later.case_no == f"{year}-0005"
