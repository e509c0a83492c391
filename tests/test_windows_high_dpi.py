"""At 150 % on a 1920×1080 screen, the usual Windows 10/11 laptop setting (issue 13, item 5).

Qt sees such a screen as 1280×720 logical pixels; the taskbar leaves about 680 of them in
height. The login window and the logged-in main window are started in a child process
(a scale factor cannot change once a QApplication exists) through the real command line,
on an offscreen screen of 1920×1080 device pixels with ``QT_SCALE_FACTOR=1.5``. The child
saves screenshots of the login window and of every page to ``/tmp/dpi150`` to look at.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import pinned_clock

PROBE = Path(__file__).with_name("gui_probe.py")
SHOTS = Path(os.environ.get("COUNSELROOM_DPI_SHOTS", "/tmp/dpi150"))
SCREEN = (1280, 720)              # 1920×1080 at 150 %
USABLE = (1280, 680)              # without the taskbar (48 device pixels = 32, with margin)
PW = "春眠不觉晓处处闻啼鸟"


@pytest.fixture(scope="module")
def at_150(tmp_path_factory) -> dict:
    folder = tmp_path_factory.mktemp("dpi150")
    screens = folder / "screens.json"
    screens.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1920, "height": 1080,
                                                "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = {**os.environ, **pinned_clock.child_environment(),
           "QT_QPA_PLATFORM": f"offscreen:configfile={screens}", "QT_SCALE_FACTOR": "1.5"}
    env.pop("QT_SCREEN_SCALE_FACTORS", None)
    env.pop("QT_AUTO_SCREEN_SCALE_FACTOR", None)
    result = subprocess.run(
        [sys.executable, str(PROBE), "--memory-room", "wanglaoshi", "--login", "wanglaoshi", "--shots", str(SHOTS),
         "--fit", "x".join(map(str, USABLE)), "--", "--lang", "zh_CN", "--data-dir", str(folder / "咨询室 数据")],
        input=PW + "\n", text=True, capture_output=True, env=env, timeout=180)
    assert result.returncode == 0, result.stdout + result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def fits(size, room) -> bool:
    return size[0] <= room[0] and size[1] <= room[1]


def test_the_screen_is_seen_at_150_percent(at_150):
    login = at_150["windows"][0]
    assert login["class"] == "LoginDialog"
    assert login["device_pixel_ratio"] == 1.5 and login["screen"] == list(SCREEN)
    assert (SHOTS / "first-LoginDialog.png").is_file() and (SHOTS / "main-home.png").is_file()


def test_the_login_window_fits(at_150):
    login = at_150["windows"][0]
    assert fits(login["frame"], USABLE) and fits(login["minimum_size_hint"], USABLE)


def test_the_main_window_can_be_made_as_small_as_the_screen(at_150):
    main = at_150["main"]
    assert fits(main["minimum_size"], USABLE)
    assert main["fitted"] == list(USABLE)
    assert len(at_150["pages"]) >= 10                # logged in as the supervisor: every page was shown


def test_the_main_window_opens_within_the_screen_and_no_page_is_squeezed(at_150):
    main = at_150["main"]
    assert fits(main["frame"], USABLE)
    # a page taller than the window scrolls instead of drawing its parts over each other
    squeezed = {key: page for key, page in at_150["pages"].items()
                if page["size"][0] < page["minimum_size_hint"][0] or page["size"][1] < page["minimum_size_hint"][1]}
    assert not squeezed
