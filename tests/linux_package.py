"""The built Linux artefacts for the tests: the frozen bundle and the .deb made by
``installer/build_linux.sh`` (``.ci/run`` builds them once per run and names them in
COUNSELROOM_BUNDLE and COUNSELROOM_DEB).  Missing artefacts skip these tests on a
developer's machine and fail them in CI, like the other tools CI installs."""

from __future__ import annotations

import os
import subprocess
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

from secret_service import require_tool


def artefact(variable: str) -> Path:
    value = os.environ.get(variable)
    if not value or not Path(value).exists():
        message = f"{variable} names no built artefact (installer/build_linux.sh builds it)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return Path(value)


def run(program: str | Path, *args: str, env: dict, stdin: str = "", timeout: float = 300):
    """A frozen program as IT would run it: no venv, no checkout, no PYTHONPATH."""
    clean = {k: v for k, v in env.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV", "COUNSELROOM_TEST"))}
    return subprocess.run([str(program), *args], input=stdin, text=True, capture_output=True,
                          env=clean, timeout=timeout)


@contextmanager
def x_display():
    """A private X server (Xvfb), so the real xcb platform plugin of the bundle is used."""
    xvfb = require_tool("Xvfb", "xvfb")
    require_tool("xwininfo", "x11-utils")
    for number in range(91, 120):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and not Path(f"/tmp/.X{number}-lock").exists():
            break
    display = f":{number}"
    server = subprocess.Popen([xvfb, display, "-screen", "0", "1600x900x24", "-nolisten", "tcp", "-noreset"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 10
        while subprocess.run(["xwininfo", "-root", "-display", display], capture_output=True).returncode:
            if time.monotonic() > deadline:
                raise RuntimeError("Xvfb did not start")
            time.sleep(0.05)
        yield display
    finally:
        server.terminate()
        server.wait(timeout=10)


def window_titles(display: str) -> list[str]:
    out = subprocess.run(["xwininfo", "-root", "-tree", "-display", display], capture_output=True,
                         text=True).stdout
    return [line.split('"')[1] for line in out.splitlines() if line.count('"') >= 2]


def wait_for_window(display: str, title_part: str, process: subprocess.Popen, timeout: float = 30) -> float:
    """Seconds until a window whose title holds ``title_part`` is mapped."""
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        if any(title_part in title for title in window_titles(display)):
            return time.monotonic() - start
        if process.poll() is not None:
            raise AssertionError(f"the program ended with {process.returncode}: "
                                 f"{process.stderr.read() if process.stderr else ''}")
        time.sleep(0.02)
    raise AssertionError(f"no window '{title_part}' after {timeout} s: {window_titles(display)}")


def screenshot(display: str, target: Path) -> Path:
    """The whole X screen as PNG, taken by Qt in a child process on that display."""
    import sys

    code = ("import sys\nfrom PySide6.QtGui import QGuiApplication\n"
            "app = QGuiApplication(sys.argv[:1])\n"
            "assert QGuiApplication.primaryScreen().grabWindow(0).save(sys.argv[1])\n")
    subprocess.run([sys.executable, "-c", code, str(target)], check=True, timeout=60,
                   env={**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"})
    return target
