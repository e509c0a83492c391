"""The GUI in a child process, looked at from inside, for tests that need a fresh QApplication
(another scale factor, another screen) or the real start through the command line.

    python tests/gui_probe.py [--login USER] [--memory-room USER] [--shots DIR] [--fit WxH]
                              -- [counselroom arguments: --data-dir DIR --lang zh_CN …]

Starts ``counselroom.cli.main`` (the ``counselroom`` command) on the tests' clock. When the
first window shows, it is described; with ``--login`` the user name and the password (the
first line of standard input) are typed into the login window and the main window is
described too, every page visited. ``--memory-room`` first sets up a room in the data folder
with an in-memory key store (no Secret Service needed; the password is the same line).
``--fit WxH`` resizes the main window to at most that and reports the size it took. Screenshots
go to ``--shots``. The description is one JSON object on standard output; exit 0, or 3 when
no window showed in time.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import pinned_clock

pinned_clock.install_from_environment()

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QSize, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

TIMEOUT_MS = 60_000


def _size(size: QSize) -> list[int]:
    return [size.width(), size.height()]


def describe(widget: QWidget) -> dict:
    screen = widget.screen()
    return {
        "class": type(widget).__name__, "title": widget.windowTitle(),
        "size": _size(widget.size()), "minimum_size": _size(widget.minimumSize()),
        "minimum_size_hint": _size(widget.minimumSizeHint()), "size_hint": _size(widget.sizeHint()),
        "frame": _size(widget.frameGeometry().size()),
        "screen": _size(screen.availableGeometry().size()) if screen else None,
        "device_pixel_ratio": widget.devicePixelRatioF(),
    }


def visible(class_name: str) -> QWidget | None:
    return next((w for w in QApplication.topLevelWidgets() if w.isVisible() and type(w).__name__ == class_name),
                None)


def settle(ms: int = 150) -> None:
    timer = QElapsedTimer()
    timer.start()
    while timer.elapsed() < ms:
        QCoreApplication.processEvents()


def shoot(widget: QWidget, shots: Path | None, name: str) -> None:
    if shots is not None:
        shots.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(shots / f"{name}.png"))


class Probe:
    def __init__(self, options: argparse.Namespace, password: str) -> None:
        self.options = options
        self.password = password
        self.report: dict = {"windows": []}
        self.shots = Path(options.shots) if options.shots else None
        self.clock = QElapsedTimer()
        self.clock.start()
        self.stage = "first"
        self.timer = QTimer()
        self.timer.timeout.connect(self.tick)
        self.timer.start(50)

    def finish(self, code: int = 0) -> None:
        self.timer.stop()
        self.report["ok"] = code == 0
        print(json.dumps(self.report, ensure_ascii=False), flush=True)
        for widget in QApplication.topLevelWidgets():
            widget.hide()
        QApplication.instance().exit(code)

    def tick(self) -> None:
        if self.clock.elapsed() > TIMEOUT_MS:
            self.report["timeout_in"] = self.stage
            self.finish(3)
            return
        if self.stage == "first":
            shown = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.windowTitle()]
            if not shown:
                return
            settle()
            for widget in shown:
                self.report["windows"].append(describe(widget))
                shoot(widget, self.shots, f"first-{type(widget).__name__}")
            dialog = visible("LoginDialog")
            if not self.options.login or dialog is None:
                self.finish()
                return
            dialog.username.setText(self.options.login)
            dialog.password.setText(self.password)
            dialog.login_button.click()
            self.stage = "login"
        elif self.stage == "login":
            window = visible("MainWindow")
            if window is None:
                dialog = visible("LoginDialog")
                if dialog is not None and dialog.login_button.isEnabled() and dialog.form.error_for("password").text():
                    self.report["login_error"] = dialog.form.error_for("password").text()
                    self.finish(4)
                return
            self.timer.stop()
            self.main_window(window)
            self.finish()

    def main_window(self, window) -> None:
        settle(300)
        self.report["main"] = describe(window)
        if self.options.fit:
            width, height = (int(v) for v in self.options.fit.lower().split("x"))
            window.resize(width, height)
            settle()
            self.report["main"]["fitted"] = _size(window.size())
        pages = {}
        for page in window.page_list:
            window.go_to(page.key)
            settle()
            pages[page.key] = {"title": page.title(), "minimum_size_hint": _size(page.minimumSizeHint()),
                               "size": _size(page.size())}
            shoot(window, self.shots, f"main-{page.key}")
        self.report["pages"] = pages
        self.report["main"]["minimum_size_hint_all_pages"] = _size(window.minimumSizeHint())


def main() -> int:
    argv = sys.argv[1:]
    split = argv.index("--") if "--" in argv else len(argv)
    parser = argparse.ArgumentParser()
    parser.add_argument("--login")
    parser.add_argument("--memory-room")
    parser.add_argument("--shots")
    parser.add_argument("--fit")
    options = parser.parse_args(argv[:split])
    app_args = argv[split + 1:]
    password = sys.stdin.readline().rstrip("\n") if (options.login or options.memory_room) else ""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    if options.memory_room:
        import memory_keyring
        from counselroom.services.installation import Installation
        from counselroom.services.setup import initialize

        memory_keyring.install()
        data_dir = Path(app_args[app_args.index("--data-dir") + 1])
        initialize(Installation(data_dir), room_name="䶮山中学心理辅导室", username=options.memory_room,
                   display_name="王老师", password=password).session.logout()
    probe = Probe(options, password)  # noqa: F841 - kept alive while the event loop runs
    from counselroom.cli import main as counselroom

    code = counselroom(app_args)
    del app
    return code


if __name__ == "__main__":
    raise SystemExit(main())
