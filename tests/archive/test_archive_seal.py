"""An archive altered by someone who holds the passphrase is told apart from the one exported (issue 12,
item 7): extract it with the real 7-Zip, change ``records.sqlite``, write the new SHA-256 into the
manifest, pack it again with the same passphrase: it still opens and agrees with its own manifest,
but its seal (HMAC under a key derived from K) no longer holds, and its SHA-256 is not the receipt's.
Bytes after the 7z end are refused."""

from __future__ import annotations

import hashlib
import json
import subprocess
from pathlib import Path

import pytest

from archive_fixtures import (  # noqa: F401 - fixtures
    ALTERED, _quarter_template, archived_room, exported, tamper_with_7zip,
)
from counselroom.archive import export as export_mod
from counselroom.archive.readme import MANIFEST_NAME
from counselroom.archive.seal import SEAL_KEY_NAME, compute_seal, seal_holds, seal_manifest, sealed_bytes
from counselroom.archive.verify import (
    ArchiveStatus, Provenance, archive_end, open_archive, provenance_of, unpack, verify_archive,
)
from counselroom.domain.archive import ArchiveError
from counselroom.domain.audit import Action, AuditFilter
from counselroom.security.keys import archive_seal_key
from counselroom.services.archive import ArchiveService
from counselroom.services.audit_service import AuditService
from counselroom.ui.archive_viewer import ArchiveViewer
from counselroom.ui.context import AppContext
from counselroom.ui.workers import wait_for_background

pytestmark = pytest.mark.timeless   # see pyproject.toml: left out of CI's run at a pinned date


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def test_the_manifest_is_sealed_and_the_seal_covers_every_file(exported):
    result, passphrase = exported["result"], exported["passphrase"]
    files = unpack(result.path.read_bytes(), passphrase)
    manifest = json.loads(files[MANIFEST_NAME].decode("utf-8"))
    assert manifest["format_version"] == 2
    assert manifest["seal"]["alg"] == "HMAC-SHA256" and manifest["seal"]["key"] == SEAL_KEY_NAME
    assert manifest["seal"]["value"] == result.seal and len(result.seal) == 64
    # over the manifest without its seal, canonically; it names every other file's SHA-256
    body = json.loads(sealed_bytes(manifest))
    assert "seal" not in body and set(body["files"]) == set(files) - {MANIFEST_NAME}
    assert not seal_holds(manifest, b"\0" * 32)                  # another installation's key


def test_an_archive_altered_with_the_passphrase_opens_but_is_not_as_exported(archived_room, tmp_path):
    archive, passphrase = archived_room.archive, archived_room.passphrase
    forged = tamper_with_7zip(archive, passphrase, tmp_path)

    # The attack gets past the checks anyone can make with the passphrase alone …
    plain = verify_archive(forged, passphrase)
    assert plain.status is ArchiveStatus.SOUND and plain.problems == ()
    assert plain.provenance is Provenance.UNCHECKED
    with open_archive(forged, passphrase) as reader:                 # and shows the altered record
        assert ALTERED in [v.content.assessment for c in reader.clients() for case in reader.records(c.id).cases
                           for v in case.visits]

    # … but not past the installation's seal, nor the receipt's figures.
    boss = archived_room.login()
    try:
        service = ArchiveService(boss)
        [export] = service.exports()
        assert export.seal and export.sha256 == _sha(archive.read_bytes())
        original = service.verify(archive, passphrase)
        assert original.as_exported and original.provenance_reasons == ("seal.holds",)
        altered = service.verify(forged, passphrase)
        assert altered.status is ArchiveStatus.SOUND and altered.provenance is Provenance.NOT_AS_EXPORTED
        assert altered.provenance_reasons == ("seal.broken",)
        [audited, _] = AuditService(boss).search(AuditFilter(action=Action.ARCHIVE_VERIFIED))
        assert audited.detail["provenance"] == "not_as_exported"

        by_receipt = verify_archive(forged, passphrase, receipt_sha256=" ".join(
            export.sha256[i:i + 8].upper() for i in range(0, 64, 8)), receipt_seal=export.seal)
        assert by_receipt.provenance is Provenance.NOT_AS_EXPORTED and by_receipt.provenance_reasons == (
            "sha256.differs",)                                   # the seal was copied along, the file was not
        assert verify_archive(archive, passphrase, receipt_sha256=export.sha256,
                              receipt_seal=export.seal).as_exported
        # the receipt's seal alone proves nothing: it can be copied into an altered manifest
        assert verify_archive(forged, passphrase, receipt_seal=export.seal).provenance is Provenance.UNCHECKED

        # Opened in the viewer all the same (to look something up), and saying so.
        reader = service.open(forged, passphrase)
        assert reader.provenance is Provenance.NOT_AS_EXPORTED
        reader.close()
        reader = service.open(archive, passphrase)
        assert reader.provenance is Provenance.AS_EXPORTED
        reader.close()
    finally:
        boss.logout()


