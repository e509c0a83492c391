"""The drives an archive can be written to: what the operating system has mounted,
with name, free space and whether it is a removable (USB) drive.

The archive is meant to leave the computer (R12), so the export dialog lists
removable drives first and asks again before writing anywhere else. Qt does not
say whether a volume is removable, so that is asked of the system: on Windows the
drive type, and for a "fixed" drive the bus it is on (USB hard disks and many large
USB sticks call themselves fixed); the block device's ``removable`` flag or USB bus
in Linux's sysfs; ``/Volumes`` / ``/media`` mount points elsewhere.
"""

from __future__ import annotations

import ctypes
import functools
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


# -- Windows ---------------------------------------------------------------------------------------------
DRIVE_REMOVABLE = 2
DRIVE_FIXED = 3
IOCTL_STORAGE_QUERY_PROPERTY = 0x002D1400       # CTL_CODE(IOCTL_STORAGE_BASE, 0x500, METHOD_BUFFERED, FILE_ANY_ACCESS)
_FILE_SHARE_READ_WRITE = 0x1 | 0x2
_OPEN_EXISTING = 3
_INVALID_HANDLE = ctypes.c_void_p(-1).value
#: STORAGE_BUS_TYPE of drives that are plugged in rather than built in: 1394, USB, SD, MMC.
REMOVABLE_BUSES = frozenset({0x4, 0x7, 0xC, 0xD})


class _StoragePropertyQuery(ctypes.Structure):      # STORAGE_PROPERTY_QUERY (winioctl.h)
    _fields_ = [("PropertyId", ctypes.c_uint32),     # StorageDeviceProperty = 0
                ("QueryType", ctypes.c_uint32),      # PropertyStandardQuery = 0
                ("AdditionalParameters", ctypes.c_ubyte * 1)]


class _StorageDeviceDescriptor(ctypes.Structure):   # STORAGE_DEVICE_DESCRIPTOR, without its raw tail
    _fields_ = [("Version", ctypes.c_uint32), ("Size", ctypes.c_uint32),
                ("DeviceType", ctypes.c_ubyte), ("DeviceTypeModifier", ctypes.c_ubyte),
                ("RemovableMedia", ctypes.c_ubyte), ("CommandQueueing", ctypes.c_ubyte),
                ("VendorIdOffset", ctypes.c_uint32), ("ProductIdOffset", ctypes.c_uint32),
                ("ProductRevisionOffset", ctypes.c_uint32), ("SerialNumberOffset", ctypes.c_uint32),
                ("BusType", ctypes.c_uint32), ("RawPropertiesLength", ctypes.c_uint32)]


@functools.cache
def _kernel32():
    """kernel32 with the prototypes used here (a handle is 64 bits: without them it is cut)."""
    from ctypes import wintypes

    k = ctypes.WinDLL("kernel32", use_last_error=True)
    k.GetDriveTypeW.argtypes, k.GetDriveTypeW.restype = [wintypes.LPCWSTR], wintypes.UINT
    k.GetVolumeNameForVolumeMountPointW.argtypes = [wintypes.LPCWSTR, wintypes.LPWSTR, wintypes.DWORD]
    k.GetVolumeNameForVolumeMountPointW.restype = wintypes.BOOL
    k.CreateFileW.argtypes = [wintypes.LPCWSTR, wintypes.DWORD, wintypes.DWORD, wintypes.LPVOID,
                              wintypes.DWORD, wintypes.DWORD, wintypes.HANDLE]
    k.CreateFileW.restype = wintypes.HANDLE
    k.DeviceIoControl.argtypes = [wintypes.HANDLE, wintypes.DWORD, wintypes.LPVOID, wintypes.DWORD,
                                  wintypes.LPVOID, wintypes.DWORD, ctypes.POINTER(wintypes.DWORD), wintypes.LPVOID]
    k.DeviceIoControl.restype = wintypes.BOOL
    k.CloseHandle.argtypes, k.CloseHandle.restype = [wintypes.HANDLE], wintypes.BOOL
    return k


def _windows_root(root: str) -> str:
    """Qt's ``E:/`` (or a folder a volume is mounted on) as the API wants it: ``E:\\``."""
    path = root.replace("/", "\\")
    return path if path.endswith("\\") else path + "\\"


def _windows_bus_type(kernel32, root: str) -> int | None:
    """The bus of the disk holding the volume at ``root`` (STORAGE_BUS_TYPE), or None.

    Asked of the volume itself (``\\\\?\\Volume{…}``) with IOCTL_STORAGE_QUERY_PROPERTY,
    which needs no access rights (no administrator)."""
    from ctypes import wintypes

    volume = ctypes.create_unicode_buffer(64)       # "\\?\Volume{GUID}\" is 49 characters
    if not kernel32.GetVolumeNameForVolumeMountPointW(root, volume, len(volume)):
        return None
    handle = kernel32.CreateFileW(volume.value.rstrip("\\"), 0, _FILE_SHARE_READ_WRITE, None, _OPEN_EXISTING,
                                  0, None)
    if handle is None or handle == _INVALID_HANDLE:
        return None
    try:
        query = _StoragePropertyQuery(0, 0)
        out = ctypes.create_string_buffer(1024)
        returned = wintypes.DWORD(0)
        if not kernel32.DeviceIoControl(handle, IOCTL_STORAGE_QUERY_PROPERTY, ctypes.byref(query),
                                        ctypes.sizeof(query), out, len(out), ctypes.byref(returned), None):
            return None
        size = ctypes.sizeof(_StorageDeviceDescriptor)
        if returned.value < size:
            return None
        return _StorageDeviceDescriptor.from_buffer_copy(out.raw[:size]).BusType
    finally:
        kernel32.CloseHandle(handle)


def _windows_removable(root: str) -> bool:
    """A USB stick or card (DRIVE_REMOVABLE), or a "fixed" drive on a USB, 1394 or card bus
    (a USB hard disk). Network drives, CDs and the built-in disks are not."""
    try:
        kernel32 = _kernel32()
        root = _windows_root(root)
        kind = kernel32.GetDriveTypeW(root)
        if kind == DRIVE_REMOVABLE:
            return True
        return kind == DRIVE_FIXED and _windows_bus_type(kernel32, root) in REMOVABLE_BUSES
    except (AttributeError, OSError, ValueError):
        return False


def _is_removable(volume: QStorageInfo) -> bool:
    root = volume.rootPath()
    if sys.platform == "win32":
        return _windows_removable(root)
    if sys.platform.startswith("linux"):
        # bytes(): QByteArray has the buffer protocol, which PySide6's stubs leave out
        device = bytes(volume.device()).decode(errors="replace")  # type: ignore[call-overload]
        if _linux_removable(device):
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
        # bytes(): QByteArray has the buffer protocol, which PySide6's stubs leave out
        if bytes(volume.fileSystemType()).decode(errors="replace") in _PSEUDO_FS:  # type: ignore[call-overload]
            continue
        drives.append(_drive(volume))
    return sorted(drives, key=lambda d: (not d.removable, d.name.lower(), str(d.root)))


def drive_of(folder: Path) -> Drive | None:
    """The drive holding ``folder`` (None if it does not exist)."""
    volume = QStorageInfo(str(folder))
    if not volume.isValid() or not volume.isReady():
        return None
    return _drive(volume)
