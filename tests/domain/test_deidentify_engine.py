"""De-identification (R14): every pattern the export replaces or flags, stable placeholders, ordinary
words left alone, and no planted name surviving (hypothesis)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from counselroom.domain.deidentify import (
    ORDINARY_GIVEN, Deidentifier, KnownIdentities, KnownPerson, KnownTerm, PersonRole, Section, contact_names,
    deidentify, guardian_people, name_spellings, school_names,
)
from counselroom.domain.deidentify_patterns import (
    ORDINARY, SURNAMES, FlagReason, ReplacementKind, age_band, pattern_replacements, relative_day,
)
from counselroom.domain.deidentify_review import DEIDENTIFIED_MARK, Edit, apply_edits, confirmed_text
from counselroom.domain.errors import CounselRoomError

# Pure computation: nothing here reads the clock (CI's pinned-date run leaves it out).
pytestmark = pytest.mark.timeless

FIRST = date(2026, 11, 3)
LAST = date(2026, 12, 22)
VISITS = {FIRST: 1, date(2026, 11, 10): 2}


def person(name: str, role: PersonRole, spell: bool = True) -> KnownPerson:
    return KnownPerson(name, role, *name_spellings(name)) if spell else KnownPerson(name, role)


PEOPLE = [
    person("王子涵", PersonRole.CLIENT),
    person("李丽", PersonRole.MOTHER),
    person("张建华", PersonRole.FATHER),
    person("李老师", PersonRole.COUNSELLOR),
    person("王老师", PersonRole.STAFF),
    person("赵敏", PersonRole.STAFF),
    person("刘芳", PersonRole.CONTACT),
    KnownPerson("陈欣怡", PersonRole.OTHER_CLIENT, ("chenxinyi", "xinyichen")),
    KnownPerson("周浩宇", PersonRole.OTHER_CLIENT, ("zhouhaoyu",)),
    KnownPerson("孙梓萱", PersonRole.OTHER_CLIENT),
    KnownPerson("文明", PersonRole.OTHER_CLIENT),       # a name that is an ordinary word
    KnownPerson("黄晓东", PersonRole.OTHER_GUARDIAN),
]
TERMS = [KnownTerm("䶮山中学心理辅导室", ReplacementKind.ROOM), KnownTerm("䶮山中学", ReplacementKind.SCHOOL),
         KnownTerm("䶮山", ReplacementKind.SCHOOL), KnownTerm("市精神卫生中心", ReplacementKind.INSTITUTION),
         KnownTerm("2026-0042", ReplacementKind.CASE_NUMBER)]
KNOWN = KnownIdentities(PEOPLE, TERMS, FIRST, LAST, VISITS)
ENGINE = Deidentifier(KNOWN)


def run(text: str, known: KnownIdentities | None = None):
    engine = ENGINE if known is None else Deidentifier(known)
    return engine.run([Section("记录", (("", text),))])


def body(text: str, known: KnownIdentities | None = None) -> str:
    """The de-identified text alone, without the section's heading."""
    return run(text, known).text.removeprefix("【记录】\n").rstrip("\n")


def flagged(text: str) -> list[tuple[str, FlagReason]]:
    return [(f.text, f.reason) for f in run(text).flags]


# -- names ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("王子涵说母亲李丽和父亲张建华经常吵架", "来访者说母亲母亲和父亲父亲经常吵架"),
    ("李老师与王老师、赵敏讨论了个案", "咨询师与老师A、老师B讨论了个案"),
    ("危机时联系了刘芳", "危机时联系了联系人A"),
    ("同桌陈欣怡和周浩宇，后来陈欣怡道歉了", "同桌同学A和同学B，后来同学A道歉了"),
    ("黄晓东来电", "家长A来电"),
    ("子涵最近睡得好一些", "来访者最近睡得好一些"),        # a given name of two characters alone
    ("小涵和涵涵都是她的小名", "来访者和来访者都是她的小名"),   # nicknames of the client
    ("建华下班很晚", "父亲下班很晚"),
])
def test_known_names_become_role_placeholders(text, expected):
    assert body(text) == expected


