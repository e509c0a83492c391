"""The operating system's key store (keyring), used only if it is a real one.

Only Windows Credential Manager, the macOS Keychain and the Secret Service
(GNOME Keyring, KWallet) keep a secret bound to this PC and this OS account.
The null and fail backends would lose the device secret, and the keyrings.alt
backends write it to a plain or weakly protected file: both are refused.
Every secret written is read back before it is relied on.

``keyring`` is imported by the functions that use it, not by this module: importing it
brings urllib, http and email along (about 0.3 s) into every process that merely names a
key store in a type or a constant.
"""

from __future__ import annotations

import base64
import functools
import importlib
import json
from typing import TYPE_CHECKING, Any

from counselroom.domain.errors import KeystoreError

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

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

# Windows Credential Manager's limits (wincred.h), which keyring's WinVaultKeyring meets: the
# secret is stored as UTF-16-LE in a blob of at most 2560 bytes (1280 characters of ASCII);
# the user name is "<installation id>/<entry>"; the target name is the service ("CounselRoom")
# or, once the service holds another entry, "<user name>@<service>". A larger value fails
# there with a pywin32 error while the other key stores take it, so the limits are enforced
# here on every system: what works on the developer's Linux works on the room's Windows PC.
CRED_MAX_CREDENTIAL_BLOB_SIZE = 2560
CRED_MAX_USERNAME_LENGTH = 513
CRED_MAX_GENERIC_TARGET_NAME_LENGTH = 32767


def _utf16_units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def stored_size(value: str) -> int:
    """Bytes ``value`` takes in Windows Credential Manager (UTF-16-LE)."""
    return len(value.encode("utf-16-le"))


def fits(value: str) -> bool:
    """Does ``value`` fit in one Credential Manager entry?"""
    return stored_size(value) <= CRED_MAX_CREDENTIAL_BLOB_SIZE


def check_limits(username: str, value: str) -> None:
    """Raise :class:`KeystoreError` unless the entry fits Windows Credential Manager."""
    if _utf16_units(username) > CRED_MAX_USERNAME_LENGTH:
        raise KeystoreError("keyring.failed", detail=f"entry name longer than {CRED_MAX_USERNAME_LENGTH} characters")
    if _utf16_units(f"{username}@{SERVICE}") > CRED_MAX_GENERIC_TARGET_NAME_LENGTH:
        raise KeystoreError("keyring.failed", detail="entry target name too long")
    if not fits(value):
        raise KeystoreError("keyring.failed", detail=f"value of {username.rsplit('/', 1)[-1]} too large for "
                                                     f"Windows Credential Manager: {stored_size(value)} bytes, "
                                                     f"at most {CRED_MAX_CREDENTIAL_BLOB_SIZE}")


@functools.cache
def _platform_errors() -> tuple[type[BaseException], ...]:
    """What a backend raises besides keyring's own errors: Windows Credential Manager's
    ``pywintypes.error`` (pywin32-ctypes' or pywin32's; not an OSError), e.g. for a value
    it will not store."""
    found: list[type[BaseException]] = [OSError]
    for module in ("win32ctypes.pywin32.pywintypes", "pywintypes"):
        try:
            found.append(importlib.import_module(module).error)
        except Exception:  # noqa: BLE001 - not on this system
            continue
    return tuple(found)


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
    import keyring

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
        from keyring import errors

        try:
            return self._backend.get_password(SERVICE, self._user(entry))
        except errors.NoKeyringError as exc:
            raise KeystoreError("keyring.none") from exc
        except errors.KeyringError as exc:
            raise KeystoreError("keyring.failed", detail=type(exc).__name__) from exc
        except _platform_errors() as exc:
            raise KeystoreError("keyring.failed", detail=type(exc).__name__) from exc

    def put(self, entry: str, value: str) -> None:
        check_limits(self._user(entry), value)
        from keyring import errors

        try:
            self._backend.set_password(SERVICE, self._user(entry), value)
        except errors.NoKeyringError as exc:
            raise KeystoreError("keyring.none") from exc
        except errors.KeyringError as exc:
            raise KeystoreError("keyring.failed", detail=type(exc).__name__) from exc
        except _platform_errors() as exc:
            raise KeystoreError("keyring.failed", detail=type(exc).__name__) from exc
        if self.get(entry) != value:
            raise KeystoreError("keyring.readback_failed")

    def delete(self, entry: str) -> None:
        from keyring import errors

        try:
            self._backend.delete_password(SERVICE, self._user(entry))
        except errors.PasswordDeleteError:
            pass
        except errors.KeyringError as exc:
            raise KeystoreError("keyring.failed", detail=type(exc).__name__) from exc
        except _platform_errors() as exc:
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

    def get_json(self, entry: str) -> dict[str, Any] | None:
        text = self.get(entry)
        if not text:
            return None
        try:
            value = json.loads(text)
        except ValueError:
            return None
        return value if isinstance(value, dict) else None

    def put_json(self, entry: str, value: dict[str, Any]) -> None:
        self.put(entry, json.dumps(value, sort_keys=True, separators=(",", ":")))
