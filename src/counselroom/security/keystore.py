"""The operating system's key store (keyring), used only if it is a real one.

Only Windows Credential Manager, the macOS Keychain and the Secret Service
(GNOME Keyring, KWallet) keep a secret bound to this PC and this OS account.
The null and fail backends would lose the device secret, and the keyrings.alt
backends write it to a plain or weakly protected file: both are refused.
Every secret written is read back before it is relied on.
"""

from __future__ import annotations

import base64
import json

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from counselroom.domain.errors import KeystoreError

SERVICE = "CounselRoom"

ACCEPTED_BACKENDS: set[str] = {
    "keyring.backends.Windows.WinVaultKeyring",
    "keyring.backends.macOS.Keyring",
    "keyring.backends.SecretService.Keyring",
    "keyring.backends.libsecret.Keyring",
    "keyring.backends.kwallet.DBusKeyring",
}

DEVICE_SECRET = "device-secret"
AUDIT_ANCHOR = "audit-anchor"
LOGIN_GUARD = "login-guard"


def backend_name(backend: KeyringBackend) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def resolve_backend(backend: KeyringBackend) -> KeyringBackend:
    """Use the strongest member of a chain directly.

    A chain writes to the next backend when the first one fails (a locked
    keyring), which could silently put the device secret into a plain file.
    """
    from keyring.backends import chainer, fail

    if isinstance(backend, chainer.ChainerBackend):
        members = list(backend.backends)
        return members[0] if members else fail.Keyring()
    return backend


def check_backend(backend: KeyringBackend) -> None:
    """Raise :class:`KeystoreError` unless ``backend`` is a real OS key store."""
    from keyring.backends import fail

    backend = resolve_backend(backend)
    if isinstance(backend, fail.Keyring):
        raise KeystoreError("keyring.none")
    name = backend_name(backend)
    if name not in ACCEPTED_BACKENDS:
        raise KeystoreError("keyring.unsafe", backend=name)


def default_backend() -> KeyringBackend:
    return keyring.get_keyring()


class Keystore:
    """Named secrets of one installation in the OS key store."""

    def __init__(self, installation_id: str, backend: KeyringBackend | None = None) -> None:
        self._backend = resolve_backend(backend if backend is not None else default_backend())
        check_backend(self._backend)
        self.installation_id = installation_id

    @property
    def backend(self) -> KeyringBackend:
        return self._backend

    def _user(self, entry: str) -> str:
        return f"{self.installation_id}/{entry}"

    def get(self, entry: str) -> str | None:
        try:
            return self._backend.get_password(SERVICE, self._user(entry))
        except keyring.errors.NoKeyringError as exc:
            raise KeystoreError("keyring.none") from exc
        except keyring.errors.KeyringError as exc:
            raise KeystoreError("keyring.failed", detail=type(exc).__name__) from exc

    def put(self, entry: str, value: str) -> None:
        try:
            self._backend.set_password(SERVICE, self._user(entry), value)
        except keyring.errors.NoKeyringError as exc:
            raise KeystoreError("keyring.none") from exc
        except keyring.errors.KeyringError as exc:
            raise KeystoreError("keyring.failed", detail=type(exc).__name__) from exc
        if self.get(entry) != value:
            raise KeystoreError("keyring.readback_failed")

    def delete(self, entry: str) -> None:
        try:
            self._backend.delete_password(SERVICE, self._user(entry))
        except keyring.errors.PasswordDeleteError:
            pass
        except keyring.errors.KeyringError as exc:
            raise KeystoreError("keyring.failed", detail=type(exc).__name__) from exc

    # -- typed entries -------------------------------------------------------
    def device_secret(self) -> bytes | None:
        text = self.get(DEVICE_SECRET)
        if not text:
            return None
        try:
            secret = base64.b64decode(text, validate=True)
        except ValueError:
            return None
        return secret if len(secret) == 32 else None

    def store_device_secret(self, secret: bytes) -> None:
        self.put(DEVICE_SECRET, base64.b64encode(secret).decode("ascii"))

    def get_json(self, entry: str) -> dict | None:
        text = self.get(entry)
        if not text:
            return None
        try:
            value = json.loads(text)
        except ValueError:
            return None
        return value if isinstance(value, dict) else None

    def put_json(self, entry: str, value: dict) -> None:
        self.put(entry, json.dumps(value, sort_keys=True, separators=(",", ":")))
