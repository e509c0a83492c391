"""Screening answer sheets: headers of questionnaire-tool files, option cells, typed paper sheets."""

from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from counselroom.domain.scales import parse_definition
from counselroom.domain.screening import EntryMethod, Student
from counselroom.domain.screening_sheets import (
    EntryLineError, Reading, SheetMapping, StudentDirectory, entry_keys, guess_mapping, outside_scope,
    parse_entry_line, read_sheets, split_header,
)

pytestmark = pytest.mark.timeless

FIXTURES = Path(__file__).parents[1] / "fixtures" / "scales"
SCL = parse_definition((FIXTURES / "scl90_like.json").read_bytes())
MHT = parse_definition((FIXTURES / "mht_like.json").read_bytes())
MIXED = parse_definition((FIXTURES / "mixed_like.json").read_bytes())
PHQ = parse_definition((Path(__file__).parents[2] / "resources" / "scales" / "phq9.json").read_bytes())

ZHANG = Student(1, "张三", "20230101", "初二", "3班")
LI = Student(2, "李四", "20230102", "初二", "3班")
LI_TOO = Student(3, "李四", "20230199", "初二", "3班")
WANG = Student(4, "王五", "20230201", "初二", "4班")
STUDENTS = StudentDirectory([ZHANG, LI, WANG])


@pytest.mark.parametrize("header, expected", [
    ("学号", (None, "学号")),
    ("Q12", (12, "")),
    ("Q12.你常常感到紧张", (12, "你常常感到紧张")),
    ("12、你常常感到紧张", (12, "你常常感到紧张")),
    ("１２．你常常感到紧张", (12, "你常常感到紧张")),   # full-width digits and stop
    ("第3题", (3, "")),
    ("(5)", (5, "")),
    ("7", (7, "")),
    ("提交答卷时间", (None, "提交答卷时间")),
    ("2023级", (None, "2023级")),            # four digits are no question number
])
def test_a_header_s_question_number(header, expected):
    assert split_header(header) == expected


def test_wenjuanxing_headers_with_numbered_identity_questions():
    """问卷星 numbers "1、姓名 2、学号 3、班级" as questions: the items are the 90 numbers after them."""
    header = ["序号", "提交答卷时间", "所用时间", "来源", "1、您的姓名：", "2、请输入你的学号", "3、班级（必填）"]
    header += [f"{n + 4}、题目{n + 1}" for n in range(90)]
    mapping = guess_mapping(header, SCL)
    assert mapping.identity == {"name": 4, "student_no": 5, "class_name": 6}
    assert mapping.items["1"] == 7 and mapping.items["90"] == 96 and len(mapping.items) == 90


@pytest.mark.parametrize("style", ["Q{n}", "{n}", "第{n}题", "{n}.{text}"])
def test_item_columns_by_number(style):
    header = ["学号"] + [style.format(n=n + 1, text="x") for n in range(90)]
    mapping = guess_mapping(header, SCL)
    assert mapping.identity == {"student_no": 0}
    assert [mapping.items[str(n + 1)] for n in range(90)] == list(range(1, 91))


def test_item_columns_by_their_text_in_any_order():
    header = ["姓名", "班级"] + [f"{i + 1}. {item.text.zh_CN}" for i, item in enumerate(SCL.items)][::-1]
    header[2] = SCL.items[89].text.en.upper()      # an English export, case and spacing aside
    mapping = guess_mapping(header, SCL)
    assert mapping.identity == {"name": 0, "class_name": 1}
    assert mapping.items["90"] == 2 and mapping.items["1"] == 91


def test_a_mapping_without_students_or_items_is_a_row_1_error():
    _rows, errors = read_sheets([["x"]], SheetMapping({"name": 0}, {"1": 1}), SCL, students=STUDENTS)
    codes = {(e.row, e.code) for e in errors}
    assert (1, "screening_import.identity_missing") in codes
    assert (1, "screening_import.item_column_missing") in codes
    assert sum(e.code == "screening_import.item_column_missing" for e in errors) == 89
    assert errors[1].params == {"item": 2}