def test_a_one_character_given_name_alone_is_kept():
    # 李丽 → 丽 alone would replace every 丽 (美丽): not a name by itself.
    assert body("她觉得自己不美丽") == "她觉得自己不美丽"


def test_placeholders_are_stable_across_sections_and_by_first_appearance():
    result = ENGINE.run([Section("一", (("甲", "周浩宇先来"),)), Section("二", (("乙", "陈欣怡，周浩宇"),))])
    assert "甲：同学A先来" in result.text and "乙：同学B，同学A" in result.text
    again = ENGINE.run([Section("一", (("甲", "陈欣怡"),))])
    assert "同学A" in again.text   # letters start again for each export


def test_other_clients_given_name_is_theirs_once_named_in_full_else_flagged():
    assert body("欣怡说陈欣怡不在") == "同学A说同学A不在"
    assert flagged("梓萱今天没来") == [("梓萱", FlagReason.NAME_IN_RECORDS)]
    assert "梓萱" in body("梓萱今天没来")


def test_a_name_that_is_an_ordinary_word_is_flagged_not_replaced():
    assert body("这是文明的表现") == "这是文明的表现"
    assert ("文明", FlagReason.NAME_IN_RECORDS) in flagged("这是文明的表现")
    # …but the client's own name is always replaced, word or not.
    known = KnownIdentities([KnownPerson("高兴", PersonRole.CLIENT)], first_day=FIRST)
    assert body("高兴说她很高兴", known) == "来访者说她很来访者"


def test_the_clients_given_name_that_is_a_word_is_flagged():
    known = KnownIdentities([KnownPerson("王快乐", PersonRole.CLIENT)], first_day=FIRST)
    result = run("王快乐说今天很快乐", known)
    assert result.text.count("来访者") == 1 and "很快乐" in result.text
    assert [(f.text, f.reason) for f in result.flags] == [("快乐", FlagReason.NAME_IN_RECORDS)]


@pytest.mark.parametrize("text, expected", [
    ("张老师和陈同学", "某老师和某同学"),
    ("欧阳老师很严格", "某老师很严格"),
    ("周妈妈来电", "某妈妈来电"),
    # 王老师 is a display name (a surname and a title); 赵老师 the one staff member surnamed 赵 (赵敏)
    ("王老师和赵老师布置了作业", "老师A和老师B布置了作业"),
    ("赵敏就是赵老师", "老师A就是老师A"),
])
def test_surname_with_a_title(text, expected):
    assert body(text) == expected


@pytest.mark.parametrize("text", [
    "语文老师和历史老师都很关心她", "班主任老师找她谈话", "她和同学吵架了，也和老师顶嘴", "向老师请教问题",
    "经常紧张，时候到了就严重失眠", "她说今天很高兴，也很容易生气", "关于同学的事情，对于老师的批评",
    "不知道如何是好，方法很简单", "任务完成了，提高了成绩", "一周后复诊，周末在家", "多方面的原因造成的",
    "同一班级的同学", "心理健康课上讨论了自我意识",
])
def test_ordinary_words_are_left_alone(text):
    result = run(text)
    assert body(text) == text and not result.replacements, result.replacements
    assert not [f for f in result.flags if f.reason is FlagReason.NAME_LIKE], result.flags


@pytest.mark.parametrize("spelt", ["Wang Zihan", "wangzihan", "ZiHan WANG", "zihan-wang", "WZH", "wzh", "W.Z.H"])
def test_pinyin_spellings_of_the_client(spelt):
    assert body(f"她的网名是{spelt}。") == "她的网名是来访者。"


def test_pinyin_of_other_clients_and_what_is_not_a_name():
    assert body("chen xinyi and Zhou Haoyu") == "同学A and 同学B"
    assert body("CBT and PHQ and SAS scores") == "CBT and PHQ and SAS scores"
    assert body("wang is a word") == "wang is a word"     # a surname alone is not a name


