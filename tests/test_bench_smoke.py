"""bench/bench_scale.py still runs against the current services (it measures; this only runs it)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "bench" / "bench_scale.py"


def test_bench_scale_runs_on_a_tiny_room(tmp_path: Path) -> None:
    env = {**os.environ, "COUNSELROOM_BENCH_CACHE": str(tmp_path / "cache")}
    done = subprocess.run([sys.executable, str(BENCH), "--quick", "--clients", "40", "--only", "filter,search"],
                          capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "| measure | goal | p50 / p95 | raw baseline | ratio |" in done.stdout
    assert "| client filter as you type, surname + given name" in done.stdout
    assert "| notes search, common phrase" in done.stdout
    assert "not measured" not in done.stdout, done.stdout
