"""Key derivation and wrapping.

User slot:     wrap = HKDF(Argon2id(password, salt) || device secret)
Recovery slot: wrap = HKDF(Argon2id(recovery code, salt))
Both wrap the database key K with AES-256-GCM; the slot's identity is the
associated data, so a slot cannot be moved to another user or installation.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12
MIN_MEMORY_KIB = 64 * 1024
MAX_MEMORY_KIB = 4 * 1024 * 1024


@dataclass(frozen=True)
class KdfParams:
    time_cost: int = 3
    memory_kib: int = MIN_MEMORY_KIB
    parallelism: int = 2

    def as_dict(self) -> dict[str, Any]:
        return {"alg": "argon2id", "t": self.time_cost, "m": self.memory_kib, "p": self.parallelism}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "KdfParams":
        if data.get("alg") != "argon2id":
            raise ValueError("unsupported key derivation")
        params = cls(time_cost=int(data["t"]), memory_kib=int(data["m"]), parallelism=int(data["p"]))
        if not (1 <= params.time_cost <= 64 and MIN_MEMORY_KIB <= params.memory_kib <= MAX_MEMORY_KIB
                and 1 <= params.parallelism <= 64):
            raise ValueError("key derivation parameters out of range")
        return params


DEFAULT_KDF = KdfParams()


class WrongSecret(Exception):
    """The password or recovery code does not open this slot."""


def random_key() -> bytes:
    return os.urandom(KEY_BYTES)


def random_salt() -> bytes:
    return os.urandom(SALT_BYTES)


def argon2id(secret: bytes, salt: bytes, params: KdfParams) -> bytes:
    if params.memory_kib < MIN_MEMORY_KIB:
        raise ValueError("Argon2id memory below the 64 MiB floor")
    return hash_secret_raw(secret, salt, time_cost=params.time_cost,
                           memory_cost=params.memory_kib, parallelism=params.parallelism,
                           hash_len=KEY_BYTES, type=Type.ID)


def hkdf(material: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=info).derive(material)


def user_wrapping_key(password: str, salt: bytes, params: KdfParams, device_secret: bytes) -> bytes:
    stretched = argon2id(password.encode("utf-8"), salt, params)
    return hkdf(stretched + device_secret, b"counselroom user slot v1")


def recovery_wrapping_key(code_secret: bytes, salt: bytes, params: KdfParams) -> bytes:
    return hkdf(argon2id(code_secret, salt, params), b"counselroom recovery slot v1")


def try_missing_user_slot(password: str, params: KdfParams, device_secret: bytes) -> None:
    """The work of trying a user slot, for a user name that has none: the same Argon2id
    (``params`` of a real slot), HKDF and AES-GCM attempt, so an unknown user name takes
    as long to refuse as a wrong password. Always raises :class:`WrongSecret`."""
    wrap = user_wrapping_key(password, random_salt(), params, device_secret)
    unseal(wrap, os.urandom(NONCE_BYTES), os.urandom(KEY_BYTES + 16), b"counselroom no such slot")


def audit_key(db_key: bytes) -> bytes:
    """The audit chain's HMAC key: derived, so it is never stored anywhere."""
    return hkdf(db_key, b"counselroom audit chain v1")


def record_seal_key(db_key: bytes) -> bytes:
    """Seals signed records and their addenda; derived, never stored."""
    return hkdf(db_key, b"counselroom record seal v1")


def archive_seal_key(db_key: bytes) -> bytes:
    """Seals the manifest of every quarterly archive (HMAC, ``archive/seal.py``); derived, never stored."""
    return hkdf(db_key, b"counselroom archive seal v1")


def slot_mac_key(db_key: bytes) -> bytes:
    """Authenticates every key slot's stored fields (``admin check``); derived, never stored."""
    return hkdf(db_key, b"counselroom key slot mac v1")


def owner_key(device_secret: bytes) -> bytes:
    """Keys the slots' owner tags: the device secret is not in the key file, so a copied
    key file (or a backup's) does not tell which user names it holds."""
    return hkdf(device_secret, b"counselroom slot owner tag v2")


def seal(wrapping_key: bytes, plaintext: bytes, aad: bytes) -> tuple[bytes, bytes]:
    nonce = os.urandom(NONCE_BYTES)
    return nonce, AESGCM(wrapping_key).encrypt(nonce, plaintext, aad)


def unseal(wrapping_key: bytes, nonce: bytes, ciphertext: bytes, aad: bytes) -> bytes:
    try:
        return AESGCM(wrapping_key).decrypt(nonce, ciphertext, aad)
    except InvalidTag as exc:
        raise WrongSecret() from exc
