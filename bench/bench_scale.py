"""Issue 15's table, re-measured: the big school's database against raw sqlcipher3, same run.

    .venv/bin/python bench/bench_scale.py                 # 50,000 clients (built once, then cached)
    .venv/bin/python bench/bench_scale.py --quick         # 5,000 clients, fewer runs: a smoke run
    .venv/bin/python bench/bench_scale.py --only filter,search [--clients N] [--seed S]
    .venv/bin/python bench/bench_scale.py --real-keyring  # also sign and bulk-write with gnome-keyring

Rows (``--only``): unlock, pages, memory (bench_pages.py in a fresh process: the real main
window offscreen), filter, search, pdf, sign, bulk, export. Writing has two fair baselines
each: a new record and its signing are two user actions, each its own durable commit, so
``sign`` stands beside one raw commit and beside two (INSERT + UPDATE, each committed), and the
10,000 separate records beside executemany and beside 10,000 such pairs; ``bulk`` also imports
a roster of as many students through the services (true bulk work: one transaction) against
executemany of the same rows in one transaction. Everything goes through the public
services (and, for the window, the real widgets) on a copy of the cached installation
(``scale_db.py``), logged in as its supervisor; each figure sits next to a raw sqlcipher3
baseline measured in the same run on the same file with the same key. The quarterly export
runs on a smaller installation of its own (1,800 clients: a busy quarter, as bench_archive.py).
Nothing is asserted; a row whose code is broken mid-change says so and the others still run.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import time as clock_time
from pathlib import Path
from typing import TYPE_CHECKING, Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import scale_db

if TYPE_CHECKING:
    import sqlcipher3

    from counselroom.services.session import Session

ROWS = ("unlock", "pages", "filter", "search", "sign", "bulk", "export", "pdf", "memory")
GUI_ROWS = ("unlock", "pages", "memory")
COMMON_PHRASE = "考试压力"
TWO_CHARACTERS = "焦虑"
EXPORT_CLIENTS = 1800


# -- measuring ----------------------------------------------------------------------------------
def p50_p95(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def timed(fn: Callable[[], object], runs: int, warm: int = 1) -> list[float]:
    for _ in range(warm):
        fn()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return samples


def interleaved(fns: list[Callable[[], object]], runs: int) -> list[list[float]]:
    """Runs of each function taken in turn, so all see the same machine (other processes, disk)."""
    for fn in fns:
        fn()
    samples: list[list[float]] = [[] for _ in fns]
    for _ in range(runs):
        for fn, into in zip(fns, samples):
            start = time.perf_counter()
            fn()
            into.append(time.perf_counter() - start)
    return samples


def paired(service: Callable[[], object], raw: Callable[[], object], runs: int) -> tuple[list[float], list[float]]:
    ours, theirs = interleaved([service, raw], runs)
    return ours, theirs


def span(seconds: float) -> str:
    if seconds != seconds:   # NaN: not measured
        return "–"
    if seconds >= 10:
        return f"{seconds:.1f} s"
    if seconds >= 1:
        return f"{seconds:.2f} s"
    if seconds >= 0.01:
        return f"{seconds * 1000:.0f} ms"
    return f"{seconds * 1000:.2f} ms"


def spans(samples: list[float]) -> str:
    p50, p95 = p50_p95(samples)
    return f"{span(p50)} / {span(p95)}"


def ratio(value: float, base: float) -> str:
    if not (base > 0 and value == value):
        return "–"
    times = value / base
    return f"{times:,.1f}×" if times >= 1 else f"{times:.2f}×"


@dataclass
class Row:
    measure: str
    goal: str
    value: str
    raw: str = ""
    ratio: str = ""
    met: bool | None = None


class Table:
    def __init__(self) -> None:
        self.rows: list[Row] = []
        self.notes: list[str] = []

    def add(self, row: Row) -> None:
        self.rows.append(row)
        mark = {True: " ✓", False: " ✗", None: ""}[row.met]
        print(f"  {row.measure}: {row.value}{mark}  (raw {row.raw or '–'}, {row.ratio or '–'})", flush=True)

    def note(self, text: str) -> None:
        self.notes.append(text)
        print(f"  note: {text}", flush=True)

    @contextmanager
    def guarded(self, name: str) -> Iterator[None]:
        """A row whose code is broken (another change under way) is noted; the run goes on."""
        try:
            yield
        except Exception as exc:  # noqa: BLE001 - report the row as broken, measure the others
            where = traceback.extract_tb(exc.__traceback__)[-1]
            self.note(f"{name}: not measured, {type(exc).__name__}: {exc} "
                      f"({Path(where.filename).name}:{where.lineno})")

    def markdown(self) -> str:
        lines = ["| measure | goal | p50 / p95 | raw baseline | ratio |", "|---|---|---|---|---|"]
        for row in self.rows:
            mark = {True: " ✓", False: " ✗", None: ""}[row.met]
            lines.append(f"| {row.measure} | {row.goal}{mark} | {row.value} | {row.raw} | {row.ratio} |")
        return "\n".join(lines)


# -- raw sqlcipher3 ------------------------------------------------------------------------------
def raw_connect(path: Path, key: bytes) -> sqlcipher3.Connection:
    """A bare keyed connection with the application's durability (WAL, synchronous FULL) and nothing else."""
    import sqlcipher3

    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    return conn


