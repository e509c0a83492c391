"""bench/bench_scale.py and bench/bench_statistics.py still run against the current services (they measure;
this only runs them)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "bench" / "bench_scale.py"
STATISTICS_BENCH = BENCH.with_name("bench_statistics.py")


def test_bench_scale_runs_on_a_tiny_room(tmp_path: Path) -> None:
    env = {**os.environ, "COUNSELROOM_BENCH_CACHE": str(tmp_path / "cache")}
    done = subprocess.run([sys.executable, str(BENCH), "--quick", "--clients", "40", "--only", "filter,search"],
                          capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "| measure | goal | p50 / p95 | raw baseline | ratio |" in done.stdout
    assert "| client filter as you type, surname + given name" in done.stdout
    assert "| notes search, common phrase" in done.stdout
    assert "not measured" not in done.stdout, done.stdout


def test_bench_statistics_runs_on_a_tiny_room(tmp_path: Path) -> None:
    env = {**os.environ, "COUNSELROOM_BENCH_CACHE": str(tmp_path / "cache")}
    done = subprocess.run([sys.executable, str(STATISTICS_BENCH), "--quick", "--clients", "40", "--runs", "1"],
                          capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "| measure | goal | p50 / p95 | raw baseline | ratio |" in done.stdout
    assert "first term), whole room" in done.stdout and "second term), whole room" in done.stdout
    assert "one counsellor's work" in done.stdout and "before migration 17" in done.stdout
    assert "not measured" not in done.stdout, done.stdout
