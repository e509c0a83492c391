"""Re-run the login-guard attacks of issue 12 (items 3 and 10) against a real Secret Service.

    .venv/bin/python bench/attack_login_guard.py [--names 500] [--tries 5] [--cheap-kdf]

Starts gnome-keyring in a private D-Bus session (as the tests do; needs the Debian
packages gnome-keyring and dbus-daemon), sets up a throw-away room and reports:

1. timing: a wrong password for an existing name against an unknown name (medians);
2. item 3: 20 wrong passwords lock "li"; the key-store item ``login-guard`` is deleted;
   is li still locked, and what does the supervisor's next login write and report?
3. item 10: wrong passwords under N different names (the clock is moved on past each
   installation-wide wait): how often was an attempt made to wait, how big are the two
   copies of the guard, how long does the next real login take and how many audit rows
   does it write?

``--cheap-kdf`` swaps Argon2id for an 8 KiB one (the spray then takes seconds, not
minutes; the timing comparison is then meaningless). Not part of the test suite.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

SUPERVISOR, SUPERVISOR_PW = "wanglaoshi", "春眠不觉晓处处闻啼鸟"
COUNSELLOR_PW = "秋风萧瑟天气凉草木摇落"


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 23, 8, 0, tzinfo=timezone.utc)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--names", type=int, default=500)
    parser.add_argument("--tries", type=int, default=5)
    parser.add_argument("--cheap-kdf", action="store_true")
    args = parser.parse_args()

    from secret_service import running_secret_service

    with running_secret_service():
        return run(args)


def run(args) -> int:
    import keyring
    from keyring.backends import SecretService

    from counselroom.domain.accounts import LOCK_AFTER, Role
    from counselroom.domain.audit import Action, AuditFilter
    from counselroom.domain.errors import AuthenticationError
    from counselroom.security import keys
    from counselroom.security.keyfile import load as load_keyfile
    from counselroom.security.keystore import AUDIT_ANCHOR, LOGIN_GUARD, SERVICE, Keystore
    from counselroom.security.login_guard import guard_path
    from counselroom.services.accounts import AccountService
    from counselroom.services.audit_service import AuditService
    from counselroom.services.auth import login
    from counselroom.services.installation import Installation
    from counselroom.services.setup import initialize
    from counselroom.storage.users_repo import UserRepository

    if args.cheap_kdf:
        from argon2.low_level import Type, hash_secret_raw

        keys.argon2id = lambda secret, salt, params: hash_secret_raw(
            secret, salt, time_cost=1, memory_cost=8, parallelism=1, hash_len=keys.KEY_BYTES, type=Type.ID)

    backend = SecretService.Keyring()
    keyring.set_keyring(backend)
    clock = Clock()
    inst = Installation(Path(tempfile.mkdtemp(prefix="cr-guard-attack-")) / "data")
    result = initialize(inst, room_name="䶮山中学心理辅导室", username=SUPERVISOR, display_name="王老师",
                        password=SUPERVISOR_PW, clock=clock)
    _, otp = AccountService(result.session).create(username="li", display_name="李老师", role=Role.COUNSELLOR)
    result.session.logout()
    session = login(inst, "li", otp, clock=clock)
    AccountService(session).change_own_password(otp, COUNSELLOR_PW)
    session.logout()
    entry = f"{load_keyfile(inst.keyfile_path).installation_id}/{LOGIN_GUARD}"

    def attempt(name: str, password: str, step: float = 400) -> tuple[str, float]:
        clock.advance(step)
        start = time.perf_counter()
        try:
            login(inst, name, password, clock=clock).logout()
            code = "ok"
        except AuthenticationError as exc:
            code = exc.code
        return code, time.perf_counter() - start

    def audit_head() -> int:
        return int(Keystore(load_keyfile(inst.keyfile_path).installation_id).get_json(AUDIT_ANCHOR)["seq"])

    print("1. timing (wrong password for an existing name vs an unknown name)")
    known, unknown = [], []
    for i in range(args.tries):
        known.append(attempt(SUPERVISOR, "not the password")[1])
        unknown.append(attempt(f"zhang{i}", "not the password")[1])
    k, u = statistics.median(known), statistics.median(unknown)
    print(f"   existing {k:.3f} s, unknown {u:.3f} s, ratio {u / k:.2f}  (before the fix: 0.29 s vs 0.10 s)")
    clock.advance(3600)
    login(inst, SUPERVISOR, SUPERVISOR_PW, clock=clock).logout()

    print("2. lockout, then the key-store item deleted")
    codes = [attempt("li", f"wrong {i}")[0] for i in range(LOCK_AFTER)]
    backend.delete_password(SERVICE, entry)
    code, _ = attempt("li", COUNSELLOR_PW, step=86400)
    print(f"   last wrong password: {codes[-1]}; right password after deleting the item: {code}")
    head = audit_head()
    session = login(inst, SUPERVISOR, SUPERVISOR_PW, clock=clock)
    new = [e for e in AuditService(session).search(AuditFilter(limit=5000)) if e.seq > head]
    failed = sum(1 for e in new if e.action == Action.LOGIN_FAILED.value and e.detail.get("username") == "li")
    print(f"   supervisor's login: {failed} login.failed rows for li, findings {[f.code for f in session.findings]}, "
          f"li locked in the database: {UserRepository(session.db).by_username('li').locked}")
    session.logout()

    print(f"3. {args.names} different user names")
    waited = 0
    start = time.perf_counter()
    for i in range(args.names):
        while True:
            code, _ = attempt(f"guess{i:04d}", "some password", step=1)
            if code != "auth.wait_all":
                break
            waited += 1
            clock.advance(60)
    spray = time.perf_counter() - start
    stored = backend.get_password(SERVICE, entry) or ""
    print(f"   {spray:.1f} s; {waited} attempts were told to wait; key-store item {len(stored)} bytes, "
          f"file {guard_path(inst.data_dir).stat().st_size} bytes (before the fix: 57 KB)")
    clock.advance(61)
    head = audit_head()
    start = time.perf_counter()
    session = login(inst, SUPERVISOR, SUPERVISOR_PW, clock=clock)
    elapsed = time.perf_counter() - start
    new = [e for e in AuditService(session).search(AuditFilter(limit=5000)) if e.seq > head]
    failed = [e for e in new if e.action == Action.LOGIN_FAILED.value]
    counted = sum(e.detail.get("failed_attempts", 1) for e in failed)
    print(f"   next login {elapsed:.2f} s, {len(new)} audit rows ({len(failed)} login.failed counting {counted} "
          f"attempts)  (before the fix: 50 s and 500 rows)")
    session.logout()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