# -- numbers, dates, ages, places -----------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("电话13800138000", "电话【电话】"), ("手机 138-0013-8000。", "手机 【电话】。"),
    ("+86 138 0013 8000", "【电话】"), ("座机010-62345678", "座机【电话】"), ("(0755)87654321", "【电话】"),
    ("身份证11010520100101123X", "身份证【身份证号】"), ("学号20260123", "学号【学号】"),
    ("编号 98765", "编号 【编号】"), ("档案号2026-0042", "档案号【档案号】"), ("旧档案2025-0007", "旧档案【档案号】"),
    ("QQ：123456789", "QQ：【账号】"), ("qq号 87654321", "qq号 【账号】"), ("微信号是 zihan_2012", "微信号是 【账号】"),
    ("wx: abc12345", "wx: 【账号】"),
])
def test_identifiers_are_removed(text, expected):
    assert body(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("2026-11-03来访", "第 1 次咨询当天来访"), ("2026年11月10日（周二）复诊", "第 2 次咨询当天复诊"),
    ("2026/11/17", "第 15 天"), ("2026.11.4", "第 2 天"), ("11月17日", "第 15 天"), ("十一月十七日", "第 15 天"),
    ("11/17 又来", "第 15 天 又来"), ("1月5日开学", "第 64 天开学"), ("10月30号", "首次咨询前 4 天"),
    ("2026年12月", "第 2 个月"), ("2026年10月", "首次咨询前 1 个月"),
])
def test_dates_become_relative_to_the_first_visit(text, expected):
    assert body(text) == expected


def test_patterns_alone_return_every_find_and_the_engine_chooses():
    finds = pattern_replacements("电话13800138000")
    assert {(f.kind, f.placeholder) for f in finds} == {(ReplacementKind.PHONE, "【电话】"),
                                                        (ReplacementKind.NUMBER, "【电话】")}
    assert [r.kind for r in run("电话13800138000").replacements] == [ReplacementKind.PHONE]   # lower rank wins


def test_what_is_not_a_date_stays():
    assert body("完成了3/5的作业") == "完成了3/5的作业"
    assert body("2月30日") == "2月30日"
    assert body("11:00-11:45") == "11:00-11:45"


def test_dates_without_a_first_visit_are_removed():
    known = KnownIdentities([KnownPerson("王子涵", PersonRole.CLIENT)])
    assert body("2026-11-03和11月5日", known) == "【日期】和【日期】"


@pytest.mark.parametrize("age, band", [(5, "6岁以下"), (6, "6–8岁"), (11, "9–11岁"), (12, "12–14岁"), (14, "12–14岁"),
                                       (15, "15–17岁"), (17, "15–17岁"), (18, "18–22岁"), (35, "30–39岁"),
                                       (60, "60岁及以上"), (88, "60岁及以上")])
def test_age_bands(age, band):
    assert age_band(age) == band
    assert body(f"今年{age}岁") == f"今年{band}"


def test_ages_in_words_half_years_and_ranges():
    assert body("十五岁半，13周岁") == "15–17岁，12–14岁"
    assert body("12–14岁，12-16岁，3~5岁，50到70岁") == "12–14岁，12–17岁，6岁以下，50岁及以上"


@pytest.mark.parametrize("text, expected", [
    ("初二(3)班", "初二某班"), ("高一（12）班的", "高一某班的"), ("3班班主任", "某班班主任"), ("初二三班", "初二某班"),
    ("七年级2班", "七年级某班"), ("在䶮山中学心理辅导室", "在心理咨询室"), ("䶮山中学的老师", "某校的老师"),
    ("转介到市精神卫生中心", "转介到某机构"),
])
def test_classes_school_room_and_institutions(text, expected):
    assert body(text) == expected


# -- flags ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, found", [
    ("住302室", [("302", FlagReason.DIGITS)]),
    ("邻居赵小明常来", [("赵小明", FlagReason.NAME_LIKE)]),
    ("住在北京市海淀区", [("北京市", FlagReason.PLACE_LIKE), ("海淀区", FlagReason.PLACE_LIKE)]),
    ("家在解放路", [("家在解放路", FlagReason.PLACE_LIKE)][:0] or [("解放路", FlagReason.PLACE_LIKE)]),
    ("以前在实验小学", [("实验小学", FlagReason.PLACE_LIKE)]),
    ("邮箱 mom@example.com", [("mom@example.com", FlagReason.EMAIL)]),
    ("见 https://example.cn/x?y=1 。", [("https://example.cn/x?y=1", FlagReason.URL)]),
])
def test_suspicious_words_are_flagged_not_replaced(text, found):
    result = run(text)
    assert [(f.text, f.reason) for f in result.flags] == found
    assert body(text) == text


