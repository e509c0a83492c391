"""A dict standing in for the OS key store (the true edge of the system).

Used by the tests, the benchmarks and the screenshot script; never by the
application, whose key store accepts only real OS backends.
"""

from __future__ import annotations

import keyring.errors
from keyring.backend import KeyringBackend


class MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.entries.get((service, username))

    def set_password(self, service, username, password):
        self.entries[(service, username)] = password

    def delete_password(self, service, username):
        if (service, username) not in self.entries:
            raise keyring.errors.PasswordDeleteError(username)
        del self.entries[(service, username)]


MEMORY_BACKEND = f"{MemoryKeyring.__module__}.{MemoryKeyring.__qualname__}"


def install() -> MemoryKeyring:
    """Outside pytest: accept and select a fresh in-memory store for this process."""
    import keyring

    from counselroom.security import keystore

    keystore.ACCEPTED_BACKENDS.add(MEMORY_BACKEND)
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend
