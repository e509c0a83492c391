"""The quarterly archive of a busy quarter: export (every stage) and verify, and the case-file PDF rate.

    .venv/bin/python bench/bench_archive.py [--clients 1800] [--lang zh_CN] [--skip-rate]

Demo data over three years; the last complete quarter then holds about 1,500 visit
records of a few hundred clients. Reports the time of each export stage (gather,
database, case-file PDFs, pack, write + sync, read-back verify) and the processor time
the export took (its renderers included), a separate verify and open of the written
archive, the archive's size, and as a baseline the raw sqlcipher3 read of the quarter's
visit rows on the same encrypted file.

The case-file rate (pages per second) is given three ways: the export's ``case_files``
stage (rendered by its processes, one per core); the same files built one after the other
in this process; and, as the baseline, plain reportlab (one Paragraph per text, a plain
``SimpleDocTemplate``, a plain ``TTFont`` of the same font file) setting the same texts
(every text of the records that go into each file), one PDF per client. The ratio of the
last two compares one process with one process.
"""

from __future__ import annotations

import argparse
import dataclasses
import enum
import io
import os
import re
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
import memory_keyring

PASSWORD = "春眠不觉晓处处闻啼鸟"


def cpu_seconds() -> float:
    """Processor time of this process and of its children that have ended (the export's renderers)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def count_pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))


def texts_of(value: Any) -> Iterator[str]:
    """Every text in a record (its dataclass fields, nested ones too), codes and enum members left out."""
    if isinstance(value, enum.Enum):
        return
    if isinstance(value, str):
        if value.strip():
            yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            yield from texts_of(getattr(value, f.name))
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from texts_of(item)


def plain_reportlab(texts: list[str]) -> Callable[[], bytes]:
    """A builder of the plainest reportlab PDF of ``texts`` in the case files' font and page size."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from counselroom.reports.case_file import GEOMETRY
    from counselroom.reports.fonts import font_file
    from counselroom.reports.plain_text import markup

    if "BenchPlainSansSC" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("BenchPlainSansSC", str(font_file())))
    style = ParagraphStyle("plain", fontName="BenchPlainSansSC", fontSize=10.5, leading=17, wordWrap="CJK",
                           spaceAfter=4)

    def build() -> bytes:
        buf = io.BytesIO()
        doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=GEOMETRY.left, rightMargin=GEOMETRY.right,
                                topMargin=GEOMETRY.top, bottomMargin=GEOMETRY.bottom)
        doc.build([Paragraph(markup(t), style) for t in texts])
        return buf.getvalue()

    return build


def rate(builders: list[Callable[[], bytes]]) -> tuple[int, float, float]:
    """Pages, wall seconds, processor seconds of building every PDF here, one after the other."""
    wall, cpu = time.perf_counter(), time.process_time()
    pages = sum(count_pages(build()) for build in builders)
    return pages, time.perf_counter() - wall, time.process_time() - cpu


