"""Password → main window with Today shown, on a big room, next to what it cannot go below.

    .venv/bin/python bench/bench_unlock.py [--clients 50000] [--seed 1] [--runs 11] [--no-memory]

The room is ``bench/scale_db.py``'s cached build (50,000 clients, about 500,000 signed visits,
made once); every run works on a copy of it, so logins, migrations and daily backups never
change the cached room.

Each unlock is measured in a fresh process that has reached the login window as the
application does: the first main window of a process pays for importing and building its
pages, and that is the one a person waits for. The password is submitted after TYPING_S at
the login window (the application imports the main window's modules meanwhile; a row shows
the password given the moment the window appears, too). The clock runs from the password
being submitted (``login()``: Argon2id, key file, keyed open, audit row) until the main
window is on screen with Today loaded (its loads on workers delivered). Baselines, measured
in the same run on the same file: the raw keyed open (sqlcipher3 connect, ``PRAGMA key``,
one read) and one Argon2id derivation with the installation's own parameters (the part of a
login that is slow on purpose).

Also: cold start (process → login window) and the GUI's memory (RSS) at the login window,
with Today shown, after every page, a case window, a search and a PDF. The key store is an
in-memory one (the OS key store's own latency is not what is measured here).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
import memory_keyring
import scale_db
from scale_db import PASSWORD, USERNAME

SEARCH_WORDS = "考试压力"
# A person needs at least this long to type a user name and a password; the application uses
# the time (ui/app.py imports the main window's modules while the login window waits).
TYPING_S = 1.5


def bench_room(folder: Path) -> scale_db.BenchRoom:
    return scale_db.BenchRoom(folder, json.loads((folder / "build.json").read_text("utf-8")))


def load_keystore(room: scale_db.BenchRoom) -> memory_keyring.MemoryKeyring:
    backend = memory_keyring.install()
    backend.entries = room.keyring_entries()
    return backend


# -- baselines ---------------------------------------------------------------------------------
def raw_open(db_path: Path, key: bytes) -> float:
    import sqlcipher3

    start = time.perf_counter()
    conn = sqlcipher3.connect(str(db_path))
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("SELECT count(*) FROM users").fetchone()
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def baselines(room: scale_db.BenchRoom, runs: int) -> tuple[list[float], list[float]]:
    """The raw keyed open and one Argon2id derivation with the user slot's own parameters."""
    from counselroom.security import keyfile
    from counselroom.security.keys import argon2id

    with scale_db.working_copy(room) as work:
        session = work.login()
        key = bytes(session.key)
        session.logout()
        slot = next(s for s in keyfile.load(work.installation.keyfile_path).slots if s.kind == "user")
        kdf = []
        for _ in range(runs):
            start = time.perf_counter()
            argon2id(PASSWORD.encode("utf-8"), slot.salt, slot.kdf)
            kdf.append(time.perf_counter() - start)
        return [raw_open(work.installation.db_path, key) for _ in range(runs)], kdf


# -- the child processes -----------------------------------------------------------------------
def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def _to_login_window(room: scale_db.BenchRoom, data: Path):
    """What ``run_gui`` does up to the login window (without the instance lock)."""
    backend = load_keystore(room)
    from PySide6.QtWidgets import QApplication

    from counselroom.services.installation import Installation
    from counselroom.ui import i18n
    from counselroom.ui.app import AppController
    from counselroom.ui.fonts import load_application_font

    app = QApplication.instance() or QApplication(sys.argv[:1])
    load_application_font(app)
    controller = AppController(Installation(data), i18n.install("zh_CN"), backend)
    controller.start()
    app.processEvents()
    assert controller.login_dialog is not None and controller.login_dialog.isVisible()
    return app, controller


def _wait_at_login(app, seconds: float) -> None:
    until = time.perf_counter() + seconds
    while time.perf_counter() < until:
        app.processEvents()
        time.sleep(0.005)


