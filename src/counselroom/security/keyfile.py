"""The key-slot file next to the database, and the recovery keys that go with every backup.

It holds no secret in the clear: only the database key K wrapped once per
account and once for the recovery code, plus the database file's salt so a
database from another installation is recognised before anyone types a
password. It is replaced atomically and a previous copy is kept, because
losing it means only the recovery code can help.

Format version 2 (``counselroom.keys``, JSON, written as one block)::

    {
     "format": "counselroom-keyslots",
     "version": 2,
     "installation_id": "<32 hex>",
     "db_salt": "<base64, the database file's first 16 bytes>",
     "slots": [
      {"id": "<32 hex>", "kind": "user" | "recovery",
       "owner": "<HMAC-SHA256(owner key, installation id | user name)>" | null,
       "kdf": {"alg": "argon2id", "t": 3, "m": 65536, "p": 2},
       "salt": "<base64>", "nonce": "<base64>", "ct": "<base64, K sealed with AES-256-GCM>",
       "aad": 2,
       "mac": "<HMAC-SHA256(slot MAC key, installation id and every field above)>"}
     ],
     "checksum": "sha256:<64 hex>"
    }

- ``checksum`` is the SHA-256 of the file's exact bytes with its own 64 hex
  digits written as zeros: any damaged byte is named as damage, before the
  installation id, the salt or a slot is believed (a flip must never read as a
  missing device key, a foreign database or a wrong password).
- ``mac`` is keyed with a key derived from K (:func:`keys.slot_mac_key`), so
  ``admin check`` verifies every slot, the recovery slot included, without the
  code or any password; an edit that also fixes the checksum is still caught.
- ``owner`` tags are keyed with a key derived from the device secret (which is
  in the OS key store, not in this file): the file alone tells no user name.
- ``aad`` 2: a user slot's associated data names its account by the user name
  itself (typed at login, never stored); ``aad`` 1 marks a slot written by
  version 1, whose associated data names it by the old tag, computed at login.

Version 1 files (no checksum, no MACs, owner tags keyed with the installation
id) are read, and rewritten as version 2 at the next login that has K.

A backup's recovery keys (``<backup>.keys`` next to ``<backup>.db``) carry the
recovery slot valid when the backup was made, the installation id, the backup
file's own salt and the key-file version: with the printed recovery code they
open the backup on a brand-new computer.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
import unicodedata
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from counselroom.domain.errors import RecoveryNeeded
from counselroom.domain.installation import RecoveryReason
from counselroom.security.keys import (
    DEFAULT_KDF, KdfParams, WrongSecret, owner_key, random_salt, recovery_wrapping_key, seal,
    slot_mac_key, unseal, user_wrapping_key,
)
from counselroom.storage import files

KEYFILE_NAME = "counselroom.keys"
PREVIOUS_NAME = KEYFILE_NAME + ".previous"
FORMAT = "counselroom-keyslots"
VERSION = 2
LEGACY_VERSION = 1
BACKUP_KEYS_FORMAT = "counselroom-backup-keys"
BACKUP_KEYS_VERSION = 1

_ZEROS = "0" * 64
_CHECKSUM_RE = re.compile(rb'"checksum": "sha256:([0-9a-f]{64})"')


class KeyFileDamaged(ValueError):
    """The bytes are not a sound key file (or backup keys) of a version we know."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def normalize_username(username: str) -> str:
    return unicodedata.normalize("NFC", username.strip()).casefold()


def legacy_owner_tag(installation_id: str, username: str) -> str:
    """Version 1's tag, keyed with the installation id (which the file itself holds)."""
    return hmac.new(installation_id.encode("utf-8"), normalize_username(username).encode("utf-8"),
                    hashlib.sha256).hexdigest()


def owner_tag(device_secret: bytes, installation_id: str, username: str) -> str:
    """Slots name their account by a hash keyed with the device secret: neither the key file
    nor a copy of it tells a user name, or lets one be confirmed by guessing."""
    message = f"{installation_id}|{normalize_username(username)}".encode("utf-8")
    return hmac.new(owner_key(device_secret), message, hashlib.sha256).hexdigest()