@pytest.mark.parametrize("how", ["seal removed", "seal recomputed with another key", "seal value kept"])
def test_a_forged_seal_does_not_hold(archived_room, tmp_path, how):
    def edit(manifest: dict) -> None:
        if how == "seal removed":
            del manifest["seal"]
            manifest["format_version"] = 1
        elif how == "seal recomputed with another key":
            manifest.update(seal_manifest(manifest, b"attacker's key".ljust(32, b"\0")))

    forged = tamper_with_7zip(archived_room.archive, archived_room.passphrase, tmp_path, edit_manifest=edit)
    boss = archived_room.login()
    try:
        report = ArchiveService(boss).verify(forged, archived_room.passphrase)
    finally:
        boss.logout()
    assert report.status is ArchiveStatus.SOUND and report.provenance is Provenance.NOT_AS_EXPORTED
    assert report.provenance_reasons == ("seal.missing" if how == "seal removed" else "seal.broken",)


def test_an_unsealed_archive_is_vouched_for_only_by_the_room_s_recorded_sha256():
    key = b"k" * 32
    manifest = {"format": "counselroom-quarterly-archive", "format_version": 1, "files": {}}
    assert provenance_of(sha256="ab" * 32, manifest=manifest, seal_key=key, known_sha256=["AB" * 32]) == (
        Provenance.AS_EXPORTED, ("sha256.recorded",))
    assert provenance_of(sha256="ab" * 32, manifest=manifest, seal_key=key)[0] is Provenance.NOT_AS_EXPORTED
    sealed = seal_manifest(manifest, key)
    assert sealed["seal"]["value"] == compute_seal(manifest, key)
    assert provenance_of(sha256="cd" * 32, manifest=sealed, seal_key=key) == (Provenance.AS_EXPORTED,
                                                                              ("seal.holds",))
    # a receipt that disagrees wins over a seal that holds (it is another export of the quarter)
    assert provenance_of(sha256="cd" * 32, manifest=sealed, seal_key=key,
                         receipt_sha256="ef" * 32)[0] is Provenance.NOT_AS_EXPORTED
    assert provenance_of(sha256="cd" * 32, manifest=sealed) == (Provenance.UNCHECKED, ())


@pytest.mark.parametrize("tail", [b"\0", b"\0" * 4096, b"PK\x05\x06" + b"\0" * 18, b"7z\xbc\xaf\x27\x1c"])
def test_bytes_after_the_7z_end_are_refused(exported, tmp_path, tail):
    path, passphrase = exported["result"].path, exported["passphrase"]
    raw = path.read_bytes()
    assert archive_end(raw) == len(raw)
    padded = tmp_path / path.name
    padded.write_bytes(raw + tail)
    report = verify_archive(padded, passphrase)
    assert report.status is ArchiveStatus.DAMAGED and report.problems == ("archive.trailing_bytes",)
    with pytest.raises(ArchiveError) as refused:
        open_archive(padded, passphrase)
    assert refused.value.code == "archive.damaged"


def test_the_receipt_prints_the_archive_s_sha256_and_seal(archived_room):
    boss = archived_room.login()
    try:
        service = ArchiveService(boss, "en")
        [export] = service.exports()
        pdf = service.receipt(export)
    finally:
        boss.logout()
    text = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode()
    flat = "".join(text.split())
    assert "Seal(HMAC)" in flat and export.seal in flat and export.sha256 in flat
    info = subprocess.run(["pdfinfo", "-"], input=pdf, capture_output=True, check=True).stdout.decode()
    assert [line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")] == ["1"]


def test_the_seal_key_is_derived_from_k_and_never_the_audit_key():
    from counselroom.security.keys import audit_key, record_seal_key

    k = bytes(range(32))
    assert archive_seal_key(k) != audit_key(k) and archive_seal_key(k) != record_seal_key(k)
    assert archive_seal_key(k) == archive_seal_key(bytes(range(32))) and len(archive_seal_key(k)) == 32


def test_the_viewer_says_whether_the_archive_is_as_exported(qtbot, archived_room, tmp_path):
    forged = tamper_with_7zip(archived_room.archive, archived_room.passphrase, tmp_path)
    boss = archived_room.login()
    try:
        ctx = AppContext(archived_room.room.inst, boss, "en")
        service = ArchiveService(boss, "en")
        viewers = []
        for source in (archived_room.archive, forged):
            viewer = ArchiveViewer(ctx, service.open(source, archived_room.passphrase))
            qtbot.addWidget(viewer)
            viewer.show()
            viewers.append(viewer)
        ours, altered = viewers
        assert ours.provenance_label.isVisible() and "unchanged since it was exported" in ours.provenance_label.text()
        assert altered.provenance_label.isVisible() and "not as this room exported it" in altered.provenance_label.text()
        assert "not as this room exported it" in altered.about_view.toPlainText()
        if (shots := Path("/tmp/cr")).is_dir():
            altered.grab().save(str(shots / "viewer-altered.png"))
            ours.grab().save(str(shots / "viewer-ours.png"))
        for viewer in viewers:
            viewer.close()
        wait_for_background()
    finally:
        boss.logout()


def test_an_export_seals_with_this_installation_s_key(archived_room):
    boss = archived_room.login()
    try:
        files = unpack(archived_room.archive.read_bytes(), archived_room.passphrase)
        manifest = json.loads(files[MANIFEST_NAME])
        assert seal_holds(manifest, archive_seal_key(boss.key))
    finally:
        boss.logout()
    assert export_mod.FORMAT_VERSION == 2