class RawVisits:
    """Copies of one signed visit row, written the plainest way (its triggers and indexes included)."""

    def __init__(self, conn: sqlcipher3.Connection, visit_id: int) -> None:
        self.conn = conn
        columns = [r[1] for r in conn.execute("PRAGMA table_info(visits)") if r[1] != "id"]
        self.sql = f"INSERT INTO visits ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"
        self.row = conn.execute(f"SELECT {', '.join(columns)} FROM visits WHERE id = ?", (visit_id,)).fetchone()

        # The same row as a new draft, then signed with its content: what a user's two actions write.
        at = {name: n for n, name in enumerate(columns)}
        draft = list(self.row)
        draft[at["status"]], draft[at["signed_at"]], draft[at["seal"]] = "draft", None, ""
        self.draft_row = tuple(draft)
        signing = [c for c in columns if c not in ("case_id", "counsellor_id", "appointment_id", "session_no",
                                                   "created_at")]
        self.sign_sql = f"UPDATE visits SET {', '.join(c + ' = ?' for c in signing)} WHERE id = ?"
        self.sign_values = tuple(self.row[at[c]] for c in signing)

    def insert_one(self) -> None:
        self.conn.execute("BEGIN IMMEDIATE")
        self.conn.execute(self.sql, self.row)
        self.conn.execute("COMMIT")

    def insert_and_sign(self) -> None:
        """Two commits, as a new record and its signing are: INSERT a draft, COMMIT; UPDATE it signed, COMMIT."""
        self.conn.execute("BEGIN IMMEDIATE")
        visit_id = self.conn.execute(self.sql, self.draft_row).lastrowid
        self.conn.execute("COMMIT")
        self.conn.execute("BEGIN IMMEDIATE")
        self.conn.execute(self.sign_sql, (*self.sign_values, visit_id))
        self.conn.execute("COMMIT")

    def insert_many(self, count: int) -> None:
        self.conn.execute("BEGIN IMMEDIATE")
        self.conn.executemany(self.sql, [self.row] * count)
        self.conn.execute("COMMIT")


