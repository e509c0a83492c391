"""Screening answer sheets from files (问卷星/腾讯问卷 style) and typed lines: all or nothing."""

import shutil
from pathlib import Path

import openpyxl
import pytest

from archive_fixtures import _TemplateKeyring
from rooms import STAFF_PW, SUPERVISOR, Room, Staff
from counselroom.domain.clients import ClientDraft, ClientType, Gender
from counselroom.domain.errors import CounselRoomError, PermissionDenied, ValidationError
from counselroom.domain.screening import CampaignDraft, EntryMethod
from counselroom.domain.screening_sheets import Reading, SheetMapping
from counselroom.services.auth import login
from counselroom.services.clients import ClientService
from counselroom.services.installation import Installation
from counselroom.services.scales import ScaleService
from counselroom.services.screening import ScreeningService
from counselroom.services.screening_import import ScreeningImportService, SheetsFileRejected

SCALES = Path(__file__).parents[1] / "fixtures" / "scales"
SCL = "scl90_like"
# 学号, 姓名, 年级, 班级; 王五 is in another grade, 赵六 is excluded, 孙七 opted out
STUDENTS = [("20230101", "张三", "初二", "3班"), ("20230102", "李四", "初二", "3班"),
            ("20230103", "王䶮", "初二", "4班"), ("20230104", "李四", "初二", "4班"),
            ("20220101", "王五", "初三", "1班"), ("20230105", "赵六", "初二", "3班"),
            ("20230106", "孙七", "初二", "4班")]


def _build(staff):
    """An open campaign of grade 初二 with the SCL-90-like scale: (campaign id, client ids by number)."""
    boss = staff.login(SUPERVISOR)
    try:
        ScaleService(boss).import_definition((SCALES / "scl90_like.json").read_bytes(), "test definition")
        clients = ClientService(boss)
        ids = {}
        for number, name, grade, class_name in STUDENTS:
            ids[number] = clients.register(ClientDraft(name=name, gender=Gender.UNSPECIFIED,
                                                       client_type=ClientType.STUDENT, grade=grade,
                                                       class_name=class_name, student_no=number)).id
        today = boss.today()
        screening = ScreeningService(boss)
        made = screening.create(CampaignDraft(name="2026 初二普查", scale_codes=(SCL, "phq9"), grades=("初二",),
                                              starts_on=today, ends_on=today, notice="已告知家长",
                                              excluded=(ids["20230105"],), opted_out=(ids["20230106"],)))
        screening.open(made.id)
    finally:
        boss.logout()
    return made.id, ids


@pytest.fixture(scope="module")
def _campaign_template(_staff_template, tmp_path_factory):
    template, staff_ids = _staff_template
    with _TemplateKeyring(template.backend.entries) as backend:
        inst = Installation(tmp_path_factory.mktemp("screening-import") / "data")
        shutil.copytree(template.inst.data_dir, inst.data_dir)
        room = Room(inst, backend, template.recovery_groups)
        made = _build(Staff(room, staff_ids))
        entries = dict(backend.entries)
    return room, made, entries


@pytest.fixture
def campaign(_campaign_template, tmp_path, memory_keyring):
    """A copy of the campaign's room: (a counsellor's session, campaign id, client ids by number)."""
    template, (campaign_id, ids), entries = _campaign_template
    inst = Installation(tmp_path / "data")
    shutil.copytree(template.inst.data_dir, inst.data_dir)
    memory_keyring.entries.update(entries)
    session = login(inst, "li", STAFF_PW)
    yield session, campaign_id, ids
    if not session.locked:
        session.logout()


def header(items=90, style="{n}、合成条目"):
    return ["序号", "提交答卷时间", "学号", "姓名"] + [style.format(n=n + 1) for n in range(items)]


def row(number, name, answers):
    return [1, "2026/12/1 10:00:00", number, name, *answers]


def write_csv(path, rows, encoding="utf-8"):
    path.write_bytes("\n".join(",".join(str(c) for c in r) for r in rows).encode(encoding) + b"\n")
    return path


def write_xlsx(path, rows):
    book = openpyxl.Workbook()
    for r in rows:
        book.active.append(r)
    book.save(path)
    return path


def stored(session, campaign_id):
    return {s.client_id: s for s in ScreeningService(session).results(campaign_id)}


