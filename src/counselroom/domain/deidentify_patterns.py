"""What de-identification finds without knowing a single name (R14): identifiers, dates, ages and
classes to replace, and digits, e-mail and web addresses, place-like and name-like words to flag.

Pure text rules; :mod:`counselroom.domain.deidentify` adds the names the database knows and
chooses among overlapping finds.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from enum import Enum
from typing import NamedTuple


class ReplacementKind(str, Enum):
    NAME = "name"
    TITLE = "title"                # surname + 老师/同学/妈妈…
    PHONE = "phone"
    ID_NUMBER = "id_number"
    ACCOUNT = "account"            # QQ / WeChat id
    NUMBER = "number"              # 5+ digits: student numbers and the like
    CASE_NUMBER = "case_number"
    DATE = "date"
    AGE = "age"
    CLASS = "class"
    SCHOOL = "school"
    ROOM = "room"
    INSTITUTION = "institution"


class FlagReason(str, Enum):
    DIGITS = "digits"
    NAME_LIKE = "name_like"
    NAME_IN_RECORDS = "name_in_records"
    PLACE_LIKE = "place_like"
    EMAIL = "email"
    URL = "url"
    TYPED_IDENTIFIER = "typed_identifier"


class Found(NamedTuple):
    """A replacement found by pattern: among finds at one start, the longest wins, then the lowest rank."""
    start: int
    end: int
    kind: ReplacementKind
    rank: int
    placeholder: str


#: Common surnames. 和, 向, 同, 于, 常 and 时 are left out on purpose: as words they are everywhere
#: (和同学, 向老师, 常来, 时候); a known person with such a surname is still matched by name.
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾萧肖田董潘袁蔡蒋余杜叶程魏苏吕丁任"
    "卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付傅方邹熊白孟秦邱侯江尹薛闫阎段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严"
    "莫孔汤康易乔赖文单牛洪殷葛伍施温庞樊兰俞鲁倪章柳聂季翟甘")
COMPOUND_SURNAMES = frozenset(
    "欧阳 司马 诸葛 上官 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 轩辕 令狐 钟离 澹台 端木 独孤 南宫".split())
#: Ordinary two-character words that hold a surname character: a surname at either end of one of
#: these is not a name (紧张, 时候, 语文老师, 严重, 经常…).
ORDINARY = frozenset("""
国王 帝王 行李 紧张 张开 主张 夸张 扩张 张望 陈述 黄色 黄昏 黄金 周末 周围 周一 周二 周三 周四 周五 周六 周日 周天
一周 每周 本周 上周 下周 周期 周岁 两周 几周 周内 周年 徐徐 孙子 孙女 马上 马路 马虎 胡思 胡乱 胡闹 胡说 如何
任何 为何 何时 几何 何况 何必 森林 树林 高兴 提高 高中 高一 高二 高三 高考 最高 很高 高度 身高 高年 高压 高峰
高级 偏高 较高 高危 高分 更高 高低 太高 郑重 谢谢 感谢 谢绝 代谢 荒唐 也许 许多 允许 或许 许可 期许 少许 些许
许愿 韩国 曾经 不曾 未曾 何曾 生肖 田径 田野 董事 其余 业余 余下 多余 剩余 课余 余地 余光 杜绝 树叶 叶子 过程
课程 程度 进程 疗程 日程 路程 行程 工程 流程 全程 前程 章程 复苏 苏醒 任务 责任 信任 主任 担任 任课 科任 任性
任意 放任 胜任 前任 现任 新任 上任 离任 任教 任职 委任 任由 分钟 钟头 钟表 闹钟 大陆 陆续 规范 示范 范围 防范
模范 范畴 石头 金钱 黄金 金属 夏天 夏季 夏令 付出 应付 支付 对付 付钱 师傅 方法 方面 地方 对方 双方 方式 方向
方案 大方 比方 一方 多方 方便 各方 校方 警方 药方 处方 远方 熊猫 明白 白天 空白 坦白 白色 苍白 表白 白白 对白
独白 时候 问候 等候 伺候 气候 阶段 手段 片段 段落 时段 地段 地雷 雷同 黎明 历史 病史 陶冶 祝贺 毛病 毛巾 毛衣
照顾 回顾 顾虑 顾及 不顾 顾忌 兼顾 只顾 光顾 万一 千万 万分 武术 武器 钱包 花钱 挣钱 要钱 戴着 佩戴 爱戴 严重
严格 严厉 严肃 尊严 严谨 严密 莫名 莫非 经常 常常 正常 日常 非常 平常 异常 通常 常见 反常 失常 无常 常规 时常
照常 健康 康复 容易 轻易 不易 简易 交易 依赖 信赖 耍赖 赖床 语文 作文 文化 文科 课文 中文 英文 文字 文具 论文
文件 文明 天文 人文 文章 文学 文静 文艺 简单 单独 单位 单亲 孤单 名单 单词 单纯 菜单 清单 单元 单身 单调 吹牛
牛奶 洪水 殷切 队伍 措施 实施 施加 施压 温暖 温和 温柔 体温 温度 温习 气温 庞大 鲁莽 章节 规章 季节 四季 季度
甘心 不甘 甘愿 关于 对于 由于 至于 属于 等于 在于 善于 终于 过于 用于 于是 敢于 勇于 乐于 易于 急于 处于 基于
趋于 忙于 位于 出于 源于 限于 苦于 鉴于 归于 宿管 主管 完成 变成 造成 形成 成绩 成长 成功 成为 现在 高高 姚明
安全 安静 平安 短程 长程 常年 常用 毛毛 龙头 恐龙 江湖 秦朝 唐朝 宋朝 孔雀 孟子 孔子 梁山 乔装 汤圆 喝汤 鸡汤 俞伯 葛根 兰花 柳树
""".split())

_CJK_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x3134F))


def is_cjk(ch: str) -> bool:
    code = ord(ch)
    return any(low <= code <= high for low, high in _CJK_RANGES)


_ZH_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
              "九": 9}


def _zh_number(text: str) -> int | None:
    """一 … 九十九 as an int (十五, 二十三, 三十); None for anything else."""
    if not text:
        return None
    if "十" not in text:
        return _ZH_DIGITS.get(text) if len(text) == 1 else None
    tens, _, units = text.partition("十")
    if len(tens) > 1 or len(units) > 1:
        return None
    t = 1 if not tens else _ZH_DIGITS.get(tens)
    u = 0 if not units else _ZH_DIGITS.get(units)
    return None if t is None or u is None else t * 10 + u


def number_of(text: str) -> int | None:
    return int(text) if text.isdigit() else _zh_number(text)


# -- patterns ----------------------------------------------------------------------------------

_ZH_NUM = "〇零一二三四五六七八九十两"
_WEEKDAY = r"(?:\s*[（(]?\s*(?:周|星期|礼拜)[一二三四五六日天]\s*[)）]?)?"
_YMD = re.compile(r"(?<!\d)(\d{4})\s*(?:([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,2})|年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号])"
                  r"(?!\d)" + _WEEKDAY)
_MD = re.compile(rf"(?<![\d{_ZH_NUM}])(\d{{1,2}}|[{_ZH_NUM}]{{1,3}})\s*月\s*(\d{{1,2}}|[{_ZH_NUM}]{{1,3}})\s*[日号]"
                 + _WEEKDAY)
_SLASH_MD = re.compile(r"(?<![\d/.])(\d{1,2})/(\d{1,2})(?![\d/])"
                       r"(?!\s*(?:的|分|次|页|题|人|个|名|组|道|节|周|天|小时|份|张|条|项))" + _WEEKDAY)
_YEAR_MONTH = re.compile(r"(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月(?!\s*(?:\d|[" + _ZH_NUM + r"]))")
_AGE = re.compile(rf"(?<![\d{_ZH_NUM}])(?:(\d{{1,3}}|[{_ZH_NUM}]{{1,3}})\s*[-–—~～至到]\s*)?"
                  rf"(\d{{1,3}}|[{_ZH_NUM}]{{1,3}})\s*(?:周岁|岁)半?")
_ID_NUMBER = re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")
_MOBILE = re.compile(r"(?<!\d)(?:(?:\+|00)?86[-\s]?)?1[3-9]\d(?:[-\s]?\d{4}){2}(?!\d)")
_LANDLINE = re.compile(r"(?<!\d)(?:[(（]0\d{2,3}[)）]\s*|0\d{2,3}[-\s])\d{7,8}(?!\d)")
_ACCOUNT = re.compile(r"(?:QQ|qq|Qq|扣扣|微信|WeChat|wechat|weixin|wx|WX|Wx|vx|VX|V信|v信)\s*(?:号码|号|账号|ID|id)?"
                      r"\s*(?:[:：]|是|为)?\s*([A-Za-z0-9][A-Za-z0-9_\-]{4,19})(?![A-Za-z0-9_\-])")
_CASE_NUMBER = re.compile(r"(?<!\d)\d{4}-\d{4,}(?!\d)")
_DIGITS5 = re.compile(r"\d{5,}")
_GRADE = r"(?:初[一二三]|高[一二三]|(?:小学)?[一二三四五六七八九1-9]年级)"
_CLASS = re.compile(rf"({_GRADE})?\s*(?:[（(]\s*(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}})\s*[)）]|\d{{1,2}})\s*班"
                    rf"|({_GRADE})\s*[一二三四五六七八九十]{{1,3}}\s*班")
_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")
_URL = re.compile(r"(?:https?://|www\.)[^\s\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+")
_DIGITS3 = re.compile(r"\d{3,}")
_PLACE_SUFFIXES = ("小学", "中学", "大学", "医院", "市", "区", "县", "镇", "乡", "村", "路", "街", "省")
#: A place's name does not run back over the end of another: 北京市海淀区 is two.
_PLACE_ENDS = frozenset(s for s in _PLACE_SUFFIXES if len(s) == 1)
#: Place-like words that are ordinary: 城市, 思路, 误区…
_ORDINARY_PLACES = frozenset("""
城市 超市 上市 市场 地区 社区 小区 山区 误区 市区 郊区 学区 景区 园区 校区 禁区 盲区 分区 城区 灾区 考区 思路 道路 马路
走路 出路 退路 一路 套路 电路 线路 网路 路上 半路 去路 来路 迷路 领路 带路 上路 街道 大街 逛街 上街 县城 乡村 农村
城镇 乡镇 家乡 老乡 下乡 故乡 同乡 他乡 上小学 读小学 上中学 读中学 上大学 读大学 考大学 去医院 在医院 住医院
""".split())
#: Characters that end a place's name from the left: "他在北京市" names 北京市, not 他在北京市.
_PLACE_BREAK = frozenset("的在到从去回是了和与跟上读考进住搬离我你他她们这那个一也都就把被给对向往")
#: Characters that do not start a given name right after a surname: "小王说", "王的".
_NOT_NAME_NEXT = frozenset("的了是在和说也都就又还把被给对向老同妈爸们个")

AGE_BANDS: tuple[tuple[int, int | None, str], ...] = (
    (0, 5, "6岁以下"), (6, 8, "6–8岁"), (9, 11, "9–11岁"), (12, 14, "12–14岁"), (15, 17, "15–17岁"),
    (18, 22, "18–22岁"), (23, 29, "23–29岁"), (30, 39, "30–39岁"), (40, 49, "40–49岁"), (50, 59, "50–59岁"),
    (60, None, "60岁及以上"),
)

#: What a run of 5+ digits is, by the words just before it.
_NUMBER_CONTEXT = (("身份证", "【身份证号】"), ("学号", "【学号】"), ("学籍", "【学号】"), ("电话", "【电话】"),
                   ("手机", "【电话】"), ("号码", "【电话】"), ("档案", "【档案号】"), ("案号", "【档案号】"))

def age_band(age: int) -> str:
    for low, high, words in AGE_BANDS:
        if age >= low and (high is None or age <= high):
            return words
    return AGE_BANDS[0][2]


def age_range(low: int, high: int) -> str:
    """The band of an age, or of a range of ages ("12–16岁" → "12–17岁")."""
    first, last = age_band(low), age_band(high)
    if first == last:
        return first
    start = next(b for b in AGE_BANDS if b[2] == first)
    end = next(b for b in AGE_BANDS if b[2] == last)
    if start[0] == 0:
        return f"{end[1]}岁以下" if end[1] is not None else "各年龄"
    return f"{start[0]}岁及以上" if end[1] is None else f"{start[0]}–{end[1]}岁"


def relative_day(day: date, first_day: date, visit_days: Mapping[date, int] | None = None) -> str:
    """A day said relative to the first visit's day (第 1 天)."""
    if visit_days and day in visit_days:
        return f"第 {visit_days[day]} 次咨询当天"
    offset = (day - first_day).days
    return f"第 {offset + 1} 天" if offset >= 0 else f"首次咨询前 {-offset} 天"


