"""Unlock time (password → main window shown) and cold start (process → first window).

Both are reported as a median of several runs and as a ratio against the raw cost
of opening the same SQLCipher file with its key and reading one row, measured in
the same run. Unlock is dominated on purpose by Argon2id (64 MiB), which is what
makes guessing passwords slow.

Uses a throw-away data folder and an in-memory key store (the OS key store's own
latency is not what is measured here).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import sqlcipher3

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
import memory_keyring

RUNS = 7
PASSWORD = "春眠不觉晓处处闻啼鸟"


def raw_open(path: Path, key: bytes) -> float:
    start = time.perf_counter()
    conn = sqlcipher3.connect(str(path))
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("SELECT count(*) FROM users").fetchone()
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from counselroom.services.auth import login
    from counselroom.services.installation import Installation
    from counselroom.services.setup import initialize
    from counselroom.ui.app import AppController
    from counselroom.ui.fonts import load_application_font

    backend = memory_keyring.install()
    app = QApplication.instance() or QApplication([])
    load_application_font(app)
    inst = Installation(Path(tempfile.mkdtemp()) / "data")
    session = initialize(inst, room_name="基准测试咨询室", username="bench", display_name="基准",
                         password=PASSWORD).session
    key = session.key
    session.logout()

    raw = [raw_open(inst.db_path, key) for _ in range(RUNS)]
    unlock = []
    for _ in range(RUNS):
        controller = AppController(inst, "zh_CN", backend)
        start = time.perf_counter()
        controller.open_main(login(inst, "bench", PASSWORD, backend=backend))
        app.processEvents()
        unlock.append(time.perf_counter() - start)
        controller.main_window.close()
        controller.idle.stop()

    probe = textwrap.dedent(f"""
        import os, sys, time
        t0 = float(sys.argv[1])
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        sys.path.insert(0, {str(Path(__file__).resolve().parents[1] / "tests")!r})
        import memory_keyring
        backend = memory_keyring.install()
        backend.entries = {backend.entries!r}
        from PySide6.QtWidgets import QApplication
        from counselroom.services.installation import Installation
        from counselroom.ui.app import AppController
        from counselroom.ui.fonts import load_application_font
        app = QApplication([])
        load_application_font(app)
        from pathlib import Path
        controller = AppController(Installation(Path({str(inst.data_dir)!r})), "zh_CN", backend)
        controller.start()
        app.processEvents()
        assert controller.login_dialog.isVisible()
        print(time.time() - t0)
    """)
    cold = []
    for _ in range(RUNS):
        out = subprocess.run([sys.executable, "-c", probe, repr(time.time())], capture_output=True,
                             text=True)
        if out.returncode:
            raise SystemExit(out.stderr)
        cold.append(float(out.stdout.strip().splitlines()[-1]))

    base = statistics.median(raw)
    print(f"raw sqlcipher3 open+key+read: median {base * 1000:.2f} ms  (baseline, {RUNS} runs)")
    for name, values in (("unlock: password -> main window", unlock),
                         ("cold start: process -> login window", cold)):
        median = statistics.median(values)
        print(f"{name}: median {median * 1000:.0f} ms = {median / base:,.0f}x raw open"
              f"  (min {min(values) * 1000:.0f}, max {max(values) * 1000:.0f})")


if __name__ == "__main__":
    main()