def test_a_good_workbook_is_stored_whole_and_scored(campaign, tmp_path):
    session, campaign_id, ids = campaign
    answers = ["没有"] * 90   # total 90: negative
    high = ["偏重"] * 90      # every factor mean 4: positive
    path = write_xlsx(tmp_path / "普查.xlsx", [header(), row(20230101, "张三", answers),
                                                row(20230102, "李四", high), row(20230103, "王䶮", [1] * 90)])
    service = ScreeningImportService(session)
    file_header, rows = service.load(path)
    preview = service.preview(campaign_id, SCL, file_header, rows)
    assert preview.acceptable and [s.student.name for s in preview.sheets] == ["张三", "李四", "王䶮"]
    assert preview.positive == 1 and preview.invalid == 0
    recorded = service.commit(preview)
    assert (recorded.count, recorded.positive) == (3, 1)
    sheets = stored(session, campaign_id)
    assert sheets[ids["20230102"]].positive and not sheets[ids["20230101"]].positive
    assert sheets[ids["20230101"]].total == 90 and sheets[ids["20230101"]].entered_how is EntryMethod.IMPORT
    assert sheets[ids["20230103"]].source_row == 4


def test_every_row_problem_is_named_and_nothing_is_stored(campaign, tmp_path):
    session, campaign_id, ids = campaign
    good = [1] * 90
    rows = [header(),
            row(20230101, "张三", good),
            row(20220101, "王五", good),                       # 3: grade 初三, not in the campaign
            row(20239999, "无名", good),                       # 4: nobody
            row(20230101, "张三", good),                       # 5: again
            row(20230105, "赵六", good),                       # 6: excluded
            row(20230106, "孙七", good),                       # 7: opted out
            row(20230102, "李四", [1] * 44 + [""] + [9] + [1] * 44)]   # 8: items 45 and 46
    path = write_csv(tmp_path / "普查.csv", rows)
    service = ScreeningImportService(session)
    preview = service.preview(campaign_id, SCL, *service.load(path))
    assert not preview.acceptable
    assert [(e.row, e.code, e.params.get("item")) for e in preview.errors] == [
        (3, "screening_import.student_not_in_scope", None),
        (4, "screening_import.student_unknown", None),
        (5, "screening_import.duplicate_in_file", None),
        (6, "screening.student_excluded", None),
        (7, "screening.student_opted_out", None),
        (8, "screening_import.answer_missing", 45),
        (8, "screening_import.answer_unknown", 46)]
    with pytest.raises(SheetsFileRejected) as err:
        service.commit(preview)
    assert err.value.params == {"count": 7}
    with pytest.raises(SheetsFileRejected):
        service.import_file(campaign_id, SCL, path)
    assert stored(session, campaign_id) == {}


def test_a_student_screened_already_rejects_the_file(campaign, tmp_path):
    session, campaign_id, ids = campaign
    service = ScreeningImportService(session)
    service.import_file(campaign_id, SCL, write_csv(tmp_path / "a.csv", [header(), row(20230101, "张三", [1] * 90)]))
    again = write_csv(tmp_path / "b.csv", [header(), row(20230102, "李四", [1] * 90), row(20230101, "张三", [2] * 90)])
    preview = service.preview(campaign_id, SCL, *service.load(again))
    assert [(e.row, e.code) for e in preview.errors] == [(3, "screening.already_screened")]
    with pytest.raises(SheetsFileRejected):
        service.commit(preview)
    assert list(stored(session, campaign_id)) == [ids["20230101"]]
    assert stored(session, campaign_id)[ids["20230101"]].total == 90


def test_a_changed_database_between_preview_and_commit_stores_nothing(campaign, tmp_path):
    session, campaign_id, ids = campaign
    service = ScreeningImportService(session)
    path = write_csv(tmp_path / "a.csv", [header(), row(20230101, "张三", [1] * 90), row(20230102, "李四", [1] * 90)])
    preview = service.preview(campaign_id, SCL, *service.load(path))
    service.save_typed(service.typing(campaign_id, SCL), "20230102 " + "1" * 90)   # typed meanwhile
    with pytest.raises(SheetsFileRejected) as err:
        service.commit(preview)
    assert [(e.row, e.code) for e in err.value.errors] == [(3, "screening.already_screened")]
    assert list(stored(session, campaign_id)) == [ids["20230102"]]