def pattern_replacements(text: str, first_day: date | None = None, last_day: date | None = None,
                         visit_days: Mapping[date, int] | None = None) -> list[Found]:
    """What ``text`` holds to replace by pattern alone: identifiers, dates, ages and classes; dates
    relative to ``first_day`` (removed without one), those without a year put in the year nearest
    ``first_day`` … ``last_day``. Overlapping finds are all returned: the caller chooses."""
    hits: list[Found] = []
    for m in _ID_NUMBER.finditer(text):
        hits.append(Found(m.start(), m.end(), ReplacementKind.ID_NUMBER, 0, "【身份证号】"))
    for pattern in (_MOBILE, _LANDLINE):
        for m in pattern.finditer(text):
            hits.append(Found(m.start(), m.end(), ReplacementKind.PHONE, 0, "【电话】"))
    for m in _ACCOUNT.finditer(text):
        hits.append(Found(m.start(1), m.end(1), ReplacementKind.ACCOUNT, 0, "【账号】"))
    for m in _CASE_NUMBER.finditer(text):
        hits.append(Found(m.start(), m.end(), ReplacementKind.CASE_NUMBER, 0, "【档案号】"))
    for m in _DIGITS5.finditer(text):
        hits.append(Found(m.start(), m.end(), ReplacementKind.NUMBER, 3, number_label(text, m.start())))
    hits.extend(_date_finds(text, first_day, last_day or first_day, visit_days or {}))
    for m in _AGE.finditer(text):
        age = number_of(m.group(2))
        low = number_of(m.group(1)) if m.group(1) else age
        if age is not None and low is not None and low <= age <= 120:
            hits.append(Found(m.start(), m.end(), ReplacementKind.AGE, 0, age_range(low, age)))
    for m in _CLASS.finditer(text):
        grade = m.group(1) or m.group(2) or ""
        hits.append(Found(m.start(), m.end(), ReplacementKind.CLASS, 0, grade + "某班"))
    return hits