# -- checksum ----------------------------------------------------------------------------
def _with_checksum(body: dict[str, Any]) -> bytes:
    data = {**body, "checksum": f"sha256:{_ZEROS}"}
    text = json.dumps(data, indent=1, ensure_ascii=True) + "\n"
    placeholder = f'"checksum": "sha256:{_ZEROS}"'
    assert text.count(placeholder) == 1
    digest = hashlib.sha256(text.encode("ascii")).hexdigest()
    return text.replace(placeholder, f'"checksum": "sha256:{digest}"').encode("ascii")


def _checksum_state(raw: bytes) -> bool | None:
    """True: the checksum matches; False: it does not; None: the file carries none."""
    found = list(_CHECKSUM_RE.finditer(raw))
    if not found:
        return None
    if len(found) > 1:
        return False
    m = found[0]
    zeroed = raw[:m.start(1)] + _ZEROS.encode("ascii") + raw[m.end(1):]
    return hmac.compare_digest(hashlib.sha256(zeroed).hexdigest().encode("ascii"), m.group(1))


def _parse_checked(raw: bytes, *, legacy_version: int | None) -> dict[str, Any]:
    """Verify the checksum, then parse. Only a ``legacy_version`` file may come without one."""
    state = _checksum_state(raw)
    if state is False:
        raise KeyFileDamaged("checksum mismatch")
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise KeyFileDamaged("not JSON") from exc
    if not isinstance(data, dict):
        raise KeyFileDamaged("not an object")
    if state is None and (legacy_version is None or data.get("version") != legacy_version
                          or "checksum" in data):
        raise KeyFileDamaged("checksum missing")
    return data


def _canonical(value: object) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")


# -- slots -------------------------------------------------------------------------------
@dataclass(frozen=True)
class Slot:
    id: str
    kind: str                 # "user" or "recovery"
    owner: str | None         # owner tag of the account; None for the recovery slot
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    ciphertext: bytes
    aad_version: int = 2      # 1: written by key-file version 1 (see the module's docstring)
    mac: str | None = None    # None only in a version 1 file not yet rewritten

    def stored_fields(self) -> dict[str, Any]:
        """Everything the file stores for this slot except its MAC."""
        return {"id": self.id, "kind": self.kind, "owner": self.owner, "kdf": self.kdf.as_dict(),
                "salt": _b64(self.salt), "nonce": _b64(self.nonce), "ct": _b64(self.ciphertext),
                "aad": self.aad_version}

    def to_json(self) -> dict[str, Any]:
        data = self.stored_fields()
        if self.mac is not None:
            data["mac"] = self.mac
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any], *, file_version: int = VERSION) -> "Slot":
        if data["kind"] not in ("user", "recovery"):
            raise ValueError("unknown slot kind")
        if file_version == LEGACY_VERSION:
            aad_version, mac = 1, None
        else:
            aad_version, mac = int(data["aad"]), str(data["mac"])
            if aad_version not in (1, 2):
                raise ValueError("unknown slot binding")
        owner = data.get("owner")
        if (owner is None) != (data["kind"] == "recovery"):
            raise ValueError("slot owner does not fit its kind")
        return cls(id=str(data["id"]), kind=data["kind"], owner=owner,
                   kdf=KdfParams.from_dict(data["kdf"]), salt=_unb64(data["salt"]),
                   nonce=_unb64(data["nonce"]), ciphertext=_unb64(data["ct"]),
                   aad_version=aad_version, mac=mac)


