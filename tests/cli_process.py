"""The headless commands in a real child process, on the tests' clock."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pinned_clock

LAUNCHER = Path(__file__).with_name("run_counselroom.py")


def run_cli(env: dict, *args: str, stdin: str = "", timeout: float = 300) -> subprocess.CompletedProcess:
    """``counselroom ARGS`` as its own process; with the suite's clock pinned, the child's
    clock goes on from this moment (``pinned_clock.child_environment``)."""
    return subprocess.run([sys.executable, str(LAUNCHER), *args], input=stdin, text=True, capture_output=True,
                          env={**env, "QT_QPA_PLATFORM": "offscreen", **pinned_clock.child_environment()},
                          timeout=timeout)


def one_line_error(result: subprocess.CompletedProcess) -> str:
    """The one line a failing command writes to stderr (never a traceback)."""
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    return lines[0]
