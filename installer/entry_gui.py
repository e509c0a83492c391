"""The frozen build's CounselRoom program: the window (and, from a terminal, every command)."""

import sys

from counselroom.cli import main

sys.exit(main())
