"""CounselRoom — encrypted, offline records for one school counselling room."""

__version__ = "0.1.0"
APP_NAME = "CounselRoom"
