"""``admin check`` on a big room, stage by stage, next to what each stage cannot go below.

    .venv/bin/python bench/bench_check.py [--clients 50000] [--seed 1] [--stale-ok] [--runs 1]
    .venv/bin/python bench/bench_check.py --before          # also the code this replaced (chain, tests)
    .venv/bin/python bench/bench_check.py --cache 0,128,256,512   # the structure check per page cache

The room is ``bench/scale_db.py``'s cached build (50,000 clients: 972 MB, 1.53 M audit rows,
455k signed visits), checked on a copy. Stages, each on a connection as the check opens it:

- pages: SQLCipher's ``cipher_integrity_check`` (every page's HMAC), SQLite's ``integrity_check``
  (b-trees, and every index entry against its row) and ``foreign_key_check``. Baselines: HMAC-SHA512
  over every 4 KiB page of the file in one call each (what SQLCipher computes per page) and
  SHA-256 over the whole file: the floor of anything that reads every byte;
- chain: every audit row's HMAC and link. Baselines: raw sqlcipher3 fetching the same rows in one
  cursor, and that fetch plus one HMAC-SHA256 per row in the tightest Python loop;
- records / tests: every signed visit's and test's seal. Baseline: raw sqlcipher3 fetching the rows.
- whole: ``check_records`` as ``admin check`` runs it (Argon2id, login, all of the above once,
  anchor, key slots, the audit row).
"""

from __future__ import annotations

import argparse
import hashlib
import hmac
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
import scale_db

PAGE = 4096


def timed(fn: Callable[[], Any], runs: int) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def raw_connection(db_path: Path, key: bytes, cache_mib: int = 0) -> Any:
    import sqlcipher3

    conn = sqlcipher3.connect(str(db_path))
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    if cache_mib:
        conn.execute(f"PRAGMA cache_size = {-cache_mib * 1024}")
    return conn


def file_floor(db_path: Path) -> tuple[float, float, float]:
    """Seconds for HMAC-SHA512 over every page (one C call each) and SHA-256 over the file; MiB."""
    data = db_path.read_bytes()
    view, key = memoryview(data), b"k" * 64
    start = time.perf_counter()
    for offset in range(0, len(data), PAGE):
        hmac.digest(key, view[offset:offset + PAGE], "sha512")
    pages = time.perf_counter() - start
    start = time.perf_counter()
    hashlib.sha256(data).digest()
    whole = time.perf_counter() - start
    return pages, whole, len(data) / 2**20


def raw_chain(conn: Any, key: bytes) -> tuple[float, float]:
    """Raw fetch of every audit row; the same plus one HMAC per row (no checks)."""
    sql = "SELECT seq, ts, actor_id, actor, action, target, detail, prev_mac, mac FROM audit ORDER BY seq"
    start = time.perf_counter()
    for _ in conn.execute(sql):
        pass
    fetch = time.perf_counter() - start
    keyed = hmac.new(key, digestmod=hashlib.sha256)
    start = time.perf_counter()
    for seq, ts, actor_id, actor, action, target, detail, prev, mac in conn.execute(sql):
        h = keyed.copy()
        h.update("\x1f".join((str(seq), ts, "" if actor_id is None else str(actor_id), actor, action, target,
                              detail, prev)).encode("utf-8"))
        h.hexdigest() == mac  # noqa: B015 - the comparison is the work measured
    return fetch, time.perf_counter() - start