# -- the rows -----------------------------------------------------------------------------------
def gui_rows(args: argparse.Namespace, room: scale_db.BenchRoom, rows: set[str], table: Table) -> None:
    """bench_pages.py in a process of its own, so the memory figure is the window's alone."""
    with tempfile.TemporaryDirectory() as folder:
        out_file = Path(folder) / "pages.json"
        command = [sys.executable, str(Path(__file__).with_name("bench_pages.py")), "--room", str(room.folder),
                   "--json", str(out_file), "--only", ",".join(sorted(rows))]
        command += ["--quick"] if args.quick else []
        command += ["--real-keyring"] if args.real_keyring else []
        done = subprocess.run(command, capture_output=True, text=True)
        if done.returncode or not out_file.exists():
            table.note(f"bench_pages.py failed (exit {done.returncode}): {done.stderr.strip()[-600:]}")
            return
        out = json.loads(out_file.read_text("utf-8"))
    if "unlock_s" in out:
        base = statistics.median(out["argon2id"]) + statistics.median(out["keyed_open"])
        table.add(Row("password → main window with Today shown", "≤ 1.0 s",
                      spans(out["unlock_s"]) + f" (first of the process {span(out['unlock_first_s'])})",
                      f"keyed open {span(statistics.median(out['keyed_open']))}, "
                      f"Argon2id {span(statistics.median(out['argon2id']))}",
                      ratio(statistics.median(out["unlock_s"]), base) + " (Argon2id + open)",
                      p50_p95(out["unlock_s"])[1] <= 1.0))
        if "unlock_real_s" in out:
            table.add(Row("… with a real key store (gnome-keyring)", "≤ 1.0 s", spans(out["unlock_real_s"]),
                          "", ratio(statistics.median(out["unlock_real_s"]), base), p50_p95(out["unlock_real_s"])[1] <= 1.0))
        elif "real_keyring_skipped" in out:
            table.note(f"real key store: {out['real_keyring_skipped']}")
    if "pages" in out:
        bare = out["bare_qt"]
        for key, entry in out["pages"].items():
            first = out.get("first_visit", {}).get(key, {}).get("samples", [math.nan])[0]
            p95 = p50_p95(entry["samples"])[1]
            table.add(Row(f"page switch: {entry['title']} ({key})", "≤ 100 ms",
                          f"{spans(entry['samples'])}; first {span(first)}, GUI blocked ≤ {span(max(entry['blocked']))}",
                          f"bare Qt switch {spans(bare)}", ratio(statistics.median(entry["samples"]), statistics.median(bare)),
                          p95 <= 0.1))
        if out.get("locked_meanwhile"):
            table.note("the window locked itself during the page rounds (idle lock): later switches load nothing")
    if "rss_final_mb" in out:
        table.add(Row("GUI memory after every page, a case window, a search and a PDF", "≤ 300 MB",
                      f"{out['rss_final_mb']:.0f} MB ({out['rss_pages_mb']:.0f} after the pages alone)",
                      f"{out['rss_start_mb']:.0f} MB at the login window", ratio(out["rss_final_mb"], out["rss_start_mb"]),
                      out["rss_final_mb"] <= 300))
    for problem in out.get("problems", []):
        table.note(f"main window: {problem}")


