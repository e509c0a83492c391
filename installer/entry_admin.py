"""The frozen build's counselroom-admin program: the headless commands, with a console."""

import sys

from counselroom.cli import admin_main

sys.exit(admin_main())
