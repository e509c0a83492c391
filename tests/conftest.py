"""Shared fixtures: an in-memory OS key store, a data folder, a set-up installation.

Only fixtures live here; what test modules import (names, passwords, Room, Staff) is in rooms.py,
because tests/ui/conftest.py is also imported as ``conftest`` and would be the one they got."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring
import pytest

from PySide6.QtWidgets import QApplication

import pinned_clock
from counselroom.security import keystore as keystore_mod
from counselroom.security.anchor import flush_all
from memory_keyring import MEMORY_BACKEND, MemoryKeyring
from counselroom.services.installation import Installation
from counselroom.services.setup import initialize
from counselroom.ui.page_loader import PageLoader
from rooms import ROOM, STAFF_PW, SUPERVISOR, SUPERVISOR_PW, Room, Staff

# One QApplication for the whole run, made before any command-line test could
# make a bare QCoreApplication that widgets cannot use.
_APP = QApplication.instance() or QApplication(["counselroom-tests"])

# Installed before any test module is imported, so what they compute at import
# (e.g. "next Monday") already follows the chosen moment.
PINNED = pinned_clock.install_from_environment()


def pytest_report_header(config):
    if PINNED is not None:
        return f"application clock: each test starts at {PINNED.start.astimezone():%Y-%m-%d %H:%M %Z} " \
               f"({pinned_clock.VARIABLE})"
    return "application clock: the real one"


@pytest.fixture(autouse=True)
def _test_starts_at_the_pinned_moment():
    if PINNED is not None:
        PINNED.restart()


@pytest.fixture(autouse=True)
def _a_printer_is_installed(monkeypatch):
    """The test machines have no printer, and with none the print dialog is not even shown.

    Tests that print replace the dialog's exec and send the pages to a PDF file; a test about
    a computer without any printer sets ``printing.installed_printers`` back to an empty list.
    Qt's PDF output is what the application refuses as "print to file", so it counts as paper
    here; tests about print-to-file put the real ``printing._qt_writes_file`` back."""
    from counselroom.ui import printing

    monkeypatch.setattr(printing, "installed_printers", lambda: ["Test printer"])
    monkeypatch.setattr(printing, "_qt_writes_file", lambda printer: False)


@pytest.fixture(autouse=True)
def loads_in_place(request, monkeypatch):
    """Pages gather on a worker thread with a read-only connection of their own, as in the
    application, but a test waits for the result before ``refresh()`` returns, so it can look
    at the page at once. ``@pytest.mark.async_loads`` keeps loads asynchronous (tests of the
    loader itself: stale results, locking, the busy line, the GUI thread kept free)."""
    if request.node.get_closest_marker("async_loads"):
        yield
        return
    from concurrent.futures import ThreadPoolExecutor

    worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="page-load")

    def submit_and_wait(self, load):
        try:
            result = worker.submit(load.work).result()
        except BaseException as exc:  # noqa: BLE001 - delivered as the application would
            self._failed(load, exc)
        else:
            self._done(load, result)

    monkeypatch.setattr(PageLoader, "_submit", submit_and_wait)
    yield
    worker.shutdown()


@pytest.fixture
def memory_keyring(monkeypatch) -> MemoryKeyring:
    backend = MemoryKeyring()
    monkeypatch.setattr(keystore_mod, "ACCEPTED_BACKENDS",
                        keystore_mod.ACCEPTED_BACKENDS | {MEMORY_BACKEND})
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    flush_all()
    keyring.set_keyring(previous)


@pytest.fixture
def inst(tmp_path) -> Installation:
    return Installation(tmp_path / "data")


@pytest.fixture(scope="session")
def _room_template(tmp_path_factory) -> Room:
    """Set up once: a fresh ``initialize()`` costs 0.2 s, and over a hundred tests start from one."""
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keystore_mod.ACCEPTED_BACKENDS.add(MEMORY_BACKEND)
    keyring.set_keyring(backend)
    try:
        inst = Installation(tmp_path_factory.mktemp("room") / "data")
        result = initialize(inst, room_name=ROOM, username=SUPERVISOR, display_name="王老师",
                            password=SUPERVISOR_PW)
        result.session.logout()
        flush_all()
    finally:
        keyring.set_keyring(previous)
        keystore_mod.ACCEPTED_BACKENDS.discard(MEMORY_BACKEND)
    return Room(inst, backend, result.recovery_groups)


@pytest.fixture
def room(_room_template, inst, memory_keyring) -> Room:
    """A freshly set-up installation (session closed): a copy of the template in this test's folder
    and key store."""
    import shutil

    shutil.copytree(_room_template.inst.data_dir, inst.data_dir, dirs_exist_ok=True)
    memory_keyring.entries.update(_room_template.backend.entries)
    return Room(inst, memory_keyring, _room_template.recovery_groups)


@pytest.fixture(scope="session")
def secret_service_env():
    from secret_service import running_secret_service

    with running_secret_service() as env:
        yield env
        # No anchor write may reach for a key store that is about to stop (D-Bus would start another).
        flush_all()


@pytest.fixture
def secret_service(secret_service_env):
    """A real Secret Service backend (gnome-keyring), not in the accepted set by monkeypatch."""
    from keyring.backends import SecretService

    backend = SecretService.Keyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    flush_all()
    keyring.set_keyring(previous)


def _build_staff(room: Room) -> dict[str, int]:
    from counselroom.domain.accounts import Role
    from counselroom.services.accounts import AccountService
    from counselroom.services.auth import login

    session = login(room.inst, SUPERVISOR, SUPERVISOR_PW)
    accounts = AccountService(session)
    created = {}
    for name, display, role in (("li", "李老师", Role.COUNSELLOR), ("zhou", "周老师", Role.COUNSELLOR),
                                ("zhao", "赵助理", Role.ASSISTANT)):
        user, otp = accounts.create(username=name, display_name=display, role=role)
        created[name] = (user.id, otp)
    ids = {SUPERVISOR: session.user.id, **{k: v[0] for k, v in created.items()}}
    session.logout()
    for name, (_, otp) in created.items():
        s = login(room.inst, name, otp)
        AccountService(s).change_own_password(otp, STAFF_PW)
        s.logout()
    return ids


@pytest.fixture(scope="session")
def _staff_template(tmp_path_factory):
    """Built once: creating four accounts costs a dozen 64 MiB key derivations."""
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keystore_mod.ACCEPTED_BACKENDS.add(MEMORY_BACKEND)
    keyring.set_keyring(backend)
    try:
        inst = Installation(tmp_path_factory.mktemp("staff") / "data")
        result = initialize(inst, room_name=ROOM, username=SUPERVISOR, display_name="王老师",
                            password=SUPERVISOR_PW)
        result.session.logout()
        room = Room(inst, backend, result.recovery_groups)
        ids = _build_staff(room)
        # Every test copies these entries: the anchor is written before they are read.
        flush_all()
    finally:
        keyring.set_keyring(previous)
        keystore_mod.ACCEPTED_BACKENDS.discard(MEMORY_BACKEND)
    return room, ids


@pytest.fixture
def staff(_staff_template, tmp_path, memory_keyring) -> Staff:
    """A copy of the template room in this test's own folder and key store."""
    import shutil

    template, ids = _staff_template
    inst = Installation(tmp_path / "staff-data")
    shutil.copytree(template.inst.data_dir, inst.data_dir)
    memory_keyring.entries.update(template.backend.entries)
    return Staff(Room(inst, memory_keyring, template.recovery_groups), ids)
