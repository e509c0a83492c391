"""The benchmark installation, built once and reused: demo data at a big school's scale.

    .venv/bin/python bench/scale_db.py [--clients 50000] [--seed 1]   # build (or find) it, print where
    .venv/bin/python bench/scale_db.py --list                          # what the cache holds
    .venv/bin/python bench/scale_db.py --clear                         # delete the cache

Generating 50,000 clients takes minutes, so the finished installation (its data folder,
with the key file, plus the in-memory key-store entries it needs, saved alongside) is kept
under ``$COUNSELROOM_BENCH_CACHE`` or ``~/.cache/counselroom-bench/``, one folder per client
count, seed and *schema key*: a hash of ``services/demo*.py`` and ``storage/migrations/*``,
so a changed demo generator or schema builds afresh. Benchmarks never write into the cache:
they work on a copy (``working_copy``), which also gives every run the same starting point.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import time as clock_time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
import memory_keyring  # noqa: E402 - found through the path set just above

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

    from counselroom.services.installation import Installation
    from counselroom.services.session import Session

PASSWORD = "春眠不觉晓处处闻啼鸟"
USERNAME = "bench"
ROOM_NAME = "基准测试咨询室"
# Bumped when what this module adds to the demo data changes (the extras below).
BUILD_VERSION = 1
# The bench's own client: one case with this many signed visits (the case window, the case file).
EXTRA_VISITS = 100
SCHEMA_SOURCES = ("src/counselroom/services/demo*.py", "src/counselroom/storage/migrations/*")


def cache_root() -> Path:
    configured = os.environ.get("COUNSELROOM_BENCH_CACHE")
    return Path(configured) if configured else Path.home() / ".cache" / "counselroom-bench"


def schema_key() -> str:
    """What invalidates a cached build: the demo generator, the migrations, this module's extras."""
    digest = hashlib.sha256(f"build {BUILD_VERSION}\n".encode())
    for pattern in SCHEMA_SOURCES:
        for path in sorted(ROOT.glob(pattern)):
            if path.is_file() and path.suffix in (".py", ".sql"):
                digest.update(path.relative_to(ROOT).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:12]


@dataclass(frozen=True)
class BenchRoom:
    """A finished build in the cache. Read it, never write into it: use ``working_copy``."""

    folder: Path
    info: dict[str, Any]

    @property
    def data_dir(self) -> Path:
        return self.folder / "data"

    @property
    def clients(self) -> int:
        return int(self.info["clients"])

    @property
    def visits(self) -> int:
        return int(self.info["visits"])

    @property
    def extra_client_id(self) -> int | None:
        value = self.info.get("extra_client_id")
        return int(value) if value is not None else None

    @property
    def extra_case_id(self) -> int | None:
        value = self.info.get("extra_case_id")
        return int(value) if value is not None else None

    def keyring_entries(self) -> dict[tuple[str, str], str]:
        saved = json.loads((self.folder / "keyring.json").read_text("utf-8"))
        return {(service, user): secret for service, user, secret in saved}

    def describe(self) -> str:
        return (f"{self.clients:,} clients, {self.visits:,} visits, seed {self.info['seed']}, "
                f"schema {self.info['schema']}, {self.info['db_mb']:.0f} MB "
                f"(built {self.info['built']} in {self.info['seconds']:.0f} s)")


def _entry_name(clients: int, seed: int, extras: bool, schema: str) -> str:
    return f"c{clients}-s{seed}{'' if extras else '-plain'}-{schema}"


def load(folder: Path) -> BenchRoom:
    """A build named by its folder (one process resolves it, another one uses the same)."""
    room = _load(folder)
    if room is None:
        raise SystemExit(f"no benchmark build in {folder}")
    return room


def _load(folder: Path) -> BenchRoom | None:
    try:
        info = json.loads((folder / "build.json").read_text("utf-8"))
    except (OSError, ValueError):
        return None
    return BenchRoom(folder, info)


def cached_builds() -> list[BenchRoom]:
    root = cache_root()
    found = [_load(p) for p in sorted(root.iterdir())] if root.is_dir() else []
    return [room for room in found if room is not None]


