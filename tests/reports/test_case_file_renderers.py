"""The quarterly export renders its case files in processes of their own (issue 15, item 7):
the same files in the same order, progress per file done, Stop honoured, nothing on disk, a
failed renderer's files rendered here, and no renderer outlives the export, not even a kill -9
of it."""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import subprocess
import sys
import textwrap
import time
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace
from pathlib import Path

import pytest

from counselroom.archive import export as export_mod
from counselroom.domain.archive import ArchiveError
from counselroom.reports.case_file import CaseRecords, build_case_file
from counselroom.storage.quarter_repo import TableRows
from pdf_helpers import (
    PRINTED_AT,
    ROOM,
    page_texts,
    sample_case,
    sample_client,
    sample_crisis,
    sample_referral,
    sample_visit,
)

FILES = 8


def jobs(count: int = FILES) -> list[export_mod.CaseFileJob]:
    """What the export reads for ``count`` clients: (client id, file name, the case file's records)."""
    out = []
    for n in range(count):
        client = replace(sample_client(), id=100 + n, case_no=f"2026-{n + 1:04d}", name=f"王䶮{n}")
        visits = [sample_visit(v) for v in range(1, 2 + n % 3)]
        cases = [CaseRecords(sample_case(client_id=client.id), "李老师", visits,
                             [sample_crisis()] if n % 2 else [], [sample_referral()] if n % 3 == 0 else [])]
        out.append((client.id, f"case-files/{client.case_no}.pdf",
                    dict(room_name=ROOM, client=client, cases=cases, printed_by="张主任", printed_at=PRINTED_AT,
                         today=PRINTED_AT.date(), lang="zh_CN")))
    return out


class Recording(export_mod._Tracker):
    """A tracker that keeps what it was told: (stage, how far into it)."""

    def __init__(self, cancel=None, on_report=None) -> None:
        super().__init__(None, cancel)
        self.reports: list[tuple[str, float]] = []
        self._on_report = on_report

    def report(self, stage: str, within: float = 0.0) -> None:
        self.reports.append((stage, within))
        super().report(stage, within)
        if self._on_report is not None:
            self._on_report(stage, within)


def case_files(count: int, tracker: export_mod._Tracker | None = None) -> list[tuple[int, str, bytes]]:
    """The export's case-file stage over :func:`jobs` instead of a quarter's records."""
    export_mod._case_file_jobs = lambda *args, **kw: iter(jobs(count))
    clients = TableRows("clients", "", ["id"], [(client_id,) for client_id, _, _ in jobs(count)])
    return export_mod._case_files(None, {"clients": clients}, room_name=ROOM, exported_by="张主任",
                                  exported_at=PRINTED_AT.astimezone(), today=PRINTED_AT.date(), lang="zh_CN",
                                  tracker=tracker or export_mod._Tracker(None, None))


@pytest.fixture(autouse=True)
def _restore_jobs(monkeypatch):
    monkeypatch.setattr(export_mod, "_case_file_jobs", export_mod._case_file_jobs)


def assert_progress_counts_files(tracker: Recording, files: int) -> None:
    """Progress: the share of files done, never back, ending with all of them."""
    assert {stage for stage, _ in tracker.reports} == {"case_files"}
    done = [within * files for _, within in tracker.reports]
    assert done == sorted(done) and done[-1] == files
    assert all(abs(d - round(d)) < 1e-9 for d in done)


def test_renderers_make_the_files_this_process_makes_in_the_same_order(monkeypatch):
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    assert export_mod._renderer_count(FILES) == 2
    tracker = Recording()
    rendered = case_files(FILES, tracker)
    assert [(c, n) for c, n, _ in rendered] == [(c, n) for c, n, _ in jobs()]
    for (_, _, pdf), (_, _, job) in zip(rendered, jobs()):
        assert page_texts(pdf) == page_texts(build_case_file(**job))
    assert multiprocessing.active_children() == []
    assert_progress_counts_files(tracker, FILES)


def test_a_few_files_are_rendered_here():
    tracker = Recording()
    rendered = case_files(export_mod.RENDERERS_FROM - 1, tracker)
    assert [n for _, n, _ in rendered] == [n for _, n, _ in jobs(export_mod.RENDERERS_FROM - 1)]
    assert_progress_counts_files(tracker, export_mod.RENDERERS_FROM - 1)


def test_what_a_failed_renderer_leaves_is_rendered_here(monkeypatch):
    class Failing:
        """Renders two files, then its processes are gone (refused by the system, out of memory)."""

        def __init__(self, count: int) -> None:
            pass

        def __enter__(self):
            return self

        def __exit__(self, *exc) -> None:
            pass

        def render(self, source, tracker, done) -> None:
            for index, job in source:
                if index == 2:
                    raise BrokenProcessPool("a renderer died")
                done(index, build_case_file(**job))

    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    monkeypatch.setattr(export_mod, "_Renderers", Failing)
    tracker = Recording()
    rendered = case_files(FILES, tracker)
    assert [n for _, n, _ in rendered] == [n for _, n, _ in jobs()]
    assert all(pdf.startswith(b"%PDF") for _, _, pdf in rendered)
    assert_progress_counts_files(tracker, FILES)