def _date_finds(text: str, first_day: date | None, last_day: date | None, visit_days: Mapping[date, int]
                ) -> list[Found]:
    if first_day is None:
        # Nothing to count from: an exact date is removed rather than kept.
        def say(day: date) -> str:
            return "【日期】"
    else:
        first = first_day

        def say(day: date) -> str:
            return relative_day(day, first, visit_days)
    hits: list[Found] = []
    for m in _YMD.finditer(text):
        y, month, dd = int(m.group(1)), m.group(3) or m.group(5), m.group(4) or m.group(6)
        day = _valid(y, int(month), int(dd))
        if day is not None:
            hits.append(Found(m.start(), m.end(), ReplacementKind.DATE, 0, say(day)))
    for pattern in (_MD, _SLASH_MD):
        for m in pattern.finditer(text):
            month_n, day_n = number_of(m.group(1)), number_of(m.group(2))
            day = _nearest(month_n, day_n, first_day, last_day)
            if day is not None:
                hits.append(Found(m.start(), m.end(), ReplacementKind.DATE, 0, say(day)))
    for m in _YEAR_MONTH.finditer(text):
        y, month_n = int(m.group(1)), int(m.group(2))
        if 1 <= month_n <= 12:
            if first_day is None:
                words = "【日期】"
            else:
                offset = (y * 12 + month_n) - (first_day.year * 12 + first_day.month)
                words = f"第 {offset + 1} 个月" if offset >= 0 else f"首次咨询前 {-offset} 个月"
            hits.append(Found(m.start(), m.end(), ReplacementKind.DATE, 0, words))
    return hits