def _mapping(definition, identity=("student_no",)):
    return SheetMapping({f: i for i, f in enumerate(identity)},
                        {item.id: len(identity) + i for i, item in enumerate(definition.items)})


def _one(definition, cells, reading=Reading.AUTO):
    rows, errors = read_sheets([["20230101", *cells]], _mapping(definition), definition, students=STUDENTS,
                               reading=reading)
    return rows[0].draft.answers if rows else [(e.code, e.params) for e in errors]


@pytest.mark.parametrize("cell, option", [
    ("没有", "1"), ("Not at all", "1"), ("not AT all", "1"), ("A. 没有", "1"), ("E、严重", "5"),
    (1, "1"), (5.0, "5"), ("5", "5"), (" ５ ", "5"), ("严重", "5"),
])
def test_option_cells_by_label_id_or_score(cell, option):
    assert _one(SCL, [cell] * 90)["1"] == option


def test_yes_no_items_by_label_or_id_or_score():
    answers = _one(MHT, ["是", "否", "yes", "No", 1, 0] + ["否"] * 94)
    assert [answers[i.id] for i in MHT.items[:6]] == ["yes", "no", "yes", "no", "yes", "no"]


def test_ambiguous_cells_are_refused_until_the_reading_is_chosen():
    """Option ids 1..5 scored 0..4: is "2" the id or the score? Neither is guessed."""
    shifted = replace(SCL, items=tuple(
        replace(item, options=tuple(replace(o, score=o.score - 1) for o in item.options)) for item in SCL.items))
    problems = _one(shifted, [2] * 90)
    assert problems[0] == ("screening_import.answer_ambiguous", {"item": 1, "value": "2"})
    assert len(problems) == 90
    assert _one(shifted, [2] * 90, Reading.ID)["1"] == "2"
    assert _one(shifted, [2] * 90, Reading.SCORE)["1"] == "3"
    assert _one(shifted, ["很轻"] * 90, Reading.LABEL)["1"] == "2"
    assert _one(shifted, [0] * 90)["1"] == "1"            # only a score: no doubt


def test_position_reading_counts_options_from_one():
    assert _one(PHQ, [1, 4, 2, 3, 1, 1, 1, 1, 1], Reading.POSITION)["2"] == "3"
    assert _one(PHQ, [5] + [1] * 8, Reading.POSITION)[0] == ("screening_import.answer_unknown",
                                                              {"item": 1, "value": "5"})


def test_missing_and_unknown_answers_name_the_item():
    problems = _one(SCL, ["没有"] * 10 + [None, "", "很多"] + ["没有"] * 77)
    assert problems == [("screening_import.answer_missing", {"item": 11, "value": ""}),
                        ("screening_import.answer_missing", {"item": 12, "value": ""}),
                        ("screening_import.answer_unknown", {"item": 13, "value": "很多"})]


def test_rows_name_students_by_number():
    rows = [["20230101", *["1"] * 90], [], ["20230102", *["2"] * 90], ["20230101", *["3"] * 90],
            ["", *["1"] * 90], ["20239999", *["1"] * 90]]
    sheets, errors = read_sheets(rows, _mapping(SCL), SCL, students=STUDENTS)
    assert [(s.row, s.student.name) for s in sheets] == [(2, "张三"), (4, "李四")]
    assert sheets[0].draft.entered_how is EntryMethod.IMPORT and sheets[0].draft.source_row == 2
    assert sheets[0].draft.client_id == 1 and sheets[0].draft.scale_code == SCL.code
    assert [(e.row, e.code) for e in errors] == [
        (5, "screening_import.duplicate_in_file"), (6, "screening_import.student_no_missing"),
        (7, "screening_import.student_unknown")]
    assert errors[0].params == {"other": 2, "name": "张三"}