def _log_in_to_today(app, controller, typing_s: float = TYPING_S) -> dict[str, float]:
    """Submit the password in the login dialog after ``typing_s`` at the login window;
    the moments until Today is on screen."""
    from counselroom.ui.app import AppController

    _wait_at_login(app, typing_s)
    marks: dict[str, float] = {}
    open_main = AppController.open_main

    def timed_open_main(self, session, start_page="home"):
        marks["logged_in"] = time.perf_counter()
        open_main(self, session, start_page)

    AppController.open_main = timed_open_main
    dialog = controller.login_dialog
    dialog.username.setText(USERNAME)
    dialog.password.setText(PASSWORD)
    marks["start"] = time.perf_counter()
    dialog.attempt()
    while not _today_shown(controller.main_window):
        app.processEvents()
        time.sleep(0.001)
    app.processEvents()   # the first paint
    marks["today"] = time.perf_counter()
    AppController.open_main = open_main
    return marks


def _today_shown(window) -> bool:
    """The window is on screen with Today, and Today's load (on a worker, where pages load so)
    has been delivered."""
    if window is None or not window.isVisible():
        return False
    page = window.current_page()
    loader = getattr(page, "loader", None)
    return page.key == "home" and page.isVisible() and not (loader is not None and loader.loading)


def child_unlock(room: scale_db.BenchRoom, data: Path, typing_s: float) -> None:
    app, controller = _to_login_window(room, data)
    marks = _log_in_to_today(app, controller, typing_s)
    print(json.dumps({"total": marks["today"] - marks["start"], "login": marks["logged_in"] - marks["start"],
                      "window": marks["today"] - marks["logged_in"]}))
    _leave(app, controller)


def child_cold(room: scale_db.BenchRoom, data: Path, t0: float) -> None:
    app, controller = _to_login_window(room, data)
    print(json.dumps({"cold": time.time() - t0}))
    _leave(app, controller)


def _settle(app) -> None:
    """Every load under way delivered (pages and dialogs load on workers)."""
    from counselroom.ui.workers import wait_for_background

    for _ in range(3):
        wait_for_background()
        app.processEvents()


def child_memory(room: scale_db.BenchRoom, data: Path) -> None:
    """RSS along the issue's walk: every page, a case window, a search, a PDF."""
    steps: list[tuple[str, float]] = []
    app, controller = _to_login_window(room, data)
    steps.append(("login window", rss_mb()))
    _wait_at_login(app, TYPING_S)
    steps.append((f"login window after {TYPING_S} s", rss_mb()))
    _log_in_to_today(app, controller, 0)
    steps.append(("Today shown", rss_mb()))
    window = controller.main_window
    keys = getattr(window, "page_keys", None) or [page.key for page in window.page_list]
    for key in keys:
        window.go_to(key)
        _settle(app)
    steps.append(("after every page", rss_mb()))
    session = controller.ctx.session
    window.go_to("clients")
    window.page("clients").open_case(room.extra_case_id)
    _settle(app)
    steps.append(("a case window", rss_mb()))
    window.go_to("search")
    search = window.page("search")
    search.field.setText(SEARCH_WORDS)
    search.search_now()
    _settle(app)
    steps.append(("a search", rss_mb()))
    from counselroom.services.printing import PrintService

    PrintService(session).case_file(room.extra_client_id, reason="benchmark")
    steps.append(("a PDF (case file)", rss_mb()))
    window.go_to("home")
    _settle(app)
    steps.append(("back on Today", rss_mb()))
    print(json.dumps(steps))
    _leave(app, controller)


def _leave(app, controller) -> None:
    from counselroom.ui.workers import wait_for_background

    wait_for_background()   # a daily backup started by the login finishes before the copy goes
    if controller.main_window is not None:
        controller.main_window.close()
    controller.idle.stop()
    app.processEvents()


