"""Shared helpers of the report tests: reading PDFs, the no-disk-writes check, sample records."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
import textwrap
from datetime import date, datetime, time
from pathlib import Path

from pypdf import PdfReader

from counselroom.domain.cases import Case, CaseStatus, Outcome, ProblemCategory
from counselroom.domain.clients import Client, ClientType, Gender, ReferralSource
from counselroom.domain.crisis import Crisis, CrisisStatus, CrisisStep, StepRecord, StepState
from counselroom.domain.referrals import Referral, ReferralStatus
from counselroom.domain.visits import (
    Addendum,
    RiskLevel,
    Visit,
    VisitContent,
    VisitKind,
    VisitStatus,
)


# --- reading PDFs ---------------------------------------------------------------------------

def page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page_texts(pdf))


def squeeze(text: str) -> str:
    """Text without any whitespace (line breaks fall anywhere in wrapped CJK text)."""
    return "".join(text.split())


_FURNITURE = re.compile(
    r"^(.*· 心理咨询(记录|档案)|机密|打印人 .*|机密 · 打印人 .*|档案编号 \S+ · 机密"
    r"|第 \d+ 页 / 共 \d+ 页|记录校验码 .*|草稿)$")


def body_text(pages: list[str]) -> str:
    """The pages' text without headers, footers and watermarks, squeezed (see :func:`squeeze`)."""
    lines = [line for page in pages for line in page.splitlines()
             if not _FURNITURE.match(line.strip())]
    return squeeze("".join(lines))


def pdf_fonts(pdf: bytes) -> dict[str, dict]:
    """BaseFont -> font dictionary, for every font on every page."""
    found = {}
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            found[str(font["/BaseFont"])] = font
    return found


def assert_embedded_truetype(pdf: bytes) -> None:
    fonts = pdf_fonts(pdf)
    ours = {name: f for name, f in fonts.items() if "CounselRoomSansSC" in name}
    assert ours, f"shipped font not used: {sorted(fonts)}"
    for name, font in ours.items():
        assert font["/Subtype"] == "/TrueType"
        assert "/FontFile2" in font["/FontDescriptor"].get_object(), f"{name} is not embedded"
    for name, font in fonts.items():
        assert "STSong" not in name and "MSung" not in name and "HeiseiMin" not in name
        assert font["/Subtype"] != "/Type0", name


# --- nothing reaches the disk -------------------------------------------------------------------