def ensure(clients: int, seed: int = 1, *, extras: bool = True, stale_ok: bool = False,
           log: Callable[[str], None] = print) -> BenchRoom:
    """The cached build for these settings, made now if missing (minutes at 50,000 clients).

    ``stale_ok``: when the schema key changed, reuse the newest build for the same client count
    and seed instead of rebuilding (the login migrates it; the data is the old generator's)."""
    schema = schema_key()
    folder = cache_root() / _entry_name(clients, seed, extras, schema)
    room = _load(folder)
    if room is not None:
        return room
    if stale_ok:
        prefix = _entry_name(clients, seed, extras, "")
        older = [r for r in cached_builds() if r.folder.name.startswith(prefix)
                 and r.folder.name[len(prefix):].isalnum()]
        if older:
            newest = max(older, key=lambda r: r.info["built"])
            log(f"schema changed ({newest.info['schema']} -> {schema}); reusing the stale build as asked")
            return newest
    room = _build(folder, clients, seed, extras, schema, log)
    # Older builds of the same settings are dead weight once a new one exists.
    prefix = _entry_name(clients, seed, extras, "")
    for other in cached_builds():
        name = other.folder.name
        if other.folder != folder and name.startswith(prefix) and name[len(prefix):].isalnum():
            shutil.rmtree(other.folder, ignore_errors=True)
    return room