def run_child(mode: str, room: scale_db.BenchRoom, *extra: str) -> Any:
    with scale_db.working_copy(room) as work:
        args = [sys.executable, __file__, "--child", mode, str(room.folder), str(work.installation.data_dir),
                *extra]
        out = subprocess.run(args, capture_output=True, text=True)
    if out.returncode:
        raise SystemExit(f"{mode} run failed:\n{out.stderr}")
    return json.loads(out.stdout.strip().splitlines()[-1])


# -- the report --------------------------------------------------------------------------------
def p50_p95(values: list[float]) -> tuple[float, float]:
    ordered = sorted(values)
    return statistics.median(ordered), ordered[round(0.95 * (len(ordered) - 1))]


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        mode, room, data = sys.argv[2], bench_room(Path(sys.argv[3])), Path(sys.argv[4])
        if mode == "unlock":
            child_unlock(room, data, float(sys.argv[5]))
        elif mode == "cold":
            child_cold(room, data, float(sys.argv[5]))
        else:
            child_memory(room, data)
        return
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=50_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--no-memory", action="store_true")
    parser.add_argument("--stale-ok", action="store_true", help="reuse a build of an older demo or schema")
    args = parser.parse_args()

    built = scale_db.ensure(args.clients, args.seed, stale_ok=args.stale_ok)
    print(f"room: {built.describe()}")
    with scale_db.working_copy(built) as base:
        room = logged_in_once(base)
        measure(room, args)


def logged_in_once(base: scale_db.Working) -> scale_db.BenchRoom:
    """The copy every measured run starts from: logged in to once, so a build of an older
    schema is migrated here and not in every measured login, and with the day's backup made
    (the day's first login copies the whole database on a worker, the others do not)."""
    from counselroom.services.backups import BackupService

    session = base.login()
    shutil.rmtree(base.installation.backup_dir, ignore_errors=True)   # a pre-migration copy
    BackupService(session).make_daily_if_due()
    session.logout()
    entries = [[service, user, secret] for (service, user), secret in sorted(base.backend.entries.items())]
    (base.folder / "keyring.json").write_text(json.dumps(entries), "utf-8")
    (base.folder / "build.json").write_text(json.dumps(base.room.info), "utf-8")
    return bench_room(base.folder)


def measure(room: scale_db.BenchRoom, args: argparse.Namespace) -> None:
    raw, kdf = baselines(room, args.runs)
    unlock = [run_child("unlock", room, repr(TYPING_S)) for _ in range(args.runs)]
    at_once = [run_child("unlock", room, "0") for _ in range(args.runs)]
    cold = [run_child("cold", room, repr(time.time()))["cold"] for _ in range(args.runs)]

    raw_s, kdf_s = statistics.median(raw), statistics.median(kdf)
    print(f"\nbaselines (median of {args.runs}): raw keyed open + read {raw_s * 1000:.2f} ms, "
          f"Argon2id {kdf_s * 1000:.0f} ms")
    print(f"{'measure (a fresh process each)':44} {'p50 ms':>8} {'p95 ms':>8} {'x raw open':>11} {'x Argon2id':>11}")
    rows = [("password -> main window with Today shown", [u["total"] for u in unlock]),
            ("  of which login() (Argon2id, open, audit)", [u["login"] for u in unlock]),
            ("  of which main window + Today", [u["window"] for u in unlock]),
            ("  same, password given as the window shows", [u["total"] for u in at_once]),
            ("cold start: process -> login window", cold)]
    for name, values in rows:
        p50, p95 = p50_p95(values)
        print(f"{name:44} {p50 * 1000:8.0f} {p95 * 1000:8.0f} {p50 / raw_s:11,.0f} {p50 / kdf_s:11.1f}")

    if not args.no_memory:
        print("\nGUI memory (RSS of one process)")
        for name, mb in run_child("memory", room):
            print(f"  {name:28} {mb:7.0f} MB")


if __name__ == "__main__":
    main()