@pytest.mark.parametrize("text", ["城市和农村的差异", "解题思路不清", "走出认知误区", "上小学时很开心", "她去医院看病"])
def test_ordinary_place_words_are_not_flagged(text):
    assert not [f for f in run(text).flags if f.reason is FlagReason.PLACE_LIKE]


def test_spans_point_at_the_text():
    result = run("王子涵13800138000，住302室，邻居赵小明")
    assert [r.placeholder for r in result.replacements] == ["来访者", "【电话】"]
    for r in result.replacements:
        assert result.text[r.start:r.end] == r.placeholder
    for f in result.flags:
        assert result.text[f.start:f.end] == f.text
    assert [f.id for f in result.flags] == list(range(len(result.flags)))
    assert {r.original for r in result.replacements} == {"王子涵", "13800138000"}


def test_sections_layout():
    result = deidentify([Section("个案", (("来访原因", "王子涵焦虑"), ("空", ""), ("咨询方案", "每周一次"))),
                         Section("第 1 次咨询", (("主诉", "睡不着"),))], KNOWN)
    assert result.text == "【个案】\n来访原因：来访者焦虑\n咨询方案：每周一次\n\n【第 1 次咨询】\n主诉：睡不着\n"


# -- review and confirmation ---------------------------------------------------------------------

def test_confirmation_is_refused_while_a_flag_is_open():
    result = run("王子涵住302室，邻居赵小明")
    assert len(result.flags) == 2
    with pytest.raises(CounselRoomError) as refused:
        confirmed_text(result, (), {result.flags[0].id})
    assert refused.value.code == "deidentify.flags_open" and refused.value.params == {"count": 1}
    final = confirmed_text(result, (), {f.id for f in result.flags})
    assert final.startswith(DEIDENTIFIED_MARK + "\n") and "已去标识化" in final.splitlines()[0]
    assert "王子涵" not in final and final.endswith(result.text)


def test_an_edit_settles_the_flag_it_replaces_and_moves_the_rest():
    result = run("住302室，邻居赵小明")
    digits = next(f for f in result.flags if f.reason is FlagReason.DIGITS)
    edit = Edit(digits.start, digits.end, "某")
    edited = apply_edits(result, [edit])
    assert "住某室" in edited.text
    assert [f.text for f in edited.flags] == ["赵小明"]
    name = edited.flags[0]
    assert edited.text[name.start:name.end] == "赵小明"
    assert confirmed_text(result, [edit], {name.id}).endswith(edited.text)


def test_what_an_edit_types_is_checked_like_the_export():
    result = run("来访者情绪平稳")
    edited = apply_edits(result, [Edit(0, 0, "王子涵电话13800138000，住888号")])
    typed = [(f.text, f.reason) for f in edited.flags]
    assert typed == [("王子涵", FlagReason.TYPED_IDENTIFIER), ("13800138000", FlagReason.TYPED_IDENTIFIER),
                     ("888", FlagReason.DIGITS)]
    assert [f.id for f in edited.flags] == [0, 1, 2]       # after the result's own (none here)
    with pytest.raises(CounselRoomError):
        confirmed_text(result, [Edit(0, 0, "王子涵")], ())
    assert "王子涵" in confirmed_text(result, [Edit(0, 0, "王子涵")], {0})   # ticked off: the person decided


def test_edits_that_overlap_or_leave_the_text_are_refused():
    result = run("来访者情绪平稳")
    with pytest.raises(ValueError):
        apply_edits(result, [Edit(0, 3, "x"), Edit(2, 4, "y")])
    with pytest.raises(ValueError):
        apply_edits(result, [Edit(0, len(result.text) + 1, "x")])


