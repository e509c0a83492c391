"""A real Secret Service for tests: gnome-keyring in a private D-Bus session.

Started by the tests themselves so the README's single test command covers it.
Missing tools skip these tests on a developer machine but fail them in CI
(``CI=true``), where ``.ci/run`` installs them.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import time
from contextlib import contextmanager

import pytest


def require_tool(tool: str, package: str) -> str:
    """The path of a system program the tests need: missing, it skips a test on a developer's
    machine and fails it in CI (``CI=true``), where ``.ci/run`` installs it."""
    path = shutil.which(tool)
    if path is None:
        message = f"{tool} not installed (Debian: {package})"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


def _require(tool: str) -> str:
    return require_tool(tool, "gnome-keyring dbus-daemon")


@contextmanager
def running_secret_service():
    dbus = _require("dbus-daemon")
    gkd = _require("gnome-keyring-daemon")
    home = tempfile.mkdtemp(prefix="cr-keyring-home-")
    bus = subprocess.Popen([dbus, "--session", "--nofork", "--print-address=1"],
                           stdout=subprocess.PIPE, text=True)
    address = bus.stdout.readline().strip()
    env = {**os.environ, "HOME": home, "DBUS_SESSION_BUS_ADDRESS": address,
           "XDG_RUNTIME_DIR": home, "XDG_DATA_HOME": os.path.join(home, "share")}
    keyring_proc = subprocess.Popen([gkd, "--unlock", "--components=secrets", "--foreground"],
                                    stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                    stderr=subprocess.DEVNULL, env=env, text=True)
    keyring_proc.stdin.write("ci-pass")
    keyring_proc.stdin.close()
    control = keyring_proc.stdout.readline().strip()
    if control.startswith("GNOME_KEYRING_CONTROL="):
        env["GNOME_KEYRING_CONTROL"] = control.split("=", 1)[1]
    saved = {k: os.environ.get(k) for k in ("DBUS_SESSION_BUS_ADDRESS", "GNOME_KEYRING_CONTROL")}
    os.environ["DBUS_SESSION_BUS_ADDRESS"] = address
    if "GNOME_KEYRING_CONTROL" in env:
        os.environ["GNOME_KEYRING_CONTROL"] = env["GNOME_KEYRING_CONTROL"]
    try:
        _wait_ready()
        yield env
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        for proc in (keyring_proc, bus):
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                proc.kill()
        shutil.rmtree(home, ignore_errors=True)


def _wait_ready() -> None:
    from keyring.backends import SecretService

    deadline = time.monotonic() + 10
    while True:
        try:
            backend = SecretService.Keyring()
            backend.set_password("cr-probe", "probe", "1")
            if backend.get_password("cr-probe", "probe") == "1":
                return
        except Exception:
            if time.monotonic() > deadline:
                raise
        time.sleep(0.1)