def _build(folder: Path, clients: int, seed: int, extras: bool, schema: str,
           log: Callable[[str], None]) -> BenchRoom:
    from counselroom.domain.clock import utc_now
    from counselroom.services.demo import generate
    from counselroom.services.installation import Installation
    from counselroom.services.setup import initialize

    folder.parent.mkdir(parents=True, exist_ok=True)
    partial = folder.with_name(folder.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir()
    backend = memory_keyring.install()
    inst = Installation(partial / "data")
    log(f"building the benchmark installation: {clients:,} clients, seed {seed} (schema {schema}) in {folder}")
    start = time.perf_counter()
    session = initialize(inst, room_name=ROOM_NAME, username=USERNAME, display_name="基准",
                         password=PASSWORD, backend=backend).session
    try:
        made = generate(session, clients=clients, seed=seed)
        generated = time.perf_counter() - start
        log(f"  generated {made.clients:,} clients, {made.visits:,} visits in {generated:.0f} s")
        info: dict[str, Any] = {"clients": made.clients, "seed": seed, "schema": schema,
                                "visits": made.visits, "cases": made.cases,
                                "generated_seconds": round(generated, 1)}
        for name in ("crises", "referrals"):
            info[name] = getattr(made, name, None)
        if extras:
            info.update(_add_extras(session))
    finally:
        session.logout()
    flush_key_store()   # the anchor's last move, before the entries are saved
    info["seconds"] = round(time.perf_counter() - start, 1)
    info["built"] = utc_now().isoformat(timespec="seconds")
    info["db_mb"] = inst.db_path.stat().st_size / 2**20
    entries = [[service, user, secret] for (service, user), secret in sorted(backend.entries.items())]
    (partial / "keyring.json").write_text(json.dumps(entries), "utf-8")
    (partial / "build.json").write_text(json.dumps(info, indent=1), "utf-8")
    partial.rename(folder)
    log(f"  done in {info['seconds']:.0f} s, {info['db_mb']:.0f} MB")
    room = _load(folder)
    assert room is not None
    return room


def _add_extras(session: Session) -> dict[str, Any]:
    """The bench's own client, the supervisor's case with EXTRA_VISITS signed visits: what the
    case window, the case-file PDF and "opening a client with many visits" are measured on."""
    from counselroom.domain.cases import CaseDraft, ProblemCategory
    from counselroom.domain.clients import ClientDraft
    from counselroom.domain.visits import VisitContent
    from counselroom.services.cases import CaseService
    from counselroom.services.clients import ClientService
    from counselroom.services.visits import VisitService

    today = session.today()
    client = ClientService(session).register(ClientDraft(name="王䶮", grade="初二", class_name="3班"))
    first = today - timedelta(days=2 * EXTRA_VISITS + 60)
    case = CaseService(session).open(client.id, CaseDraft(first, "考试焦虑", ProblemCategory.EMOTION))
    visits = VisitService(session)
    for n in range(EXTRA_VISITS):
        visit = visits.start(case.id)
        visits.sign(visit.id, VisitContent(
            visit_date=first + timedelta(days=2 * n), start=clock_time(9), end=clock_time(9, 45),
            presenting_issue="考试焦虑", complaint=f"第{n + 1}次：最近考试压力很大，晚上睡不着，担心成绩下滑",
            process="倾听来访者的叙述，共情其感受；进行放松训练，布置呼吸练习作业", assessment="焦虑情绪明显，逐渐好转",
            plan="下周同一时间继续咨询"))
    return {"extra_client_id": client.id, "extra_case_id": case.id}


# -- using a build ----------------------------------------------------------------------------
@dataclass
class Working:
    """A throw-away copy of a build, with the key-store entries it needs in a memory key store."""

    room: BenchRoom
    folder: Path
    installation: Installation
    backend: memory_keyring.MemoryKeyring

    def login(self, backend: KeyringBackend | None = None) -> Session:
        from counselroom.services.auth import login

        return login(self.installation, USERNAME, PASSWORD, backend=backend or self.backend)


@contextlib.contextmanager
def working_copy(room: BenchRoom, parent: Path | None = None) -> Iterator[Working]:
    from counselroom.services.installation import Installation

    folder = Path(tempfile.mkdtemp(prefix="counselroom-bench-", dir=parent))
    try:
        shutil.copytree(room.data_dir, folder / "data")
        backend = memory_keyring.install()
        backend.entries = room.keyring_entries()
        yield Working(room, folder, Installation(folder / "data"), backend)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def flush_key_store() -> None:
    """Wait for the audit anchor's pending moves (written on a thread of their own since issue 15)."""
    try:
        from counselroom.security.anchor import flush_all
    except ImportError:   # an anchor written in the caller's thread: nothing is pending
        return
    flush_all()


def secret_service_missing() -> str | None:
    """Why a real Secret Service cannot be started here (None: it can)."""
    missing = [tool for tool in ("dbus-daemon", "gnome-keyring-daemon") if shutil.which(tool) is None]
    return f"{', '.join(missing)} not installed (Debian: gnome-keyring dbus-daemon)" if missing else None


@contextlib.contextmanager
def real_keyring(entries: dict[tuple[str, str], str]) -> Iterator[KeyringBackend]:
    """gnome-keyring in a private D-Bus session (as CI runs it, tests/secret_service.py) holding
    ``entries``: the installation's key-store entries, now in a real OS key store. Call it after
    the session that used ``entries`` logged out and ``flush_key_store()``; log out the sessions
    that use it inside the block (their last anchor move is waited for before it ends)."""
    from keyring.backends import SecretService
    from secret_service import running_secret_service

    with running_secret_service():
        backend = SecretService.Keyring()
        for (service, user), secret in entries.items():
            backend.set_password(service, user, secret)
        try:
            yield backend
        finally:
            # A move after the daemon stopped would make D-Bus start a locked one of its own.
            flush_key_store()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=50_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--plain", action="store_true", help="without the bench's own client")
    parser.add_argument("--stale-ok", action="store_true", help="reuse a build of an older schema key")
    parser.add_argument("--list", action="store_true")
    parser.add_argument("--clear", action="store_true")
    args = parser.parse_args()
    if args.clear:
        shutil.rmtree(cache_root(), ignore_errors=True)
        print(f"removed {cache_root()}")
        return
    if args.list:
        print(f"{cache_root()} (current schema key {schema_key()})")
        for room in cached_builds():
            print(f"  {room.folder.name}: {room.describe()}")
        return
    room = ensure(args.clients, args.seed, extras=not args.plain, stale_ok=args.stale_ok)
    print(f"{room.folder}: {room.describe()}")


if __name__ == "__main__":
    main()