def sample_client_queries(session: Session) -> list[tuple[str, str]]:
    """What people type: a full name (surname + given name), its first 2 characters, pinyin
    initials, a case number prefix; taken from a client in the data so each finds someone."""
    from counselroom.domain.clients import ClientQuery
    from counselroom.services.clients import ClientService

    found = ClientService(session).search(ClientQuery(limit=400))
    named = [c for c in found if len(c.name) == 3] or found
    client = named[len(named) // 2]
    queries = [("surname + given name", client.name), ("2 characters", client.name[:2])]
    keys = [k for k in client.pinyin_keys.split() if k.isascii() and len(k) >= 2]
    if keys:
        queries.append(("pinyin initials", min(keys, key=len)))
    queries.append(("case number prefix", client.case_no[:7]))
    return queries


# The list's SQL when issue 15 was filed: six LIKEs over every client, the first 200 by case number.
RAW_FILTER = ("SELECT * FROM clients WHERE active = 1 AND (name LIKE ? OR case_no LIKE ? OR (grade || class_name) LIKE ? "
              "OR class_name LIKE ? OR student_no LIKE ? OR pinyin_keys LIKE ?) ORDER BY case_no DESC LIMIT 200")


def filter_rows(session: Session, raw: sqlcipher3.Connection, runs: int, table: Table) -> None:
    from counselroom.domain.clients import ClientQuery
    from counselroom.services.clients import ClientService

    for label, text in sample_client_queries(session):
        with table.guarded(f"client filter {text!r}"):
            like = f"%{text}%"
            service, plain = paired(lambda text=text: ClientService(session).search(ClientQuery(text=text)),
                                    lambda like=like: raw.execute(RAW_FILTER, (like,) * 6).fetchall(), runs)
            table.add(Row(f"client filter as you type, {label} ({text!r})", "p95 ≤ 50 ms", spans(service),
                          f"6 × LIKE {spans(plain)}", ratio(statistics.median(service), statistics.median(plain)),
                          p50_p95(service)[1] <= 0.05))


SEARCH_FIELDS = ("presenting_issue", "complaint", "process", "assessment", "plan")


def search_rows(session: Session, raw: sqlcipher3.Connection, runs: int, table: Table) -> None:
    from counselroom.services.search import SearchService

    phrase_sql = "SELECT rowid FROM visits_fts WHERE visits_fts MATCH ? LIMIT 200"
    like_sql = f"SELECT id FROM visits WHERE {' OR '.join(f + ' LIKE ?' for f in SEARCH_FIELDS)} LIMIT 200"
    cases: list[tuple[str, str, str | None, str, tuple[Any, ...]]] = [
        ("common phrase", COMMON_PHRASE, None, phrase_sql, (f'"{COMMON_PHRASE}"',)),
        ("2-character word", TWO_CHARACTERS, None, like_sql, (f"%{TWO_CHARACTERS}%",) * len(SEARCH_FIELDS)),
        ("common phrase, all cases with a reason", COMMON_PHRASE, "benchmark", phrase_sql, (f'"{COMMON_PHRASE}"',)),
    ]
    for label, text, reason, sql, params in cases:
        with table.guarded(f"notes search {text!r}"):
            hits = len(SearchService(session).search(text, all_cases_reason=reason))
            service, plain = paired(
                lambda text=text, reason=reason: SearchService(session).search(text, all_cases_reason=reason),
                lambda sql=sql, params=params: raw.execute(sql, params).fetchall(), runs)
            table.add(Row(f"notes search, {label} ({text!r}, {hits} hits shown)", "p95 ≤ 50 ms", spans(service),
                          f"first 200 unsorted {spans(plain)}", ratio(statistics.median(service), statistics.median(plain)),
                          p50_p95(service)[1] <= 0.05))


def pdf_row(session: Session, room: scale_db.BenchRoom, runs: int, table: Table) -> None:
    from counselroom.services.printing import PrintService
    from counselroom.services.visits import VisitService

    if room.extra_client_id is None or room.extra_case_id is None:
        table.note("case-file PDF: the cached build has no bench client")
        return
    pdfs: list[bytes] = []
    samples = timed(lambda: pdfs.append(PrintService(session).case_file(room.extra_client_id)), runs, warm=0)
    pages = count_pages(pdfs[-1])
    visits = VisitService(session).for_case(room.extra_case_id)
    texts = [[v.content.presenting_issue, v.content.complaint, v.content.process, v.content.assessment,
              v.content.plan] for v in visits]
    plain_pages, plain_seconds = plain_reportlab(texts)
    rate, plain_rate = pages / statistics.median(samples), plain_pages / plain_seconds
    table.add(Row(f"case-file PDF rate ({len(visits)} visits, {pages} pages)", "≥ 250 pages/s",
                  f"{rate:.0f} pages/s ({spans(samples)} per file)",
                  f"plain reportlab, same font: {plain_rate:.0f} pages/s", ratio(plain_rate, rate) + " slower",
                  rate >= 250))


def count_pages(pdf: bytes) -> int:
    import re

    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))


