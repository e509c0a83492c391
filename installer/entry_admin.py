"""The frozen build's counselroom-admin program: the headless commands, with a console."""

import multiprocessing
import sys

from counselroom.cli import admin_main

# A process this program starts for itself (the archive export's case-file renderers) is this
# program again: freeze_support() makes it that worker instead of the application.
multiprocessing.freeze_support()
sys.exit(admin_main())
