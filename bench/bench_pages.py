"""The real main window on the benchmark database, offscreen: log in, click every page, memory.

    .venv/bin/python bench/bench_pages.py [--clients 50000] [--seed 1] [--rounds 7] [--quick]
                                          [--only unlock,pages,memory] [--real-keyring] [--json FILE]

One fresh process (so its memory is the application's): the login window, then the password
typed into the real LoginDialog and its button clicked, until the main window shows Today with
its data; every page clicked in the navigation list, round after round; a case window, a notes
search on the Search page and a case-file PDF; VmRSS at the login window, after the pages and at
the end. Baselines from the same run: a keyed raw sqlcipher3 open, Argon2id alone, and a bare Qt
window switching a QStackedWidget of plain table pages the same way.

A switch counts from the click until the page is done: the event loop idle and no job left
in the global QThreadPool (``ui/workers.py``), so a page that loads off the GUI thread is timed
until its rows arrive. "GUI blocked" is the longest stretch the GUI thread did not return to the
event loop meanwhile (the rule of issue 15: ≤ ~30 ms). The day's backup is made before anything
is timed (the first login of a day also copies the database, on a worker).
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import os
import re
import statistics
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import scale_db

SEARCH_PHRASE = "考试压力"
PARTS = ("unlock", "pages", "memory")


def p50_p95(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _qt_message(_kind, _context, message: str) -> None:
    # The offscreen platform's noise (as in pyproject.toml's list for the tests); the rest is shown.
    if "propagateSizeHints" not in message:
        print(f"qt: {message}", file=sys.stderr)


class Gui:
    """The QApplication, with a settle loop that knows how long the GUI thread was blocked."""

    def __init__(self, lang: str) -> None:
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        from counselroom.ui import i18n
        from counselroom.ui.fonts import load_application_font

        from PySide6.QtCore import qInstallMessageHandler

        self.app = QApplication.instance() or QApplication([sys.argv[0]])
        qInstallMessageHandler(_qt_message)
        self.app.setQuitOnLastWindowClosed(False)
        load_application_font(self.app)
        self.lang = i18n.install(lang)
        self.problems: list[str] = []
        sys.excepthook = self._excepthook
        # A message box nobody answers would stop the run: note what it said and close it.
        self._watchdog = QTimer()
        self._watchdog.setInterval(200)
        self._watchdog.timeout.connect(self.dismiss_boxes)
        self._watchdog.start()

    def _excepthook(self, kind, value, tb) -> None:
        text = "".join(traceback.format_exception_only(kind, value)).strip()
        where = traceback.extract_tb(tb)[-1] if tb else None
        self.problems.append(f"{text}" + (f" ({Path(where.filename).name}:{where.lineno})" if where else ""))
        print(f"bench_pages: unexpected error: {self.problems[-1]}", file=sys.stderr)

    def dismiss_boxes(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        for widget in self.app.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                self.problems.append(f"message box: {widget.text()[:120]!r}")
                widget.reject()

    def settle(self, busy: Callable[[], bool] = lambda: False, timeout: float = 600.0) -> float:
        """Run the event loop until it is idle and no pool job runs; the longest GUI-thread
        stretch in seconds."""
        from PySide6.QtCore import QThreadPool

        pool = QThreadPool.globalInstance()
        deadline = time.perf_counter() + timeout
        longest, idle = 0.0, 0
        while idle < 2:
            start = time.perf_counter()
            self.app.processEvents()
            longest = max(longest, time.perf_counter() - start)
            if pool.activeThreadCount() == 0 and not busy():
                idle += 1
            else:
                idle = 0
                pool.waitForDone(2)
            if time.perf_counter() > deadline:
                raise TimeoutError("the window did not settle")
        return longest

    def click(self, action: Callable[[], None], busy: Callable[[], bool] = lambda: False) -> tuple[float, float]:
        """(seconds until settled, longest GUI-thread stretch) for a click or call on the GUI thread."""
        start = time.perf_counter()
        action()
        first = time.perf_counter() - start
        blocked = self.settle(busy)
        return time.perf_counter() - start, max(first, blocked)


def click_nav(nav, row: int) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    item = nav.item(row)
    nav.scrollToItem(item)
    rect = nav.visualItemRect(item)
    if rect.isValid() and nav.viewport().rect().contains(rect.center()):
        QTest.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
    else:
        nav.setCurrentRow(row)


class Unlocker:
    """The real way in: AppController's login window, the password typed, the button clicked."""

    def __init__(self, gui: Gui, work: scale_db.Working, backend) -> None:
        from counselroom.ui.app import AppController

        self.gui, self.work = gui, work
        self.controller = AppController(work.installation, gui.lang, backend)
        if not self.controller.start():
            raise SystemExit("the login window did not open (key store?)")
        gui.settle()

    def unlock(self) -> tuple[float, float]:
        from PySide6.QtWidgets import QLineEdit, QPushButton

        dialog = self.controller.login_dialog
        assert dialog is not None and dialog.isVisible(), "no login window"
        dialog.findChild(QLineEdit, "username").setText(scale_db.USERNAME)
        dialog.findChild(QLineEdit, "password").setText(scale_db.PASSWORD)
        button = dialog.findChild(QPushButton, "loginButton")

        def opened() -> bool:
            window = self.controller.main_window
            return window is not None and window.isVisible()

        result = self.gui.click(button.click, busy=lambda: not opened())
        if not opened():
            raise RuntimeError("login did not open the main window: " + "; ".join(self.gui.problems[-3:]))
        return result

    def logout(self) -> None:
        self.controller.logout()
        self.gui.settle()
        gc.collect()

    def stop(self) -> None:
        if self.controller.main_window is not None:
            self.controller.main_window.close()
        self.controller.idle.stop()
        if self.controller.login_dialog is not None:
            self.controller.login_dialog.hide()
        self.gui.settle()


