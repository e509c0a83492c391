"""The GUI thread is sacred (issue 15): a page's load runs no SQL on the GUI thread. Every
page reads through ``Page.load`` (ui/page_loader.py): a worker with a read-only connection of
its own gathers, the GUI thread only shows. A stale load is dropped, a lock throws results away,
a slow load shows the busy line."""

from __future__ import annotations

import threading

import pytest

from rooms import SUPERVISOR
from counselroom.ui.main_window import MainWindow

pytestmark = pytest.mark.async_loads


def _settle(qtbot, page) -> None:
    qtbot.waitUntil(lambda: not page.loader.loading, timeout=20000)


@pytest.mark.parametrize("who", [SUPERVISOR, "li", "zhao"])
def test_no_page_runs_sql_on_the_gui_thread_when_it_loads(qtbot, contexts, sql_on_gui_thread, who):
    main = MainWindow(contexts(who), "settings")
    qtbot.addWidget(main)
    offenders: dict[str, list[str]] = {}
    for page in list(main.page_list):
        built = main.page(page.key)
        _settle(qtbot, built)
        sql_on_gui_thread.clear()
        built.refresh()
        _settle(qtbot, built)
        qtbot.wait(1)  # the results are shown
        if sql_on_gui_thread:
            offenders[page.key] = list(sql_on_gui_thread)
    assert offenders == {}


def test_a_stale_load_is_dropped_and_a_lock_throws_results_away(qtbot, contexts):
    main = MainWindow(contexts(SUPERVISOR), "settings")
    qtbot.addWidget(main)
    page = main.page("followups")
    shown: list[str] = []
    gate = threading.Event()

    def slow(_session):
        gate.wait(10)
        return "old"

    page.load(slow, shown.append, slot="test")
    page.load(lambda _session: "new", shown.append, slot="test")
    qtbot.waitUntil(lambda: shown == ["new"], timeout=10000)
    gate.set()
    _settle(qtbot, page)
    assert shown == ["new"]

    gate.clear()
    page.load(slow, shown.append, slot="test")
    main.lock("manual")
    gate.set()
    _settle(qtbot, page)
    assert shown == ["new"]


def test_a_worker_cannot_write_through_its_reader(qtbot, contexts):
    """A read path that writes is a programming fault: it fails loudly (to the crash handler)
    and nothing is written."""
    main = MainWindow(contexts(SUPERVISOR), "settings")
    qtbot.addWidget(main)
    page = main.page("followups")
    session = main.ctx.session

    def write(reader):
        with reader.db.transaction():
            reader.db.execute("INSERT INTO meta VALUES ('written-by-a-reader', 'y')")

    with qtbot.captureExceptions() as raised:
        page.load(write, lambda _r: None, slot="test")
        _settle(qtbot, page)
        qtbot.waitUntil(lambda: bool(raised), timeout=10000)
    assert "readonly" in str(raised[0][1])
    assert session.db.query_one("SELECT 1 FROM meta WHERE key = 'written-by-a-reader'") is None


def test_a_slow_load_shows_the_busy_line(qtbot, contexts):
    main = MainWindow(contexts(SUPERVISOR), "followups")
    qtbot.addWidget(main)
    main.show()
    page = main.page("followups")
    _settle(qtbot, page)
    gate = threading.Event()
    page.load(lambda _s: gate.wait(10), lambda _r: None, slot="test")
    qtbot.waitUntil(page.busy.isVisible, timeout=5000)
    gate.set()
    _settle(qtbot, page)
    assert not page.busy.isVisible()