def test_rows_name_students_by_name_and_class():
    students = StudentDirectory([ZHANG, LI, LI_TOO, WANG])
    mapping = _mapping(SCL, ("name", "class_name"))
    rows = [["张三", "3班", *[1] * 90], ["王五", "初二(4)班", *[1] * 90], ["王五", "5班", *[1] * 90],
            ["李四", "3班", *[1] * 90], ["张三", "", *[1] * 90]]
    sheets, errors = read_sheets(rows, mapping, SCL, students=students)
    # "初二(4)班": the grade and the class in one cell, brackets aside
    assert [s.student.client_id for s in sheets] == [1, 4]
    assert [(e.row, e.code) for e in errors] == [
        (4, "screening_import.student_unknown"), (5, "screening_import.student_ambiguous"),
        (6, "screening_import.name_class_missing")]
    assert errors[1].params == {"student": "李四 3班", "count": 2}


def test_unknown_students_of_the_school_are_said_to_be_outside_the_campaign():
    _sheets, errors = read_sheets([["20230201", *[1] * 90], ["20239999", *[1] * 90]], _mapping(SCL), SCL,
                                  students=StudentDirectory([ZHANG]))
    refined = outside_scope(errors, STUDENTS)
    assert [e.code for e in refined] == ["screening_import.student_not_in_scope", "screening_import.student_unknown"]
    assert refined[0].params == {"student": "20230201"}


def test_an_empty_file_is_an_error():
    assert read_sheets([[None, ""]], _mapping(SCL), SCL, students=STUDENTS)[1][0].code == "screening_import.empty"


# -- typed lines -----------------------------------------------------------------------------------

def test_a_typed_line_with_the_student_number():
    line = parse_entry_line(PHQ, "20230101  0123 3210 1")
    assert line.student_no == "20230101" and line.keys == "012332101"
    assert line.answers == {"1": "0", "2": "1", "3": "2", "4": "3", "5": "3", "6": "2", "7": "1", "8": "0", "9": "1"}


def test_yes_no_items_are_typed_by_position():
    line = parse_entry_line(MHT, "12" * 50, with_student=False)
    assert line.student_no == "" and line.answers["1"] == "yes" and line.answers["2"] == "no"


@pytest.mark.parametrize("text, code, params", [
    ("", "screening_entry.no_student", {}),
    ("20230101", "screening_entry.no_student", {}),
    ("20230101 ", "screening_entry.count", {"expected": 9, "found": 0}),
    ("20230101 01234", "screening_entry.key", {"position": 5, "char": "4", "keys": "0–3"}),
    ("20230101 0123", "screening_entry.count", {"expected": 9, "found": 4}),
    ("20230101 0123012301", "screening_entry.count", {"expected": 9, "found": 10}),
    ("20230101 0123-1230", "screening_entry.key", {"position": 5, "char": "-", "keys": "0–3"}),
])
def test_typed_line_errors_name_the_item(text, code, params):
    with pytest.raises(EntryLineError) as err:
        parse_entry_line(PHQ, text)
    assert (err.value.code, err.value.params) == (code, params)


def test_mixed_option_counts_have_their_own_keys():
    keys = entry_keys(MIXED, {i.id: i.options[-1].id for i in MIXED.items})
    assert parse_entry_line(MIXED, keys, with_student=False).answers == {i.id: i.options[-1].id for i in MIXED.items}
    with pytest.raises(EntryLineError) as err:
        parse_entry_line(MIXED, "3" * len(MIXED.items), with_student=False)
    assert err.value.params["position"] == 2     # item 2 is yes/no: keys 1-2


@settings(max_examples=40, deadline=None)
@given(data=st.data(), definition=st.sampled_from([PHQ, SCL, MHT, MIXED]),
       number=st.from_regex(r"[0-9A-Za-z]{1,12}", fullmatch=True), spaces=st.integers(1, 3))
def test_typed_lines_round_trip(data, definition, number, spaces):
    answers = {item.id: data.draw(st.sampled_from([o.id for o in item.options])) for item in definition.items}
    keys = entry_keys(definition, answers)
    cut = data.draw(st.integers(0, len(keys)))
    line = parse_entry_line(definition, number + " " * spaces + keys[:cut] + " " + keys[cut:])
    assert line.student_no == number and dict(line.answers) == answers