def plain_reportlab(texts: list[list[str]]) -> tuple[int, float]:
    """The same visit texts as plain paragraphs in the shipped font, built once: (pages, seconds)."""
    from io import BytesIO

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    from counselroom.reports.fonts import FONT_REGULAR, register_fonts

    register_fonts()
    style = ParagraphStyle("plain", fontName=FONT_REGULAR, fontSize=10.5, leading=16, wordWrap="CJK")
    heading = ParagraphStyle("heading", parent=style, fontSize=13, leading=20, spaceBefore=8)
    story: list[Any] = []
    for n, fields in enumerate(texts, 1):
        story.append(Paragraph(f"第{n}次咨询记录", heading))
        for text in fields:
            story += [Paragraph(text, style), Spacer(1, 4)]
    buffer = BytesIO()
    start = time.perf_counter()
    SimpleDocTemplate(buffer, pagesize=A4).build(story)
    seconds = time.perf_counter() - start
    return count_pages(buffer.getvalue()), seconds


def _new_cases(session: Session, count: int) -> list[int]:
    """Clients with an open case of the supervisor's own, to write visits into (not timed)."""
    from counselroom.domain.cases import CaseDraft, ProblemCategory
    from counselroom.domain.clients import ClientDraft
    from counselroom.services.cases import CaseService
    from counselroom.services.clients import ClientService

    today = session.today()
    ids = []
    for n in range(count):
        client = ClientService(session).register(ClientDraft(name=f"测试{n % 100:02d}号", grade="高一", class_name="2班"))
        ids.append(CaseService(session).open(client.id, CaseDraft(today, "学业压力", ProblemCategory.STUDY)).id)
    return ids


def _new_visit(session: Session, case_id: int) -> None:
    from counselroom.domain.visits import VisitContent
    from counselroom.services.visits import VisitService

    visits = VisitService(session)
    visit = visits.start(case_id)
    visits.sign(visit.id, VisitContent(
        visit_date=session.today(), start=clock_time(9), end=clock_time(9, 45), presenting_issue="考试焦虑",
        complaint="最近考试压力很大，晚上睡不着", process="倾听来访者的叙述，共情其感受，澄清问题",
        assessment="焦虑情绪明显，社会功能基本正常", plan="下周同一时间继续咨询"))


def _a_signed_visit(session: Session, case_id: int) -> int:
    from counselroom.services.visits import VisitService

    return max(v.id for v in VisitService(session).for_case(case_id) if v.signed)


@dataclass
class SignSamples:
    service: list[float]
    one_commit: list[float]     # INSERT + COMMIT
    two_commits: list[float]    # INSERT + COMMIT, UPDATE + COMMIT


def sign_samples(session: Session, case_id: int, raw: RawVisits, runs: int) -> SignSamples:
    return SignSamples(*interleaved([lambda: _new_visit(session, case_id), raw.insert_one, raw.insert_and_sign], runs))


BULK_CHUNK = 50


def bulk_seconds(session: Session, cases: list[int], count: int, raw: RawVisits | None = None) -> tuple[float, float]:
    """Seconds for ``count`` records through the services and, if ``raw``, for as many raw two-commit
    pairs, taken in turns of BULK_CHUNK so both see the same machine."""
    ours = theirs = 0.0
    for first in range(0, count, BULK_CHUNK):
        todo = range(first, min(count, first + BULK_CHUNK))
        start = time.perf_counter()
        for n in todo:
            _new_visit(session, cases[n % len(cases)])
        ours += time.perf_counter() - start
        if raw is not None:
            start = time.perf_counter()
            for _ in todo:
                raw.insert_and_sign()
            theirs += time.perf_counter() - start
    return ours, theirs if raw is not None else math.nan


@dataclass
class Written:
    """What the memory-key-store runs measured, for the real key store's rows."""

    raw: RawVisits
    raw_many: float = math.nan


def sign_row(label: str, samples: SignSamples) -> Row:
    ours, one, two = (statistics.median(x) for x in (samples.service, samples.one_commit, samples.two_commits))
    return Row(label, "≤ 1.3× raw", spans(samples.service),
               f"INSERT + COMMIT {spans(samples.one_commit)}; two commits (INSERT + UPDATE, each committed) "
               f"{spans(samples.two_commits)}",
               f"{ratio(ours, one)} one commit, {ratio(ours, two)} two commits", ours <= 1.3 * one)