def old_chain(db: Any, key: bytes) -> int:
    """``verify_chain`` as it was: an ``AuditEntry`` per row, its MAC over the parsed entry."""
    from counselroom.security.audit import GENESIS, entry_mac
    from counselroom.storage.audit_repo import AuditRepository

    bad, expected, prev = 0, 1, GENESIS
    for entry in AuditRepository(db).iter_all():
        bad += (entry.seq != expected) + (entry.prev_mac != prev)
        bad += not hmac.compare_digest(entry.mac, entry_mac(key, entry))
        expected, prev = entry.seq + 1, entry.mac
    return bad


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=50_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--stale-ok", action="store_true")
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--before", action="store_true", help="also time the replaced chain and test checks")
    parser.add_argument("--cache", default="", help="page caches (MiB, comma-separated) to time integrity_check with")
    parser.add_argument("--no-whole", action="store_true", help="skip the end-to-end check_records")
    args = parser.parse_args()

    from counselroom.security.audit import verify_chain
    from counselroom.security.keys import audit_key
    from counselroom.services import audit_service
    from counselroom.services.auth import check_records, open_records
    from counselroom.storage.database import Database

    room = scale_db.ensure(args.clients, args.seed, stale_ok=args.stale_ok)
    print(f"{room.describe()}; median of {args.runs} run(s) per row")
    rows: list[tuple[str, float, str]] = []

    def row(name: str, seconds: float, against: str = "") -> None:
        rows.append((name, seconds, against))
        print(f"  {name:<44} {seconds:8.2f} s  {against}", flush=True)

    with scale_db.working_copy(room) as work:
        opened = open_records(work.installation, scale_db.USERNAME, scale_db.PASSWORD, backend=work.backend,
                              migrate_now=False)
        key = opened.key
        opened.db.close()
        db_path = work.installation.db_path

        hmac_pages, sha_file, mib = file_floor(db_path)
        row("floor: HMAC-SHA512 per 4 KiB page, whole file", hmac_pages, f"{mib / hmac_pages:.0f} MiB/s")
        row("floor: SHA-256 over the whole file", sha_file, f"{mib / sha_file:.0f} MiB/s")

        conn = raw_connection(db_path, key)
        cipher, _ = timed(lambda: conn.execute("PRAGMA cipher_integrity_check").fetchall(), args.runs)
        row("raw PRAGMA cipher_integrity_check", cipher, f"{cipher / hmac_pages:.2f}x the page-HMAC floor")
        structure, _ = timed(lambda: conn.execute("PRAGMA integrity_check").fetchall(), args.runs)
        row("raw PRAGMA integrity_check, default 8 MB cache", structure)
        keys_fk, _ = timed(lambda: conn.execute("PRAGMA foreign_key_check").fetchall(), args.runs)
        row("raw PRAGMA foreign_key_check", keys_fk)
        conn.close()
        for mib_cache in [int(m) for m in args.cache.split(",") if m]:
            conn = raw_connection(db_path, key, mib_cache)
            seconds, _ = timed(lambda c=conn: c.execute("PRAGMA integrity_check").fetchall(), args.runs)
            conn.close()
            row(f"raw PRAGMA integrity_check, {mib_cache} MiB cache", seconds, f"{seconds / structure:.2f}x 8 MB")

        db = Database.open_existing(db_path, key)
        try:
            pages, found = timed(lambda: audit_service.page_findings(db), args.runs)
            row(f"check: pages (cache {audit_service.SCAN_CACHE_MIB} MiB)", pages,
                f"{pages / (cipher + structure + keys_fk):.2f}x the three raw PRAGMAs; {len(found)} findings")

            conn = raw_connection(db_path, key)
            fetch, fetch_mac = raw_chain(conn, audit_key(key))
            row("raw: fetch every audit row", fetch)
            row("raw: fetch + HMAC-SHA256 per row, tightest loop", fetch_mac)
            chain, found = timed(lambda: verify_chain(db, audit_key(key)), args.runs)
            row("check: audit chain", chain, f"{chain / fetch_mac:.2f}x fetch+HMAC; {len(found)} findings")
            if args.before:
                before, bad = timed(lambda: old_chain(db, audit_key(key)), 1)
                row("  before: audit chain (AuditEntry per row)", before, f"{before / chain:.1f}x now; {bad} bad")

            start = time.perf_counter()
            for _ in conn.execute("SELECT * FROM visits WHERE +status = 'signed' ORDER BY id"):
                pass
            visits_fetch = time.perf_counter() - start
            row("raw: fetch every signed visit row", visits_fetch)
            records, found = timed(lambda: audit_service.visit_seal_findings(db, key), args.runs)
            row("check: visit record seals", records, f"{records / visits_fetch:.2f}x raw fetch; {len(found)} findings")
            if args.before:
                # The replaced read sorted every signed record for each batch of 500: one batch, times the batches.
                from counselroom.storage import visits_repo

                batches = -(-room.visits // 500)
                one, _ = timed(lambda: db.query_all(f"{visits_repo._SELECT} WHERE v.status = 'signed' AND v.id > ? "
                                                    "ORDER BY v.id LIMIT 500", (room.visits // 2,)), 3)
                row("  before: visit record seals, batch reads alone", one * batches,
                    f"{one * 1000:.0f} ms x {batches} batches; {one * batches / records:.0f}x now")

            start = time.perf_counter()
            for _ in conn.execute("SELECT * FROM test_administrations WHERE +status = 'signed' ORDER BY id"):
                pass
            tests_fetch = time.perf_counter() - start
            conn.close()
            row("raw: fetch every signed test row", tests_fetch)
            tests, found = timed(lambda: audit_service.sealed_test_findings(db, key), args.runs)
            row("check: test seals", tests, f"{tests / tests_fetch:.2f}x raw fetch; {len(found)} findings")
            if args.before:
                from counselroom.services.tests import signed_test_findings

                before, _ = timed(lambda: signed_test_findings(db, key), 1)
                row("  before: test seals (status index, scored)", before, f"{before / tests:.1f}x now")
        finally:
            db.close()

        if not args.no_whole:
            # A stale build migrates (and backs itself up first) at its first login: not the check's time.
            work.login().logout()
            whole, found = timed(lambda: check_records(work.installation, scale_db.USERNAME, scale_db.PASSWORD,
                                                       backend=work.backend), args.runs)
            parts = pages + chain + records + tests
            row("whole: check_records (admin check)", whole,
                f"stages above {parts:.1f} s; {[f.code for f in found]}")
        scale_db.flush_key_store()


if __name__ == "__main__":
    main()
