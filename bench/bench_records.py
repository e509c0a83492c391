"""Daily-work queries on demo data at scale, as ratios to the raw sqlcipher3 query they need.

    .venv/bin/python bench/bench_records.py [--clients 50000] [--visits-per-client 10]

Default: 50,000 clients and about 500,000 signed visits (ten times a busy room's
ten years); generating them takes a few minutes. Each measurement is the median of
several runs of the service call (permissions, audit and all) next to the median
of the plain SQL it boils down to, on the same encrypted file in the same run.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date, time as clock_time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
import memory_keyring

RUNS = 9
PASSWORD = "春眠不觉晓处处闻啼鸟"


def median_ms(fn, runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=50_000)
    parser.add_argument("--visits-per-client", type=float, default=10.0)
    args = parser.parse_args()

    from counselroom.domain.cases import CaseDraft, ProblemCategory
    from counselroom.domain.clients import ClientDraft, ClientQuery
    from counselroom.domain.visits import VisitContent
    from counselroom.services.auth import login
    from counselroom.services.cases import CaseService
    from counselroom.services.clients import ClientService
    from counselroom.services.demo import generate
    from counselroom.services.installation import Installation
    from counselroom.services.search import SearchService
    from counselroom.services.setup import initialize
    from counselroom.services.visits import VisitService

    memory_keyring.install()
    inst = Installation(Path(tempfile.mkdtemp()) / "data")
    session = initialize(inst, room_name="基准测试咨询室", username="bench", display_name="基准",
                         password=PASSWORD).session
    start = time.perf_counter()
    result = generate(session, clients=args.clients, seed=1, visits_per_client=args.visits_per_client)
    print(f"generated {result.clients:,} clients, {result.visits:,} visits in {time.perf_counter() - start:.0f} s")
    # One client with 100 visits, the supervisor's own case, for "opening a client".
    client = ClientService(session).register(ClientDraft(name="王䶮", grade="初二", class_name="3班"))
    case = CaseService(session).open(client.id, CaseDraft(date(2020, 9, 1), "焦虑", ProblemCategory.EMOTION))
    visits = VisitService(session)
    for n in range(100):
        visit = visits.start(case.id)
        visits.sign(visit.id, VisitContent(visit_date=date(2021, 1, 1), start=clock_time(9), end=clock_time(9, 45),
                                           complaint=f"第{n}次：考试焦虑", process="放松训练",
                                           assessment="好转", plan="继续"))
    draft = visits.start(case.id)
    session.logout()
    session = login(inst, "bench", PASSWORD)
    raw = session.db.conn  # the same keyed connection, without the application around it

    rows = []

    def row(name, service_fn, raw_sql, params=()):
        service = median_ms(service_fn)
        plain = median_ms(lambda: raw.execute(raw_sql, params).fetchall())
        rows.append((name, service, plain))

    row("client filter as you type ('wy')",
        lambda: ClientService(session).search(ClientQuery(text="wy")),
        "SELECT * FROM clients WHERE active = 1 AND (name LIKE ? OR pinyin_keys LIKE ?) "
        "ORDER BY case_no DESC LIMIT 200", ("%wy%", "%wy%"))
    row("client filter ('王')",
        lambda: ClientService(session).search(ClientQuery(text="王")),
        "SELECT * FROM clients WHERE active = 1 AND name LIKE ? ORDER BY case_no DESC LIMIT 200", ("%王%",))
    row("full-text search, 4 characters ('考试焦虑')",
        lambda: SearchService(session).search("考试焦虑", all_cases_reason="benchmark"),
        "SELECT rowid FROM visits_fts WHERE visits_fts MATCH ? LIMIT 200", ('"考试焦虑"',))
    row("full-text search, 2 characters ('焦虑')",
        lambda: SearchService(session).search("焦虑", all_cases_reason="benchmark"),
        "SELECT id FROM visits WHERE complaint LIKE ? OR process LIKE ? OR assessment LIKE ? LIMIT 200",
        ("%焦虑%",) * 3)
    row("opening a client with 100 visits",
        lambda: VisitService(session).for_case(case.id),
        "SELECT * FROM visits WHERE case_id = ? ORDER BY session_no", (case.id,))
    row("saving a visit draft",
        lambda: VisitService(session).save_draft(draft.id, VisitContent(complaint="自动保存的内容")),
        "UPDATE visits SET complaint = ? WHERE id = ?", ("自动保存的内容", draft.id))
    raw.commit() if raw.in_transaction else None

    print(f"\n{'operation':48} {'service ms':>11} {'raw ms':>9} {'ratio':>7}")
    for name, service, plain in rows:
        print(f"{name:48} {service:11.2f} {plain:9.2f} {service / plain:7.1f}x")
    session.logout()


if __name__ == "__main__":
    main()
