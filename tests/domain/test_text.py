"""The one text rule (what enters) and the spreadsheet guard (what leaves), and that every
domain validator of free text uses the rule."""

from __future__ import annotations

import copy
import json
from datetime import date, datetime

import pytest

from counselroom.domain import (
    accounts,
    appointments,
    cases,
    closing,
    consent,
    crisis,
    duty,
    materials,
    referrals,
    settings,
    visits,
)
from counselroom.domain.clients import ClientDraft, ClientType, validate_client
from counselroom.domain.errors import ValidationError
from counselroom.domain.scales import check_interpretation, parse_definition
from counselroom.domain.text import (
    clean_line,
    clean_text,
    looks_like_formula,
    spreadsheet_safe,
)
from counselroom.resources import resource_path

TODAY = date(2026, 3, 16)
# What the attack put into roster cells, and what reaches the screen and paper instead.
HOSTILE = [
    ("张\x00三", "张三"),                                   # NUL
    ("\x1b[31m李四\x1b[0m", "李四"),                         # colour escape, taken out whole
    ("\x1b]8;;http://evil.example\x07王五\x1b]8;;\x07", "王五"),  # terminal hyperlink
    ("\x1b(B赵六", "赵六"),                                   # character-set escape
    ("\u202e六赵", "六赵"),                                   # RIGHT-TO-LEFT OVERRIDE
    ("\u2066刘\u2069一", "刘一"),                             # isolates
    ("\u202a陈\u202c二", "陈二"),                             # embedding and its pop
    ("\u200f孙\u200e七", "孙七"),                             # marks
    ("周\u200b八", "周八"), ("吴\u200c\u200d九", "吴九"),      # zero-width space, non-joiner, joiner
    ("\ufeff郑十", "郑十"), ("冯\u2060十一", "冯十一"),       # BOM, word joiner
    ("褚\u00ad卫", "褚卫"), ("蒋\U000e0041\U000e007f沈", "蒋沈"),  # soft hyphen, tag characters
    ("\u3164", ""), ("\u115f\u1160", ""), ("\u2800", ""),     # letters that draw nothing
    ("韩\x7f\x85\x9b杨", "韩 杨"),                             # DEL, NEL (a line break), C1
    ("朱\ud800秦", "朱秦"), ("尤\ufffe许", "尤许"),           # lone surrogate, non-character
    ("何\uFDD0吕", "何吕"),
    ("  施\t张  ", "施 张"), ("孔\r\n\r\n曹", "孔 曹"),       # breaks and tabs: one space on one line
    ("e\u0301", "\u00e9"), ("\u1100\u1161", "\uac00"),        # NFC
]


@pytest.mark.parametrize("given, kept", HOSTILE)
def test_one_line_keeps_only_what_is_seen(given, kept):
    assert clean_line(given) == kept


def test_several_lines_keep_tabs_and_line_breaks_as_lf():
    assert clean_text(" 第一行\r\n第二行\r第三行\u2028第四行\t缩进\x00\u202e \n") == \
        "第一行\n第二行\n第三行\n第四行\t缩进"
    assert clean_text("\x1b[2J\x1b[H清屏") == "清屏"


def test_what_is_kept():
    for text in ("王䶮", "𠮷野家", "\U00031350", "\ue000", "阿依古丽·买买提", "Zoë O'Brien-Smith",
                 "葛\U000e0100", "１２３", "张　三", "emoji 😀", "-", "=1+1", "@班主任"):
        assert clean_line(text) == text
    assert clean_line(None) == "" and clean_line(20230101) == "20230101"
    long = "正常的文字" * 1000
    assert clean_text(long) == long


@pytest.mark.parametrize("text, formula", [
    ("=HYPERLINK(\"http://x\")", True), ("+cmd|' /C calc'!A0", True), ("-2+3", True), ("@SUM(A1)", True),
    ("＝1+1", True), ("＋1", True), ("张三", False), ("", False), ("1=1", False), ("欧阳-娜娜", False)])
def test_looks_like_formula(text, formula):
    assert looks_like_formula(text) is formula


