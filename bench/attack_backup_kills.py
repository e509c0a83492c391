"""kill -9 a backup writer again and again (issue 12, items 1 and 9), then make one backup.

After every kill: no backup ``.db`` without its ``.keys`` (and the keys belong to it). After the
next backup: nothing left of the killed writers (no ``.partial``, ``-wal``/``-shm``, ``.lock``,
no ``.keys`` without its ``.db``). Before this issue, 21 kills left 12 files (60 MB) for good.

    .venv/bin/python bench/attack_backup_kills.py --rounds 50 [--size-mb 24] [--seed 3]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent / "tests"), str(HERE.parent / "tests" / "storage")]

from test_backup_kills import run_rounds  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=50)
    parser.add_argument("--size-mb", type=int, default=24)
    parser.add_argument("--seed", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="cr-kills-") as work:
        stats = run_rounds(Path(work), args.rounds, seed=args.seed, size_mb=args.size_mb)
    print(f"{stats['rounds']} kills; {stats['kills_with_leftovers']} left temporary files "
          f"(at most {stats['most_leftovers']} at once); after the next backup: "
          f"{len(stats['left_after_next_backup'])} left, {stats['pairs']} complete backup(s), each with its keys")
    return 0 if not stats["left_after_next_backup"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