def bulk_row(label: str, count: int, ours: float, written: Written, pairs: float) -> Row:
    return Row(label, "≤ 1.3× raw", span(ours),
               f"executemany {span(written.raw_many)}; {count:,} × two raw commits {span(pairs)}",
               f"{ratio(ours, written.raw_many)} executemany, {ratio(ours, pairs)} two commits each",
               ours <= 1.3 * written.raw_many)


def roster_row(session: Session, raw: sqlcipher3.Connection, count: int, runs: int, folder: Path,
               table: Table) -> None:
    """True bulk work through the services: a student list imported as the roster dialog does (file
    read, preview against the registered clients, one transaction) against executemany of the rows
    it wrote, in one transaction. Each run imports students the database has not seen."""
    from bench_roster import student, write_xlsx

    from counselroom.services.roster_import import RosterImportService

    columns = [r[1] for r in raw.execute("PRAGMA table_info(clients)") if r[1] != "id"]
    insert = f"INSERT INTO clients ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"
    case_no = columns.index("case_no")
    reads, services, commits, plain = [], [], [], []
    for run in range(runs):
        offset = 900_000 + run * count
        path = write_xlsx(folder / f"roster-{run}.xlsx", count, row_maker=lambda n, offset=offset: student(n + offset))
        before = raw.execute("SELECT coalesce(max(id), 0) FROM clients").fetchone()[0]
        service = RosterImportService(session)
        start = time.perf_counter()
        header, rows = service.load(path)
        read = time.perf_counter()
        preview = service.preview(header, rows)
        previewed = time.perf_counter()
        result = service.commit(preview, source_name=path.name)
        done = time.perf_counter()
        if preview.errors or result.imported != count:
            table.note(f"roster run {run}: {result.imported:,} of {count:,} imported, {len(preview.errors)} errors")
        reads.append(read - start)
        services.append(done - read)
        commits.append(done - previewed)
        # The rows the import wrote, once more; only the unique case number differs.
        copies = [tuple(f"R{v}" if i == case_no else v for i, v in enumerate(r)) for r in raw.execute(
            f"SELECT {', '.join(columns)} FROM clients WHERE id > ? ORDER BY id", (before,)).fetchall()]
        start = time.perf_counter()
        raw.execute("BEGIN IMMEDIATE")
        raw.executemany(insert, copies)
        raw.execute("COMMIT")
        plain.append(time.perf_counter() - start)
    ours, commit, base = (statistics.median(x) for x in (services, commits, plain))
    table.add(Row(f"roster import, {count:,} students through the services (preview + commit, one transaction)",
                  "≤ 1.3× raw", f"{span(ours)} (preview {span(ours - commit)}, commit {span(commit)}; "
                  f"reading the .xlsx {span(statistics.median(reads))} before)",
                  f"executemany of the same rows, one transaction {span(base)}",
                  f"{ratio(ours, base)} (commit alone {ratio(commit, base)})", ours <= 1.3 * base))


def write_rows(session: Session, raw: RawVisits, rows: set[str], args: argparse.Namespace, table: Table) -> Written:
    cases = _new_cases(session, 1 if "bulk" not in rows else (20 if args.quick else 100))
    written = Written(raw)
    if "sign" in rows:
        with table.guarded("new visit record + sign"):
            table.add(sign_row("new visit record + sign, memory key store",
                               sign_samples(session, cases[0], raw, args.sign_runs)))
    if "bulk" in rows:
        with table.guarded("records through the service layer"):
            start = time.perf_counter()
            raw.insert_many(args.bulk)
            written.raw_many = time.perf_counter() - start
            bulk, pairs = bulk_seconds(session, cases, args.bulk, raw)
            table.add(bulk_row(f"{args.bulk:,} records through the service layer (new + sign, each its own "
                               "commit), memory key store", args.bulk, bulk, written, pairs))
        with table.guarded("roster import"), tempfile.TemporaryDirectory() as folder:
            roster_row(session, raw.conn, args.bulk, args.roster_runs, Path(folder), table)
    return written


