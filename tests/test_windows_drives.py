"""Which Windows drives count as removable (issue 13, item 5), with kernel32 faked at the edge.

USB sticks and card readers report DRIVE_REMOVABLE. USB hard disks (and many large USB sticks)
report DRIVE_FIXED, like the built-in disk: for those the bus of the disk is asked for
(IOCTL_STORAGE_QUERY_PROPERTY on the volume), and USB, 1394 and SD/MMC count as removable.
The fake answers the calls the way kernel32 does, into the same ctypes structures.
"""

from __future__ import annotations

import ctypes
from types import SimpleNamespace

import pytest

from counselroom.ui import drives

DRIVE_REMOTE, DRIVE_CDROM = 4, 5
BUS_SATA, BUS_USB, BUS_SD, BUS_NVME, BUS_1394 = 0xB, 0x7, 0xC, 0x11, 0x4


class FakeKernel32:
    """Drives by root: (drive type, bus type or None if the query fails)."""

    def __init__(self, disks: dict[str, tuple[int, int | None]]) -> None:
        self.disks = disks
        self.calls: list[tuple] = []
        self.open_handles: set[int] = set()
        self._volumes: dict[str, str] = {}

    def GetDriveTypeW(self, root):
        self.calls.append(("GetDriveTypeW", root))
        return self.disks.get(root, (1, None))[0]          # DRIVE_NO_ROOT_DIR

    def GetVolumeNameForVolumeMountPointW(self, root, buffer, length):
        self.calls.append(("GetVolumeNameForVolumeMountPointW", root, length))
        if root not in self.disks:
            return 0
        name = "\\\\?\\Volume{%08d-0000-0000-0000-000000000000}\\" % (len(self._volumes) + 1)
        assert len(name) < length
        self._volumes[name.rstrip("\\")] = root
        buffer.value = name
        return 1

    def CreateFileW(self, path, access, share, security, disposition, flags, template):
        self.calls.append(("CreateFileW", path, access, share, disposition))
        root = self._volumes.get(path)
        if root is None or self.disks[root][1] == "no handle":
            return ctypes.c_void_p(-1).value                # INVALID_HANDLE_VALUE
        handle = 0x7FF0_0000_0000 + len(self.calls)          # a 64-bit handle
        self.open_handles.add(handle)
        self.handles = getattr(self, "handles", {})
        self.handles[handle] = root
        return handle

    def DeviceIoControl(self, handle, code, in_buffer, in_size, out_buffer, out_size, returned, overlapped):
        self.calls.append(("DeviceIoControl", handle, code))
        assert code == 0x002D1400 and handle in self.open_handles
        query = in_buffer._obj
        assert (query.PropertyId, query.QueryType) == (0, 0) and in_size == ctypes.sizeof(query) == 12
        bus = self.disks[self.handles[handle]][1]
        if bus is None:
            return 0
        descriptor = drives._StorageDeviceDescriptor(Version=36, Size=36, BusType=bus)
        assert out_size >= ctypes.sizeof(descriptor)
        ctypes.memmove(out_buffer, ctypes.byref(descriptor), ctypes.sizeof(descriptor))
        returned._obj.value = ctypes.sizeof(descriptor)
        return 1

    def CloseHandle(self, handle):
        self.calls.append(("CloseHandle", handle))
        self.open_handles.remove(handle)
        return 1


@pytest.fixture
def kernel32(monkeypatch):
    def install(disks):
        fake = FakeKernel32(disks)
        monkeypatch.setattr(drives, "_kernel32", lambda: fake)
        return fake

    return install


def test_the_structures_have_windows_layout():
    assert ctypes.sizeof(drives._StoragePropertyQuery) == 12
    assert ctypes.sizeof(drives._StorageDeviceDescriptor) == 36
    assert drives._StorageDeviceDescriptor.BusType.offset == 28
    assert drives._StorageDeviceDescriptor.RemovableMedia.offset == 10


