"""The key-slot sidecar file next to the database.

It holds no secret in the clear: only the database key K wrapped once per
account and once for the recovery code, plus the database file's salt so a
database from another installation is recognised before anyone types a
password. It is replaced atomically and a previous copy is kept, because
losing it means only the recovery code can help.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import unicodedata
import uuid
from dataclasses import dataclass, field, replace
from pathlib import Path

from counselroom.domain.errors import RecoveryNeeded
from counselroom.domain.installation import RecoveryReason
from counselroom.security.keys import (
    DEFAULT_KDF, KdfParams, WrongSecret, random_salt, recovery_wrapping_key, seal, unseal,
    user_wrapping_key,
)

KEYFILE_NAME = "counselroom.keys"
FORMAT = "counselroom-keyslots"
VERSION = 1


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass(frozen=True)
class Slot:
    id: str
    kind: str                 # "user" or "recovery"
    owner: str | None         # owner_tag() of the account; None for the recovery slot
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    ciphertext: bytes

    def to_json(self) -> dict:
        return {"id": self.id, "kind": self.kind, "owner": self.owner,
                "kdf": self.kdf.as_dict(), "salt": _b64(self.salt),
                "nonce": _b64(self.nonce), "ct": _b64(self.ciphertext)}

    @classmethod
    def from_json(cls, data: dict) -> "Slot":
        if data["kind"] not in ("user", "recovery"):
            raise ValueError("unknown slot kind")
        return cls(id=str(data["id"]), kind=data["kind"], owner=data.get("owner"),
                   kdf=KdfParams.from_dict(data["kdf"]), salt=_unb64(data["salt"]),
                   nonce=_unb64(data["nonce"]), ciphertext=_unb64(data["ct"]))


def owner_tag(installation_id: str, username: str) -> str:
    """Slots name their account by a keyed hash, so the file shows no user names."""
    name = unicodedata.normalize("NFC", username.strip()).casefold()
    return hmac.new(installation_id.encode("utf-8"), name.encode("utf-8"), hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class KeyFile:
    installation_id: str
    db_salt: bytes
    slots: tuple[Slot, ...] = field(default_factory=tuple)

    def _aad(self, slot_id: str, kind: str, owner: str | None) -> bytes:
        return f"{FORMAT}|{self.installation_id}|{kind}|{slot_id}|{owner or ''}".encode("utf-8")

    def _owner(self, username: str) -> str:
        return owner_tag(self.installation_id, username)

    # -- looking up ----------------------------------------------------------
    def user_slot(self, username: str) -> Slot | None:
        owner = self._owner(username)
        return next((s for s in self.slots if s.kind == "user" and s.owner == owner), None)

    def recovery_slot(self) -> Slot | None:
        return next((s for s in self.slots if s.kind == "recovery"), None)

    # -- opening -------------------------------------------------------------
    def open_user_slot(self, username: str, password: str, device_secret: bytes) -> bytes:
        slot = self.user_slot(username)
        if slot is None:
            raise WrongSecret()
        wrap = user_wrapping_key(password, slot.salt, slot.kdf, device_secret)
        return unseal(wrap, slot.nonce, slot.ciphertext, self._aad(slot.id, slot.kind, slot.owner))

    def open_recovery_slot(self, code_secret: bytes) -> bytes:
        slot = self.recovery_slot()
        if slot is None:
            raise WrongSecret()
        wrap = recovery_wrapping_key(code_secret, slot.salt, slot.kdf)
        return unseal(wrap, slot.nonce, slot.ciphertext, self._aad(slot.id, slot.kind, None))

    # -- changing (returns a new KeyFile; save it to make it real) ------------
    def with_user_slot(self, username: str, password: str, device_secret: bytes, db_key: bytes,
                       kdf: KdfParams = DEFAULT_KDF) -> "KeyFile":
        slot_id = uuid.uuid4().hex
        salt = random_salt()
        owner = self._owner(username)
        wrap = user_wrapping_key(password, salt, kdf, device_secret)
        nonce, ct = seal(wrap, db_key, self._aad(slot_id, "user", owner))
        others = tuple(s for s in self.slots if not (s.kind == "user" and s.owner == owner))
        return replace(self, slots=others + (Slot(slot_id, "user", owner, kdf, salt, nonce, ct),))

    def with_recovery_slot(self, code_secret: bytes, db_key: bytes,
                           kdf: KdfParams = DEFAULT_KDF) -> "KeyFile":
        slot_id = uuid.uuid4().hex
        salt = random_salt()
        wrap = recovery_wrapping_key(code_secret, salt, kdf)
        nonce, ct = seal(wrap, db_key, self._aad(slot_id, "recovery", None))
        others = tuple(s for s in self.slots if s.kind != "recovery")
        return replace(self, slots=others + (Slot(slot_id, "recovery", None, kdf, salt, nonce, ct),))

    def only_user_slots(self, keep: set[str]) -> "KeyFile":
        owners = {self._owner(name) for name in keep}
        return replace(self, slots=tuple(s for s in self.slots if s.kind != "user" or s.owner in owners))

    # -- file ----------------------------------------------------------------
    def to_json(self) -> dict:
        return {"format": FORMAT, "version": VERSION, "installation_id": self.installation_id,
                "db_salt": _b64(self.db_salt), "slots": [s.to_json() for s in self.slots]}

    @classmethod
    def from_json(cls, data: dict) -> "KeyFile":
        if data.get("format") != FORMAT or data.get("version") != VERSION:
            raise ValueError("not a key-slot file of this version")
        return cls(installation_id=str(data["installation_id"]), db_salt=_unb64(data["db_salt"]),
                   slots=tuple(Slot.from_json(s) for s in data["slots"]))


def new_installation_id() -> str:
    return uuid.uuid4().hex


def load(path: Path) -> KeyFile:
    path = Path(path)
    if not path.is_file():
        raise RecoveryNeeded(RecoveryReason.KEY_FILE_MISSING.value)
    try:
        return KeyFile.from_json(json.loads(path.read_text(encoding="utf-8")))
    except (ValueError, KeyError, TypeError) as exc:
        raise RecoveryNeeded(RecoveryReason.KEY_FILE_DAMAGED.value) from exc


def _fsync_dir(folder: Path) -> None:
    if os.name == "nt":  # directories cannot be opened for fsync on Windows
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def save(path: Path, keyfile: KeyFile) -> None:
    """Keep the old file as ``.previous``, write a temporary file, sync, rename."""
    path = Path(path)
    if path.exists():
        # The current file stays in place until the new one replaces it, so
        # there is no moment without a key file.
        _write_synced(path.with_name(path.name + ".previous"), path.read_bytes())
    tmp = path.with_name(path.name + ".tmp")
    _write_synced(tmp, json.dumps(keyfile.to_json(), indent=1).encode("utf-8"))
    os.replace(tmp, path)
    _fsync_dir(path.parent)


def _write_synced(target: Path, data: bytes) -> None:
    with open(target, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


__all__ = ["KEYFILE_NAME", "KeyFile", "Slot", "WrongSecret", "load", "new_installation_id", "save"]