def real_keyring_rows(work: scale_db.Working, rows: set[str], args: argparse.Namespace, written: Written,
                      table: Table) -> None:
    why = scale_db.secret_service_missing()
    if why is not None:
        table.note(f"real key store rows skipped: {why}")
        return
    scale_db.flush_key_store()
    with scale_db.real_keyring(dict(work.backend.entries)) as backend:
        session = work.login(backend)
        try:
            case_id = _new_cases(session, 1)[0]
            if "sign" in rows:
                table.add(sign_row("new visit record + sign, real key store (gnome-keyring)",
                                   sign_samples(session, case_id, written.raw, args.sign_runs)))
            if "bulk" in rows and written.raw_many == written.raw_many:
                count = min(args.bulk, args.real_bulk)
                ours, pairs = bulk_seconds(session, [case_id], count, written.raw)
                label = f"{args.bulk:,} records, real key store" + (
                    f" (extrapolated from {count:,})" if count < args.bulk else "")
                table.add(bulk_row(label, args.bulk, ours * args.bulk / count, written, pairs * args.bulk / count))
        finally:
            session.logout()


def export_row(room: scale_db.BenchRoom, table: Table) -> None:
    """The last complete quarter of a busy room, exported as the Archive page does, then verified."""
    from counselroom.archive.verify import verify_archive
    from counselroom.services.archive import ArchiveService

    with scale_db.working_copy(room) as work:
        session = work.login()
        try:
            service = ArchiveService(session, lang="zh_CN")
            quarter = service.suggested_quarter()
            counts = service.preview(quarter).counts
            first, last = quarter.first_day.isoformat(), quarter.last_day.isoformat()
            raw = raw_connect(work.installation.db_path, bytes(session.key))
            start = time.perf_counter()
            visits = raw.execute("SELECT * FROM visits WHERE visit_date BETWEEN ? AND ?", (first, last + "z")).fetchall()
            raw_seconds = time.perf_counter() - start
            raw.close()
            target = work.folder / "usb"
            target.mkdir()
            passphrase = service.new_passphrase()
            stages: dict[str, float] = {}

            def progress(stage: str, _fraction: float) -> None:
                stages.setdefault(stage, time.perf_counter())

            start = time.perf_counter()
            result = service.export(quarter, target, passphrase, acknowledged=True, progress=progress)
            exported = time.perf_counter() - start
            start = time.perf_counter()
            report = verify_archive(result.path, passphrase)
            verified = time.perf_counter() - start
        finally:
            session.logout()
    marks = sorted(stages.items(), key=lambda kv: kv[1]) + [("end", start - verified)]
    shares = {name: (marks[i + 1][1] - t) / exported for i, (name, t) in enumerate(marks[:-1])}
    biggest = max(shares.items(), key=lambda kv: kv[1]) if shares else ("?", math.nan)
    what = f"{counts.get('clients', 0):,} clients / {counts.get('visits', 0):,} visits"
    total = exported + verified
    table.add(Row(f"quarterly export {quarter}, {what}, incl. verify", "≤ 15 s",
                  f"{span(total)} (export {span(exported)}, {biggest[1]:.0%} {biggest[0]}; "
                  f"verify-archive {span(verified)}, {report.status.value}; {result.case_files:,} case files)",
                  f"read of the quarter's {len(visits):,} visit rows {span(raw_seconds)}", "", total <= 15))


