"""The quarterly archive of a busy quarter: export (every stage) and verify.

    .venv/bin/python bench/bench_archive.py [--clients 1800] [--lang zh_CN]

Demo data over three years; the last complete quarter then holds about 1,500 visit
records of a few hundred clients. Reports the time of each export stage (gather,
database, case-file PDFs, pack, write + sync, read-back verify), a separate verify
and open of the written archive, the archive's size, and as a baseline the raw
sqlcipher3 read of the quarter's visit rows on the same encrypted file.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
import memory_keyring

PASSWORD = "春眠不觉晓处处闻啼鸟"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=1800)
    parser.add_argument("--lang", default="zh_CN")
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

    begin = time.perf_counter()
    result = service.export(quarter, target, passphrase, acknowledged=True, progress=progress)
    end = time.perf_counter()
    total = end - begin
    print(f"\nexport of {quarter}: {total:.1f} s, {result.size / 2**20:.1f} MB, {result.case_files:,} case-file PDFs")
    names = [name for name, _ in STAGES]
    marks = [started.get(name) for name in names] + [end]
    print(f"  {'stage':<12}{'seconds':>10}{'share':>9}")
    for i, name in enumerate(names):
        if marks[i] is None:
            continue
        following = next(m for m in marks[i + 1:] if m is not None)
        seconds = following - marks[i]
        print(f"  {name:<12}{seconds:>10.2f}{seconds / total:>9.0%}")
    print(f"  (before the first stage: checks and the audit row, {marks[0] - begin:.2f} s)")

    start = time.perf_counter()
    report = verify_archive(result.path, passphrase)
    print(f"\nverify-archive: {report.status.value} in {time.perf_counter() - start:.2f} s")
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
    session.logout()


if __name__ == "__main__":
    main()