def slot_mac(installation_id: str, slot: Slot, db_key: bytes) -> str:
    message = _canonical({"installation_id": installation_id, "slot": slot.stored_fields()})
    return hmac.new(slot_mac_key(db_key), message, hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class SlotProblem:
    slot: Slot
    problem: str              # "unsealed" (no MAC yet) or "altered" (MAC does not match)


# -- the key file -------------------------------------------------------------------------
@dataclass(frozen=True)
class KeyFile:
    installation_id: str
    db_salt: bytes
    slots: tuple[Slot, ...] = field(default_factory=tuple)
    version: int = VERSION

    def _aad(self, slot: Slot, username: str | None) -> bytes:
        if slot.kind == "recovery":
            return f"{FORMAT}|{self.installation_id}|recovery|{slot.id}|".encode("utf-8")
        if slot.aad_version == 1:
            tag = legacy_owner_tag(self.installation_id, username or "")
            return f"{FORMAT}|{self.installation_id}|user|{slot.id}|{tag}".encode("utf-8")
        name = normalize_username(username or "")
        return f"{FORMAT}/2|{self.installation_id}|user|{slot.id}|{name}".encode("utf-8")

    def owner_for(self, username: str, device_secret: bytes) -> str:
        if self.version == LEGACY_VERSION:
            return legacy_owner_tag(self.installation_id, username)
        return owner_tag(device_secret, self.installation_id, username)

    # -- looking up ----------------------------------------------------------
    def user_slot(self, username: str, device_secret: bytes) -> Slot | None:
        owner = self.owner_for(username, device_secret)
        return next((s for s in self.slots if s.kind == "user" and s.owner == owner), None)

    def recovery_slot(self) -> Slot | None:
        return next((s for s in self.slots if s.kind == "recovery"), None)

    # -- opening -------------------------------------------------------------
    def open_user_slot(self, username: str, password: str, device_secret: bytes) -> bytes:
        slot = self.user_slot(username, device_secret)
        if slot is None:
            raise WrongSecret()
        wrap = user_wrapping_key(password, slot.salt, slot.kdf, device_secret)
        return unseal(wrap, slot.nonce, slot.ciphertext, self._aad(slot, username))

    def open_recovery_slot(self, code_secret: bytes) -> bytes:
        slot = self.recovery_slot()
        if slot is None:
            raise WrongSecret()
        try:
            wrap = recovery_wrapping_key(code_secret, slot.salt, slot.kdf)
        except ValueError as exc:   # KDF parameters below the floor: not a slot we wrote
            raise WrongSecret() from exc
        return unseal(wrap, slot.nonce, slot.ciphertext, self._aad(slot, None))

    # -- changing (returns a new KeyFile; save it to make it real) ------------
    def _sealed_slot(self, slot: Slot, db_key: bytes) -> Slot:
        return replace(slot, mac=slot_mac(self.installation_id, slot, db_key))

    def with_user_slot(self, username: str, password: str, device_secret: bytes, db_key: bytes,
                       kdf: KdfParams = DEFAULT_KDF) -> "KeyFile":
        slot_id = uuid.uuid4().hex
        salt = random_salt()
        owner = self.owner_for(username, device_secret)
        slot = Slot(slot_id, "user", owner, kdf, salt, b"", b"")
        wrap = user_wrapping_key(password, salt, kdf, device_secret)
        nonce, ct = seal(wrap, db_key, self._aad(slot, username))
        slot = self._sealed_slot(replace(slot, nonce=nonce, ciphertext=ct), db_key)
        others = tuple(s for s in self.slots if not (s.kind == "user" and s.owner == owner))
        return replace(self, slots=others + (slot,))

    def with_recovery_slot(self, code_secret: bytes, db_key: bytes,
                           kdf: KdfParams = DEFAULT_KDF) -> "KeyFile":
        slot_id = uuid.uuid4().hex
        salt = random_salt()
        slot = Slot(slot_id, "recovery", None, kdf, salt, b"", b"")
        wrap = recovery_wrapping_key(code_secret, salt, kdf)
        nonce, ct = seal(wrap, db_key, self._aad(slot, None))
        slot = self._sealed_slot(replace(slot, nonce=nonce, ciphertext=ct), db_key)
        others = tuple(s for s in self.slots if s.kind != "recovery")
        return replace(self, slots=others + (slot,))

    def only_user_slots(self, keep: set[str], device_secret: bytes) -> "KeyFile":
        owners = {self.owner_for(name, device_secret) for name in keep}
        return replace(self, slots=tuple(s for s in self.slots if s.kind != "user" or s.owner in owners))

    def upgraded(self, db_key: bytes, device_secret: bytes, usernames: Iterable[str]) -> "KeyFile":
        """This file as version 2: owner tags keyed with the device secret, and a MAC on
        every slot that has none. ``usernames``: every account of the database (a version 1
        slot is found by its old tag; one that belongs to no account is dropped). A MAC that
        is there already is never recomputed: a damaged slot stays visible to the check."""
        slots = list(self.slots)
        if self.version == LEGACY_VERSION:
            by_tag = {legacy_owner_tag(self.installation_id, n): n for n in usernames}
            retagged = []
            for slot in slots:
                if slot.kind == "user":
                    name = by_tag.get(slot.owner or "")
                    if name is None:
                        continue
                    slot = replace(slot, owner=owner_tag(device_secret, self.installation_id, name))
                retagged.append(slot)
            slots = retagged
        slots = [s if s.mac is not None else self._sealed_slot(s, db_key) for s in slots]
        return replace(self, slots=tuple(slots), version=VERSION)

    @property
    def needs_upgrade(self) -> bool:
        return self.version != VERSION or any(s.mac is None for s in self.slots)

    def slot_problems(self, db_key: bytes) -> list[SlotProblem]:
        """Slots whose stored fields no longer match their MAC (or that have none yet)."""
        problems = []
        for slot in self.slots:
            if slot.mac is None:
                problems.append(SlotProblem(slot, "unsealed"))
            elif not hmac.compare_digest(slot.mac, slot_mac(self.installation_id, slot, db_key)):
                problems.append(SlotProblem(slot, "altered"))
        return problems

    # -- file ----------------------------------------------------------------
    def to_bytes(self) -> bytes:
        if self.version != VERSION:
            raise ValueError("only the current key-file version is written")
        return _with_checksum({"format": FORMAT, "version": VERSION,
                               "installation_id": self.installation_id,
                               "db_salt": _b64(self.db_salt), "slots": [s.to_json() for s in self.slots]})

    @classmethod
    def from_bytes(cls, raw: bytes) -> "KeyFile":
        data = _parse_checked(raw, legacy_version=LEGACY_VERSION)
        try:
            if data.get("format") != FORMAT or data.get("version") not in (LEGACY_VERSION, VERSION):
                raise ValueError("not a key-slot file of a known version")
            version = int(data["version"])
            kf = cls(installation_id=str(data["installation_id"]), db_salt=_unb64(data["db_salt"]),
                     slots=tuple(Slot.from_json(s, file_version=version) for s in data["slots"]),
                     version=version)
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise KeyFileDamaged(str(exc)) from exc
        if len(kf.db_salt) != 16 or not re.fullmatch(r"[0-9a-f]{32}", kf.installation_id):
            raise KeyFileDamaged("bad installation id or salt")
        return kf


def new_installation_id() -> str:
    return uuid.uuid4().hex


def load(path: Path) -> KeyFile:
    path = Path(path)
    if not path.is_file():
        raise RecoveryNeeded(RecoveryReason.KEY_FILE_MISSING.value)
    try:
        return KeyFile.from_bytes(path.read_bytes())
    except (KeyFileDamaged, OSError) as exc:
        raise RecoveryNeeded(RecoveryReason.KEY_FILE_DAMAGED.value) from exc


def load_quietly(path: Path) -> KeyFile | None:
    """The key file at ``path`` if it is there and sound; None otherwise."""
    try:
        return load(path)
    except RecoveryNeeded:
        return None


def save(path: Path, keyfile: KeyFile) -> None:
    """Keep the old file as ``.previous``, write a temporary file, sync, rename.

    A current file that is itself damaged does not replace a sound ``.previous``."""
    path = Path(path)
    data = keyfile.to_bytes()
    previous = path.with_name(path.name + ".previous")
    if path.exists() and load_quietly(path) is not None:
        # The current file stays in place until the new one replaces it, so
        # there is no moment without a key file.
        write_atomically(previous, path.read_bytes())
    elif load_quietly(previous) is None:
        # The first key file (set-up, or rebuilt by recovery): its copy is the previous
        # one, so a file damaged later always has a sound copy to go back to.
        write_atomically(previous, data)
    write_atomically(path, data)


def write_atomically(path: Path, data: bytes) -> None:
    """Temporary name, sync, rename, sync the folder (``storage.files``: Windows included)."""
    files.write_atomically(path, data)


# -- the recovery keys that go with a backup ------------------------------------------------
@dataclass(frozen=True)
class BackupKeys:
    """What a backup needs, besides the printed code, to be opened on a new computer."""
    installation_id: str
    db_salt: bytes            # the backup file's own salt: binds these keys to that file
    recovery: Slot
    keyfile_version: int = VERSION

    def keyfile(self, db_salt: bytes) -> KeyFile:
        """A key file holding only this recovery slot, for a database with ``db_salt``."""
        return KeyFile(self.installation_id, db_salt, (self.recovery,), VERSION)

    def open(self, code_secret: bytes) -> bytes:
        return self.keyfile(self.db_salt).open_recovery_slot(code_secret)

    def to_bytes(self) -> bytes:
        return _with_checksum({
            "format": BACKUP_KEYS_FORMAT, "version": BACKUP_KEYS_VERSION,
            "about": "CounselRoom: the recovery slot for the backup next to this file; it opens only "
                     "with the printed recovery code. Keep both files together.",
            "keyfile_format": FORMAT, "keyfile_version": self.keyfile_version,
            "installation_id": self.installation_id, "db_salt": _b64(self.db_salt),
            "slots": [self.recovery.to_json()]})

    @classmethod
    def from_bytes(cls, raw: bytes) -> "BackupKeys":
        data = _parse_checked(raw, legacy_version=None)
        try:
            if (data.get("format") != BACKUP_KEYS_FORMAT or data.get("version") != BACKUP_KEYS_VERSION
                    or data.get("keyfile_format") != FORMAT or data.get("keyfile_version") != VERSION):
                raise ValueError("not backup keys of a known version")
            slots = [Slot.from_json(s) for s in data["slots"]]
            if len(slots) != 1 or slots[0].kind != "recovery":
                raise ValueError("backup keys hold exactly the recovery slot")
            keys = cls(installation_id=str(data["installation_id"]), db_salt=_unb64(data["db_salt"]),
                       recovery=slots[0], keyfile_version=int(data["keyfile_version"]))
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise KeyFileDamaged(str(exc)) from exc
        if len(keys.db_salt) != 16:
            raise KeyFileDamaged("bad salt")
        return keys


def backup_keys(keyfile: KeyFile, backup_salt: bytes) -> BackupKeys | None:
    """The recovery keys for a backup with ``backup_salt``; None if the key file has no
    recovery slot (``admin check`` reports that as a problem to fix now)."""
    slot = keyfile.recovery_slot()
    if slot is None:
        return None
    return BackupKeys(keyfile.installation_id, backup_salt, slot)


def load_backup_keys(path: Path) -> BackupKeys:
    """Raises FileNotFoundError or :class:`KeyFileDamaged`."""
    return BackupKeys.from_bytes(Path(path).read_bytes())


__all__ = ["KEYFILE_NAME", "BackupKeys", "KeyFile", "KeyFileDamaged", "Slot", "SlotProblem", "WrongSecret",
           "backup_keys", "load", "load_backup_keys", "load_quietly", "new_installation_id", "save"]