def test_stop_ends_the_renderers(monkeypatch):
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    tracker = Recording(cancel=lambda: any(within for _, within in tracker.reports))
    with pytest.raises(ArchiveError) as err:
        case_files(12, tracker)
    assert err.value.code == "archive.cancelled"
    assert tracker.reports[-1][1] < 1
    assert multiprocessing.active_children() == []


def test_how_many_renderers(monkeypatch):
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    assert export_mod._renderer_count(export_mod.RENDERERS_FROM - 1) == 0
    assert export_mod._renderer_count(400) == 2
    monkeypatch.setattr(os, "cpu_count", lambda: 1)
    assert export_mod._renderer_count(400) == 0
    monkeypatch.setattr(os, "cpu_count", lambda: 64)
    assert export_mod._renderer_count(400) == export_mod.MAX_RENDERERS


def _child(tmp_path: Path, body: str, env: dict[str, str] | None = None) -> subprocess.Popen:
    """A Python script without an ``if __name__ == "__main__"`` guard, as the tests' launchers are:
    a renderer that ran it again would start renderers of its own and break."""
    script = tmp_path / "unguarded.py"
    script.write_text(textwrap.dedent("""
        import json, multiprocessing, os, signal, stat, sys
        sys.path[:0] = [%r]
        os.cpu_count = lambda: 2
        from counselroom.archive import export as export_mod
        from test_case_file_renderers import Recording, case_files, jobs
    """) % str(Path(__file__).parent) + textwrap.dedent(body), encoding="utf-8")
    return subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, cwd=tmp_path, env=env)


def test_a_launcher_without_a_main_guard_is_not_run_again(tmp_path):
    child = _child(tmp_path, """
        print(json.dumps([name for _, name, _ in case_files(6)]))
    """)
    out, err = child.communicate(timeout=300)
    assert child.returncode == 0, err
    assert json.loads(out) == [name for _, name, _ in jobs(6)]


def test_renderers_write_nothing_to_disk(tmp_path):
    """Records go to the renderers and PDFs come back through pipes: no file is written by the
    exporting process (an audit hook sees every open for writing) or by a renderer (the folders it
    could write to stay empty)."""
    work, tmp, home = (tmp_path / name for name in ("cwd", "tmp", "home"))
    for folder in (work, tmp, home):
        folder.mkdir()
    env = {**os.environ, "TMPDIR": str(tmp), "TEMP": str(tmp), "TMP": str(tmp), "HOME": str(home),
           "PYTHONDONTWRITEBYTECODE": "1"}
    child = _child(work, """
        writes = []

        def hook(event, args):
            if event == "open":
                path, mode, flags = args
                if isinstance(path, int) and stat.S_ISFIFO(os.fstat(path).st_mode):
                    return   # multiprocessing hands each renderer its start-up data through a pipe
                if (mode and any(c in mode for c in "wax+")) or (flags and flags & (
                        os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC)):
                    writes.append(str(path))
            elif event in ("os.mkdir", "os.rename", "os.remove", "shutil.copyfile"):
                writes.append(f"{event}:{args[0]}")

        sys.addaudithook(hook)
        print(json.dumps({"files": len(case_files(6)), "writes": writes}))
    """, env=env)
    out, err = child.communicate(timeout=300)
    assert child.returncode == 0, err
    assert json.loads(out) == {"files": 6, "writes": []}
    (work / "unguarded.py").unlink()
    for folder in (work, tmp, home):
        assert list(folder.iterdir()) == [], folder


@pytest.mark.timeless
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="SIGKILL and /proc: Linux")
def test_renderers_end_when_the_export_is_killed(tmp_path):
    """Killed (SIGKILL) half-way through the case files, as the crash test kills ``admin export``."""
    child = _child(tmp_path, """
        def killed(stage, within):
            if within >= 0.5:
                print(json.dumps([p.pid for p in multiprocessing.active_children()]), flush=True)
                os.kill(os.getpid(), signal.SIGKILL)

        case_files(12, Recording(on_report=killed))
    """)
    try:
        # Not communicate(): a renderer left behind would hold the pipes open (and is what is looked for).
        line = child.stdout.readline()
        child.wait(timeout=300)
        err = "" if child.returncode == -signal.SIGKILL else child.stderr.read()
    finally:
        if child.poll() is None:
            child.kill()
        child.stdout.close()
        child.stderr.close()
    assert child.returncode == -signal.SIGKILL, err
    renderers = json.loads(line)
    assert len(renderers) >= 2
    deadline = time.monotonic() + 60
    while any(_alive(pid) for pid in renderers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(_alive(pid) for pid in renderers)


def _alive(pid: int) -> bool:
    """Whether ``pid`` is a running process (an orphan's zombie is reaped by init, not by us)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
            return fh.read().split()[2] != "Z"
    except FileNotFoundError:
        return False