def case_file_rates(session: Any, quarter: Any, lang: str, export_pages_per_s: Callable[[int], str]) -> None:
    from counselroom.archive import export as export_mod
    from counselroom.reports.case_file import build_case_file
    from counselroom.storage.quarter_repo import QuarterRepository

    repo = QuarterRepository(session.db)
    with repo.snapshot():
        tables = {t.table: t for t in repo.iter_tables(quarter)}
        jobs = [job for _, _, job in export_mod._case_file_jobs(
            session.db, tables, room_name="基准测试咨询室", exported_by="基准", exported_at=session.clock(),
            today=session.today(), lang=lang)]
    ours = [lambda job=job: build_case_file(**job) for job in jobs]
    plain = [plain_reportlab([t for c in job["cases"] for t in texts_of(c)] + list(texts_of(job["client"])))
             for job in jobs]
    pages, wall, cpu = rate(ours)
    plain_pages, plain_wall, plain_cpu = rate(plain)
    # Per processor second as well: on a machine busy with other work a wall clock says little.
    print(f"\ncase-file PDFs, {len(jobs):,} files, {pages:,} pages")
    print(f"  export stage ({export_mod._renderer_count(len(jobs))} renderer processes): {export_pages_per_s(pages)}")
    print(f"  one process, one after the other:  {pages / wall:6.0f} pages/s  ({pages / cpu:.0f} per processor s)")
    print(f"  plain reportlab, same font, same texts ({plain_pages:,} pages): {plain_pages / plain_wall:6.0f} pages/s  "
          f"({plain_pages / plain_cpu:.0f} per processor s)")
    print(f"  case files / plain reportlab, one process: {(pages / wall) / (plain_pages / plain_wall):.2f}× "
          f"(per processor s {(pages / cpu) / (plain_pages / plain_cpu):.2f}×)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=1800)
    parser.add_argument("--lang", default="zh_CN")
    parser.add_argument("--skip-rate", action="store_true", help="no one-process and plain reportlab rates")
    args = parser.parse_args()

    from counselroom.archive.export import STAGES
    from counselroom.archive.passphrase import generate_passphrase
    from counselroom.archive.verify import open_archive, verify_archive
    from counselroom.services.archive import ArchiveService
    from counselroom.services.demo import generate
    from counselroom.services.installation import Installation
    from counselroom.services.setup import initialize

    memory_keyring.install()
    folder = Path(tempfile.mkdtemp())
    inst = Installation(folder / "data")
    session = initialize(inst, room_name="基准测试咨询室", username="bench", display_name="基准",
                         password=PASSWORD).session
    start = time.perf_counter()
    made = generate(session, clients=args.clients, seed=1)
    print(f"generated {made.clients:,} clients, {made.visits:,} visits in {time.perf_counter() - start:.0f} s")
    service = ArchiveService(session, lang=args.lang)
    quarter = service.suggested_quarter()
    preview = service.preview(quarter)
    print(f"quarter {quarter}: " + ", ".join(f"{k} {v:,}" for k, v in preview.counts.items()))

    first, last = quarter.first_day.isoformat(), quarter.last_day.isoformat()
    start = time.perf_counter()
    rows = session.db.conn.execute("SELECT * FROM visits WHERE visit_date BETWEEN ? AND ?", (first, last)).fetchall()
    raw_ms = (time.perf_counter() - start) * 1000
    print(f"baseline: raw sqlcipher3 read of the quarter's {len(rows):,} visit rows: {raw_ms:.0f} ms")

    target = folder / "usb"
    target.mkdir()
    passphrase = generate_passphrase()
    started: dict[str, float] = {}

    def progress(stage: str, fraction: float) -> None:
        started.setdefault(stage, time.perf_counter())

    begin, cpu = time.perf_counter(), cpu_seconds()
    result = service.export(quarter, target, passphrase, acknowledged=True, progress=progress)
    end = time.perf_counter()
    total, cpu = end - begin, cpu_seconds() - cpu
    print(f"\nexport of {quarter}: {total:.1f} s ({cpu:.1f} processor s, renderers included), "
          f"{result.size / 2**20:.1f} MB, {result.case_files:,} case-file PDFs")
    names = [name for name, _ in STAGES]
    marks = [started.get(name) for name in names] + [end]
    seconds_of: dict[str, float] = {}
    print(f"  {'stage':<12}{'seconds':>10}{'share':>9}")
    for i, name in enumerate(names):
        if marks[i] is None:
            continue
        following = next(m for m in marks[i + 1:] if m is not None)
        seconds_of[name] = following - marks[i]
        print(f"  {name:<12}{seconds_of[name]:>10.2f}{seconds_of[name] / total:>9.0%}")
    print(f"  (before the first stage: checks and the audit row, {marks[0] - begin:.2f} s)")

    start = time.perf_counter()
    report = verify_archive(result.path, passphrase)
    verified = time.perf_counter() - start
    print(f"\nverify-archive: {report.status.value} in {verified:.2f} s; export + verify {total + verified:.1f} s")
    start = time.perf_counter()
    with open_archive(result.path, passphrase) as reader:
        opened = time.perf_counter() - start
        start = time.perf_counter()
        clients = reader.clients()
        records = [reader.records(c.id) for c in clients]
        browse = time.perf_counter() - start
        start = time.perf_counter()
        found = reader.clients("一诺")
        search = time.perf_counter() - start
    visits = sum(len(c.visits) for r in records for c in r.cases)
    print(f"open for the viewer: {opened:.2f} s; list {len(clients):,} clients and read every client's records "
          f"({visits:,} visits): {browse:.2f} s; search by name: {search * 1000:.0f} ms ({len(found)} found)")

    if not args.skip_rate:
        stage = seconds_of.get("case_files", 0.0)
        case_file_rates(session, quarter, args.lang,
                        lambda pages: f"{pages / stage:6.0f} pages/s ({stage:.1f} s)" if stage else "not timed")
    session.logout()


if __name__ == "__main__":
    main()
