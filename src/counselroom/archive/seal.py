"""The manifest seal: what tells "opens with the passphrase" from "as this room exported it".

Anyone who holds the passphrase can extract an archive, change ``records.sqlite``, write the
new SHA-256 into ``manifest.json`` and pack it again: every hash then matches. What they
cannot make is the seal, an HMAC-SHA256 of the manifest under a key derived from the
installation's database key K (``security.keys.archive_seal_key``), which never leaves the
installation and is never stored. The manifest lists the SHA-256 of every other file, so a
seal that holds covers the whole content of the archive.

``manifest.json`` carries it as::

    "seal": {"alg": "HMAC-SHA256", "key": "counselroom archive seal v1", "value": "<64 hex>"}

over the manifest without its ``seal`` member, serialized canonically: UTF-8 JSON with sorted
keys, no spaces (``separators=(",", ":")``), non-ASCII characters as themselves. The receipt
prints the value (and the SHA-256 of the archive file), so the paper names the very archive
it belongs to.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from typing import Any

SEAL_MEMBER = "seal"
SEAL_ALG = "HMAC-SHA256"
SEAL_KEY_NAME = "counselroom archive seal v1"


def sealed_bytes(manifest: dict[str, Any]) -> bytes:
    """What the seal is computed over: the manifest without its seal, canonically."""
    body = {k: v for k, v in manifest.items() if k != SEAL_MEMBER}
    return json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def compute_seal(manifest: dict[str, Any], key: bytes) -> str:
    return hmac.new(key, sealed_bytes(manifest), hashlib.sha256).hexdigest()


def seal_manifest(manifest: dict[str, Any], key: bytes) -> dict[str, Any]:
    """``manifest`` with its seal."""
    sealed = {k: v for k, v in manifest.items() if k != SEAL_MEMBER}
    sealed[SEAL_MEMBER] = {"alg": SEAL_ALG, "key": SEAL_KEY_NAME, "value": compute_seal(sealed, key)}
    return sealed


def seal_of(manifest: dict[str, Any] | None) -> str | None:
    """The seal value a manifest carries (None if it has none)."""
    if not isinstance(manifest, dict):
        return None
    seal = manifest.get(SEAL_MEMBER)
    if not isinstance(seal, dict) or seal.get("alg") != SEAL_ALG:
        return None
    value = seal.get("value")
    return value.lower() if isinstance(value, str) else None


def seal_holds(manifest: dict[str, Any] | None, key: bytes) -> bool:
    """True only if the manifest carries a seal made with ``key`` over exactly this manifest."""
    value = seal_of(manifest)
    if value is None or manifest is None or manifest.get(SEAL_MEMBER, {}).get("key") != SEAL_KEY_NAME:
        return False
    return hmac.compare_digest(value, compute_seal(manifest, key))


def normalize_hex(text: str | None) -> str:
    """A SHA-256 or seal as printed (in groups, any case) in the form compared."""
    return "".join((text or "").split()).lower()