def service_rows(args: argparse.Namespace, room: scale_db.BenchRoom, rows: set[str], table: Table) -> None:
    with scale_db.working_copy(room) as work:
        session = work.login()
        raw = raw_connect(work.installation.db_path, bytes(session.key))
        written = None
        try:
            if "filter" in rows:
                filter_rows(session, raw, args.runs, table)
            if "search" in rows:
                search_rows(session, raw, args.search_runs, table)
            if "pdf" in rows:
                with table.guarded("case-file PDF"):
                    pdf_row(session, room, args.pdf_runs, table)
            if rows & {"sign", "bulk"}:
                with table.guarded("writing"):
                    visit_id = _a_signed_visit(session, room.extra_case_id) if room.extra_case_id else \
                        raw.execute("SELECT max(id) FROM visits WHERE status = 'signed'").fetchone()[0]
                    written = write_rows(session, RawVisits(raw, visit_id), rows, args, table)
        finally:
            session.logout()
        try:
            if written is not None and args.real_keyring:
                with table.guarded("real key store"):
                    real_keyring_rows(work, rows, args, written, table)
        finally:
            raw.close()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=None, help="default 50000 (--quick: 5000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--quick", action="store_true", help="5,000 clients, fewer runs and records")
    parser.add_argument("--only", default="", help=f"comma-separated rows: {', '.join(ROWS)}")
    parser.add_argument("--real-keyring", action="store_true",
                        help="also sign and write in bulk (and unlock) with gnome-keyring in a private D-Bus session")
    parser.add_argument("--stale-ok", action="store_true",
                        help="reuse a cached build made before the demo generator or schema changed")
    parser.add_argument("--export-clients", type=int, default=None, help=f"default {EXPORT_CLIENTS} (--quick: 600)")
    parser.add_argument("--bulk", type=int, default=None, help="records for the bulk row (default 10000, --quick 1000)")
    args = parser.parse_args(argv)
    quick = args.quick
    args.clients = args.clients or (5000 if quick else 50_000)
    args.export_clients = args.export_clients or (600 if quick else EXPORT_CLIENTS)
    args.bulk = args.bulk or (1000 if quick else 10_000)
    args.runs, args.search_runs = (10, 5) if quick else (30, 10)
    args.sign_runs, args.pdf_runs, args.real_bulk = (10, 1, 50) if quick else (30, 3, 200)
    args.roster_runs = 1 if quick else 3
    rows = set(filter(None, (r.strip() for r in args.only.split(",")))) or set(ROWS)
    unknown = rows - set(ROWS)
    if unknown:
        parser.error(f"unknown --only {', '.join(sorted(unknown))}; rows: {', '.join(ROWS)}")

    started = time.perf_counter()
    table = Table()
    print(f"bench_scale: {args.clients:,} clients, seed {args.seed}, {os.cpu_count()} cores, "
          f"{time.strftime('%Y-%m-%d %H:%M %Z')}", flush=True)
    # Both builds are settled first: a demo or migration edited meanwhile changes nothing mid-run.
    room = scale_db.ensure(args.clients, args.seed, stale_ok=args.stale_ok)
    print(f"database: {room.describe()}", flush=True)
    export_room = None
    if "export" in rows:
        export_room = scale_db.ensure(args.export_clients, args.seed, extras=False, stale_ok=args.stale_ok)
        print(f"export database: {export_room.describe()}", flush=True)
    if rows & set(GUI_ROWS):
        print("main window (bench_pages.py) …", flush=True)
        with table.guarded("main window"):
            gui_rows(args, room, rows & set(GUI_ROWS), table)
    if rows - set(GUI_ROWS) - {"export"}:
        print("services …", flush=True)
        with table.guarded("services"):
            service_rows(args, room, rows, table)
    if export_room is not None:
        print("quarterly export …", flush=True)
        with table.guarded("quarterly export"):
            export_row(export_room, table)

    print(f"\n## bench_scale: {room.describe()}\n")
    print(table.markdown())
    for note in table.notes:
        print(f"- {note}")
    print(f"\n({time.perf_counter() - started:.0f} s; p50 / p95 over {args.runs} runs for the filter, "
          f"{args.search_runs} for search, {args.sign_runs} for signing; ratios of medians)")


if __name__ == "__main__":
    main()