def _nearest(month: int | None, day: int | None, first: date | None, last: date | None) -> date | None:
    """A month and day without a year: in the year that puts it nearest the case's period."""
    if month is None or day is None:
        return None
    if first is None or last is None:
        return _valid(2000, month, day)   # any leap year: only its validity matters
    candidates = [d for y in (first.year - 1, first.year, last.year, last.year + 1)
                  if (d := _valid(y, month, day)) is not None]
    if not candidates:
        return None

    def distance(d: date) -> int:
        return 0 if first <= d <= last else min(abs((d - first).days), abs((d - last).days))
    return min(candidates, key=distance)


def number_label(text: str, start: int) -> str:
    """What a number is, by the words just before it: 学号 → 【学号】."""
    before = text[max(0, start - 8):start]
    return next((words for cue, words in _NUMBER_CONTEXT if cue in before), "【编号】")


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def pattern_flags(text: str) -> list[tuple[int, int, FlagReason]]:
    """What a person must judge in text that has no replacement left: digits, e-mail and web
    addresses, place-like and name-like words; overlapping finds keep the first."""
    found: list[tuple[int, int, FlagReason]] = []
    for m in _EMAIL.finditer(text):
        found.append((m.start(), m.end(), FlagReason.EMAIL))
    for m in _URL.finditer(text):
        found.append((m.start(), m.end(), FlagReason.URL))
    for m in _DIGITS3.finditer(text):
        found.append((m.start(), m.end(), FlagReason.DIGITS))
    found.extend(_place_flags(text))
    found.extend(_name_flags(text))
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    kept: list[tuple[int, int, FlagReason]] = []
    reach = 0
    for start, end, reason in found:
        if start >= reach:
            kept.append((start, end, reason))
            reach = end
    return kept


