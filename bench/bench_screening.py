"""A grade's screening answer sheets imported (issue 17 §1): 3,000 students x 90 items, against raw sqlcipher3.

    .venv/bin/python bench/bench_screening.py                   # 3,000 students, 3 runs
    .venv/bin/python bench/bench_screening.py --students 300 --runs 1   # a smoke run

Sets up a fresh room in a temporary folder (memory key store), imports the SCL-90-like test scale
(tests/fixtures/scales/scl90_like.json: 90 items, 5 options, 10 factors, the positive rules), registers
the grade through the roster import, and writes the answer workbook a questionnaire tool exports
(序号, 提交答卷时间, 学号, 姓名, 班级, then "1、…" to "90、…", option words). Each run opens a new
campaign for the grade and times, as ``ScreeningImportService`` does them:

- read: ``load`` (services/roster_files.py ``read_table``: the .xlsx streamed, or the same answers as
  the tools' CSV download);
- preview: mapping guessed, rows read into sheets, students found, every sheet checked and scored;
- commit: ``ScreeningService.record_sheets``, which checks and scores again against the database and
  stores every sheet with one executemany and one audit row, in one transaction;

then, on a bare sqlcipher3 connection to the same file with the same key, the very rows the commit
stored inserted again (into another campaign) with one executemany in one transaction: the baseline.
Goal: read + preview + commit ≤ 10 s. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

import memory_keyring
from bench_scale import raw_connect, ratio, span

GOAL_SECONDS = 10.0
SCALE = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "scales" / "scl90_like.json"
GRADE = "高一"
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
GIVEN = "子涵欣怡梓萱诗涵一诺浩宇宇轩浩然子轩雨桐思彤佳怡晨曦博文俊杰梓豪明轩嘉怡若汐"
OPTIONS = ("没有", "很轻", "中等", "偏重", "严重")


def students(count: int, rng: random.Random) -> list[tuple[str, str, str]]:
    """(student number, name, class) for the grade: 50 to a class, no two names alike (the roster
    import would take two students of one name and class without birth dates for one person)."""
    names: set[str] = set()
    while len(names) < count:
        names.add(rng.choice(SURNAMES) + "".join(rng.sample(GIVEN, rng.choice((1, 2, 3)))))
    return [(f"2026{n:04d}", name, f"{n // 50 + 1}班") for n, name in enumerate(sorted(names), 1)]


def write_roster(path: Path, grade: list[tuple[str, str, str]]) -> None:
    lines = ["学号,姓名,性别,年级,班级"] + [f"{no},{name},{'男' if i % 2 else '女'},{GRADE},{cls}"
                                            for i, (no, name, cls) in enumerate(grade)]
    path.write_text("\n".join(lines) + "\n", "utf-8")


def write_answers(path: Path, grade: list[tuple[str, str, str]], items: int, rng: random.Random) -> None:
    """An export as 问卷星 writes one: a few columns of its own, the identity questions, the items."""
    import openpyxl

    # not write-only: that writes every text as an inline string, which Excel, WPS and the
    # questionnaire tools do not (they share strings), and which openpyxl reads 3x slower
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["序号", "提交答卷时间", "所用时间", "学号", "姓名", "班级"]
                 + [f"{n}、合成条目 {n}" for n in range(1, items + 1)])
    for serial, (no, name, cls) in enumerate(grade, 1):
        # most students answer low; one in ten high enough for the positive rules
        weights = (80, 14, 4, 1.5, 0.5) if rng.random() > 0.1 else (5, 15, 30, 30, 20)
        sheet.append([serial, "2026/11/20 10:00:00", "300秒", int(no), name, cls]
                     + rng.choices(OPTIONS, weights, k=items))
    book.save(path)


def write_csv(path: Path, workbook: Path) -> None:
    """The same answers as the "CSV" download: UTF-8 with the mark Excel wants."""
    import csv

    from counselroom.services.roster_files import read_table

    header, rows = read_table(workbook)
    with path.open("w", newline="", encoding="utf-8-sig") as out:
        writer = csv.writer(out)
        writer.writerow(header)
        writer.writerows(rows)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--students", type=int, default=3000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)

    from counselroom.domain.screening import CampaignDraft
    from counselroom.security.anchor import flush_all
    from counselroom.services.installation import Installation
    from counselroom.services.roster_import import RosterImportService
    from counselroom.services.scales import ScaleService
    from counselroom.services.screening import ScreeningService
    from counselroom.services.screening_import import ScreeningImportService
    from counselroom.services.setup import initialize

    rng = random.Random(args.seed)
    backend = memory_keyring.install()
    with tempfile.TemporaryDirectory(prefix="bench-screening-") as folder:
        inst = Installation(Path(folder) / "data")
        session = initialize(inst, room_name="基准心理辅导室", username="jizhun", display_name="基准",
                             password="春眠不觉晓处处闻啼鸟", backend=backend).session
        try:
            scale = ScaleService(session).import_definition(SCALE.read_bytes(), "synthetic test definition")
            grade = students(args.students, rng)
            roster = Path(folder) / "roster.csv"
            write_roster(roster, grade)
            start = time.perf_counter()
            RosterImportService(session).import_file(roster)
            print(f"{args.students:,} students registered through the roster import in "
                  f"{span(time.perf_counter() - start)}")
            workbook = Path(folder) / "answers.xlsx"
            write_answers(workbook, grade, len(scale.definition.items), rng)
            text = Path(folder) / "answers.csv"
            write_csv(text, workbook)
            print(f"answer files: {args.students:,} rows x {len(scale.definition.items)} items, "
                  f"{workbook.stat().st_size / 2**20:.1f} MB .xlsx, {text.stat().st_size / 2**20:.1f} MB .csv")
            screening = ScreeningService(session)
            today = session.today()

            def campaign(n: int) -> int:
                made = screening.create(CampaignDraft(name=f"普查 {n}", scale_codes=(scale.code,), grades=(GRADE,),
                                                      starts_on=today, ends_on=today, notice="已发放告家长书"))
                return screening.open(made.id).id

            service = ScreeningImportService(session)
            raw = raw_connect(inst.db_path, bytes(session.key))
            print(f"{'file':>5} {'read':>8} {'preview':>8} {'commit':>8} {'total':>8} {'raw':>8} {'ratio':>7}  result")
            totals: list[float] = []
            for run, answers in enumerate([workbook, text] * args.runs, 1):
                campaign_id = campaign(2 * run)
                t0 = time.perf_counter()
                header, rows = service.load(answers)
                t1 = time.perf_counter()
                preview = service.preview(campaign_id, scale.code, header, rows)
                t2 = time.perf_counter()
                recorded = service.commit(preview)
                t3 = time.perf_counter()
                baseline = raw_insert(raw, campaign_id, campaign(2 * run + 1))
                total = t3 - t0
                totals.append(total)
                print(f"{answers.suffix:>5} {span(t1 - t0):>8} {span(t2 - t1):>8} {span(t3 - t2):>8} {span(total):>8} "
                      f"{span(baseline):>8} {ratio(total, baseline):>7}  {recorded.count:,} sheets, "
                      f"{recorded.positive} positive, {len(preview.errors)} row errors")
            for name, kept in (("xlsx", totals[0::2]), ("csv", totals[1::2])):
                best = min(kept)
                print(f"{name}: best of {args.runs} {span(best)} for {args.students:,} students "
                      f"({'meets' if best <= GOAL_SECONDS else 'misses'} the goal of {GOAL_SECONDS:.0f} s)")
            print(f"load average at the end: {' '.join(f'{v:.1f}' for v in os.getloadavg())} (2 cores)")
            raw.close()
        finally:
            session.logout()
            flush_all()


def raw_insert(raw, source_campaign: int, target_campaign: int) -> float:
    """The rows the service stored for ``source_campaign``, inserted again for ``target_campaign`` on a
    bare connection: one executemany in one transaction. Seconds."""
    columns = [r[1] for r in raw.execute("PRAGMA table_info(screening_sheets)") if r[1] not in ("id", "campaign_id")]
    rows = [(target_campaign, *r) for r in raw.execute(
        f"SELECT {', '.join(columns)} FROM screening_sheets WHERE campaign_id = ? ORDER BY id", (source_campaign,))]
    sql = (f"INSERT INTO screening_sheets (campaign_id, {', '.join(columns)}) "
           f"VALUES ({', '.join('?' for _ in range(len(columns) + 1))})")
    start = time.perf_counter()
    raw.execute("BEGIN IMMEDIATE")
    raw.executemany(sql, rows)
    raw.execute("COMMIT")
    return time.perf_counter() - start


if __name__ == "__main__":
    main()