@pytest.mark.parametrize("kind, bus, removable", [
    (drives.DRIVE_REMOVABLE, None, True),       # a USB stick, an SD card in a reader
    (drives.DRIVE_FIXED, BUS_USB, True),        # a USB hard disk, a large USB stick
    (drives.DRIVE_FIXED, BUS_SD, True),
    (drives.DRIVE_FIXED, BUS_1394, True),
    (drives.DRIVE_FIXED, BUS_SATA, False),      # the built-in disks
    (drives.DRIVE_FIXED, BUS_NVME, False),
    (drives.DRIVE_FIXED, None, False),          # the query failed: not claimed removable
    (drives.DRIVE_FIXED, "no handle", False),
    (DRIVE_REMOTE, BUS_USB, False),             # a network share
    (DRIVE_CDROM, BUS_USB, False),
])
def test_drive_type_and_bus(kernel32, kind, bus, removable):
    fake = kernel32({"E:\\": (kind, bus)})
    assert drives._windows_removable("E:/") is removable
    assert fake.calls[0] == ("GetDriveTypeW", "E:\\")            # Qt's "E:/" as Windows wants it
    asked_bus = any(c[0] == "DeviceIoControl" for c in fake.calls)
    assert asked_bus == (kind == drives.DRIVE_FIXED and bus != "no handle")   # only a fixed drive's bus
    assert not fake.open_handles                                  # every handle closed


def test_the_volume_is_opened_without_access_rights(kernel32):
    fake = kernel32({"F:\\": (drives.DRIVE_FIXED, BUS_USB)})
    assert drives._windows_removable("F:/")
    opened = next(c for c in fake.calls if c[0] == "CreateFileW")
    assert opened[1].startswith("\\\\?\\Volume{") and not opened[1].endswith("\\")   # the volume, not its root
    assert opened[2] == 0 and opened[3] == 3 and opened[4] == 3   # no access, shared, OPEN_EXISTING


def test_a_volume_mounted_on_a_folder(kernel32):
    fake = kernel32({"C:\\U盘\\": (drives.DRIVE_FIXED, BUS_USB)})
    assert drives._windows_removable("C:/U盘")
    assert fake.calls[0] == ("GetDriveTypeW", "C:\\U盘\\")


@pytest.mark.skipif(hasattr(ctypes, "WinDLL"), reason="a real kernel32 is here")
def test_without_kernel32_nothing_is_removable():
    drives._kernel32.cache_clear()
    try:
        assert drives._windows_removable("E:/") is False
    finally:
        drives._kernel32.cache_clear()


class FakeVolume:
    def __init__(self, root: str, name: str) -> None:
        self._root, self._name = root, name

    def rootPath(self):
        return self._root

    def displayName(self):
        return self._name

    def name(self):
        return self._name

    def bytesAvailable(self):
        return 10 ** 9

    def bytesTotal(self):
        return 10 ** 10

    def isReadOnly(self):
        return False

    def isValid(self):
        return True

    def isReady(self):
        return True

    def fileSystemType(self):
        return b"NTFS"


def test_on_windows_the_usb_hard_disk_is_listed_first(kernel32, monkeypatch):
    kernel32({"C:\\": (drives.DRIVE_FIXED, BUS_NVME), "D:\\": (drives.DRIVE_FIXED, BUS_SATA),
              "E:\\": (drives.DRIVE_FIXED, BUS_USB), "F:\\": (drives.DRIVE_REMOVABLE, None),
              "Z:\\": (DRIVE_REMOTE, None)})
    monkeypatch.setattr(drives, "sys", SimpleNamespace(platform="win32"))
    volumes = [FakeVolume("C:/", "系统"), FakeVolume("D:/", "数据"), FakeVolume("E:/", "移动硬盘"),
               FakeVolume("F:/", "U盘"), FakeVolume("Z:/", "共享")]
    monkeypatch.setattr(drives.QStorageInfo, "mountedVolumes", staticmethod(lambda: volumes))
    listed = drives.list_drives()
    assert [(d.name, d.removable) for d in listed] == [
        ("U盘", True), ("移动硬盘", True), ("共享", False), ("数据", False), ("系统", False)]