def nav_pages(window) -> list[tuple[int, str, str]]:
    from PySide6.QtCore import Qt

    nav = window.nav
    return [(row, nav.item(row).data(Qt.ItemDataRole.UserRole), nav.item(row).text()) for row in range(nav.count())]


def switch_rounds(gui: Gui, window, rounds: int, into: dict[str, dict[str, Any]]) -> None:
    """Every page in navigation order, starting after the current one (a click on the current
    page switches nothing), ``rounds`` times."""
    pages = nav_pages(window)
    for _row, key, title in pages:   # reported in navigation order
        into.setdefault(key, {"title": title, "samples": [], "blocked": []})
    current = window.nav.currentRow()
    pages = pages[current + 1:] + pages[:current + 1]
    for _ in range(rounds):
        for row, key, _title in pages:
            total, blocked = gui.click(lambda row=row: click_nav(window.nav, row))
            entry = into[key]
            entry["samples"].append(total)
            entry["blocked"].append(blocked)


def bare_qt_switch(gui: Gui, size, pages: int, rounds: int) -> list[float]:
    """The floor: the same click on a plain QListWidget driving a QStackedWidget of table pages."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import (
        QHBoxLayout, QLabel, QLineEdit, QListWidget, QMainWindow, QPushButton, QStackedWidget, QTableView,
        QVBoxLayout, QWidget,
    )

    window = QMainWindow()
    central = QWidget()
    row_layout = QHBoxLayout(central)
    nav, stack = QListWidget(), QStackedWidget()
    nav.setFixedWidth(180)
    row_layout.addWidget(nav)
    row_layout.addWidget(stack, 1)
    for n in range(pages):
        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(QLabel(f"第{n + 1}页"))
        column.addWidget(QLineEdit())
        model = QStandardItemModel(200, 8, page)
        for r in range(200):
            for c in range(8):
                model.setItem(r, c, QStandardItem(f"王子涵 {r}-{c} 最近考试压力很大"))
        table = QTableView()
        table.setModel(model)
        column.addWidget(table, 1)
        column.addWidget(QPushButton("新建"))
        stack.addWidget(page)
        nav.addItem(f"第{n + 1}页")
    nav.currentRowChanged.connect(stack.setCurrentIndex)
    window.setCentralWidget(central)
    window.resize(size)
    window.show()
    gui.settle()
    samples = []
    for _ in range(rounds):
        for row in range(pages):
            samples.append(gui.click(lambda row=row: click_nav(nav, row))[0])
    window.close()
    window.deleteLater()
    gui.settle()
    return samples


def raw_baselines(work: scale_db.Working, key: bytes, runs: int) -> dict[str, list[float]]:
    import sqlcipher3

    from counselroom.security import keyfile
    from counselroom.security.keys import argon2id

    opens = []
    for _ in range(runs):
        start = time.perf_counter()
        conn = sqlcipher3.connect(str(work.installation.db_path))
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("SELECT count(*) FROM users").fetchone()
        opens.append(time.perf_counter() - start)
        conn.close()
    slot = next(s for s in keyfile.load(work.installation.keyfile_path).slots if s.kind == "user")
    kdf = []
    for _ in range(runs):
        start = time.perf_counter()
        argon2id(scale_db.PASSWORD.encode("utf-8"), slot.salt, slot.kdf)
        kdf.append(time.perf_counter() - start)
    return {"keyed_open": opens, "argon2id": kdf}


def memory_tour(gui: Gui, window, room: scale_db.BenchRoom, out: dict[str, Any]) -> None:
    """A case window, a notes search on the Search page and a case-file PDF, each timed once."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLineEdit

    from counselroom.services.printing import PrintService

    if room.extra_case_id is not None:
        try:
            out["case_window_s"] = gui.click(lambda: window.open_case(room.extra_case_id))[0]
        except Exception as exc:  # noqa: BLE001 - measure the rest, say what broke
            gui.problems.append(f"case window: {exc!r}")
    search = window.page("search")
    field = search.findChild(QLineEdit, "searchField") if search is not None else None
    if field is not None:
        window.go_to("search")
        gui.settle()
        field.setText(SEARCH_PHRASE)
        out["gui_search_s"] = gui.click(lambda: QTest.keyClick(field, Qt.Key.Key_Return))[0]
    else:
        gui.problems.append("no search field on the Search page")
    if room.extra_client_id is not None:
        try:
            start = time.perf_counter()
            pdf = PrintService(window.ctx.session, gui.lang).case_file(room.extra_client_id)
            out["pdf_s"] = time.perf_counter() - start
            out["pdf_pages"] = len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))
            del pdf
        except Exception as exc:  # noqa: BLE001 - measure the rest, say what broke
            gui.problems.append(f"case-file PDF: {exc!r}")


