"""The frozen bundle: its size on disk and its cold start to the login window.

    .venv/bin/python bench/bench_frozen.py [dist/CounselRoom]     (installer/build_linux.sh builds it)

Start time is measured the way a counsellor sees it: from starting the program to the
login window being mapped on a real X server (Xvfb, the bundle's own xcb plugin), under a
real Secret Service, for a room set up by the bundle itself. Reported as medians, and as
ratios against a bare PySide6 window started by the same venv Python in the same run
(what any Qt program pays) and against CounselRoom started from the source venv.
Goal (issue 13): <= 150 MB on disk, <= 2 s to the login window.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from linux_package import run, wait_for_window, x_display  # noqa: E402
from secret_service import running_secret_service  # noqa: E402

RUNS = 7
PASSWORD = "Cold-Start-Window-2026!"
BARE_WINDOW = ("import sys\nfrom PySide6.QtWidgets import QApplication, QDialog\n"
               "app = QApplication(sys.argv[:1])\nw = QDialog()\nw.setWindowTitle('bare window')\nw.show()\n"
               "app.exec()\n")


def size_report(bundle: Path) -> None:
    files = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]
    total = sum(p.stat().st_size for p in files)
    print(f"bundle: {bundle}  {total / 2**20:.0f} MiB in {len(files)} files")
    groups: dict[str, int] = {}
    for p in files:
        rel = p.relative_to(bundle).parts
        key = "/".join(rel[:3]) if rel[:2] == ("_internal", "PySide6") else "/".join(rel[:2])
        groups[key] = groups.get(key, 0) + p.stat().st_size
    for key, size in sorted(groups.items(), key=lambda kv: -kv[1])[:10]:
        print(f"  {size / 2**20:6.1f} MiB  {key}")


def start_time(command: list[str], title: str, env: dict, display: str) -> float:
    process = subprocess.Popen(command, env={**env, "DISPLAY": display}, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True)
    start = time.monotonic()
    try:
        wait_for_window(display, title, process)
        return time.monotonic() - start
    finally:
        process.terminate()
        process.wait(timeout=20)


def drop_caches() -> bool:
    try:
        subprocess.run(["sync"], check=True)
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def main() -> None:
    bundle = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "dist" / "CounselRoom").resolve()
    size_report(bundle)
    with running_secret_service() as env, tempfile.TemporaryDirectory() as tmp, x_display() as display:
        env = {k: v for k, v in env.items() if k != "QT_QPA_PLATFORM"}
        data = Path(tmp) / "data"
        init = run(bundle / "counselroom-admin", "init", "--data-dir", str(data), "--user", "bench",
                   stdin=PASSWORD + "\n", env=env)
        assert init.returncode == 0, init.stderr
        login = "CounselRoom — log in"
        frozen_cmd = [str(bundle / "CounselRoom"), "--data-dir", str(data), "--lang", "en"]
        source_cmd = [str(ROOT / ".venv" / "bin" / "python"), "-m", "counselroom", "--data-dir", str(data),
                      "--lang", "en"]
        bare_cmd = [sys.executable, "-c", BARE_WINDOW]
        dropped = drop_caches()
        first = start_time(frozen_cmd, login, env, display)
        print(f"first start after {'dropping the page cache' if dropped else 'build (page cache not dropped)'}: "
              f"{first:.2f} s")
        results = {}
        for name, cmd, title in (("frozen bundle", frozen_cmd, login), ("source venv", source_cmd, login),
                                 ("bare PySide6 window", bare_cmd, "bare window")):
            times = [start_time(cmd, title, env, display) for _ in range(RUNS)]
            results[name] = statistics.median(times)
            print(f"{name:20s} median {results[name]:.2f} s  (min {min(times):.2f}, max {max(times):.2f}, "
                  f"{RUNS} runs)")
        bare = results["bare PySide6 window"]
        print(f"frozen / bare window: {results['frozen bundle'] / bare:.1f}x; "
              f"frozen / source: {results['frozen bundle'] / results['source venv']:.2f}x")


if __name__ == "__main__":
    os.environ.pop("QT_QPA_PLATFORM", None)
    main()