def run_without_disk_writes(tmp_path: Path, build_code: str) -> dict:
    """Run ``build_code`` (which must set ``pdf``) in a fresh interpreter whose cwd, TMPDIR
    and HOME are empty folders; every file opened for writing is recorded.  The audit hook
    is installed after the imports at the top of ``build_code``'s first block
    (``# --- build`` separates imports from the build).  Returns {"size", "writes"} and
    checks the folders stayed empty.
    """
    work, tmp, home = tmp_path / "cwd", tmp_path / "tmp", tmp_path / "home"
    for d in (work, tmp, home):
        d.mkdir()
    imports, _, build = textwrap.dedent(build_code).partition("# --- build")
    script = textwrap.dedent(
        """
        import json, os, sys
        writes = []
        WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC

        def hook(event, args):
            if event == "open":
                path, mode, flags = args
                if (mode and any(c in mode for c in "wax+")) or (flags and flags & WRITE_FLAGS):
                    writes.append(str(path))
            elif event in ("os.mkdir", "os.rename", "os.remove", "shutil.copyfile"):
                writes.append(f"{event}:{args[0]}")
        """
    ) + imports + "\nsys.addaudithook(hook)\n" + build + textwrap.dedent(
        """
        sys.stdout.write(json.dumps({"size": len(pdf), "writes": writes}))
        """
    )
    env = dict(os.environ)
    env.update(
        TMPDIR=str(tmp), TEMP=str(tmp), TMP=str(tmp), HOME=str(home),
        PYTHONDONTWRITEBYTECODE="1",
        # the counselroom installed in this venv (a wheel in CI's second run), never src/
        PYTHONPATH=os.pathsep.join([str(Path(__file__).parent), env.get("PYTHONPATH", "")]),
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=work, env=env,
        capture_output=True, text=True, timeout=180, check=False,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["writes"] == []
    for d in (work, tmp, home):
        assert list(d.iterdir()) == [], d
    return report


# --- sample records -------------------------------------------------------------------------------

ROOM = "䶮山中学心理辅导室"
CLIENT_NAME = "王䶮"
SEAL_1 = "ab12cd34ef56ab78" + "0" * 48
SEAL_2 = "5f0e9d8c7b6a5949" + "1" * 48
ADD_SEAL = "c0ffee00deadbeef" + "2" * 48
PRINTED_AT = datetime(2026, 12, 1, 9, 30)


def sample_client(**overrides) -> Client:
    data = dict(
        id=7, case_no="2026-0012", name=CLIENT_NAME, gender=Gender.MALE,
        birth_date=date(2011, 5, 3), client_type=ClientType.STUDENT, grade="初三",
        class_name="（2）班", student_no="20230215", contact="",
        guardian_name="王建国", guardian_contact="138 0000 1234",
        referral_source=ReferralSource.HEAD_TEACHER, referral_note="班主任发现其近期情绪低落。",
        notes="", created_at=datetime(2026, 9, 1, 8, 0),
    )
    data.update(overrides)
    return Client(**data)


def sample_case(**overrides) -> Case:
    data = dict(
        id=3, client_id=7, number=1, counsellor_id=2, opened_on=date(2026, 9, 8),
        reason="近两个月考试焦虑，入睡困难，上课注意力难以集中。",
        category=ProblemCategory.EMOTION,
        plan="每周一次个体咨询，约 6 次；认知行为取向，放松训练与考试情境暴露。",
        status=CaseStatus.CLOSED, closed_on=date(2026, 12, 1),
        closing_summary="来访者焦虑明显下降，能运用放松技巧应对考试。双方商定结案，如有需要可随时预约。",
        outcome=Outcome.IMPROVED, satisfaction=5,
    )
    data.update(overrides)
    return Case(**data)


def sample_crisis() -> Crisis:
    """A closed crisis: four steps done, the referral step not applicable (times on the room's wall clock)."""
    done = dict(state=StepState.DONE, done_at=datetime(2026, 10, 13, 16, 50), done_by="李老师")
    steps = (
        StepRecord(CrisisStep.GUARDIAN_INFORMED, contact="母亲 刘䶮", method="电话", **done),
        StepRecord(CrisisStep.LEADERSHIP_INFORMED, contact="德育处 陈主任", method="当面", **done),
        StepRecord(CrisisStep.REFERRAL, StepState.NOT_APPLICABLE, reason="评估后风险已降低，暂不需转介"),
        StepRecord(CrisisStep.SAFETY_PLAN, note="与来访者共同制定安全计划，留存求助电话。", **done),
        StepRecord(CrisisStep.FOLLOW_UP, follow_up_dates=(date(2026, 10, 20), date(2026, 10, 27)), **done),
    )
    return Crisis(id=9, case_id=3, client_id=7, visit_id=105, risk=RiskLevel.HIGH,
                  opened_at=datetime(2026, 10, 13, 16, 30).astimezone(), status=CrisisStatus.CLOSED,
                  steps=steps, closed_at=datetime(2026, 11, 2, 9, 0).astimezone(),
                  closing_note="两次跟进后风险评估为低，结束危机干预。")


def sample_referral() -> Referral:
    return Referral(institution="市精神卫生中心儿少门诊", reason="持续失眠，需评估是否需要药物治疗。",
                    referred_on=date(2026, 10, 15), contact="门诊护士站 0571-0000", guardian_consent=True,
                    consent_on=date(2026, 10, 14), follow_up_on=date(2026, 10, 29), id=11, case_id=3,
                    status=ReferralStatus.FEEDBACK, feedback="医生建议继续心理咨询，暂不用药。",
                    feedback_on=date(2026, 10, 28))


def long_process(chars: int = 6000) -> str:
    """Narrative of exactly ``chars`` characters, numbered so that any loss shows."""
    parts, n = [], 0
    while sum(map(len, parts)) < chars:
        n += 1
        parts.append(f"【第{n}段】来访者谈到考试前心跳加快、手心出汗，咨询师与其一起回顾具体情境并练习腹式呼吸。")
    return "".join(parts)[:chars - 3] + "（完）"


def sample_visit(session_no: int = 1, *, signed: bool = True, process: str | None = None,
                 addenda: int = 0, visit_id: int | None = None, **content) -> Visit:
    c = dict(
        kind=VisitKind.INDIVIDUAL, visit_date=date(2026, 9, 8 + 7 * (session_no - 1)),
        start=time(15, 40), end=time(16, 30),
        complaint=f"第{session_no}次：考试临近时紧张，夜里睡不着。",
        process=process if process is not None else
        "建立关系，了解焦虑出现的情境。\n\n共同绘制焦虑曲线，布置放松练习作业。",
        assessment="一般心理问题，考试焦虑为主，社会支持良好。",
        plan="下周继续放松训练，记录焦虑日记。",
        risk=RiskLevel.LOW, risk_self_harm=False, risk_harm_others=False,
        risk_harmed_by_others=False,
        next_appointment=datetime(2026, 9, 15 + 7 * (session_no - 1), 15, 40),
    )
    c.update(content)
    vid = visit_id if visit_id is not None else 100 + session_no
    adds = tuple(
        Addendum(id=500 + i, visit_id=vid,
                 text=f"补充{i + 1}：与班主任沟通后确认，来访者本周按时完成放松练习。",
                 author_id=2, author_name="李老师",
                 signed_at=datetime(2026, 9, 20 + i, 10, 5), seal=ADD_SEAL)
        for i in range(addenda))
    return Visit(
        id=vid, case_id=3, client_id=7, counsellor_id=2, session_no=session_no,
        content=VisitContent(**c),
        status=VisitStatus.SIGNED if signed else VisitStatus.DRAFT,
        signed_at=datetime(2026, 9, 8 + 7 * (session_no - 1), 16, 52) if signed else None,
        seal=(SEAL_1 if session_no % 2 else SEAL_2) if signed else "",
        addenda=adds,
    )
