"""Realistic synthetic data for demonstrations and benchmarks (`admin demo`).

Deterministic for a seed. Written in bulk through the repositories: clients,
cases, a few years of appointments and signed visit records (properly sealed),
some crises and referrals. One audit row records that demo data was added.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from counselroom.domain.accounts import Role
from counselroom.domain.audit import Action
from counselroom.domain.cases import CaseDraft, ProblemCategory
from counselroom.domain.clients import ClientDraft, ClientType, Gender, ReferralSource, format_case_no
from counselroom.domain.errors import ValidationError
from counselroom.domain.pinyin_keys import pinyin_keys
from counselroom.domain.referrals import ReferralDraft
from counselroom.domain.visits import RiskLevel, VisitContent, VisitKind, seal, visit_payload
from counselroom.security.keys import record_seal_key
from counselroom.services.session import Session
from counselroom.storage.cases_repo import CaseRepository
from counselroom.storage.clients_repo import ClientRepository
from counselroom.storage.crises_repo import CrisisRepository
from counselroom.storage.referrals_repo import ReferralRepository
from counselroom.storage.users_repo import UserRepository
from counselroom.storage.visits_repo import VisitRepository

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤康易乔赖文单"
GIVEN = ("子涵 欣怡 梓萱 思涵 一诺 雨桐 浩然 宇轩 子墨 梓睿 俊杰 博文 佳怡 可馨 诗琪 若曦 明轩 天佑 "
         "䶮 晓䶮 堃 子堃 喆 一喆 赟 玥 珺 昇 淼 犇 焱 垚 思远 嘉懿 奕辰 沐阳 语桐 安琪 子轩 浩宇").split()
GRADES = ["初一", "初二", "初三", "高一", "高二", "高三"]
COMPLAINTS = ["最近考试压力很大，晚上睡不着", "和同学闹矛盾，不想去学校", "父母经常吵架，心里很烦",
              "觉得自己什么都做不好", "上课注意力不集中，成绩下滑", "和好朋友绝交了，很难过",
              "对未来的专业选择很迷茫", "喜欢上一个同学，不知道怎么办", "总是担心被老师批评",
              "情绪低落，对什么都提不起兴趣"]
PROCESSES = ["倾听来访者的叙述，共情其感受，澄清问题", "进行放松训练，布置呼吸练习作业",
             "运用认知调整技术，讨论不合理信念", "角色扮演练习人际沟通", "探讨家庭关系，绘制家谱图",
             "生涯探索，完成兴趣量表讨论"]
ASSESSMENTS = ["焦虑情绪明显，社会功能基本正常", "情绪低落，需持续关注", "人际适应问题，资源较多",
               "一般心理问题，预后良好", "学业压力相关的适应问题"]
PLANS = ["下周同一时间继续咨询", "布置情绪日记，两周后复诊", "与班主任沟通，争取支持", "结束咨询，一个月后随访"]
SLOTS = [time(9, 0), time(10, 0), time(11, 0), time(13, 30), time(14, 30), time(15, 30)]


@dataclass(frozen=True)
class DemoResult:
    clients: int
    cases: int
    visits: int
    crises: int
    referrals: int


def _name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def generate(session: Session, *, clients: int = 200, seed: int = 1, visits_per_client: float = 10.0,
             years: int = 3) -> DemoResult:
    user = session.require(Role.SUPERVISOR)
    if clients < 1 or clients > 1_000_000:
        raise ValidationError("clients", "demo.count")
    rng = random.Random(seed)
    db = session.db
    counsellors = [u for u in UserRepository(db).all() if u.active and u.role is not Role.ASSISTANT]
    today = session.today()
    start_day = today - timedelta(days=365 * years)
    key = record_seal_key(session.key)
    client_repo, case_repo = ClientRepository(db), CaseRepository(db)
    visit_repo, crisis_repo, referral_repo = VisitRepository(db), CrisisRepository(db), ReferralRepository(db)
    counts = dict(cases=0, visits=0, crises=0, referrals=0)
    now = session.clock()
    with db.transaction():
        sequence: dict[int, int] = {}
        next_visit = visit_repo.max_id()
        for index in range(clients):
            opened = start_day + timedelta(days=rng.randrange(max(1, (today - start_day).days - 30)))
            year = opened.year
            sequence[year] = sequence.get(year, client_repo.next_case_no_sequence(year) - 1) + 1
            age = rng.randint(12, 18)
            draft = ClientDraft(
                name=_name(rng), gender=rng.choice([Gender.FEMALE, Gender.MALE]),
                birth_date=date(today.year - age, rng.randint(1, 12), rng.randint(1, 28)),
                client_type=ClientType.STUDENT, grade=rng.choice(GRADES), class_name=f"{rng.randint(1, 12)}班",
                student_no=f"{year}{index:06d}", guardian_name=_name(rng), guardian_contact=f"13{rng.randint(100000000, 999999999)}",
                referral_source=rng.choice(list(ReferralSource)))
            client_id = client_repo.add(draft, case_no=format_case_no(year, sequence[year]),
                                        pinyin_keys=pinyin_keys(draft.name), created_by=user.id, now=now)
            # Draw the same amount of randomness however many counsellors the room has,
            # so a seed gives the same clients and notes in any installation.
            counsellor = counsellors[rng.randrange(1 << 30) % len(counsellors)]
            case_id = case_repo.add(client_id, counsellor.id, CaseDraft(
                opened, rng.choice(COMPLAINTS), rng.choice(list(ProblemCategory)), rng.choice(PLANS)), now)
            counts["cases"] += 1
            n_visits = max(1, int(rng.expovariate(1 / visits_per_client)))
            day = opened
            for number in range(1, n_visits + 1):
                day = min(today - timedelta(days=1), day + timedelta(days=rng.choice([7, 7, 7, 14])))
                while day.weekday() >= 5:
                    day -= timedelta(days=1)
                slot = rng.choice(SLOTS)
                risk = rng.choices(list(RiskLevel), weights=[94, 5, 0.8, 0.2])[0]
                end = (datetime.combine(day, slot) + timedelta(minutes=45)).time()
                content = VisitContent(
                    kind=rng.choices(list(VisitKind), weights=[90, 3, 5, 2])[0], visit_date=day, start=slot,
                    end=end,
                    presenting_issue=rng.choice(COMPLAINTS)[:8], complaint=rng.choice(COMPLAINTS),
                    process=rng.choice(PROCESSES), assessment=rng.choice(ASSESSMENTS), plan=rng.choice(PLANS),
                    risk=risk, risk_self_harm=risk is not RiskLevel.NONE and rng.random() < 0.5)
                next_visit += 1
                visit_id = next_visit
                signed_at = datetime.combine(day, end).replace(tzinfo=timezone.utc)
                visit_repo.insert_signed(visit_id, case_id, counsellor.id, number, content, signed_at, seal(
                    key, "0" * 64, visit_payload(visit_id, case_id, number, counsellor.id, signed_at, content)))
                counts["visits"] += 1
                if risk.needs_crisis and crisis_repo.open_for_case(case_id) is None:
                    crisis_repo.open(case_id, visit_id, risk, counsellor.id, signed_at)
                    counts["crises"] += 1
            if rng.random() < 0.03:
                referral_repo.add(case_id, ReferralDraft("市精神卫生中心", "需要专业评估", day,
                                                         guardian_consent=True, consent_on=day), counsellor.id, now)
                counts["referrals"] += 1
        session.audit.append(user, Action.DEMO_DATA, detail={"clients": clients, "seed": seed, **counts})
    return DemoResult(clients, **counts)
