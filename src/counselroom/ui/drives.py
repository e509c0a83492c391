"""The drives an archive can be written to: what the operating system has mounted,
with name, free space and whether it is a removable (USB) drive.

The archive is meant to leave the computer (R12), so the export dialog lists
removable drives first and asks again before writing anywhere else. Qt does not
say whether a volume is removable, so that is asked of the system: the drive type
on Windows, the block device's ``removable`` flag or USB bus in Linux's sysfs, and
``/Volumes`` / ``/media`` mount points elsewhere.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStorageInfo

#: File systems that are not drives anyone writes an archive to.
_PSEUDO_FS = {
    "tmpfs", "devtmpfs", "proc", "sysfs", "squashfs", "overlay", "cgroup", "cgroup2", "devpts", "mqueue",
    "debugfs", "tracefs", "securityfs", "pstore", "efivarfs", "bpf", "autofs", "fusectl", "configfs",
    "hugetlbfs", "binfmt_misc", "nsfs", "ramfs", "rpc_pipefs", "fuse.portal", "fuse.gvfsd-fuse",
}
_REMOVABLE_ROOTS = ("/media/", "/run/media/", "/Volumes/", "/mnt/usb")


@dataclass(frozen=True)
class Drive:
    root: Path
    #: the volume's label, or its mount point's last part
    name: str
    free: int
    total: int
    removable: bool
    read_only: bool


def _linux_removable(device: str) -> bool:
    """``/dev/sdb1`` → is the disk behind it removable or on a USB bus?"""
    if not device.startswith("/dev/"):
        return False
    block = Path("/sys/class/block") / Path(device).name
    try:
        real = block.resolve(strict=True)
    except OSError:
        return False
    if "/usb" in str(real):
        return True
    for folder in (real, real.parent):   # a partition's flag is on its disk
        flag = folder / "removable"
        try:
            if flag.read_text().strip() == "1":
                return True
        except OSError:
            continue
    return False


def _windows_removable(root: str) -> bool:
    try:
        import ctypes

        return ctypes.windll.kernel32.GetDriveTypeW(ctypes.c_wchar_p(root)) == 2  # DRIVE_REMOVABLE
    except (AttributeError, OSError):
        return False


def _is_removable(volume: QStorageInfo) -> bool:
    root = volume.rootPath()
    if sys.platform == "win32":
        return _windows_removable(root)
    if sys.platform.startswith("linux") and _linux_removable(bytes(volume.device()).decode(errors="replace")):
        return True
    return any((root + "/").startswith(prefix) for prefix in _REMOVABLE_ROOTS)


def _drive(volume: QStorageInfo) -> Drive:
    root = volume.rootPath()
    name = volume.displayName() or volume.name() or os.path.basename(root.rstrip("/\\")) or root
    if name == root and root not in ("/", ""):
        name = os.path.basename(root.rstrip("/\\")) or root
    return Drive(root=Path(root), name=name, free=max(0, volume.bytesAvailable()),
                 total=max(0, volume.bytesTotal()), removable=_is_removable(volume),
                 read_only=volume.isReadOnly())


def list_drives() -> list[Drive]:
    """Mounted, ready drives an archive could go to: removable ones first, then by name."""
    drives = []
    for volume in QStorageInfo.mountedVolumes():
        if not volume.isValid() or not volume.isReady():
            continue
        if bytes(volume.fileSystemType()).decode(errors="replace") in _PSEUDO_FS:
            continue
        drives.append(_drive(volume))
    return sorted(drives, key=lambda d: (not d.removable, d.name.lower(), str(d.root)))


def drive_of(folder: Path) -> Drive | None:
    """The drive holding ``folder`` (None if it does not exist)."""
    volume = QStorageInfo(str(folder))
    if not volume.isValid() or not volume.isReady():
        return None
    return _drive(volume)