@pytest.mark.parametrize("value, safe", [
    ("=1+1", "'=1+1"), ("+86 138", "'+86 138"), ("-", "'-"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\t=1", "'\t=1"), ("\r=1", "'\r=1"), ("\n=1", "'\n=1"), ("  =1+1", "'  =1+1"), ("＝1", "'＝1"),
    ("张三", "张三"), ("1-2", "1-2"), ("", ""), (5, 5), (-5, -5), (2.5, 2.5), (None, None), (True, True),
    (date(2010, 5, 1), date(2010, 5, 1))])
def test_spreadsheet_safe(value, safe):
    assert spreadsheet_safe(value) == safe


# -- every validator of free text cleans with the rule ------------------------------------------

DIRTY = "\u202e注意\u200b\x00\x1b[31m"
CLEAN = "注意"


def test_client_form_cleans_every_text_field():
    draft = ClientDraft(name="张\u202e三\u200b", grade=DIRTY, class_name="3\x00班", student_no="2023\u200d0101",
                        guardian_name="\ufeff张父", notes="第一行\r\n第二行" + DIRTY, referral_note=DIRTY,
                        contact="138\u200b0000 1111")
    valid = validate_client(draft, TODAY)
    assert (valid.name, valid.grade, valid.class_name, valid.student_no, valid.guardian_name) == \
        ("张三", CLEAN, "3班", "20230101", "张父")
    assert valid.notes == "第一行\n第二行" + CLEAN and valid.referral_note == CLEAN
    assert valid.contact == "1380000 1111"


def test_a_name_of_invisible_characters_is_empty():
    with pytest.raises(ValidationError) as err:
        validate_client(ClientDraft(name="\u200b\u3164\u202e", grade="初二"), TODAY)
    assert (err.value.field, err.value.code) == ("name", "client.name_empty")


@pytest.mark.parametrize("field", ["name", "guardian_name"])
@pytest.mark.parametrize("start", ["=", "+", "-", "@", "＝"])
def test_a_name_cannot_look_like_a_formula(field, start):
    values = {"name": "张三", "grade": "初二", field: f"{start}HYPERLINK(\"http://x\",\"张三\")"}
    with pytest.raises(ValidationError) as err:
        validate_client(ClientDraft(**values), TODAY)
    assert (err.value.field, err.value.code, err.value.params) == (field, "name.formula", {"start": start})


def test_other_client_fields_may_start_with_a_sign():
    valid = validate_client(ClientDraft(name="张三", grade="-", class_name="+1班", notes="=这不是公式",
                                        client_type=ClientType.STUDENT), TODAY)
    assert (valid.grade, valid.class_name, valid.notes) == ("-", "+1班", "=这不是公式")


def test_every_domain_validator_of_free_text_cleans():
    content = visits.clean_content(visits.VisitContent(presenting_issue=DIRTY, complaint="一\r\n二" + DIRTY,
                                                       process=DIRTY, assessment=DIRTY, plan=DIRTY))
    assert {content.presenting_issue, content.process, content.assessment, content.plan} == {CLEAN}
    assert content.complaint == "一\n二" + CLEAN

    referral = referrals.validate_referral(referrals.ReferralDraft(
        institution="市\u202e精神卫生中心\n", reason=DIRTY, referred_on=TODAY, contact="\u200b王医生"),
        TODAY, is_minor=False)
    assert (referral.institution, referral.reason, referral.contact) == ("市精神卫生中心", CLEAN, "王医生")

    step = crisis.validate_step(crisis.StepRecord(
        crisis.CrisisStep.GUARDIAN_INFORMED, crisis.StepState.DONE, done_at=datetime(2026, 3, 16, 9),
        done_by="李\u202e老师", contact="张\x00父", method="电话\u200b", note=DIRTY), datetime(2026, 3, 16, 10))
    assert (step.done_by, step.contact, step.method, step.note) == ("李老师", "张父", "电话", CLEAN)

    case = cases.validate_case(cases.CaseDraft(opened_on=TODAY, reason=DIRTY, plan=DIRTY), TODAY)
    assert (case.reason, case.plan) == (CLEAN, CLEAN)
    given = consent.validate_consent(consent.ConsentDraft(
        kind=next(iter(consent.ConsentKind)), given_by=next(iter(consent.ConsentGiver)), given_on=TODAY,
        scope=DIRTY, limits_explained=True), TODAY)
    assert given.scope == CLEAN

    material = materials.validate_material(materials.MaterialDraft(
        name="沙盘\u202e", location="柜\x00子", note=DIRTY, scale_code="phq9\u200b"))
    assert (material.name, material.location, material.note, material.scale_code) == \
        ("沙盘", "柜子", CLEAN, "phq9")
    assert materials.validate_reason(DIRTY) == CLEAN and materials.validate_purpose(DIRTY) == CLEAN

    assert duty.validate_notes(DIRTY) == CLEAN and duty.validate_reason(DIRTY) == CLEAN
    assert closing.validate_label("关\u202e窗\n  锁门") == "关窗 锁门" and closing.validate_reason(DIRTY) == CLEAN
    assert settings.validate_room_name("\u202e心理辅导室\x00") == "心理辅导室"
    assert accounts.validate_display_name("王\u200b老师") == "王老师"
    assert check_interpretation(DIRTY) == CLEAN

    booked = appointments.validate_appointment(appointments.AppointmentDraft(
        client_id=1, counsellor_id=1, starts_at=datetime(2026, 3, 16, 9), note="从\u202e3班来\x00"))
    assert booked.note == "从3班来"


def test_a_scale_file_is_cleaned_the_same_way_every_time_it_is_read():
    data = json.loads(resource_path("scales", "phq9.json").read_bytes())
    dirty = copy.deepcopy(data)
    dirty["name"]["zh_CN"] = "\u202e" + data["name"]["zh_CN"] + "\u200b\u0000"
    dirty["items"][0]["text"]["zh_CN"] = data["items"][0]["text"]["zh_CN"] + "\x1b[31m\u2066"
    first = dirty["items"][0]["id"]
    dirty["items"][0]["id"] = first + "\u200b"                 # an id, and a reference to it
    for entry in dirty.get("critical", []):
        if entry["item"] == first:
            entry["item"] = first + "\u200b"
    raw = json.dumps(dirty, ensure_ascii=True).encode("utf-8")   # also "\u0000" as an escape
    parsed = parse_definition(raw)
    assert parsed.name.zh_CN == data["name"]["zh_CN"]
    assert parsed.items[0].text.zh_CN == data["items"][0]["text"]["zh_CN"] and parsed.items[0].id == first
    assert parse_definition(raw) == parsed
    assert parsed.digest != parse_definition(resource_path("scales", "phq9.json").read_bytes()).digest


def test_two_scale_keys_that_differ_only_by_invisible_characters_are_the_same_key():
    raw = b'{"format": 1, "code": "x1", "code\\u200b": "x2"}'
    with pytest.raises(ValidationError) as err:
        parse_definition(raw)
    assert err.value.code == "scale.duplicate_key"
