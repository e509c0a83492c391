"""``counselroom`` for the crash tests: the same entry point, except that the export stops for good at a
chosen point, so the test kills the process (SIGKILL) exactly there.

    COUNSELROOM_TEST_PAUSE_AT=verify:1.0   the stage, and how far into it (as reported to the progress)
    COUNSELROOM_TEST_PAUSE_MARKER=FILE     written when the export has got there

Nothing in the application is changed for this: the progress report of ``archive/export.py`` (which
every stage calls, in order) is wrapped here, in the child process only.
"""

import os
import time

import pinned_clock

pinned_clock.install_from_environment()

from counselroom.archive import export as export_mod  # noqa: E402

_stage, _, _within = os.environ["COUNSELROOM_TEST_PAUSE_AT"].partition(":")
_at = float(_within or 0)
_marker = os.environ["COUNSELROOM_TEST_PAUSE_MARKER"]
_report = export_mod._Tracker.report


def _paused_report(self, stage: str, within: float = 0.0) -> None:
    _report(self, stage, within)
    if stage == _stage and within >= _at:
        with open(_marker, "w", encoding="utf-8") as fh:
            fh.write(f"{stage}:{within}")
        while True:
            time.sleep(60)


export_mod._Tracker.report = _paused_report

from counselroom.cli import main  # noqa: E402

raise SystemExit(main())