def _place_flags(text: str) -> list[tuple[int, int, FlagReason]]:
    found: list[tuple[int, int, FlagReason]] = []
    for suffix in _PLACE_SUFFIXES:
        at = text.find(suffix)
        while at >= 0:
            start = at
            while (start > 0 and at - start < 4 and is_cjk(text[start - 1]) and text[start - 1] not in _PLACE_BREAK
                   and text[start - 1] not in _PLACE_ENDS):
                start -= 1
            end = at + len(suffix)
            word = text[start:end]
            if start < at and word not in _ORDINARY_PLACES and text[at - 1:end] not in _ORDINARY_PLACES:
                found.append((start, end, FlagReason.PLACE_LIKE))
            at = text.find(suffix, at + 1)
    return found


def _name_flags(text: str) -> list[tuple[int, int, FlagReason]]:
    found: list[tuple[int, int, FlagReason]] = []
    n = len(text)
    i = 0
    while i < n:
        width = 2 if text[i:i + 2] in COMPOUND_SURNAMES else 1 if text[i] in SURNAMES else 0
        if not width or (i > 0 and text[i - 1:i + 1] in ORDINARY) or text[i:i + 2] in ORDINARY:
            i += 1
            continue
        end = i + width
        while end < n and end - i - width < 2 and is_cjk(text[end]) and text[end] not in _NOT_NAME_NEXT:
            if text[end - 1:end + 1] in ORDINARY and end > i + width:
                break
            end += 1
        word = text[i:end]
        if end > i + width and word not in ORDINARY and word[width:] not in ORDINARY:
            found.append((i, end, FlagReason.NAME_LIKE))
            i = end
        else:
            i += 1
    return found
