"""Roster files at and beyond the limit: how long reading takes, and its peak memory.

    .venv/bin/python bench/bench_roster.py [--rows 1000000] [--columns 2|8]

Writes (once, into a temporary folder) a workbook of ``--rows`` students, every name
different so that its shared-strings table is long, plus one of exactly the row limit, and
reads each in a fresh process (peak memory is that process's VmHWM). Before the reader
streamed, 1,000,000 rows took 52 s and 529 MB to be refused; now about a second.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from roster_fixtures import student, write_xlsx

PROBE = """
import re, sys, time
from counselroom.domain.errors import CounselRoomError
from counselroom.services.roster_files import read_table
start = time.perf_counter()
try:
    header, rows = read_table(sys.argv[1])
    outcome = f"read {len(rows)} rows"
except CounselRoomError as exc:
    outcome = exc.code
peak = int(re.search(r"VmHWM:\\s+(\\d+) kB", open("/proc/self/status").read()).group(1))
print(f"{outcome:28} {time.perf_counter() - start:6.2f} s   peak {peak / 1024:6.1f} MB")
"""


def main() -> None:
    from counselroom.services.roster_files import MAX_ROWS

    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--columns", type=int, choices=(2, 8), default=2)
    args = parser.parse_args()
    if args.columns == 2:
        header, maker = ["姓名", "班级"], (lambda n: [f"学生{n}", f"{n % 20 + 1}班"])
    else:
        header, maker = None, student
    with tempfile.TemporaryDirectory() as folder:
        for rows in (MAX_ROWS, args.rows):
            path = Path(folder) / f"roster-{rows}.xlsx"
            start = time.perf_counter()
            write_xlsx(path, rows, header=header, row_maker=maker, level=6)
            print(f"{rows:>9} rows x {args.columns} columns: {path.stat().st_size / 2**20:5.1f} MB "
                  f"(written in {time.perf_counter() - start:.1f} s)")
            result = subprocess.run([sys.executable, "-c", PROBE, str(path)], capture_output=True, text=True,
                                    check=False)
            print("   ", (result.stdout or result.stderr).strip())


if __name__ == "__main__":
    main()
