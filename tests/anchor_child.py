"""A session that audits rows and then ends without logging out, for the anchor tests:

    anchor_child.py DATA_DIR USER ROWS exit|hang

``exit`` returns from the script (the interpreter's exit handlers run); ``hang`` writes
``committed <seq>`` to stdout and waits to be killed (SIGKILL) before the anchor's interval
is over. The password is read from stdin. Nothing in the application is changed.
"""

import sys
import time
from pathlib import Path

import pinned_clock

pinned_clock.install_from_environment()

from counselroom.domain.clients import ClientDraft, ClientType, Gender  # noqa: E402
from counselroom.services.auth import login  # noqa: E402
from counselroom.services.clients import ClientService  # noqa: E402
from counselroom.services.installation import Installation  # noqa: E402
from counselroom.storage.audit_repo import AuditRepository  # noqa: E402

data, user, rows, mode = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
session = login(Installation(Path(data)), user, sys.stdin.readline().rstrip("\n"))
clients = ClientService(session)
for number in range(rows):
    clients.register(ClientDraft(name=f"来访者{number}", gender=Gender.FEMALE, client_type=ClientType.STUDENT,
                                 grade="初一", class_name="1班"))
head = AuditRepository(session.db).head()
print(f"committed {head.seq if head else 0}", flush=True)
if mode == "hang":
    time.sleep(600)