def run(work: scale_db.Working, args: argparse.Namespace) -> dict[str, Any]:
    from PySide6.QtWidgets import QLineEdit

    from counselroom.services.backups import BackupService

    parts = set(args.only.split(",")) if args.only else set(PARTS)
    gui = Gui(args.lang)
    out: dict[str, Any] = {"room": work.room.describe(), "clients": work.room.clients,
                           "visits": work.room.visits, "lang": gui.lang}
    unlocker = Unlocker(gui, work, work.backend)
    out["rss_start_mb"] = rss_mb()
    # The day's backup copies the whole file on a worker; made now, it is not due while timing.
    session = work.login()
    key = bytes(session.key)
    BackupService(session).make_daily_if_due()
    session.logout()
    out["unlock_first_s"] = unlocker.unlock()[0]
    window = unlocker.controller.main_window
    first_visits: dict[str, dict[str, Any]] = {}
    switch_rounds(gui, window, 1, first_visits)
    out["first_visit"] = first_visits
    out["rss_pages_mb"] = rss_mb()
    if "memory" in parts:
        memory_tour(gui, window, work.room, out)
        gc.collect()
        out["rss_final_mb"] = rss_mb()
        # The switches below start from an empty Search page, as after a login.
        field = window.page("search").findChild(QLineEdit, "searchField") if window.page("search") else None
        if field is not None:
            field.clear()
        for dialog in window.page("clients").case_windows() if window.page("clients") else []:
            dialog.close()
        gui.settle()
    size = window.size()
    if "pages" in parts:
        pages: dict[str, dict[str, Any]] = {}
        switch_rounds(gui, window, args.rounds, pages)
        out["pages"] = pages
        out["locked_meanwhile"] = bool(window.is_locked)
    if "unlock" in parts:
        runs = []
        for _ in range(args.unlock_runs):
            unlocker.logout()
            runs.append(unlocker.unlock()[0])
        out["unlock_s"] = runs
        out.update(raw_baselines(work, key, args.unlock_runs))
    unlocker.stop()
    if "unlock" in parts and args.real_keyring:
        why = scale_db.secret_service_missing()
        if why is not None:
            out["real_keyring_skipped"] = why
        else:
            scale_db.flush_key_store()
            with scale_db.real_keyring(dict(work.backend.entries)) as backend:
                real = Unlocker(gui, work, backend)
                runs = []
                for n in range(args.unlock_runs):
                    if n:
                        real.logout()
                    runs.append(real.unlock()[0])
                real.stop()
                out["unlock_real_s"] = runs
    if "pages" in parts:
        out["bare_qt"] = bare_qt_switch(gui, size, max(len(out.get("pages", {})), 1), args.rounds)
    out["problems"] = gui.problems
    return out