@pytest.mark.parametrize("content", [b"PK\x03\x04 not a workbook", b"", "学号,姓名\n".encode()])
def test_malformed_files_are_refused_with_a_reason(campaign, tmp_path, content):
    session, campaign_id, _ids = campaign
    path = tmp_path / ("bad.xlsx" if content.startswith(b"PK") else "bad.csv")
    path.write_bytes(content)
    with pytest.raises(CounselRoomError) as err:
        ScreeningImportService(session).import_file(campaign_id, SCL, path)
    assert err.value.code in {"roster.unreadable", "roster.empty_file", "screening_import.rejected"}
    assert stored(session, campaign_id) == {}


def test_a_gb18030_csv_by_name_and_class_with_option_words(campaign, tmp_path):
    session, campaign_id, ids = campaign
    rows = [["姓名", "班级", *[f"Q{n + 1}" for n in range(90)]],
            ["王䶮", "初二(4)班", *["很轻"] * 90],      # 䶮 is in GB18030, not in GBK
            ["张三", "3班", *["中等"] * 90]]
    path = write_csv(tmp_path / "问卷星.csv", rows, "gb18030")
    service = ScreeningImportService(session)
    service.import_file(campaign_id, SCL, path)
    sheets = stored(session, campaign_id)
    assert sheets[ids["20230103"]].total == 180 and sheets[ids["20230101"]].total == 270
    # two students called 李四 in grade 初二, in different classes: by class they are told apart…
    ambiguous = [["姓名", "班级", *[f"Q{n + 1}" for n in range(90)]], ["李四", "3班", *[1] * 90],
                 ["李四", "初二", *[1] * 90]]
    preview = service.preview(campaign_id, SCL, *service.load(write_csv(tmp_path / "b.csv", ambiguous)))
    # …and a class that names neither is an unknown student, not a guess
    assert [(e.row, e.code) for e in preview.errors] == [(3, "screening_import.student_unknown")]


def test_the_mapping_and_the_reading_can_be_chosen(campaign, tmp_path):
    session, campaign_id, ids = campaign
    rows = [["编号", "答卷人", *[f"x{n}" for n in range(90)]], [20230101, "张三", *[2] * 90]]
    service = ScreeningImportService(session)
    file_header, data = service.load(write_xlsx(tmp_path / "scan.xlsx", rows))
    guessed = service.guess(campaign_id, SCL, file_header)
    assert guessed.identity == {"student_no": 0} and guessed.items == {}
    mapping = SheetMapping({"student_no": 0}, {str(n + 1): n + 2 for n in range(90)})
    preview = service.preview(campaign_id, SCL, file_header, data, mapping, Reading.POSITION)
    assert preview.acceptable
    service.commit(preview)
    assert stored(session, campaign_id)[ids["20230101"]].total == 180


def test_typed_lines(campaign):
    session, campaign_id, ids = campaign
    service = ScreeningImportService(session)
    typing = service.typing(campaign_id, SCL)
    assert typing.student("20230101").name == "张三" and typing.student("20229999") is None
    sheet = service.save_typed(typing, "20230101 " + "12345" * 18)
    assert sheet.client_id == ids["20230101"] and sheet.entered_how is EntryMethod.KEYBOARD and sheet.total == 270
    with pytest.raises(ValidationError) as err:
        service.save_typed(typing, "20230102 " + "12345" * 17)
    assert (err.value.field, err.value.code) == ("line", "screening_entry.count")
    with pytest.raises(ValidationError) as err:
        service.save_typed(typing, "20239999 " + "1" * 90)
    assert err.value.code == "screening_entry.student_unknown"
    with pytest.raises(ValidationError) as err:
        service.save_typed(typing, "20230101 " + "1" * 90)
    assert err.value.code == "screening.already_screened"
    service.save_typed(typing, "1" * 90, student=typing.student("20230101"), replace_existing=True)
    assert stored(session, campaign_id)[ids["20230101"]].total == 90


def test_assistants_neither_import_nor_type(campaign):
    counsellor, campaign_id, _ids = campaign
    counsellor.logout()
    session = login(counsellor.installation, "zhao", STAFF_PW)
    service = ScreeningImportService(session)
    with pytest.raises(PermissionDenied):
        service.load(Path("any.csv"))
    with pytest.raises(PermissionDenied):
        service.typing(campaign_id, SCL)
    session.logout()
