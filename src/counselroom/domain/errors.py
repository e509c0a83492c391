"""Errors that carry a stable code instead of a sentence.

Layers below the UI cannot translate text, so they raise an error with a code
and parameters; the UI (and the command line) turn the code into one sentence
in the user's language.
"""

from __future__ import annotations


class CounselRoomError(Exception):
    """Base error: ``code`` picks the message, ``params`` fill it in."""

    code = "error"

    def __init__(self, code: str | None = None, **params: object) -> None:
        self.code = code or self.code
        self.params = params
        super().__init__(f"{self.code} {params}" if params else self.code)


class ValidationError(CounselRoomError):
    """Bad input for one field; the form shows it next to ``field``."""

    def __init__(self, field: str, code: str, **params: object) -> None:
        self.field = field
        super().__init__(code, **params)


class PermissionDenied(CounselRoomError):
    code = "permission.denied"


class AuthenticationError(CounselRoomError):
    """Wrong password, locked account, waiting period: the login stays closed."""

    code = "auth.failed"


class RecoveryNeeded(CounselRoomError):
    """The records exist but cannot be opened the normal way.

    ``reason`` is one of the values of :class:`counselroom.domain.installation.RecoveryReason`.
    """

    code = "recovery.needed"

    def __init__(self, reason: str, **params: object) -> None:
        self.reason = reason
        super().__init__(f"recovery.{reason}", **params)


class KeystoreError(CounselRoomError):
    """The operating system's key store cannot be used safely."""

    code = "keyring.unavailable"


class StorageError(CounselRoomError):
    code = "storage.failed"


class NotFound(CounselRoomError):
    code = "not_found"