def report(out: dict[str, Any]) -> None:
    ms = 1000
    print(f"\nreal main window, offscreen, {out['room']}")
    if "unlock_s" in out:
        p50, p95 = p50_p95(out["unlock_s"])
        print(f"password -> main window with Today: p50 {p50 * ms:.0f} ms, p95 {p95 * ms:.0f} ms "
              f"(first, cold imports: {out['unlock_first_s'] * ms:.0f} ms); raw keyed open "
              f"{statistics.median(out['keyed_open']) * ms:.2f} ms, Argon2id {statistics.median(out['argon2id']) * ms:.0f} ms")
    if "unlock_real_s" in out:
        p50, p95 = p50_p95(out["unlock_real_s"])
        print(f"  with a real key store (gnome-keyring): p50 {p50 * ms:.0f} ms, p95 {p95 * ms:.0f} ms")
    if "pages" in out:
        bare50, bare95 = p50_p95(out["bare_qt"])
        print(f"\n{'page':<28}{'first':>9}{'p50 ms':>9}{'p95 ms':>9}{'blocked':>9}{'x bare':>8}")
        for key, entry in out["pages"].items():
            p50, p95 = p50_p95(entry["samples"])
            first = out["first_visit"].get(key, {}).get("samples", [float("nan")])[0]
            label = f"{entry['title']} ({key})"
            print(f"{label:<28}{first * ms:>9.0f}{p50 * ms:>9.0f}{p95 * ms:>9.0f}"
                  f"{max(entry['blocked']) * ms:>9.0f}{p50 / bare50:>8.1f}")
        print(f"{'bare Qt QStackedWidget':<28}{'':>9}{bare50 * ms:>9.1f}{bare95 * ms:>9.1f}")
        print("(first: the first visit after login; blocked: longest GUI-thread stretch, any round)")
    if "rss_final_mb" in out or "rss_pages_mb" in out:
        print(f"\nVmRSS: {out['rss_start_mb']:.0f} MB at the login window, {out['rss_pages_mb']:.0f} MB after every "
              f"page" + (f", {out['rss_final_mb']:.0f} MB after a case window, a search and a PDF"
                         if "rss_final_mb" in out else ""))
        for name, label in (("case_window_s", "case window"), ("gui_search_s", f"search '{SEARCH_PHRASE}'"),
                            ("pdf_s", "case-file PDF")):
            if name in out:
                print(f"  {label}: {out[name] * ms:.0f} ms" + (f" ({out['pdf_pages']} pages)" if name == "pdf_s" else ""))
    for problem in out.get("problems", []):
        print(f"problem: {problem}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=None, help="default 50000 (--quick: 5000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--rounds", type=int, default=None, help="rounds over every page (default 7, --quick 3)")
    parser.add_argument("--unlock-runs", type=int, default=None, help="default 7 (--quick 3)")
    parser.add_argument("--only", default="", help=f"comma-separated, of {', '.join(PARTS)}")
    parser.add_argument("--lang", default="zh_CN")
    parser.add_argument("--real-keyring", action="store_true")
    parser.add_argument("--stale-ok", action="store_true", help="reuse a cached build of an older schema key")
    parser.add_argument("--room", type=Path, help="a cached build's folder (bench_scale.py passes the one it uses)")
    parser.add_argument("--json", type=Path, help="also write the samples here (bench_scale.py reads them)")
    args = parser.parse_args(argv)
    args.clients = args.clients or (5000 if args.quick else 50_000)
    args.rounds = args.rounds or (3 if args.quick else 7)
    args.unlock_runs = args.unlock_runs or (3 if args.quick else 7)
    unknown = set(filter(None, args.only.split(","))) - set(PARTS)
    if unknown:
        parser.error(f"unknown --only {', '.join(sorted(unknown))}")
    room = scale_db.load(args.room) if args.room else scale_db.ensure(args.clients, args.seed, stale_ok=args.stale_ok)
    with scale_db.working_copy(room) as work:
        out = run(work, args)
    if args.json:
        args.json.write_text(json.dumps(out), "utf-8")
    report(out)


if __name__ == "__main__":
    main()
