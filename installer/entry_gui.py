"""The frozen build's CounselRoom program: the window (and, from a terminal, every command)."""

import multiprocessing
import sys

from counselroom.cli import main

# A process this program starts for itself (the archive export's case-file renderers) is this
# program again: freeze_support() makes it that worker instead of the application.
multiprocessing.freeze_support()
sys.exit(main())
