"""``python -m counselroom`` for the tests' child processes: the same entry point, on the
clock the suite runs on (``pinned_clock``), which a plain ``-m counselroom`` would not follow."""

import pinned_clock

pinned_clock.install_from_environment()

from counselroom.cli import main  # noqa: E402

raise SystemExit(main())