def test_replacements_an_edit_touches_are_dropped():
    result = run("王子涵和陈欣怡")
    first = result.replacements[0]
    edited = apply_edits(result, [Edit(first.start + 1, first.start + 2, "X")])
    assert [r.placeholder for r in edited.replacements] == ["同学A"]
    r = edited.replacements[0]
    assert edited.text[r.start:r.end] == "同学A"


# -- parsing the database's fields -----------------------------------------------------------------

def test_guardian_fields_contact_fields_and_the_rooms_name():
    assert guardian_people("王丽（母亲）、张伟") == [KnownPerson("王丽", PersonRole.MOTHER),
                                                   KnownPerson("张伟", PersonRole.GUARDIAN)]
    assert guardian_people("父亲王和平") == [KnownPerson("王和平", PersonRole.FATHER)]
    assert guardian_people("母亲") == []
    assert guardian_people("李红", others=True) == [KnownPerson("李红", PersonRole.OTHER_GUARDIAN)]
    assert contact_names("王丽（母亲）13800000000") == ["王丽"]
    assert contact_names("班主任刘芳，张医生") == ["刘芳"]
    assert contact_names("德育处主任、分管副校长") == []
    assert school_names("䶮山中学心理辅导室") == (["䶮山中学心理辅导室"], ["䶮山中学", "䶮山"])
    assert relative_day(date(2026, 11, 2), FIRST) == "首次咨询前 1 天"
    assert relative_day(FIRST, FIRST, VISITS) == "第 1 次咨询当天"


def test_fifty_thousand_known_names():
    """The size of a big school: built once, matched by lookups (timed in no test)."""
    import random

    rng = random.Random(7)
    given = "子涵 欣怡 梓萱 思涵 雨桐 宇轩 子墨 梓睿 俊杰 博文 佳怡 可馨 诗琪 若曦 明轩 天佑 嘉懿 奕辰 沐阳 语桐".split()
    surnames = sorted(SURNAMES)
    names = {rng.choice(surnames) + rng.choice(given) + rng.choice("一二三四五六七八九明华") for _ in range(50_000)}
    people = [KnownPerson("王子涵", PersonRole.CLIENT)] + [KnownPerson(n, PersonRole.OTHER_CLIENT) for n in names]
    planted = sorted(names)[1234]
    result = run(f"她说{planted}总是找她麻烦，王子涵很难过。", KnownIdentities(people, first_day=FIRST))
    assert planted not in result.text and "王子涵" not in result.text


# -- a planted name never survives -------------------------------------------------------------------

_POOL = "的了是在我有他她这个们中来上大为和国地到以说时要就出会也你对生能而子那得于着下自之年过发后作里如家多成回" \
        "小明华欣涵怡轩子梓老师同学妈爸班主任文史语高兴时候" + "".join(sorted(SURNAMES))[:60]
_NAME = st.builds(lambda s, g: s + g, st.sampled_from(sorted(SURNAMES)),
                  st.text(alphabet="子涵欣怡梓萱明华轩宇一鸣晓东红梅建国丽芳伟强静", min_size=1, max_size=2))
_ROLES = st.sampled_from([PersonRole.CLIENT, PersonRole.MOTHER, PersonRole.STAFF, PersonRole.CONTACT,
                          PersonRole.OTHER_CLIENT, PersonRole.OTHER_GUARDIAN])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(planted=_NAME, role=_ROLES, others=st.lists(_NAME, max_size=6), before=st.text(alphabet=_POOL, max_size=30),
       after=st.text(alphabet=_POOL + "，。0123456789", max_size=30))
def test_a_known_name_planted_anywhere_never_survives(planted, role, others, before, after):
    if planted in ORDINARY or planted in ORDINARY_GIVEN:
        return   # a name that is an ordinary word is flagged for a person instead (tested above)
    people = [KnownPerson(planted, role)] + [KnownPerson(o, PersonRole.OTHER_CLIENT) for o in others]
    result = run(before + planted + after, KnownIdentities(people, first_day=FIRST))
    assert planted not in result.text
